using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using EiAnalyzers.Benchmarks.Benchmarks;
using EiAnalyzers.Benchmarks.Infrastructure;
using EiAnalyzers.Benchmarks.Inputs;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EiAnalyzers.Benchmarks.Steps;

/// <summary>
/// Where EiAnalyzers' overhead in part 2 comes from: rounds of (no analyzer, EiAnalyzers, an analyzer of the same
/// registration shape that does nothing), interleaved so that a shared machine's load affects all three alike.
/// </summary>
internal static class ShapeCheck
{
    public static IReadOnlyDictionary<string, (TimeSpan Wall, TimeSpan Cpu, TimeSpan Analyzer)> Run(int files, int rounds)
    {
        var compilation = CompilationCache.Get(CorpusKind.Relevant, files, generatorOutput: true);
        var variants = new (string Name, Func<(TimeSpan, int)> Run)[]
        {
            ("no analyzer (GetDiagnostics)", () => (TimeSpan.Zero, compilation.Clone().GetDiagnostics().Length)),
            ("EiAnalyzers", () => Analyze(compilation, new ElasticInferenceAnalyzer())),
            ("same registration shape, no-op callbacks", () => Analyze(compilation, new SameShapeAnalyzer())),
        };
        var samples = variants.ToDictionary(v => v.Name, _ => new List<Sample>());
        for (var round = 0; round < rounds; round++)
        {
            foreach (var (name, run) in round % 2 == 0 ? variants : variants.Reverse())
            {
                var process = Process.GetCurrentProcess();
                var cpu = process.TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                var (analyzerTime, count) = run();
                watch.Stop();
                process.Refresh();
                samples[name].Add(new Sample(watch.Elapsed, process.TotalProcessorTime - cpu, analyzerTime, count));
                Console.WriteLine($"  shape check {files} files, round {round + 1}: {name}: wall {watch.Elapsed.TotalMilliseconds:N0} ms, cpu {(process.TotalProcessorTime - cpu).TotalMilliseconds:N0} ms, analyzer {analyzerTime.TotalMilliseconds:N0} ms");
            }
        }

        return samples.ToDictionary(
            p => p.Key,
            p => (Samples.Median(p.Value.Select(s => s.Wall)), Samples.Median(p.Value.Select(s => s.Cpu)), Samples.Median(p.Value.Select(s => s.AnalyzerTime))));
    }

    private static (TimeSpan, int) Analyze(Microsoft.CodeAnalysis.Compilation compilation, DiagnosticAnalyzer analyzer)
    {
        var result = AnalyzerRun.Run(compilation.Clone(), analyzer, AnalysisScope.AnalyzerOnly);
        return (result.ExecutionTime, result.Diagnostics);
    }
}
