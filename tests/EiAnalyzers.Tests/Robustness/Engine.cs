using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using EiAnalyzers.CodeFixes;
using EiAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace EiAnalyzers.Tests.Robustness;

/// <summary>
/// Runs the analyzer, the generator and the code fixes outside the verifier, the way a build and an IDE do, and
/// collects every exception instead of stopping at the first: the analyzer driver's <c>onAnalyzerException</c>,
/// AD0001 diagnostics, generator exceptions (and CS8784/CS8785), and anything a fix lets escape.
/// </summary>
internal static class Engine
{
    public const string UserPath = "/src/Program.cs";

    public static readonly CSharpParseOptions ParseOptions = GeneratorHarness.ParseOptions;

    public static readonly CSharpCompilationOptions CompilationOptions =
        new(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);

    public static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new ElasticInferenceAnalyzer());

    /// <summary>Every code fix provider of the fixes assembly, found by reflection so that a new one is included.</summary>
    public static readonly ImmutableArray<CodeFixProvider> FixProviders = typeof(ElasticInferenceCodeFixProvider).Assembly.GetTypes()
        .Where(t => typeof(CodeFixProvider).IsAssignableFrom(t) && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    public static readonly ImmutableHashSet<string> FixableIds = FixProviders.SelectMany(p => p.FixableDiagnosticIds).ToImmutableHashSet();

    private static readonly SyntaxTree Placeholder = CSharpSyntaxTree.ParseText("", ParseOptions, path: UserPath);

    /// <summary>The one base compilation (references bound once); each program replaces its placeholder tree.</summary>
    public static readonly CSharpCompilation Base = CSharpCompilation.Create("Robustness", new[] { Placeholder }, TestReferences.All, CompilationOptions);

    public static SyntaxTree Parse(string text, string path = UserPath) => CSharpSyntaxTree.ParseText(text, ParseOptions, path: path);

    /// <summary>The base compilation with <paramref name="companions"/> added; its placeholder is the user tree.</summary>
    public static CSharpCompilation BaseWith(IEnumerable<SyntaxTree> companions) => Base.AddSyntaxTrees(companions);

    public static CSharpCompilation WithUserTree(CSharpCompilation baseCompilation, SyntaxTree tree) =>
        baseCompilation.ReplaceSyntaxTree(baseCompilation.SyntaxTrees[0], tree);

    // ---- Generator ------------------------------------------------------------------------------------------------

    /// <summary>Runs the generator on <paramref name="input"/>; reports exceptions and CS8784/CS8785 to <paramref name="failures"/>.</summary>
    public static Compilation Generate(ref GeneratorDriver driver, Compilation input, Action<Failure> failures)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(input, out var output, out var diagnostics);
        var run = driver.GetRunResult();
        foreach (var result in run.Results)
        {
            if (result.Exception is { } exception)
            {
                failures(new Failure("generator exception", "", exception));
            }
        }

        foreach (var diagnostic in diagnostics.Concat(run.Diagnostics).Where(d => d.Id is "CS8784" or "CS8785"))
        {
            failures(new Failure("generator diagnostic " + diagnostic.Id, diagnostic.ToString(), null));
        }

        return output;
    }

    // ---- Analyzer -------------------------------------------------------------------------------------------------

    /// <summary>
    /// The analyzer's diagnostics on <paramref name="compilation"/>, in the order the driver returns them; with
    /// <paramref name="onlyTree"/>, those of that tree as the IDE asks for them (syntax, symbol and operation actions
    /// of the tree; no compilation end action). Exceptions
    /// (through <c>onAnalyzerException</c>) and AD0001 diagnostics go to <paramref name="failures"/>.
    /// </summary>
    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(
        Compilation compilation, Action<Failure> failures, AnalyzerConfigOptionsProvider? options = null, bool concurrent = true, SyntaxTree? onlyTree = null)
    {
        var analyzerOptions = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, options ?? NoOptions.Instance);
        var withAnalyzers = compilation.WithAnalyzers(
            Analyzers,
            new CompilationWithAnalyzersOptions(
                analyzerOptions,
                onAnalyzerException: (exception, analyzer, diagnostic) => failures(new Failure("analyzer exception in " + analyzer.GetType().Name, diagnostic.GetMessage(), exception)),
                concurrentAnalysis: concurrent,
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: false));
        var diagnostics = onlyTree is null
            ? await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).ConfigureAwait(false)
            : (await withAnalyzers.GetAnalyzerSyntaxDiagnosticsAsync(onlyTree, CancellationToken.None).ConfigureAwait(false))
                .AddRange(await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(onlyTree), null, CancellationToken.None).ConfigureAwait(false));
        foreach (var diagnostic in diagnostics.Where(d => d.Id.StartsWith("AD", StringComparison.Ordinal)))
        {
            failures(new Failure("analyzer driver diagnostic " + diagnostic.Id, diagnostic.ToString(), null));
        }

        return diagnostics;
    }

    /// <summary>No .editorconfig at all.</summary>
    private sealed class NoOptions : AnalyzerConfigOptionsProvider
    {
        public static readonly NoOptions Instance = new();

        public override AnalyzerConfigOptions GlobalOptions => Empty.Instance;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty.Instance;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Empty.Instance;

        private sealed class Empty : AnalyzerConfigOptions
        {
            public static readonly Empty Instance = new();

            public override bool TryGetValue(string key, out string value)
            {
                value = "";
                return false;
            }
        }
    }

    /// <summary>What the generator and the analyzer made of one program.</summary>
    public sealed record ProgramRun(
        Compilation Input, Compilation Output, GeneratorDriverRunResult Generator, ImmutableArray<Diagnostic> Analyzer, IReadOnlyList<Failure> Failures)
    {
        /// <summary>The trees the generator added.</summary>
        public IEnumerable<SyntaxTree> GeneratedTrees => Output.SyntaxTrees.Except(Input.SyntaxTrees);

        /// <summary>Compiler errors in the trees the generator added: there must never be any.</summary>
        public IEnumerable<Diagnostic> GeneratedErrors =>
            Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree is { } tree && !Input.SyntaxTrees.Contains(tree));

        /// <summary>Compiler errors in the user's trees, or with no location.</summary>
        public IEnumerable<Diagnostic> UserErrors =>
            Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && (d.Location.SourceTree is null || Input.SyntaxTrees.Contains(d.Location.SourceTree)));
    }

    /// <summary>Runs the generator, then the analyzer, on <paramref name="trees"/>; every exception is a failure of the run.</summary>
    /// <param name="concurrent">The analyzer driver's concurrent analysis.</param>
    /// <param name="concurrentBuild">The compilation's concurrent build (the order in which it hands symbols and blocks to the driver).</param>
    public static async Task<ProgramRun> RunAsync(
        IEnumerable<SyntaxTree> trees, AnalyzerConfigOptionsProvider? options = null, bool concurrent = true, bool concurrentBuild = true)
    {
        var failures = new List<Failure>();
        void Fail(Failure failure)
        {
            lock (failures)
            {
                failures.Add(failure);
            }
        }

        var input = Base.RemoveAllSyntaxTrees().AddSyntaxTrees(trees);
        if (!concurrentBuild)
        {
            input = input.WithOptions(input.Options.WithConcurrentBuild(false));
        }

        GeneratorDriver driver = GeneratorHarness.Driver(options, trackSteps: false);
        var output = Generate(ref driver, input, Fail);
        var diagnostics = await AnalyzeAsync(output, Fail, options, concurrent).ConfigureAwait(false);
        return new ProgramRun(input, output, driver.GetRunResult(), diagnostics, failures);
    }

    // ---- Code fixes -----------------------------------------------------------------------------------------------

    private static readonly AdhocWorkspace Workspace = new();

    private static readonly ProjectId ProjectId = ProjectId.CreateNewId("Robustness");

    /// <summary>A solution with one project holding the references; never applied to the workspace, so shared freely.</summary>
    private static readonly Solution BaseSolution = Workspace.CurrentSolution.AddProject(ProjectInfo.Create(
        ProjectId, VersionStamp.Create(), "Robustness", "Robustness", LanguageNames.CSharp,
        compilationOptions: CompilationOptions, parseOptions: ParseOptions, metadataReferences: TestReferences.All));

    /// <summary>What one fix run did, for the counts the test prints.</summary>
    public sealed class FixCounts
    {
        private int actions;
        private int fixAlls;

        public int Actions => actions;

        public int FixAlls => fixAlls;

        public void AddAction() => Interlocked.Increment(ref actions);

        public void AddFixAll() => Interlocked.Increment(ref fixAlls);
    }

    /// <summary>
    /// Offers every provider's fixes for the diagnostics of <paramref name="analyzed"/> in the user tree, on a
    /// workspace document with the same text (the generated files added as documents, so the same symbols bind), and
    /// applies each registered action and one Fix All per provider. At most <paramref name="perProvider"/> diagnostics
    /// per provider are offered, chosen round-robin by <paramref name="rotation"/> so successive variants cover
    /// different diagnostics.
    /// </summary>
    public static async Task RunFixesAsync(
        Compilation analyzed, SyntaxTree userTree, ImmutableArray<Diagnostic> diagnostics, int rotation, int perProvider,
        Action<Failure> failures, FixCounts counts)
    {
        var fixable = diagnostics.Where(d => d.Location.SourceTree == userTree && FixableIds.Contains(d.Id)).ToList();
        if (fixable.Count == 0)
        {
            return;
        }

        var solution = BaseSolution;
        var documentId = DocumentId.CreateNewId(ProjectId);
        var text = userTree.GetText();
        solution = solution.AddDocument(documentId, "Program.cs", text, filePath: UserPath);
        foreach (var tree in analyzed.SyntaxTrees.Where(t => t != userTree))
        {
            solution = solution.AddDocument(DocumentId.CreateNewId(ProjectId), System.IO.Path.GetFileName(tree.FilePath), tree.GetText(), filePath: tree.FilePath);
        }

        var document = solution.GetDocument(documentId)!;
        var documentTree = (await document.GetSyntaxTreeAsync().ConfigureAwait(false))!;
        var mapped = fixable.Select(d => MapTo(d, userTree, documentTree)).ToImmutableArray();
        var originalErrors = documentTree.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);

        foreach (var provider in FixProviders)
        {
            var mine = mapped.Where(d => provider.FixableDiagnosticIds.Contains(d.Id)).ToList();
            if (mine.Count == 0)
            {
                continue;
            }

            string? equivalenceKey = null;
            Diagnostic? keyDiagnostic = null;
            for (var k = 0; k < Math.Min(perProvider, mine.Count); k++)
            {
                var diagnostic = mine[(rotation + k) % mine.Count];
                var where = $"{provider.GetType().Name} on {diagnostic.Id}";
                var at = $"at {diagnostic.Location.SourceSpan} '{documentTree.GetText().ToString(diagnostic.Location.SourceSpan)}'";
                var actions = new List<CodeAction>();
                try
                {
                    var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
                    await provider.RegisterCodeFixesAsync(context).ConfigureAwait(false);
                }
                catch (Exception exception)
                {
                    failures(new Failure(where + ": RegisterCodeFixesAsync threw", at, exception));
                    continue;
                }

                foreach (var action in actions)
                {
                    equivalenceKey ??= action.EquivalenceKey;
                    keyDiagnostic ??= diagnostic;
                    counts.AddAction();
                    await ApplyAsync(action, documentId, text, originalErrors, $"{where}, action {action.EquivalenceKey}", at, failures).ConfigureAwait(false);
                }
            }

            if (equivalenceKey is null || keyDiagnostic is null)
            {
                continue;
            }

            var where2 = $"{provider.GetType().Name} Fix All {equivalenceKey}";
            var at2 = $"from {keyDiagnostic.Id} at {keyDiagnostic.Location.SourceSpan}";
            try
            {
                if (provider.GetFixAllProvider() is { } fixAll)
                {
                    counts.AddFixAll();
                    var context = new FixAllContext(
                        document, provider, FixAllScope.Document, equivalenceKey, provider.FixableDiagnosticIds, new FixedDiagnostics(mapped), CancellationToken.None);
                    if (await fixAll.GetFixAsync(context).ConfigureAwait(false) is { } action)
                    {
                        await ApplyAsync(action, documentId, text, originalErrors, where2, at2, failures).ConfigureAwait(false);
                    }
                }
            }
            catch (Exception exception)
            {
                failures(new Failure(where2 + ": threw", at2, exception));
            }
        }
    }

    private static async Task ApplyAsync(CodeAction action, DocumentId documentId, SourceText original, int originalErrors, string where, string at, Action<Failure> failures)
    {
        try
        {
            var operations = await action.GetOperationsAsync(CancellationToken.None).ConfigureAwait(false);
            var applied = operations.OfType<ApplyChangesOperation>().ToList();
            if (applied.Count != 1)
            {
                failures(new Failure(where + $": {applied.Count} ApplyChangesOperation instead of one", at, null));
                return;
            }

            var changed = applied[0].ChangedSolution.GetDocument(documentId)!;
            var changedText = await changed.GetTextAsync().ConfigureAwait(false);
            if (changedText.ContentEquals(original))
            {
                failures(new Failure(where + ": offered but changes nothing", at, null));
                return;
            }

            var changedTree = (await changed.GetSyntaxTreeAsync().ConfigureAwait(false))!;
            var errors = changedTree.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (errors.Count > originalErrors)
            {
                failures(new Failure(where + ": adds syntax errors", $"{at}: {originalErrors} before, {errors.Count} after ({errors.First().GetMessage()}); fixed text:\n{changedText}", null));
            }
        }
        catch (Exception exception)
        {
            failures(new Failure(where + ": applying threw", at, exception));
        }
    }

    /// <summary>The same diagnostic on the workspace document's tree (same text, so the same spans); locations in other files stay as they are.</summary>
    private static Diagnostic MapTo(Diagnostic diagnostic, SyntaxTree userTree, SyntaxTree tree)
    {
        Location Map(Location location) =>
            location.SourceTree == userTree ? Location.Create(tree, location.SourceSpan) : location;

        var descriptor = diagnostic.Descriptor;
        return Diagnostic.Create(
            descriptor.Id, descriptor.Category, diagnostic.GetMessage(), diagnostic.Severity, descriptor.DefaultSeverity, descriptor.IsEnabledByDefault,
            diagnostic.WarningLevel, descriptor.Title, descriptor.Description, descriptor.HelpLinkUri, Map(diagnostic.Location),
            diagnostic.AdditionalLocations.Select(Map), descriptor.CustomTags, diagnostic.Properties);
    }

    private sealed class FixedDiagnostics : FixAllContext.DiagnosticProvider
    {
        private readonly ImmutableArray<Diagnostic> diagnostics;

        public FixedDiagnostics(ImmutableArray<Diagnostic> diagnostics)
        {
            this.diagnostics = diagnostics;
        }

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult(Enumerable.Empty<Diagnostic>());

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);
    }
}

/// <summary>One thing that went wrong: what, where, and the exception if one was thrown.</summary>
internal sealed record Failure(string What, string Detail, Exception? Exception)
{
    /// <summary>What identifies the bug: what went wrong, the exception type and the first frame in EiAnalyzers code.</summary>
    public string Signature
    {
        get
        {
            if (Exception is null)
            {
                return What;
            }

            var frame = Exception.ToString().Split('\n').Select(l => l.Trim())
                .FirstOrDefault(l => l.StartsWith("at EiAnalyzers.", StringComparison.Ordinal) && !l.StartsWith("at EiAnalyzers.Tests.", StringComparison.Ordinal));
            return $"{What}: {Exception.GetType().FullName} {frame}";
        }
    }
}

/// <summary>
/// Failures gathered across threads, grouped by <see cref="Failure.Signature"/>; for each the smallest program that
/// shows it is kept as its repro.
/// </summary>
internal sealed class FailureLog
{
    private readonly ConcurrentDictionary<string, (int Count, string Context, string Program, Failure First)> bySignature = new();
    private int count;

    public int Count => count;

    public IReadOnlyCollection<string> Signatures => bySignature.Keys.ToList();

    public void Add(Failure failure, string context, string program)
    {
        Interlocked.Increment(ref count);
        bySignature.AddOrUpdate(
            failure.Signature,
            _ => (1, context, program, failure),
            (_, existing) => program.Length < existing.Program.Length
                ? (existing.Count + 1, context, program, failure)
                : (existing.Count + 1, existing.Context, existing.Program, existing.First));
    }

    public string Report()
    {
        var text = new System.Text.StringBuilder($"{Count} failures, {bySignature.Count} distinct (each with its smallest program):\n");
        foreach (var (signature, entry) in bySignature.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append("\n==== ").Append(signature).Append($" ({entry.Count}x)\n")
                .Append(entry.Context).Append('\n')
                .Append(entry.First.Detail).Append('\n');
            if (entry.First.Exception is { } exception)
            {
                text.Append(exception).Append('\n');
            }

            text.Append("---- program:\n").Append(entry.Program).Append('\n');
        }

        return text.ToString();
    }
}
