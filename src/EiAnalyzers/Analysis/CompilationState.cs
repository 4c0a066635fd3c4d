using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using EiAnalyzers.Checks;
using EiAnalyzers.Checks.Findings;
using EiAnalyzers.Description;
using EiAnalyzers.Diagnostics;
using EiAnalyzers.Knowledge;
using EiAnalyzers.Options;
using EiAnalyzers.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EiAnalyzers.Analysis;

/// <summary>
/// What the analyzer knows of one compilation while it runs: each code block is read (readers), checked (checks) and
/// reported (diagnostics) once; what can only be decided with the whole compilation (ties by an equal name) waits for
/// its end. Nothing here outlives the compilation.
/// </summary>
internal sealed class CompilationState
{
    private readonly KnownSymbols known;
    private readonly Compilation compilation;
    private readonly AnalyzerConfigOptionsProvider options;
    private readonly GeneratedCode generatedCode;
    private readonly ConcurrentDictionary<SyntaxTree, double> headrooms = new();
    private readonly ConcurrentQueue<DeclaredModelDescription> declarations = new();
    private readonly ConcurrentQueue<DeploymentDescription> deployments = new();

    public CompilationState(KnownSymbols known, Compilation compilation, AnalyzerConfigOptionsProvider options)
    {
        this.known = known;
        this.compilation = compilation;
        this.options = options;
        generatedCode = new GeneratedCode(compilation, options);
    }

    public KnownSymbols Known => known;

    // ---- Declarations -------------------------------------------------------------------------------------------

    public void AnalyzeNamedType(SymbolAnalysisContext context)
    {
        if (context.Symbol is INamedTypeSymbol type && known.DeclarationOf(type) is { } model)
        {
            declarations.Enqueue(model);
            DeclarationChecks.Check(model, Checks(context.ReportDiagnostic, null, context.CancellationToken));
        }
    }

    // ---- Code blocks --------------------------------------------------------------------------------------------

    /// <summary>
    /// Reads, checks and reports the blocks of one file that name a SageMaker type or property of this compilation;
    /// <paramref name="candidates"/> are the file's identifiers that may (a superset of its tokens that do).
    /// </summary>
    public void AnalyzeSemanticModel(SemanticModelAnalysisContext context, IEnumerable<SyntaxToken> candidates)
    {
        var model = context.SemanticModel;
        var checks = Checks(context.ReportDiagnostic, model, context.CancellationToken);
        foreach (var block in BlockRelevance.BlocksOf(candidates, known.RelevantNames, context.CancellationToken))
        {
            foreach (var operation in BlockRelevance.OperationsOf(block, model, context.CancellationToken))
            {
                var deployment = BlockReader.Read(known, operation, model, context.CancellationToken);
                if (!deployment.IsEmpty)
                {
                    CheckBlock(deployment, checks);
                    deployments.Enqueue(deployment);
                }
            }
        }
    }

    /// <summary>What one block decides by itself: everything but the ties by name.</summary>
    private static void CheckBlock(DeploymentDescription deployment, CheckContext checks)
    {
        var block = new BlockDirectory(deployment);
        foreach (var model in deployment.Models)
        {
            ModelChecks.Check(model, checks);
        }

        foreach (var variant in deployment.Variants)
        {
            VariantChecks.Check(variant, block, checks);
            MigrationChecks.CheckVariant(variant, block, atCompilationEnd: false, checks);
        }

        foreach (var notebook in deployment.Notebooks)
        {
            NotebookChecks.Check(notebook, checks);
            MigrationChecks.CheckNotebook(notebook, checks);
        }
    }

    // ---- The end of the compilation -----------------------------------------------------------------------------

    public void AnalyzeCompilationEnd(CompilationAnalysisContext context)
    {
        var sink = new DiagnosticSink(context.ReportDiagnostic, location => generatedCode.Contains(location, null, context.CancellationToken));
        var checks = new CheckContext(Headroom, sink.Report);
        ReportInvalidOptions(sink);

        var all = deployments.ToList();
        var declared = DeclarationChecks.ByName(
            declarations.GroupBy(d => d.TypeName).Select(g => g.First()).OrderBy(d => d.TypeName, StringComparer.Ordinal), checks);
        var directory = new CompilationDirectory(all, declared);
        foreach (var model in declared.Values.OrderBy(m => m.TypeName, StringComparer.Ordinal))
        {
            DeclarationChecks.CheckAgainstImages(model, directory.Created(model.Name), checks);
        }

        foreach (var variant in all.SelectMany(d => d.Variants).OrderBy(v => v.Location, LocationOrder.Instance))
        {
            VariantChecks.CheckByName(variant, directory, checks);
            MigrationChecks.CheckVariant(variant, directory, atCompilationEnd: true, checks);
        }

        var byType = declared.Values.OrderBy(m => m.TypeName, StringComparer.Ordinal).ToList();
        foreach (var notebook in all.SelectMany(d => d.Notebooks).OrderBy(n => n.Location, LocationOrder.Instance))
        {
            NotebookChecks.CheckServedModels(notebook, byType, checks);
        }
    }

    /// <summary>Each bad value of an option once, whatever file it applies to and whatever rule it configures.</summary>
    private void ReportInvalidOptions(DiagnosticSink sink)
    {
        var values = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var configured in compilation.SyntaxTrees.Select(options.GetOptions).Append(options.GlobalOptions))
        {
            if (configured.TryGetValue(EiCatalog.HeadroomOptionKey, out var text) && HeadroomOption.Parse(text).InvalidText is { } invalid)
            {
                values.Add(invalid);
            }
        }

        foreach (var value in values)
        {
            sink.Report(new InvalidOption(Location.None, EiCatalog.HeadroomOptionKey, value));
        }
    }

    // ---- Shared -------------------------------------------------------------------------------------------------

    /// <summary>The checks' context for one unit of analysis; <paramref name="model"/> is its file's semantic model, if it has one.</summary>
    private CheckContext Checks(Action<Diagnostic> report, SemanticModel? model, CancellationToken cancellationToken)
    {
        var sink = new DiagnosticSink(report, location => generatedCode.Contains(location, model, cancellationToken));
        return new CheckContext(Headroom, sink.Report);
    }

    private double Headroom(Location location) =>
        location.SourceTree is { } tree
            ? headrooms.GetOrAdd(tree, t => HeadroomOption.Read(options.GetOptions(t), options.GlobalOptions).Factor)
            : EiCatalog.DefaultHeadroom;
}

/// <summary>Orders locations by file, then position, so the end of the compilation reports in a stable order.</summary>
internal sealed class LocationOrder : IComparer<Location>
{
    public static readonly LocationOrder Instance = new();

    public int Compare(Location? x, Location? y)
    {
        var byFile = string.CompareOrdinal(x?.SourceTree?.FilePath, y?.SourceTree?.FilePath);
        return byFile != 0 ? byFile : (x?.SourceSpan.Start ?? 0).CompareTo(y?.SourceSpan.Start ?? 0);
    }
}
