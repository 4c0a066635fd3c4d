using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EiAnalyzers.Hosts;

/// <summary>One consumer project compiled with the package's generator (and PolySharp where the shape has it), then analyzed.</summary>
internal sealed class ConsumerBuild
{
    private ConsumerBuild(Compilation output, ImmutableArray<Diagnostic> generatorDiagnostics, ImmutableArray<Diagnostic> compilerDiagnostics, ImmutableArray<Diagnostic> analyzerDiagnostics)
    {
        Output = output;
        GeneratorDiagnostics = generatorDiagnostics;
        CompilerDiagnostics = compilerDiagnostics;
        AnalyzerDiagnostics = analyzerDiagnostics;
    }

    public Compilation Output { get; }

    /// <summary>What the generators reported (an exception is CS8784/CS8785).</summary>
    public ImmutableArray<Diagnostic> GeneratorDiagnostics { get; }

    /// <summary>The compiler's warnings and errors for the whole project, generated files included, up to the emitted assembly.</summary>
    public ImmutableArray<Diagnostic> CompilerDiagnostics { get; }

    public ImmutableArray<Diagnostic> AnalyzerDiagnostics { get; }

    /// <summary>The analyzer's diagnostics of one file, as <c>ID (line,column)</c>, sorted.</summary>
    public IEnumerable<string> AnalyzerDiagnosticsIn(string file) => AnalyzerDiagnostics
        .Where(d => Path.GetFileName(d.Location.SourceTree?.FilePath) == file)
        .Select(d => $"{d.Id} ({d.Location.GetLineSpan().StartLinePosition.Line + 1},{d.Location.GetLineSpan().StartLinePosition.Character + 1})")
        .OrderBy(text => text, System.StringComparer.Ordinal);

    public static async Task<ConsumerBuild> RunAsync(ConsumerShape shape, string assemblyName, IEnumerable<(string File, string Text)> sources, IEnumerable<MetadataReference>? moreReferences = null)
    {
        var parse = new CSharpParseOptions(shape.Language, DocumentationMode.Diagnose);
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, parse, path: Path.Combine("/" + assemblyName, s.File)));
        var options = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: shape.Nullable ? NullableContextOptions.Enable : NullableContextOptions.Disable,
            // As the SDK: assembly unification warnings between framework versions are expected noise.
            specificDiagnosticOptions: new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress });
        var compilation = CSharpCompilation.Create(assemblyName, trees, HostReferences.For(shape.Target).AddRange(moreReferences ?? Enumerable.Empty<MetadataReference>()), options);

        var generators = LoadedPackage.Generators;
        var buildProperties = new Dictionary<string, string>();
        if (shape.PolySharp)
        {
            generators = generators.AddRange(new AnalyzerFileReference(HostReferences.PolySharpGenerator, LoadedPackage.Reference.AssemblyLoader).GetGenerators(LanguageNames.CSharp));
            // The properties PolySharp's package makes visible to the compiler, empty as in a project that sets none.
            foreach (var property in new[] { "PolySharpUsePublicAccessibilityForGeneratedTypes", "PolySharpUseEmbeddedAttributeForGeneratedTypes", "PolySharpIncludeRuntimeSupportedAttributes", "PolySharpUseInteropServices2NamespaceForUnmanagedCallersOnlyAttribute", "PolySharpExcludeGeneratedTypes", "PolySharpIncludeGeneratedTypes", "PolySharpExcludeTypeForwardedToDeclarations" })
            {
                buildProperties["build_property." + property] = "";
            }
        }

        var configOptions = new ConfigOptions(buildProperties);
        CSharpGeneratorDriver.Create(generators, parseOptions: parse, optionsProvider: configOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        // Emitted, not only compiled: the compiler declares its own attributes, and rejects a declared EmbeddedAttribute
        // (CS8336), while it emits.
        using var image = new MemoryStream();
        var compilerDiagnostics = output.Emit(image).Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();
        var analyzerDiagnostics = await output
            .WithAnalyzers(LoadedPackage.Analyzers, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, configOptions))
            .GetAnalyzerDiagnosticsAsync();
        return new ConsumerBuild(output, generatorDiagnostics, compilerDiagnostics, analyzerDiagnostics);
    }

    /// <summary>The sources of a shape: the deployment, and the language features its version has.</summary>
    public static IEnumerable<(string File, string Text)> SourcesFor(ConsumerShape shape)
    {
        yield return ("Deployment.cs", ConsumerCode.Deployment);
        yield return ("Features73.cs", ConsumerCode.Features73);
        if (shape.HasModernLanguage)
        {
            yield return ("FeaturesModern.cs", ConsumerCode.FeaturesModern);
        }
    }

    /// <summary>.editorconfig and build properties as the SDK passes them: global only.</summary>
    private sealed class ConfigOptions : AnalyzerConfigOptionsProvider
    {
        private readonly Values values;

        public ConfigOptions(IReadOnlyDictionary<string, string> global)
        {
            values = new Values(global);
        }

        public override AnalyzerConfigOptions GlobalOptions => values;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Values.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Values.Empty;

        private sealed class Values : AnalyzerConfigOptions
        {
            public static readonly Values Empty = new(new Dictionary<string, string>());

            private readonly IReadOnlyDictionary<string, string> values;

            public Values(IReadOnlyDictionary<string, string> values)
            {
                this.values = values;
            }

            public override bool TryGetValue(string key, out string value)
            {
                var found = values.TryGetValue(key, out var text);
                value = text ?? "";
                return found;
            }
        }
    }
}
