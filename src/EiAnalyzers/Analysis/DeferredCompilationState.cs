using System;
using System.Linq;
using System.Threading;
using EiAnalyzers.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EiAnalyzers.Analysis;

/// <summary>
/// The analyzer's actions on one compilation, registered from <see cref="StartFacts"/> without binding anything. The
/// compilation's symbols (<see cref="KnownSymbols"/>) and its <see cref="CompilationState"/> are made once, by the
/// first action that needs them: a file that names a configuration type or property, a type to look at for
/// <c>[EiModel]</c>, or the end of the compilation. A file that names none is scanned and left, with nothing resolved.
/// </summary>
internal sealed class DeferredCompilationState
{
    private readonly Lazy<CompilationState?> state;

    private DeferredCompilationState(Compilation compilation, AnalyzerConfigOptionsProvider options) =>
        state = new Lazy<CompilationState?>(
            () => KnownSymbols.Resolve(compilation) is { } known ? new CompilationState(known, compilation, options) : null,
            LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Registers what the compilation may need; nothing, when it has no SageMaker reference and no declaration.</summary>
    public static void Register(CompilationStartAnalysisContext start)
    {
        var mayConfigure = StartFacts.MayReferenceSageMaker(start.Compilation);
        var mayDeclare = StartFacts.MayDeclareModels(start.Compilation, start.CancellationToken);
        if (!mayConfigure && !mayDeclare)
        {
            return;
        }

        var deferred = new DeferredCompilationState(start.Compilation, start.Options.AnalyzerConfigOptionsProvider);
        if (mayDeclare)
        {
            // Every type of the compilation is visited for its attributes: only where the generated table counts a declaration.
            start.RegisterSymbolAction(deferred.AnalyzeNamedType, SymbolKind.NamedType);
        }

        if (mayConfigure)
        {
            // One action per file, not per code block or operation: the driver then builds no operation tree, and
            // computes no code blocks, for the many blocks that never name a SageMaker type. The diagnostics stay
            // local to the file, as the IDE needs for live diagnostics and fixes.
            start.RegisterSemanticModelAction(deferred.AnalyzeSemanticModel);
        }

        start.RegisterCompilationEndAction(deferred.AnalyzeCompilationEnd);
    }

    private void AnalyzeNamedType(SymbolAnalysisContext context)
    {
        if (state.Value is { Known: { EiModelAttribute: not null, MayDeclareModels: true } } compilationState)
        {
            compilationState.AnalyzeNamedType(context);
        }
    }

    private void AnalyzeSemanticModel(SemanticModelAnalysisContext context)
    {
        // The names of every shape are a superset of this compilation's: a file that names none of them is left before
        // any symbol is asked for.
        var tokens = TextScan.CandidateTokens(context.SemanticModel.SyntaxTree, RelevantNames.OfAllShapes, context.CancellationToken);
        var candidates = BlockRelevance.IdentifiersNaming(tokens, RelevantNames.OfAllShapes).ToList();

        if (candidates.Count > 0 && state.Value is { Known.HasConfigurationTypes: true } compilationState)
        {
            compilationState.AnalyzeSemanticModel(context, candidates);
        }
    }

    private void AnalyzeCompilationEnd(CompilationAnalysisContext context) => state.Value?.AnalyzeCompilationEnd(context);
}
