using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using EiAnalyzers.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace EiAnalyzers.Tests.Infrastructure;

/// <summary>
/// The one verifier wrapper: compiles the test code against the .NET 8 reference assemblies, the SDK stand-in and
/// the CDK, runs the generator (so <c>[EiModel]</c> and <c>EiAccelerators</c> exist, as for a user), the analyzer and,
/// for fix tests, one code fix with its Fix All.
/// </summary>
internal static class Verify
{
    /// <summary>The usings a typical SageMaker file starts with; tests write only the code that matters.</summary>
    public const string Usings = """
        using System;
        using System.Collections.Generic;
        using Amazon.SageMaker;
        using Amazon.SageMaker.Model;
        using SageMaker.ElasticInference;

        """;

    /// <summary>A diagnostic checked by ID, location and default severity (not its message).</summary>
    public static DiagnosticResult Diagnostic(string id) =>
        new(id, Descriptors.All.First(d => d.Id == id).DefaultSeverity);

    /// <summary>A diagnostic whose message is checked too, through <c>WithArguments</c>.</summary>
    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new(descriptor);

    public static Task Analyzer(string source, params DiagnosticResult[] expected) => Analyzer(source, editorConfig: null, expected);

    public static async Task Analyzer(string source, string? editorConfig, params DiagnosticResult[] expected)
    {
        var test = new Test<EmptyCodeFixProvider> { TestCode = source };
        Configure(test.TestState, editorConfig);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync(CancellationToken.None);
    }

    /// <summary>A program with top-level statements (an executable).</summary>
    public static async Task Program(string source, string? editorConfig, params DiagnosticResult[] expected)
    {
        var test = new Test<EmptyCodeFixProvider> { TestCode = source };
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        Configure(test.TestState, editorConfig);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync(CancellationToken.None);
    }

    /// <summary>Several files in one compilation (a model created in one file, its variant in another).</summary>
    public static async Task Analyzer(
        IEnumerable<(string Name, string Source)> sources, string? editorConfig, string? globalConfig = null, params DiagnosticResult[] expected)
    {
        var test = new Test<EmptyCodeFixProvider>();
        foreach (var (name, source) in sources)
        {
            test.TestState.Sources.Add((name, source));
        }

        Configure(test.TestState, editorConfig);
        if (globalConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", globalConfig));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync(CancellationToken.None);
    }

    /// <summary>
    /// Applies the fix registered under <paramref name="equivalenceKey"/> to the first diagnostic, and Fix All to
    /// every one; both results must compile and must carry exactly the diagnostics their markup shows.
    /// </summary>
    /// <param name="reportedByBuild">
    /// The diagnostics are compilation-end ones (tied by name across the project): the IDE offers their fix once the
    /// build or full solution analysis reported them, so the harness' check for local diagnostics does not apply.
    /// </param>
    public static async Task Fix<TFix>(
        string source, string fixedSource, string? fixAllSource = null, string? equivalenceKey = null, string? editorConfig = null, bool reportedByBuild = false,
        int? fixAllIterations = null)
        where TFix : CodeFixProvider, new()
    {
        var test = new Test<TFix>
        {
            CodeFixTestBehaviors = reportedByBuild ? CodeFixTestBehaviors.SkipLocalDiagnosticCheck : CodeFixTestBehaviors.None,
            TestCode = source,
            FixedCode = fixedSource,
            BatchFixedCode = fixAllSource ?? fixedSource,
            CodeActionEquivalenceKey = equivalenceKey,
            CodeActionValidationMode = CodeActionValidationMode.SemanticStructure,
        };

        // Fix All applies one rule's fix at a time: a source with several rules needs one pass per rule.
        if (fixAllIterations is { } iterations)
        {
            test.NumberOfFixAllIterations = iterations;
            test.NumberOfFixAllInDocumentIterations = iterations;
        }
        Configure(test.TestState, editorConfig);
        Configure(test.FixedState, editorConfig);
        Configure(test.BatchFixedState, editorConfig);

        // The fixed code's markup states every diagnostic left, including those another fix of this provider could fix.
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        test.BatchFixedState.MarkupHandling = MarkupMode.Allow;
        await test.RunAsync(CancellationToken.None);
    }

    /// <summary>
    /// Fix All of <paramref name="equivalenceKey"/> over a project of several files (a fix that edits another file than
    /// its diagnostic's); the diagnostics are the compilation's, as the build reports them.
    /// </summary>
    public static async Task FixProject<TFix>(
        (string Name, string Source)[] sources, (string Name, string Source)[] fixedSources, string equivalenceKey, string? editorConfig = null)
        where TFix : CodeFixProvider, new()
    {
        var test = new Test<TFix>
        {
            CodeFixTestBehaviors = CodeFixTestBehaviors.SkipLocalDiagnosticCheck,
            CodeActionEquivalenceKey = equivalenceKey,
            CodeActionValidationMode = CodeActionValidationMode.SemanticStructure,
        };
        test.TestState.Sources.AddRange(sources.Select(s => (s.Name, Microsoft.CodeAnalysis.Text.SourceText.From(s.Source))));
        test.FixedState.Sources.AddRange(fixedSources.Select(s => (s.Name, Microsoft.CodeAnalysis.Text.SourceText.From(s.Source))));
        test.BatchFixedState.Sources.AddRange(fixedSources.Select(s => (s.Name, Microsoft.CodeAnalysis.Text.SourceText.From(s.Source))));
        Configure(test.TestState, editorConfig);
        Configure(test.FixedState, editorConfig);
        Configure(test.BatchFixedState, editorConfig);
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        test.BatchFixedState.MarkupHandling = MarkupMode.Allow;
        await test.RunAsync(CancellationToken.None);
    }

    private static void Configure(SolutionState state, string? editorConfig)
    {
        state.AdditionalReferences.AddRange(TestReferences.All);
        if (editorConfig is not null)
        {
            state.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\n" + editorConfig));
        }
    }

    private sealed class Test<TFix> : CSharpCodeFixTest<ElasticInferenceAnalyzer, TFix, DefaultVerifier>
        where TFix : CodeFixProvider, new()
    {
        public Test()
        {
            // No package: the reference assemblies come from TestReferences, resolved at restore.
            ReferenceAssemblies = new ReferenceAssemblies("net8.0");
            TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
            MarkupOptions = MarkupOptions.UseFirstDescriptor;
        }

        protected override IEnumerable<Type> GetSourceGenerators() => new[] { typeof(EiModelGenerator) };
    }
}
