using Microsoft.CodeAnalysis;

namespace EiAnalyzers.Benchmarks.Infrastructure;

/// <summary>
/// A comparison for part 4: a generator that does nothing but Roslyn's own ForAttributeWithMetadataName for the same
/// attribute (and emits one line). Whatever it costs per keystroke, any generator built on ForAttributeWithMetadataName
/// pays: it binds every attributed declaration again whenever the compilation changes. EiModelGenerator used it until
/// it gated its declaration step on the declaration-level code (DeclarationSnapshot).
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
