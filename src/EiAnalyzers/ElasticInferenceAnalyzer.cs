using System.Collections.Immutable;
using EiAnalyzers.Analysis;
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
        context.RegisterCompilationStartAction(DeferredCompilationState.Register);
    }
}
