using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EiAnalyzers.Benchmarks.Infrastructure;

/// <summary>
/// An analyzer that registers what ElasticInferenceAnalyzer registers in a SageMaker project (a symbol action on named
/// types, a semantic model action, a compilation end action) and does nothing in them: the cost of that registration
/// shape alone, in the analysis driver (compilation events, one callback per type and per file).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class SameShapeAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = new(
        "BENCH0002", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            start.RegisterSymbolAction(static _ => { }, SymbolKind.NamedType);
            start.RegisterSemanticModelAction(static _ => { });
            start.RegisterCompilationEndAction(static _ => { });
        });
    }
}
