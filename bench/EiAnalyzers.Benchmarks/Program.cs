using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using EiAnalyzers.Benchmarks.Benchmarks;
using EiAnalyzers.Benchmarks.Infrastructure;
using EiAnalyzers.Benchmarks.Inputs;
using EiAnalyzers.Benchmarks.Steps;
using Microsoft.CodeAnalysis;
using static EiAnalyzers.Benchmarks.Infrastructure.Verdicts;

namespace EiAnalyzers.Benchmarks;

/// <summary>
/// Runs the five performance measurements of docs/performance.md and prints their verdicts:
/// <list type="number">
/// <item>irrelevant code: EiAnalyzers against an empty analyzer on a 1,000-file project with no SageMaker code;</item>
/// <item>relevant code at scale: 200, 1,000 and 5,000 files, against the compilation's own bind and emit;</item>
/// <item>real <c>dotnet build -p:ReportAnalyzer=true</c> builds of a plain project (1,000 and 5,000 files), one that references the SDK and never uses it, and the heavy corpus, next to the SDK's analyzers and generators and the benchmark's floors;</item>
/// <item>the generator, keystroke by keystroke;</item>
/// <item>retained memory over 100 edit-and-analyze cycles.</item>
/// </list>
/// Options (everything else goes to BenchmarkDotNet, e.g. <c>--filter *Irrelevant*</c>; without a filter all run):
/// <c>--parts 1,2,3,4,5</c>, <c>--sizes 200,1000,5000</c>, <c>--generator-sizes 200,1000</c>, <c>--memory-files 100</c>,
/// <c>--memory-cycles 100</c>, <c>--build-projects plain:1000,plain:5000,unused:1000,heavy:1000</c>,
/// <c>--build-modes new,server</c>, <c>--build-runs 3</c> (per project and compiler mode),
/// <c>--shape-rounds 3</c> for the optional part 6 (<c>--parts 6 --sizes 1000</c>: EiAnalyzers against a no-op analyzer
/// of the same registration shape, to tell the driver's cost from the analyzer's own), <c>--quick</c> (fewer
/// iterations, no 5,000-file case, one build: a smoke run, not figures to publish), and <c>--profile-runs N</c> (no
/// measurement: part 2's analysis N times for a profiler, see <see cref="Steps.ProfileLoop"/>).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var options = Options.Parse(args);
        if (options.ProfileRuns > 0)
        {
            ProfileLoop.Run(options.Sizes.Max(), options.ProfileRuns);
            return 0;
        }

        var total = Stopwatch.StartNew();
        var machine = Machine();
        Console.WriteLine(machine);

        var summaries = RunBenchmarkDotNet(options);

        if (options.Parts.Contains(1))
        {
            IrrelevantVerdicts();
        }

        if (options.Parts.Contains(2))
        {
            RelevantVerdicts(options.Sizes);
        }

        if (options.Parts.Contains(4))
        {
            GeneratorVerdicts(summaries, options.GeneratorSizes.Max());
        }

        if (options.Parts.Contains(6))
        {
            foreach (var files in options.Sizes)
            {
                Console.WriteLine($"== Part 6 (diagnosis of part 2): EiAnalyzers against an analyzer of the same registration shape, {files} files [load {LoadAverage()}]");
                foreach (var (name, (wall, cpu, analyzer)) in ShapeCheck.Run(files, options.ShapeRounds))
                {
                    Add(new Verdict($"6. Diagnosis of part 2, {files:N0} files, {options.ShapeRounds} interleaved rounds (medians)", name,
                        $"wall {Ms(wall)}, CPU {Ms(cpu)}, analyzer telemetry {Ms(analyzer)}", "", null));
                }
            }
        }

        if (options.Parts.Contains(7))
        {
            foreach (var project in options.BuildProjects)
            {
                Console.WriteLine($"== Part 7 (diagnosis of part 3): first run and later runs in process, {project.Description} [load {LoadAverage()}]");
                foreach (var figure in ColdStart.Run(project, options.ColdRuns))
                {
                    Add(new Verdict($"7. First and later runs in process, {project.Description}", figure.What,
                        $"first {Ms(figure.ColdMs)}, later (median of {options.ColdRuns}) {Ms(figure.WarmMs)}", "", null, figure.Detail));
                }
            }
        }

        if (options.Parts.Contains(8))
        {
            Console.WriteLine($"== Part 8: one method, one local reused for {string.Join(", ", options.GrowthSizes)} variants [load {LoadAverage()}]");
            GrowthVerdicts(MethodGrowth.Run(options.GrowthSizes, options.GrowthRuns));
        }

        CompilationCache.Clear();
        GC.Collect();

        if (options.Parts.Contains(5))
        {
            Console.WriteLine($"== Part 5: memory over {options.MemoryCycles} edit-and-analyze cycles ({options.MemoryFiles} files) [load {LoadAverage()}]");
            MemoryVerdicts(MemoryCheck.Run(options.MemoryFiles, options.MemoryCycles));
        }

        if (options.Parts.Contains(3))
        {
            Console.WriteLine($"== Part 3: dotnet build -p:ReportAnalyzer=true of {string.Join(", ", options.BuildProjects.Select(p => p.Name))} [load {LoadAverage()}]");
            BuildVerdicts(BuildReport.Run(options.BuildProjects, options.BuildRuns, options.BuildModes), options.BuildProjects, options.BuildModes);
        }

        Note($"Load average at the end: {LoadAverage()}; total run time {total.Elapsed.TotalMinutes:0.0} min.");
        var header = "# EiAnalyzers performance verdicts\n\n```\n" + machine + "\n```\n\nCommand: `dotnet run -c Release --project bench/EiAnalyzers.Benchmarks -- " + string.Join(" ", args) + "`";
        var path = Write(header);
        Console.WriteLine();
        Console.WriteLine(Markdown(header));
        Console.WriteLine($"Written to {path}");
        return 0;
    }

    // ---- BenchmarkDotNet ------------------------------------------------------------------------------------------

    private static IReadOnlyList<Summary> RunBenchmarkDotNet(Options options)
    {
        var types = new List<Type>();
        if (options.Parts.Contains(1))
        {
            types.Add(typeof(IrrelevantCodeBenchmarks));
        }

        if (options.Parts.Contains(2))
        {
            RelevantCodeBenchmarksSmall.Sizes = options.Sizes.Where(s => s <= 1000).ToList();
            RelevantCodeBenchmarksLarge.Sizes = options.Sizes.Where(s => s > 1000).ToList();
            if (RelevantCodeBenchmarksSmall.Sizes.Count > 0)
            {
                types.Add(typeof(RelevantCodeBenchmarksSmall));
            }

            if (RelevantCodeBenchmarksLarge.Sizes.Count > 0)
            {
                types.Add(typeof(RelevantCodeBenchmarksLarge));
            }
        }

        if (options.Parts.Contains(4))
        {
            GeneratorEditBenchmarks.Sizes = options.GeneratorSizes;
            types.Add(typeof(GeneratorEditBenchmarks));
        }

        if (types.Count == 0)
        {
            return Array.Empty<Summary>();
        }

        Console.WriteLine($"== BenchmarkDotNet: {string.Join(", ", types.Select(t => t.Name))} [load {LoadAverage()}]");
        var arguments = options.BenchmarkArguments.Contains("--filter") ? options.BenchmarkArguments : options.BenchmarkArguments.Concat(new[] { "--filter", "*" }).ToArray();
        return BenchmarkSwitcher.FromTypes(types.ToArray()).Run(arguments).ToList();
    }

    // ---- Part 1 ---------------------------------------------------------------------------------------------------

    private static void IrrelevantVerdicts()
    {
        Console.WriteLine($"== Part 1: irrelevant code, {IrrelevantCodeBenchmarks.Files} files [load {LoadAverage()}]");
        foreach (var generatorOutput in new[] { false, true })
        {
            var part = $"1. Irrelevant code, {IrrelevantCodeBenchmarks.Files} files, " + (generatorOutput ? "with the generator's output (package installed)" : "without the generator's output");
            Sample[] Of(string method) => Samples.Last(IrrelevantCodeBenchmarks.Key(method, generatorOutput), Jobs.Iterations).ToArray();
            var buildEmpty = Of(nameof(IrrelevantCodeBenchmarks.Build_Empty));
            var buildEi = Of(nameof(IrrelevantCodeBenchmarks.Build_Ei));
            var onlyEmpty = Of(nameof(IrrelevantCodeBenchmarks.AnalyzerOnly_Empty));
            var onlyEi = Of(nameof(IrrelevantCodeBenchmarks.AnalyzerOnly_Ei));
            if (buildEmpty.Length == 0 || buildEi.Length == 0)
            {
                Note($"{part}: the Build benchmarks did not run (filtered out).");
                continue;
            }

            var wallEmpty = Samples.Median(buildEmpty.Select(s => s.Wall));
            var wallEi = Samples.Median(buildEi.Select(s => s.Wall));
            var cpuEmpty = Samples.Median(buildEmpty.Select(s => s.Cpu));
            var cpuEi = Samples.Median(buildEi.Select(s => s.Cpu));
            // GetAllDiagnosticsAsync keeps no telemetry: the analyzer's own time comes from the GetAnalyzerDiagnosticsAsync runs.
            var execEmpty = Samples.Median(onlyEmpty.Select(s => s.AnalyzerTime));
            var execEi = Samples.Median(onlyEi.Select(s => s.AnalyzerTime));

            var wallRatio = wallEi / wallEmpty;
            Add(new Verdict(part, "Whole analysis, wall (GetAllDiagnosticsAsync = compiler + analyzer, as a build): EiAnalyzers / empty analyzer",
                $"{Ratio(wallRatio)} ({Ms(wallEi)} / {Ms(wallEmpty)})", "<= 1.05", wallRatio <= 1.05));
            var cpuRatio = cpuEi / cpuEmpty;
            Add(new Verdict(part, "Whole analysis, process CPU time: EiAnalyzers / empty analyzer",
                $"{Ratio(cpuRatio)} ({Ms(cpuEi)} / {Ms(cpuEmpty)})", "<= 1.05", cpuRatio <= 1.05));
            var ownRatio = (wallEmpty + execEi - execEmpty) / wallEmpty;
            Add(new Verdict(part, "Analyzer's own execution time (telemetry): EiAnalyzers vs empty analyzer, as a ratio of the whole analysis",
                $"{Ratio(ownRatio)} ({Ms(execEi)} vs {Ms(execEmpty)})", "<= 1.05", ownRatio <= 1.05));
            if (onlyEmpty.Length > 0 && onlyEi.Length > 0)
            {
                var onlyWallEmpty = Samples.Median(onlyEmpty.Select(s => s.Wall));
                var onlyWallEi = Samples.Median(onlyEi.Select(s => s.Wall));
                var onlyRatio = onlyWallEi / onlyWallEmpty;
                Add(new Verdict(part, "Analyzer diagnostics only, wall (GetAnalyzerDiagnosticsAsync): EiAnalyzers / empty analyzer",
                    $"{Ratio(onlyRatio)} ({Ms(onlyWallEi)} / {Ms(onlyWallEmpty)}; EiAnalyzers' own time {Ms(Samples.Median(onlyEi.Select(s => s.AnalyzerTime)))})",
                    "<= 1.05", onlyRatio <= 1.05,
                    onlyRatio > 1.05 ? "The empty analyzer registers no action, so the driver binds nothing for it; any analyzer with a symbol or operation action makes it bind the whole compilation (which a build does anyway)." : ""));
            }
        }
    }

    // ---- Part 2 ---------------------------------------------------------------------------------------------------

    private static void RelevantVerdicts(IReadOnlyList<int> sizes)
    {
        Console.WriteLine($"== Part 2: relevant code at scale [load {LoadAverage()}]");
        var exec = new Dictionary<int, TimeSpan>();
        var wallOverhead = new Dictionary<int, TimeSpan>();
        var cpuOverhead = new Dictionary<int, TimeSpan>();
        var compile = new Dictionary<int, TimeSpan>();
        var ownCpu = new Dictionary<int, TimeSpan>();
        foreach (var files in sizes)
        {
            var n = files > 1000 ? Jobs.LargeIterations : Jobs.Iterations;
            Sample[] Of(string method) => Samples.Last(RelevantCodeBenchmarks.Key(method, files), n).ToArray();
            var emit = Of(nameof(RelevantCodeBenchmarks.Compile));
            var empty = Of(nameof(RelevantCodeBenchmarks.Diagnostics));
            var ei = Of(nameof(RelevantCodeBenchmarks.Diagnostics_Ei));
            if (emit.Length == 0 || empty.Length == 0 || ei.Length == 0)
            {
                Note($"Part 2, {files} files: not all benchmarks ran (filtered out).");
                continue;
            }

            var part = $"2. Relevant code, {files:N0} files";
            var target = files >= 5000 ? "<= 1 %" : "(<= 1 % at 5,000 files)";
            bool? Met(double fraction) => files >= 5000 ? fraction <= 0.01 : null;

            compile[files] = Samples.Median(emit.Select(s => s.Wall));
            exec[files] = Samples.Median(ei.Select(s => s.AnalyzerTime));
            wallOverhead[files] = Samples.Median(ei.Select(s => s.Wall)) - Samples.Median(empty.Select(s => s.Wall));
            cpuOverhead[files] = Samples.Median(ei.Select(s => s.Cpu)) - Samples.Median(empty.Select(s => s.Cpu));
            var compileCpu = Samples.Median(emit.Select(s => s.Cpu));

            Add(new Verdict(part, "Compilation's own bind + emit, no analyzer (wall; CPU)", $"{Ms(compile[files])}; {Ms(compileCpu)}", "", null));
            var execFraction = exec[files] / compile[files];
            Add(new Verdict(part, "EiAnalyzers' execution time (telemetry) / bind + emit", $"{Percent(execFraction)} ({Ms(exec[files])})", target, Met(execFraction),
                $"{ei[^1].Diagnostics} diagnostics (compiler and EiAnalyzers)"));
            var callbackCpu = Samples.Median(ei.Select(s => s.AnalyzerCpu));
            if (callbackCpu > TimeSpan.Zero)
            {
                ownCpu[files] = callbackCpu;
                Add(new Verdict(part, "EiAnalyzers' callbacks, CPU time on their threads / bind + emit CPU time", $"{Percent(callbackCpu / compileCpu)} ({Ms(callbackCpu)})", target, Met(callbackCpu / compileCpu),
                    "thread CPU clock around each callback (CallbackCpuAnalyzer): the telemetry without the time the callbacks' threads stand still while the compiler on the other core collects garbage or runs"));
            }

            var wallFraction = wallOverhead[files] / compile[files];
            Add(new Verdict(part, "Diagnostics wall time with EiAnalyzers minus without analyzer, / bind + emit", $"{Percent(wallFraction)} ({Ms(wallOverhead[files])})", target, Met(wallFraction),
                $"without analyzer {Ms(Samples.Median(empty.Select(s => s.Wall)))}, with EiAnalyzers {Ms(Samples.Median(ei.Select(s => s.Wall)))}"));
            var cpuFraction = cpuOverhead[files] / compileCpu;
            Add(new Verdict(part, "Same in process CPU time, / bind + emit CPU time", $"{Percent(cpuFraction)} ({Ms(cpuOverhead[files])})", target, Met(cpuFraction)));
            var floor = Of(nameof(RelevantCodeBenchmarks.Diagnostics_BindingFloor));
            if (floor.Length > 0)
            {
                var floorTime = Samples.Median(floor.Select(s => s.AnalyzerTime));
                Add(new Verdict(part, "Binding floor: a no-op analyzer that gets the same blocks' operation trees (telemetry) / bind + emit", $"{Percent(floorTime / compile[files])} ({Ms(floorTime)})", "", null,
                    "Roslyn binds each block again in the semantic model, with the member's nullable analysis: any analyzer of these blocks pays it"));
                var beyond = exec[files] - floorTime;
                Add(new Verdict(part, "EiAnalyzers' time beyond the binding floor (reading, rules, reporting) / bind + emit", $"{Percent(beyond / compile[files])} ({Ms(beyond)})", target, Met(beyond / compile[files])));
                var floorCpu = Samples.Median(floor.Select(s => s.AnalyzerCpu));
                if (floorCpu > TimeSpan.Zero && callbackCpu > TimeSpan.Zero)
                {
                    Add(new Verdict(part, "Binding floor's callbacks, CPU time on their threads / bind + emit CPU time", $"{Percent(floorCpu / compileCpu)} ({Ms(floorCpu)})", "", null));
                    var beyondCpu = callbackCpu - floorCpu;
                    Add(new Verdict(part, "EiAnalyzers' callback CPU time beyond the floor's / bind + emit CPU time", $"{Percent(beyondCpu / compileCpu)} ({Ms(beyondCpu)})", target, Met(beyondCpu / compileCpu)));
                }
            }
        }

        if (exec.ContainsKey(1000) && exec.ContainsKey(5000))
        {
            var execGrowth = exec[5000] / exec[1000];
            Add(new Verdict("2. Relevant code, growth", "EiAnalyzers' execution time (telemetry), 5,000 files / 1,000 files", Ratio(execGrowth), "<= 5.5", execGrowth <= 5.5,
                $"the compilation's own bind + emit grew {Ratio(compile[5000] / compile[1000])}x"));
            if (ownCpu.ContainsKey(1000) && ownCpu.ContainsKey(5000))
            {
                var cpuOwnGrowth = ownCpu[5000] / ownCpu[1000];
                Add(new Verdict("2. Relevant code, growth", "EiAnalyzers' callbacks' CPU time, 5,000 files / 1,000 files", Ratio(cpuOwnGrowth), "<= 5.5", cpuOwnGrowth <= 5.5));
            }

            var wallGrowth = wallOverhead[5000] / wallOverhead[1000];
            Add(new Verdict("2. Relevant code, growth", "Wall-time overhead of EiAnalyzers, 5,000 files / 1,000 files", Ratio(wallGrowth), "<= 5.5", wallGrowth <= 5.5));
            var cpuGrowth = cpuOverhead[5000] / cpuOverhead[1000];
            Add(new Verdict("2. Relevant code, growth", "CPU-time overhead of EiAnalyzers, 5,000 files / 1,000 files", Ratio(cpuGrowth), "<= 5.5", cpuGrowth <= 5.5));
        }
    }

    // ---- Part 4 ---------------------------------------------------------------------------------------------------

    private static void GeneratorVerdicts(IReadOnlyList<Summary> summaries, int files)
    {
        Console.WriteLine($"== Part 4: the generator, keystroke by keystroke ({files} files) [load {LoadAverage()}]");
        var means = new Dictionary<(int Size, EditKind Edit, string Method), double>();
        foreach (var report in summaries.SelectMany(s => s.Reports).Where(r => r.BenchmarkCase.Descriptor.Type == typeof(GeneratorEditBenchmarks)))
        {
            if (report.ResultStatistics is null)
            {
                continue;
            }

            var edit = (EditKind)report.BenchmarkCase.Parameters["Edit"];
            var size = (int)report.BenchmarkCase.Parameters["Files"];
            var method = report.BenchmarkCase.Descriptor.WorkloadMethod.Name;
            var isEi = method == nameof(GeneratorEditBenchmarks.RunAfterKeystroke);
            var what = method switch
            {
                nameof(GeneratorEditBenchmarks.RunAfterKeystroke) => "EiModelGenerator",
                nameof(GeneratorEditBenchmarks.RunBaselineAfterKeystroke) => "for comparison: Roslyn's ForAttributeWithMetadataName alone",
                _ => "floor: the generator driver alone (no pipeline)",
            };
            var ms = report.ResultStatistics.Mean / 1e6;
            means[(size, edit, method)] = ms;
            var allocated = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase);
            var judged = isEi && edit == EditKind.Unrelated;
            Add(new Verdict($"4. Generator, {size:N0}-file project, {GeneratorEditBenchmarks.Keystrokes} keystrokes",
                $"Mean time per run, {edit} edit: {what} (BenchmarkDotNet)",
                $"{Ms(ms)} (median {Ms(report.ResultStatistics.Median / 1e6)}); {(allocated ?? 0) / 1024.0:N1} KB allocated per run",
                judged ? "< 1 ms" : "", judged ? ms < 1 : null));
        }

        // What EiModelGenerator adds to the driver's own work on a keystroke, which no generator can avoid.
        foreach (var size in means.Keys.Select(k => k.Size).Distinct().OrderBy(s => s))
        {
            if (means.TryGetValue((size, EditKind.Unrelated, nameof(GeneratorEditBenchmarks.RunAfterKeystroke)), out var ei)
                && means.TryGetValue((size, EditKind.Unrelated, nameof(GeneratorEditBenchmarks.RunEmptyAfterKeystroke)), out var driverFloor))
            {
                var own = ei - driverFloor;
                Add(new Verdict($"4. Generator, {size:N0}-file project, {GeneratorEditBenchmarks.Keystrokes} keystrokes",
                    "EiModelGenerator's own time per unrelated keystroke (its mean minus the driver-alone floor)",
                    Ms(own), "< 1 ms", own < 1));
            }
        }

        var part = $"4. Generator, {files:N0}-file project, {GeneratorEditBenchmarks.Keystrokes} keystrokes";
        foreach (var edit in Enum.GetValues<EditKind>())
        {
            var check = GeneratorCacheCheck.Run(files, edit, GeneratorEditBenchmarks.Keystrokes);
            var isUnrelated = edit == EditKind.Unrelated;
            Add(new Verdict(part, $"Tracked steps over the {edit} keystrokes (tracking on: {Ms(check.MeanMsTracked)} and {check.AllocatedBytesPerRunTracked / 1024:N1} KB per run)",
                (check.AllCachedOrUnchanged ? "all Cached or Unchanged" : "some steps re-ran") + $"; generated output changed in {check.RunsWithChangedOutput} of {check.Runs} runs",
                isUnrelated ? "all Cached or Unchanged" : "",
                isUnrelated ? check.AllCachedOrUnchanged : null,
                GeneratorCacheCheck.Describe(check)));
        }
    }

    // ---- Part 8 ---------------------------------------------------------------------------------------------------

    private static void GrowthVerdicts(IReadOnlyList<GrowthPoint> points)
    {
        foreach (var library in points.Select(p => p.Library).Distinct())
        {
            var of = points.Where(p => p.Library == library).OrderBy(p => p.Variants).ToList();
            var part = $"8. One method, one local reused for N variants ({library})";
            foreach (var point in of)
            {
                Add(new Verdict(part, $"{point.Variants:N0} variants: EiAnalyzers' callbacks (CPU); binding floor",
                    $"{Ms(point.EiMs)}; {Ms(point.FloorMs)} ({Ratio(point.EiMs / point.FloorMs)}x the floor)", "", null,
                    $"{point.Diagnostics} diagnostics, {point.FileLength / 1024.0:N0} KB of source"));
            }

            for (var i = 1; i < of.Count; i++)
            {
                var size = (double)of[i].Variants / of[0].Variants;
                var growth = of[i].EiMs / of[0].EiMs;
                Add(new Verdict(part, $"Growth {of[i].Variants:N0} / {of[0].Variants:N0} variants, as a multiple of linear ({size:0.#}x the size)",
                    $"{Ratio(growth / size)} (time {Ratio(growth)}x; floor {Ratio(of[i].FloorMs / of[0].FloorMs)}x)", "<= 1.5", growth / size <= 1.5));
            }
        }
    }

    // ---- Part 5 ---------------------------------------------------------------------------------------------------

    private static void MemoryVerdicts(MemoryCheckResult result)
    {
        var part = $"5. Memory, {result.Files}-file project, {result.Cycles} edit-and-analyze cycles ({result.SecondsPerCycle:0.00} s each)";
        var figures = $"before: {result.BaselineBytes / 1048576.0:0.0} MB; " + string.Join("; ", result.Retained.Select(r => $"after {r.Cycle}: {r.Bytes / 1048576.0:0.0} MB"));
        Add(new Verdict(part, "Retained memory after full compacting GCs (GC.GetTotalMemory(true))", figures,
            "no growth with the cycle count (<= 5 % from cycle 10 to the last)", result.Growth <= 0.05, $"growth {Percent(result.Growth)}"));
        var alive = result.Tracked.Where(t => !t.Collected).ToList();
        Add(new Verdict(part, "Compilations, edited trees and symbols of early cycles (1-5, 10, 25, 50), held by WeakReference",
            $"{result.Tracked.Count - alive.Count} of {result.Tracked.Count} collected", "all collected", alive.Count == 0,
            alive.Count == 0 ? "" : "still alive: " + string.Join(", ", alive.Select(a => $"cycle {a.Cycle} {a.What}"))));
    }

    // ---- Part 3 ---------------------------------------------------------------------------------------------------

    private static void BuildVerdicts(BuildReportResult result, IReadOnlyList<BuildProject> projects, IReadOnlyList<CompilerMode> modes)
    {
        foreach (var project in projects)
        {
            foreach (var mode in modes)
            {
                var runs = result.Of(project, mode);
                if (runs.Count == 0)
                {
                    continue;
                }

                double Median(Func<BuildRun, double> figure) => result.Median(project, mode, figure);
                var how = mode == CompilerMode.NewProcess
                    ? "new csc process (CI's mode: UseSharedCompilation=false, the runtime loaded anew in every build; EiAnalyzers' ReadyToRun copy as the package passes it)"
                    : "warm compiler server (a developer machine's default)";
                var part = $"3. dotnet build, {project.Description}, {how}, medians of {runs.Count} builds";
                if (result.MedianRun(project, mode) is { } median)
                {
                    Note($"Part 3, {project.Description}, {how}: the analyzers and generators of the median build:\n\n" + BuildTable(median));
                }

                var sdk = Median(r => r.OthersTotal);
                var csc = Median(r => r.CscSeconds);
                var eiAnalyzer = Median(r => r.Ei("Analyzer"));
                var eiGenerator = Median(r => r.Ei("Generator"));
                var ei = Median(r => r.EiTotal);
                var floorAnalyzer = Median(r => r.Floor("Analyzer"));
                var floorGenerator = Median(r => r.Floor("Generator"));
                var judged = mode == CompilerMode.NewProcess && project.Kind != BuildProjectKind.Heavy;
                var unused = project.Kind == BuildProjectKind.Unused;
                Add(new Verdict(part, "Csc task; SDK defaults (analyzers + generators, without EiAnalyzers and the floors)",
                    $"{csc:0.000} s; {sdk:0.000} s ({Median(r => r.Others("Analyzer")):0.000} + {Median(r => r.Others("Generator")):0.000})", "", null,
                    "build wall times: " + string.Join(", ", runs.Select(r => $"{r.WallSeconds:0.0} s"))));
                Add(new Verdict(part, "EiAnalyzers: analyzer; generator (floors: bind-only analyzer; syntactic generator)",
                    $"{eiAnalyzer:0.000} s; {eiGenerator:0.000} s (floors {floorAnalyzer:0.000} s; {floorGenerator:0.000} s; the driver's first use, taken by the floors' warm-up generator: {Median(r => r.WarmUp("Generator")):0.000} s)", "", null,
                    "every build (analyzer + generator): " + string.Join(", ", runs.Select(r => $"{r.Ei("Analyzer"):0.000} + {r.Ei("Generator"):0.000}"))));
                var sdkRatio = Median(r => r.Ratio);
                var sdkTarget = unused ? 0.05 : 0.20;
                Add(new Verdict(part, "EiAnalyzers (analyzer + generator) / SDK defaults",
                    $"{Percent(sdkRatio)} ({ei:0.000} s / {sdk:0.000} s)", judged ? $"<= {sdkTarget:P0}" : "", judged ? sdkRatio <= sdkTarget : null,
                    "every build: " + string.Join(", ", runs.Select(r => Percent(r.Ratio)))));
                var cscRatio = Median(r => r.EiTotal / r.CscSeconds);
                var cscTarget = unused ? 0.01 : 0.03;
                Add(new Verdict(part, "EiAnalyzers (analyzer + generator) / Csc task",
                    $"{Percent(cscRatio)}", judged ? $"<= {cscTarget:P0}" : "", judged ? cscRatio <= cscTarget : null,
                    "every build: " + string.Join(", ", runs.Select(r => Percent(r.EiTotal / r.CscSeconds)))));
                if (!unused)
                {
                    var analyzerRatio = Median(r => r.Ei("Analyzer") / r.Floor("Analyzer"));
                    Add(new Verdict(part, "EiAnalyzers' analyzer / the bind-only floor analyzer (same build)",
                        $"{Ratio(analyzerRatio)}x", judged ? "<= 1.5x" : "", judged ? analyzerRatio <= 1.5 : null,
                        "every build: " + string.Join(", ", runs.Select(r => $"{r.Ei("Analyzer") / r.Floor("Analyzer"):0.00}"))));
                    var generatorRatio = Median(r => r.Ei("Generator") / r.Floor("Generator"));
                    Add(new Verdict(part, "EiAnalyzers' generator / the syntactic floor generator (same build)",
                        $"{Ratio(generatorRatio)}x", judged ? "<= 1.5x" : "", judged ? generatorRatio <= 1.5 : null,
                        "every build: " + string.Join(", ", runs.Select(r => $"{r.Ei("Generator") / r.Floor("Generator"):0.00}"))));
                }
                else
                {
                    Add(new Verdict(part, "For comparison: the floors, which leave at once here (bind-only analyzer; syntactic generator)",
                        $"{floorAnalyzer:0.000} s; {floorGenerator:0.000} s", "", null));
                }
            }

            if (modes.Contains(CompilerMode.NewProcess) && modes.Contains(CompilerMode.Server) && result.Of(project, CompilerMode.Server).Count > 0)
            {
                var cold = result.Median(project, CompilerMode.NewProcess, r => r.EiTotal);
                var warm = result.Median(project, CompilerMode.Server, r => r.EiTotal);
                Add(new Verdict($"3. dotnet build, {project.Description}, JIT and first use", "EiAnalyzers in a new csc process minus in the warm server (JIT-compiling and first use of its code and of the Roslyn APIs it calls first)",
                    $"{cold - warm:0.000} s of {cold:0.000} s ({Percent((cold - warm) / cold)})", "", null,
                    $"floors: {result.Median(project, CompilerMode.NewProcess, r => r.Floor("Analyzer") + r.Floor("Generator")) - result.Median(project, CompilerMode.Server, r => r.Floor("Analyzer") + r.Floor("Generator")):0.000} s"));
            }
        }
    }

    private static string BuildTable(BuildRun run)
    {
        var lines = new List<string> { "| Kind | Assembly | Analyzer / generator | Time (s) | % | EiAnalyzers? |", "|---|---|---|---|---|---|" };
        foreach (var entry in run.Entries.OrderBy(e => e.Table).ThenByDescending(e => e.IsEiAnalyzers))
        {
            lines.Add($"| {entry.Table} | {entry.Assembly} | {entry.Type ?? "(assembly total)"} | {entry.Seconds.ToString("0.000", CultureInfo.InvariantCulture)} | {entry.Percent} | {(entry.IsEiAnalyzers ? "yes" : entry.IsFloor ? "floor" : "")} |");
        }

        lines.Add($"| Total analyzers | | | {run.TotalAnalyzerSeconds.ToString("0.000", CultureInfo.InvariantCulture)} | | |");
        lines.Add($"| Total generators | | | {run.TotalGeneratorSeconds.ToString("0.000", CultureInfo.InvariantCulture)} | | |");
        lines.Add($"| Csc task | | | {run.CscSeconds.ToString("0.000", CultureInfo.InvariantCulture)} | | |");
        return string.Join(Environment.NewLine, lines);
    }

    // ---- The machine ----------------------------------------------------------------------------------------------

    private static string Machine()
    {
        var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024);
        var sdk = Capture("dotnet", "--version");
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        return string.Join(Environment.NewLine,
            $"Machine: {Environment.ProcessorCount} cores ({cpu ?? RuntimeInformation.ProcessArchitecture.ToString()}), {memory:0.0} GB",
            $"OS: {RuntimeInformation.OSDescription}",
            $"Runtime: {RuntimeInformation.FrameworkDescription}; SDK {sdk}",
            $"Roslyn in this process: {typeof(Compilation).Assembly.GetName().Version} (the analyzer is built against 4.8.0)",
            $"GC: {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}, concurrent; load average at start: {LoadAverage()}");
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static string Capture(string file, string arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, UseShellExecute = false })!;
            var output = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return output;
        }
        catch (Exception exception) when (exception is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return "unknown";
        }
    }

    private sealed class Options
    {
        public HashSet<int> Parts { get; private set; } = new() { 1, 2, 3, 4, 5 };

        public List<int> Sizes { get; private set; } = new() { 200, 1000, 5000 };

        public List<int> GeneratorSizes { get; private set; } = new() { 200, 1000 };

        public int MemoryFiles { get; private set; } = 100;

        public int MemoryCycles { get; private set; } = 100;

        public List<BuildProject> BuildProjects { get; private set; } = new[] { "plain:1000", "plain:5000", "unused:1000", "heavy:1000" }.Select(BuildProject.Parse).ToList();

        public List<CompilerMode> BuildModes { get; private set; } = new() { CompilerMode.NewProcess, CompilerMode.Server };

        public int BuildRuns { get; private set; } = 3;

        public int ColdRuns { get; private set; } = 5;

        public List<int> GrowthSizes { get; private set; } = new() { 250, 1000, 2000 };

        public int GrowthRuns { get; private set; } = 3;

        public int ShapeRounds { get; private set; } = 3;

        public int ProfileRuns { get; private set; }

        public string[] BenchmarkArguments { get; private set; } = Array.Empty<string>();

        public static Options Parse(string[] args)
        {
            var options = new Options();
            var rest = new List<string>();
            var sizesGiven = false;
            var buildRunsGiven = false;
            for (var i = 0; i < args.Length; i++)
            {
                List<int> Numbers() => args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(n => int.Parse(n, CultureInfo.InvariantCulture)).ToList();
                switch (args[i])
                {
                    case "--parts":
                        options.Parts = Numbers().ToHashSet();
                        break;
                    case "--sizes":
                        options.Sizes = Numbers();
                        sizesGiven = true;
                        break;
                    case "--generator-sizes":
                        options.GeneratorSizes = Numbers();
                        break;
                    case "--memory-files":
                        options.MemoryFiles = Numbers()[0];
                        break;
                    case "--memory-cycles":
                        options.MemoryCycles = Numbers()[0];
                        break;
                    case "--build-projects":
                        options.BuildProjects = args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(BuildProject.Parse).ToList();
                        break;
                    case "--build-modes":
                        options.BuildModes = args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries)
                            .Select(m => m.Trim().ToLowerInvariant() switch
                            {
                                "new" => CompilerMode.NewProcess,
                                "server" => CompilerMode.Server,
                                _ => throw new ArgumentException($"Unknown build mode '{m}' (new, server)."),
                            })
                            .ToList();
                        break;
                    case "--shape-rounds":
                        options.ShapeRounds = Numbers()[0];
                        break;
                    case "--profile-runs":
                        options.ProfileRuns = Numbers()[0];
                        break;
                    case "--growth-sizes":
                        options.GrowthSizes = Numbers();
                        break;
                    case "--growth-runs":
                        options.GrowthRuns = Numbers()[0];
                        break;
                    case "--cold-runs":
                        options.ColdRuns = Numbers()[0];
                        break;
                    case "--build-runs":
                        options.BuildRuns = Numbers()[0];
                        buildRunsGiven = true;
                        break;
                    case "--quick":
                        Jobs.Warmup = 1;
                        Jobs.GeneratorWarmup = 2;
                        Jobs.Iterations = 3;
                        Jobs.LargeIterations = 2;
                        options.Sizes = sizesGiven ? options.Sizes : new List<int> { 200, 1000 };
                        options.BuildRuns = buildRunsGiven ? options.BuildRuns : 1;
                        break;
                    default:
                        rest.Add(args[i]);
                        break;
                }
            }

            options.BenchmarkArguments = rest.ToArray();
            return options;
        }
    }
}
