using System.Collections.Immutable;
using EiAnalyzers.Analysis;
using EiAnalyzers.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EiAnalyzers;

/// <summary>
/// Checks Amazon SageMaker Elastic Inference configuration written with the AWS SDK for .NET or the AWS CDK, and the
/// <c>[EiModel]</c> declarations, against the EI catalog (rules EI0001-EI0015).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ElasticInferenceAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Descriptors.All;

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();

        // Generated files and symbols are not analyzed; a diagnostic in generated code is dropped by GeneratedCode,
        // which decides as the driver would, at a fraction of the cost of the driver's own check.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(static start =>
        {
            // Most compilations have nothing to do with SageMaker: look the types up once and leave at once.
            if (KnownSymbols.Resolve(start.Compilation) is not { } known)
            {
                return;
            }

            var state = new CompilationState(known, start.Compilation, start.Options.AnalyzerConfigOptionsProvider);
            // Every type of the compilation is visited for its attributes: only where the generated table counts a declaration.
            if (known.EiModelAttribute is not null && known.MayDeclareModels)
            {
                start.RegisterSymbolAction(state.AnalyzeNamedType, SymbolKind.NamedType);
            }

            if (known.HasConfigurationTypes)
            {
                // One action per file, not per code block or operation: the driver then builds no operation tree,
                // and computes no code blocks, for the many blocks that never name a SageMaker type. The diagnostics
                // stay local to the file, as the IDE needs for live diagnostics and fixes.
                start.RegisterSemanticModelAction(state.AnalyzeSemanticModel);
            }

            start.RegisterCompilationEndAction(state.AnalyzeCompilationEnd);
        });
    }
}
