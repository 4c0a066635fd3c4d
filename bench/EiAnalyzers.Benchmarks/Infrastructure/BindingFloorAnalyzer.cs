using System.Collections.Immutable;
using EiAnalyzers.Analysis;
using EiAnalyzers.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EiAnalyzers.Benchmarks.Infrastructure;

/// <summary>
/// The floor of part 2: an analyzer that finds the same code blocks as ElasticInferenceAnalyzer and asks for their
/// operation trees, as it does, and reads nothing. <c>SemanticModel.GetOperation</c> binds a block again in the
/// semantic model (the compiler's own bound trees are not shared with analyzers) and, where nullable is enabled, runs
/// the nullable analysis of the whole member. Any analyzer that looks at the semantics of these blocks pays this; the
/// difference to ElasticInferenceAnalyzer is EiAnalyzers' own work (the scan's share is in both).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class BindingFloorAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = new(
        "BENCH0003", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            if (KnownSymbols.Resolve(start.Compilation) is not { } known)
            {
                return;
            }

            start.RegisterSemanticModelAction(context =>
            {
                foreach (var block in BlockRelevance.BlocksNaming(context.SemanticModel.SyntaxTree, known.RelevantNames, context.CancellationToken))
                {
                    foreach (var _ in BlockRelevance.OperationsOf(block, context.SemanticModel, context.CancellationToken))
                    {
                    }
                }
            });
        });
    }
}
