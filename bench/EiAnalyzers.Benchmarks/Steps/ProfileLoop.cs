using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using EiAnalyzers.Analysis;
using EiAnalyzers.Benchmarks.Benchmarks;
using EiAnalyzers.Benchmarks.Infrastructure;
using EiAnalyzers.Benchmarks.Inputs;
using EiAnalyzers.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EiAnalyzers.Benchmarks.Steps;

/// <summary>
/// Not a measurement for the verdicts: a diagnosis aid for part 2. <c>--profile-runs N</c> runs part 2's analysis of
/// one relevant project N times (for a profiler: <c>dotnet-trace collect -- dotnet EiAnalyzers.Benchmarks.dll
/// --profile-runs 20 --sizes 1000</c>), printing the analyzer's telemetry, then runs the analyzer's per-file work
/// alone, on one thread, without the analysis driver: every file's semantic model action on a compilation the
/// compiler has bound, so that the figure is the analyzer's own CPU time, free of the driver's scheduling and of
/// the compiler's concurrent work.
/// </summary>
internal static class ProfileLoop
{
    public static void Run(int files, int runs)
    {
        var compilation = CompilationCache.Get(CorpusKind.Relevant, files, generatorOutput: true);
        var analyzer = new CallbackCpuAnalyzer(new ElasticInferenceAnalyzer());
        for (var run = 1; run <= runs; run++)
        {
            var wall = Stopwatch.StartNew();
            var result = AnalyzerRun.Run(compilation.Clone(), analyzer, AnalysisScope.AnalyzerOnly);
            Console.WriteLine($"driver run {run}: {result.Diagnostics} diagnostics, EiAnalyzers {result.ExecutionTime.TotalMilliseconds:0} ms (callbacks' CPU {result.CallbackCpu.TotalMilliseconds:0} ms), wall {wall.ElapsedMilliseconds} ms");
        }

        for (var run = 1; run <= runs; run++)
        {
            var fresh = compilation.Clone();
            fresh.GetDiagnostics();
            GC.Collect();
            var known = KnownSymbols.Resolve(fresh)!;
            var state = new CompilationState(known, fresh, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty).AnalyzerConfigOptionsProvider);
            var diagnostics = 0;
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            foreach (var tree in fresh.SyntaxTrees)
            {
                var model = fresh.GetSemanticModel(tree);
#pragma warning disable CS0618 // the constructor the driver uses, here without the driver
                var context = new SemanticModelAnalysisContext(model, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), _ => diagnostics++, _ => true, CancellationToken.None);
#pragma warning restore CS0618
                state.AnalyzeSemanticModel(context, TextScan.CandidateTokens(tree, known.RelevantNames, CancellationToken.None));
            }

            var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            Console.WriteLine($"direct run {run}: {diagnostics} diagnostics, {fresh.SyntaxTrees.Count()} files, wall {wall.Elapsed.TotalMilliseconds:0} ms, CPU {used.TotalMilliseconds:0} ms");
        }
    }
}
