using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using EiAnalyzers.Benchmarks.Infrastructure;
using EiAnalyzers.Benchmarks.Inputs;
using EiAnalyzers.Floors;
using EiAnalyzers.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EiAnalyzers.Benchmarks.Steps;

/// <summary>One figure of <see cref="ColdStart"/>: the first run in this process, and the median of the later ones.</summary>
internal sealed record ColdWarm(string What, double ColdMs, double WarmMs, string Detail);

/// <summary>
/// Part 7, a diagnosis of part 3 in process: what EiAnalyzers and the floors cost the first time they run in a
/// process (JIT-compiling their code, first use of the Roslyn APIs they call, static initialization: what a new csc
/// process pays in every build, since analyzers are not ReadyToRun) and afterwards, on one of part 3's projects. The
/// compilation is bound once first (<c>GetDiagnostics</c>), and a generator and an analyzer that do nothing run
/// first, so that the compiler's own binding code and Roslyn's drivers are warm for all; the figures are CPU time
/// (the thread's, around the generator driver; the callbacks', for the analyzers), which a loaded machine inflates less;
/// EiAnalyzers runs before its floor each time, so it pays any first use of an API both call. Each analysis is of a
/// fresh clone, which the driver binds for the analyzer (outside its telemetry).
/// </summary>
internal static class ColdStart
{
    public static IReadOnlyList<ColdWarm> Run(BuildProject project, int warmRuns)
    {
        var compilation = Corpus.Compilation(project.Corpus, project.Files);
        compilation.Clone().GetDiagnostics();
        var results = new List<ColdWarm>();

        // Roslyn's own generator driver and analysis driver warmed up first, by generators and analyzers that do nothing.
        Generator(compilation, new EmptyGenerator().AsSourceGenerator(), 1, out _);
        Analyzer(Corpus.WithGeneratorOutput(compilation), () => new SameShapeAnalyzer(), 0, out _);

        var ei = Generator(compilation, new EiModelGenerator().AsSourceGenerator(), warmRuns, out var eiOutput);
        var floor = Generator(compilation, new SyntacticFloorGenerator().AsSourceGenerator(), warmRuns, out var floorOutput);
        results.Add(new ColdWarm("EiModelGenerator (CPU time of RunGenerators, thread)", ei[0], Median(ei.Skip(1)), $"{eiOutput} trees, {string.Join(", ", ei.Select(t => t.ToString("0.0")))} ms"));
        results.Add(new ColdWarm("floor: SyntacticFloorGenerator (CPU time of RunGenerators, thread)", floor[0], Median(floor.Skip(1)), $"{floorOutput} trees, {string.Join(", ", floor.Select(t => t.ToString("0.0")))} ms"));

        var withOutput = Corpus.WithGeneratorOutput(compilation);
        var eiAnalyzer = Analyzer(withOutput, () => new ElasticInferenceAnalyzer(), warmRuns, out var diagnostics);
        var floorAnalyzer = Analyzer(withOutput, () => new BindOnlyFloorAnalyzer(), warmRuns, out _);
        results.Add(new ColdWarm("ElasticInferenceAnalyzer (callbacks' CPU time)", eiAnalyzer[0], Median(eiAnalyzer.Skip(1)), $"{diagnostics} diagnostics, {string.Join(", ", eiAnalyzer.Select(t => t.ToString("0.0")))} ms"));
        results.Add(new ColdWarm("floor: BindOnlyFloorAnalyzer (callbacks' CPU time)", floorAnalyzer[0], Median(floorAnalyzer.Skip(1)), $"{string.Join(", ", floorAnalyzer.Select(t => t.ToString("0.0")))} ms"));
        return results;
    }

    private static List<double> Generator(CSharpCompilation compilation, ISourceGenerator generator, int warmRuns, out int trees)
    {
        var times = new List<double>();
        trees = 0;
        for (var run = 0; run <= warmRuns; run++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { generator }, parseOptions: Corpus.ParseOptions);
            var cpu = CallbackCpuAnalyzer.ThreadCpu.Nanoseconds();
            driver = driver.RunGenerators(compilation.Clone());
            times.Add((CallbackCpuAnalyzer.ThreadCpu.Nanoseconds() - cpu) / 1e6);
            trees = driver.GetRunResult().GeneratedTrees.Length;
        }

        return times;
    }

    private static List<double> Analyzer(CSharpCompilation compilation, Func<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer> create, int warmRuns, out int diagnostics)
    {
        var times = new List<double>();
        diagnostics = 0;
        for (var run = 0; run <= warmRuns; run++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var result = AnalyzerRun.Run(compilation.Clone(), new CallbackCpuAnalyzer(create()), AnalysisScope.AnalyzerOnly);
            times.Add(result.CallbackCpu.TotalMilliseconds);
            diagnostics = result.Diagnostics;
        }

        return times;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count == 0 ? double.NaN : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
