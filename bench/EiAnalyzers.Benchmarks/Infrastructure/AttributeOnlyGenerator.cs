using Microsoft.CodeAnalysis;

namespace EiAnalyzers.Benchmarks.Infrastructure;

/// <summary>
/// The floor of part 4: a generator that does nothing but Roslyn's own ForAttributeWithMetadataName for the same
/// attribute (and emits one line). Whatever it costs per keystroke, any generator built on ForAttributeWithMetadataName
/// pays; the difference to EiModelGenerator is what EiModelGenerator adds.
/// </summary>
internal sealed class AttributeOnlyGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var names = context.SyntaxProvider.ForAttributeWithMetadataName(
            "SageMaker.ElasticInference.EiModelAttribute",
            static (node, _) => true,
            static (attribute, _) => attribute.TargetSymbol.Name);
        context.RegisterSourceOutput(names.Collect(), static (output, all) => output.AddSource("Count.g.cs", "// " + all.Length));
    }
}
