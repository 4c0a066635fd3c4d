using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using EiAnalyzers.Declarations;
using Microsoft.CodeAnalysis;

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
        // Read again only when something a declaration can depend on changed: not while the user types in a
        // method body or a comment (see DeclarationSnapshot).
        var snapshot = context.CompilationProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, _) => DeclarationSnapshot.Of(pair.Left, pair.Right))
            .WithComparer(DeclarationSnapshot.ByDeclarations)
            .WithTrackingName(TrackingNames.Snapshot);

#if ROSLYN_4_14_OR_GREATER
        // Compilers from 4.14 on accept a declared EmbeddedAttribute (dotnet/roslyn#76523) and synthesize the rest with it.
        context.RegisterPostInitializationOutput(static output =>
        {
            output.AddEmbeddedAttributeDefinition();
            output.AddSource(Emitter.DeclarationsHint, Emitter.Declarations(declareEmbeddedAttribute: false));
        });
#else
        // Compilers before 4.14 refuse a declared EmbeddedAttribute when they declare compiler attributes themselves:
        // the project gets those it lacks, so they never do (see CompilerAttributes).
        context.RegisterPostInitializationOutput(static output => output.AddSource(Emitter.DeclarationsHint, Emitter.Declarations(declareEmbeddedAttribute: true)));
        context.RegisterSourceOutput(MissingCompilerAttributes.Provider(context, snapshot), static (output, names) =>
        {
            if (names.Length > 0)
            {
                output.AddSource(CompilerAttributes.Hint, CompilerAttributes.Declarations(names));
            }
        });
#endif

        // Declarations are read from syntax where that is exact (see DeclarationSnapshot.ReadModels).
        var models = snapshot
            .SelectMany(static (snapshot, cancellationToken) => snapshot.ReadModels(cancellationToken))
            .WithTrackingName(TrackingNames.Models);

        var modelSet = models
            .Collect()
            .Select(static (all, _) => ModelSet.Create(all))
            .WithTrackingName(TrackingNames.ModelSet);

        // From the references, not the compilation: a keystroke makes a new compilation but keeps the references,
        // so this step is cached while the user types.
        var sdkTypes = context.MetadataReferencesProvider
            .Select(static (reference, _) => SdkAcceleratorTypes.DefinedIn(reference))
            .Collect()
            .Select(static (found, _) => SdkAcceleratorTypes.From(found))
            .WithTrackingName(TrackingNames.SdkTypes);

        context.RegisterSourceOutput(sdkTypes, static (output, sdk) => output.AddSource(Emitter.AcceleratorsHint, Emitter.Accelerators(sdk)));

        context.RegisterSourceOutput(modelSet, static (output, set) =>
        {
            var registries = ImageRegistries.For(set.Valid);
            foreach (var model in set.Valid)
            {
                output.AddSource(Emitter.ModelHint(model), Emitter.Model(model, registries));
            }

            if (!registries.IsEmpty)
            {
                output.AddSource(ImageRegistries.Hint, registries.Source());
            }

            output.AddSource(Emitter.CompatibilityHint, Emitter.CompatibilityTable(set));
        });
    }
}

/// <summary>The names of the generator's steps, for the caching tests and benchmarks.</summary>
internal static class TrackingNames
{
    public const string Snapshot = "EiDeclarationSnapshot";
    public const string Models = "EiModels";
    public const string ModelSet = "EiModelSet";
    public const string SdkTypes = "EiSdkAcceleratorTypes";
    public const string CompilerAttributes = "EiCompilerAttributes";

#if ROSLYN_4_14_OR_GREATER
    public static readonly ImmutableArray<string> All = ImmutableArray.Create(Snapshot, Models, ModelSet, SdkTypes);
#else
    public static readonly ImmutableArray<string> All = ImmutableArray.Create(Snapshot, Models, ModelSet, SdkTypes, CompilerAttributes);
#endif
}

/// <summary>
/// The SDK accelerator types present in the compilation: C# chains no two user conversions, so
/// <c>AcceleratorType = EiAccelerators.Eia2Medium</c> needs a direct conversion to each.
/// </summary>
internal sealed record SdkAcceleratorTypes(EquatableArray<string> ConversionTargets)
{
    private const string CandidateNamespace = "Amazon.SageMaker";

    public static readonly ImmutableArray<string> Candidates = EiAnalyzers.Reading.ConfigurationShapes.AcceleratorConstantTypes;

    /// <summary>The candidates a referenced assembly defines as public types with a public static <c>FindValue</c>.</summary>
    public static EquatableArray<string> DefinedIn(MetadataReference reference)
    {
        // The types are the SDK's, in AWSSDK.SageMaker (or a stand-in named after it): no other file is opened.
        if (reference is not PortableExecutableReference portable || (portable.FilePath is { } path && !EiAnalyzers.Reading.ConfigurationShapes.IsSdkFile(path)))
        {
            return EquatableArray<string>.Empty;
        }

        return ReferenceMetadata.Read(portable, readers => readers.SelectMany(DefinedIn).ToEquatableArray(), EquatableArray<string>.Empty);
    }

    public static SdkAcceleratorTypes From(ImmutableArray<EquatableArray<string>> found) =>
        new(Candidates.Where(name => found.Any(names => names.Items.Contains(name))).ToEquatableArray());

    /// <summary>The conversion calls <c>T.FindValue(string)</c>, which every ConstantClass of the SDK has.</summary>
    private static IEnumerable<string> DefinedIn(MetadataReader reader)
    {
        foreach (var handle in reader.TypeDefinitions)
        {
            var type = reader.GetTypeDefinition(handle);
            if ((type.Attributes & TypeAttributes.VisibilityMask) != TypeAttributes.Public
                || !reader.StringComparer.Equals(type.Namespace, CandidateNamespace))
            {
                continue;
            }

            var name = CandidateNamespace + "." + reader.GetString(type.Name);
            if (Candidates.Contains(name) && type.GetMethods().Any(m => IsPublicStaticFindValue(reader, m)))
            {
                yield return name;
            }
        }
    }

    private static bool IsPublicStaticFindValue(MetadataReader reader, MethodDefinitionHandle handle)
    {
        var method = reader.GetMethodDefinition(handle);
        const MethodAttributes PublicStatic = MethodAttributes.Public | MethodAttributes.Static;
        return (method.Attributes & (MethodAttributes.MemberAccessMask | MethodAttributes.Static)) == PublicStatic
            && reader.StringComparer.Equals(method.Name, "FindValue")
            && method.GetParameters().Count == 1;
    }
}
