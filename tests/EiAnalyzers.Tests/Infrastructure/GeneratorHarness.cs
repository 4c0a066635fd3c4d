using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using EiAnalyzers.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace EiAnalyzers.Tests.Infrastructure;

/// <summary>Runs the generator the way the compiler does, and compiles or executes what it produced.</summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    public static CSharpCompilation Compilation(IEnumerable<MetadataReference> references, params string[] sources) =>
        CSharpCompilation.Create(
            "Consumer",
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"/src/File{i}.cs")),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver Driver(AnalyzerConfigOptionsProvider? options = null, bool trackSteps = true) =>
        CSharpGeneratorDriver.Create(
            new[] { new EiModelGenerator().AsSourceGenerator() },
            parseOptions: ParseOptions,
            optionsProvider: options,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>Runs the generator; returns the compilation with its output and asserts it compiles without errors.</summary>
    public static (Compilation Output, GeneratorDriverRunResult Run) Generate(CSharpCompilation input, AnalyzerConfigOptionsProvider? options = null)
    {
        var driver = Driver(options).RunGeneratorsAndUpdateCompilation(input, out var output, out var diagnostics);
        Assert.Empty(diagnostics);
        var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "The generated code does not compile:\n" + string.Join("\n", errors));
        return (output, driver.GetRunResult());
    }

    /// <summary>Emits <paramref name="compilation"/> and loads it, to run the generated code.</summary>
    public static Assembly Load(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        stream.Position = 0;
        var context = new AssemblyLoadContext("generated-" + Guid.NewGuid(), isCollectible: true);
        context.Resolving += (_, name) =>
        {
            var candidate = Path.Combine(AppContext.BaseDirectory, name.Name + ".dll");
            return File.Exists(candidate) ? context.LoadFromAssemblyPath(candidate) : null;
        };
        return context.LoadFromStream(stream);
    }

    public static string Text(GeneratorDriverRunResult run, string hintNameEnd) =>
        run.Results.Single().GeneratedSources.Single(s => s.HintName.EndsWith(hintNameEnd, StringComparison.Ordinal)).SourceText.ToString();

    /// <summary>Options as .editorconfig and .globalconfig give them to the generator.</summary>
    public sealed class Options : AnalyzerConfigOptionsProvider
    {
        private readonly Values values;

        public Options(IReadOnlyDictionary<string, string> values)
        {
            this.values = new Values(values);
        }

        public override AnalyzerConfigOptions GlobalOptions => values;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => values;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => values;

        private sealed class Values : AnalyzerConfigOptions
        {
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
