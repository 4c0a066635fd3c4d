using BenchmarkDotNet.Attributes;
using EiAnalyzers.Benchmarks.Infrastructure;
using EiAnalyzers.Benchmarks.Inputs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EiAnalyzers.Benchmarks.Benchmarks;

/// <summary>
/// Part 1: a 1,000-file project that references no SageMaker or CDK assembly, with EiAnalyzers and with an analyzer
/// that does nothing. <see cref="GeneratorOutput"/>: with the package installed, the compilation always holds the
/// generator's post-initialization output (EiModelAttribute, EiFramework, EiAccelerators ...), so the analyzer sees
/// its own attribute type even where no model is declared; false is the compilation without it.
/// </summary>
[Config(typeof(AnalysisConfig))]
public class IrrelevantCodeBenchmarks
{
    public const int Files = 1000;

    private static readonly DiagnosticAnalyzer Ei = new ElasticInferenceAnalyzer();
    private static readonly DiagnosticAnalyzer Empty = new EmptyAnalyzer();

    private CSharpCompilation compilation = null!;

    [Params(false, true)]
    public bool GeneratorOutput { get; set; }

    public static string Key(string method, bool generatorOutput) => $"Irrelevant.{method}.GeneratorOutput={generatorOutput}";

    [GlobalSetup]
    public void Setup() => compilation = CompilationCache.Get(CorpusKind.Irrelevant, Files, GeneratorOutput);

    [BenchmarkCategory("AnalyzerOnly"), Benchmark(Baseline = true, Description = "AnalyzerOnly: empty analyzer")]
    public AnalyzerRunResult AnalyzerOnly_Empty() => Run(nameof(AnalyzerOnly_Empty), Empty, AnalysisScope.AnalyzerOnly);

    [BenchmarkCategory("AnalyzerOnly"), Benchmark(Description = "AnalyzerOnly: EiAnalyzers")]
    public AnalyzerRunResult AnalyzerOnly_Ei() => Run(nameof(AnalyzerOnly_Ei), Ei, AnalysisScope.AnalyzerOnly);

    [BenchmarkCategory("Build"), Benchmark(Baseline = true, Description = "Build: empty analyzer")]
    public AnalyzerRunResult Build_Empty() => Run(nameof(Build_Empty), Empty, AnalysisScope.Build);

    [BenchmarkCategory("Build"), Benchmark(Description = "Build: EiAnalyzers")]
    public AnalyzerRunResult Build_Ei() => Run(nameof(Build_Ei), Ei, AnalysisScope.Build);

    private AnalyzerRunResult Run(string method, DiagnosticAnalyzer analyzer, AnalysisScope scope) =>
        Samples.Measure(
            Key(method, GeneratorOutput),
            () => AnalyzerRun.Run(compilation.Clone(), analyzer, scope),
            result => (result.ExecutionTime, result.Diagnostics));
}
