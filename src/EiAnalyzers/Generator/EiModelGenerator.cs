using System.Collections.Immutable;
using System.Linq;
using EiAnalyzers.Declarations;
using EiAnalyzers.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EiAnalyzers.Generator;

/// <summary>
/// Emits the Elastic Inference constants (<c>EiAccelerators</c>) and, for each <c>[EiModel]</c> class, its name,
/// compatible accelerators and compatibility rows. Reads the catalog in this assembly, the same the analyzers read.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class EiModelGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        context.RegisterPostInitializationOutput(static output => output.AddSource(Emitter.DeclarationsHint, Emitter.Declarations()));

        var candidates = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                ModelDeclaration.AttributeMetadataName,
                static (node, _) => node is ClassDeclarationSyntax or RecordDeclarationSyntax { ClassOrStructKeyword.RawKind: not (int)SyntaxKind.StructKeyword },
                static (attributeContext, cancellationToken) => ModelParser.Read(attributeContext, cancellationToken))
            .Where(static candidate => candidate is not null)
            .WithTrackingName(TrackingNames.Declarations);

        var models = candidates
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, _) => pair.Left!.Spec with
            {
                Headroom = HeadroomOption.Read(pair.Right.GetOptions(pair.Left.Tree), pair.Right.GlobalOptions).Factor,
            })
            .WithTrackingName(TrackingNames.Models);

        var modelSet = models
            .Collect()
            .Select(static (all, _) => ModelSet.Create(all))
            .WithTrackingName(TrackingNames.ModelSet);

        var sdkTypes = context.CompilationProvider
            .Select(static (compilation, _) => SdkAcceleratorTypes.Detect(compilation))
            .WithTrackingName(TrackingNames.SdkTypes);

        context.RegisterSourceOutput(sdkTypes, static (output, sdk) => output.AddSource(Emitter.AcceleratorsHint, Emitter.Accelerators(sdk)));

        context.RegisterSourceOutput(modelSet, static (output, set) =>
        {
            foreach (var model in set.Valid)
            {
                output.AddSource(Emitter.ModelHint(model), Emitter.Model(model));
            }

            output.AddSource(Emitter.CompatibilityHint, Emitter.CompatibilityTable(set));
        });
    }
}

/// <summary>The names of the generator's steps, for the caching tests and benchmarks.</summary>
internal static class TrackingNames
{
    public const string Declarations = "EiModelDeclarations";
    public const string Models = "EiModels";
    public const string ModelSet = "EiModelSet";
    public const string SdkTypes = "EiSdkAcceleratorTypes";

    public static readonly ImmutableArray<string> All = ImmutableArray.Create(Declarations, Models, ModelSet, SdkTypes);
}

/// <summary>
/// The SDK accelerator types present in the compilation: C# chains no two user conversions, so
/// <c>AcceleratorType = EiAccelerators.Eia2Medium</c> needs a direct conversion to each.
/// </summary>
internal sealed record SdkAcceleratorTypes(EquatableArray<string> ConversionTargets)
{
    public static readonly ImmutableArray<string> Candidates = ImmutableArray.Create(
        "Amazon.SageMaker.ProductionVariantAcceleratorType",
        "Amazon.SageMaker.NotebookInstanceAcceleratorType");

    public static SdkAcceleratorTypes Detect(Compilation compilation) =>
        new(Candidates.Where(name => HasFindValue(compilation.GetTypeByMetadataName(name))).ToEquatableArray());

    /// <summary>The conversion calls <c>T.FindValue(string)</c>, which every ConstantClass of the SDK has.</summary>
    private static bool HasFindValue(INamedTypeSymbol? type) =>
        type is not null
        && type.DeclaredAccessibility == Accessibility.Public
        && type.GetMembers("FindValue").OfType<IMethodSymbol>().Any(m =>
            m.IsStatic
            && m.DeclaredAccessibility == Accessibility.Public
            && m.Parameters.Length == 1
            && m.Parameters[0].Type.SpecialType == SpecialType.System_String
            && SymbolEqualityComparer.Default.Equals(m.ReturnType, type));
}
