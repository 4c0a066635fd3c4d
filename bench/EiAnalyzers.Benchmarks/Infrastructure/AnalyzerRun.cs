using System;
using System.Collections.Immutable;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Emit;

namespace EiAnalyzers.Benchmarks.Infrastructure;

/// <summary>
/// One analysis of a compilation with one analyzer: what it reported, the analyzer's own execution time (telemetry,
/// wall time) and, for a <see cref="CallbackCpuAnalyzer"/>, the CPU time of its callbacks.
/// </summary>
public readonly record struct AnalyzerRunResult(int Diagnostics, TimeSpan ExecutionTime, TimeSpan CallbackCpu = default);

internal enum AnalysisScope
{
    /// <summary>
    /// <c>GetAnalyzerDiagnosticsAsync</c>: only what the analyzer needs. The driver binds the compilation only for an
    /// analyzer that registers symbol, operation or syntax actions: an analyzer that registers nothing costs nothing.
    /// </summary>
    AnalyzerOnly,

    /// <summary>
    /// <c>GetAllDiagnosticsAsync</c>: the compiler's diagnostics (every declaration and method body bound) and the
    /// analyzer's, as a build does. The difference between two analyzers here is what each adds to a build.
    /// </summary>
    Build,
}

internal static class AnalyzerRun
{
    /// <summary>
    /// Runs <paramref name="analyzer"/> on <paramref name="compilation"/> as the compiler does in a build
    /// (concurrently, logging each analyzer's execution time), and returns its diagnostics count and execution time.
    /// </summary>
    public static AnalyzerRunResult Run(Compilation compilation, DiagnosticAnalyzer analyzer, AnalysisScope scope)
    {
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: static (exception, analyzer, _) =>
                throw new InvalidOperationException($"{analyzer.GetType().Name} threw: {exception}"),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: true);
        (analyzer as CallbackCpuAnalyzer)?.TakeCpuTime();
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create(analyzer), options);
        var diagnostics = scope == AnalysisScope.Build
            ? withAnalyzers.GetAllDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult()
            : withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
        var telemetry = withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult();
        return new AnalyzerRunResult(diagnostics.Length, telemetry.ExecutionTime, (analyzer as CallbackCpuAnalyzer)?.TakeCpuTime() ?? default);
    }

    /// <summary>The compilation's own work without analyzers: Emit binds every declaration and method body, and lowers and writes IL.</summary>
    public static EmitResult Emit(Compilation compilation)
    {
        using var stream = new MemoryStream(capacity: 16 * 1024 * 1024);
        var result = compilation.Emit(stream);
        if (!result.Success)
        {
            throw new InvalidOperationException("Emit failed: " + string.Join(Environment.NewLine, result.Diagnostics));
        }

        return result;
    }
}
