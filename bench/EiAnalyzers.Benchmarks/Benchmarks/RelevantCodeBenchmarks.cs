using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using EiAnalyzers.Benchmarks.Infrastructure;
using EiAnalyzers.Benchmarks.Inputs;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EiAnalyzers.Benchmarks.Benchmarks;

/// <summary>
/// Part 2: projects where one file in ten is SageMaker code (every value form, SDK and CDK) and the rest ordinary
/// code, with the generator's output in the compilation (the models' Name constants need it): the compilation's own
/// work (Emit: bind and emit, no analyzer), its diagnostics without analyzer (GetDiagnostics: every declaration and
/// method body bound), and the same with EiAnalyzers (GetAnalyzerDiagnosticsAsync: with an analyzer that registers
/// symbol or operation actions the driver gets every compilation event by computing the compiler's diagnostics, then
/// runs the analyzer; unlike GetAllDiagnosticsAsync it keeps the analyzer's telemetry).
/// </summary>
public abstract class RelevantCodeBenchmarks
{
    // Both run unchanged inside CallbackCpuAnalyzer, which adds the CPU time of their callbacks to the telemetry.
    private static readonly DiagnosticAnalyzer Ei = new CallbackCpuAnalyzer(new ElasticInferenceAnalyzer());
    private static readonly DiagnosticAnalyzer BindingFloor = new CallbackCpuAnalyzer(new BindingFloorAnalyzer());

    private CSharpCompilation compilation = null!;

    public abstract int Files { get; set; }

    public static string Key(string method, int files) => $"Relevant.{method}.Files={files}";

    [GlobalSetup]
    public void Setup() => compilation = CompilationCache.Get(CorpusKind.Relevant, Files, generatorOutput: true);

    [Benchmark(Baseline = true, Description = "Compile: Emit, no analyzer")]
    public void Compile() =>
        Samples.Measure(Key(nameof(Compile), Files), () => AnalyzerRun.Emit(compilation.Clone()), _ => (default, 0));

    [Benchmark(Description = "Diagnostics: GetDiagnostics, no analyzer")]
    public int Diagnostics() =>
        Samples.Measure(Key(nameof(Diagnostics), Files), () => compilation.Clone().GetDiagnostics().Length, count => (default, count));

    [Benchmark(Description = "Diagnostics with EiAnalyzers")]
    public AnalyzerRunResult Diagnostics_Ei() => Run(nameof(Diagnostics_Ei), Ei, AnalysisScope.AnalyzerOnly);

    /// <summary>The same blocks' operation trees and nothing else (<see cref="BindingFloorAnalyzer"/>): Roslyn's re-binding.</summary>
    [Benchmark(Description = "Diagnostics with the binding floor analyzer")]
    public AnalyzerRunResult Diagnostics_BindingFloor() => Run(nameof(Diagnostics_BindingFloor), BindingFloor, AnalysisScope.AnalyzerOnly);

    private AnalyzerRunResult Run(string method, DiagnosticAnalyzer analyzer, AnalysisScope scope) =>
        Samples.Measure(
            Key(method, Files),
            () => AnalyzerRun.Run(compilation.Clone(), analyzer, scope),
            result => (result.ExecutionTime, result.Diagnostics, result.CallbackCpu));
}

/// <summary>200 and 1,000 files.</summary>
[Config(typeof(AnalysisConfig))]
public class RelevantCodeBenchmarksSmall : RelevantCodeBenchmarks
{
    public static List<int> Sizes { get; set; } = new() { 200, 1000 };

    [ParamsSource(nameof(Sizes))]
    public override int Files { get; set; }
}

/// <summary>5,000 files, with fewer iterations.</summary>
[Config(typeof(LargeAnalysisConfig))]
public class RelevantCodeBenchmarksLarge : RelevantCodeBenchmarks
{
    public static List<int> Sizes { get; set; } = new() { 5000 };

    [ParamsSource(nameof(Sizes))]
    public override int Files { get; set; }
}
