using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;

namespace EiAnalyzers.Benchmarks.Infrastructure;

/// <summary>
/// One invocation of a benchmark: its wall and process CPU time, the analyzer's own execution time, and the CPU time of
/// its callbacks where it was measured (<see cref="CallbackCpuAnalyzer"/>).
/// </summary>
internal readonly record struct Sample(TimeSpan Wall, TimeSpan Cpu, TimeSpan AnalyzerTime, int Diagnostics, TimeSpan AnalyzerCpu = default);

/// <summary>
/// What BenchmarkDotNet does not measure, recorded by the benchmarks themselves (they run in this process): the
/// process CPU time of each invocation (far less sensitive than wall time to other processes on a shared 2-core
/// machine) and the analyzer's telemetry. The last <c>n</c> samples of a case are its measured iterations.
/// </summary>
internal static class Samples
{
    private static readonly ConcurrentDictionary<string, List<Sample>> All = new();

    public static void Record(string key, Sample sample)
    {
        var list = All.GetOrAdd(key, _ => new List<Sample>());
        lock (list)
        {
            list.Add(sample);
        }
    }

    public static IReadOnlyList<Sample> Last(string key, int count)
    {
        if (!All.TryGetValue(key, out var list))
        {
            return Array.Empty<Sample>();
        }

        lock (list)
        {
            return list.Skip(Math.Max(0, list.Count - count)).ToList();
        }
    }

    public static TimeSpan Median(IEnumerable<TimeSpan> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        if (sorted.Count == 0)
        {
            return TimeSpan.Zero;
        }

        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>Measures <paramref name="action"/> and records it under <paramref name="key"/>.</summary>
    public static T Measure<T>(string key, Func<T> action, Func<T, (TimeSpan AnalyzerTime, int Diagnostics)> describe) =>
        Measure(key, action, result =>
        {
            var (time, count) = describe(result);
            return (time, count, TimeSpan.Zero);
        });

    /// <summary>Measures <paramref name="action"/> and records it, with the analyzer's callback CPU time, under <paramref name="key"/>.</summary>
    public static T Measure<T>(string key, Func<T> action, Func<T, (TimeSpan AnalyzerTime, int Diagnostics, TimeSpan AnalyzerCpu)> describe)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        var result = action();
        wall.Stop();
        process.Refresh();
        var (analyzerTime, diagnostics, analyzerCpu) = describe(result);
        Record(key, new Sample(wall.Elapsed, process.TotalProcessorTime - cpu, analyzerTime, diagnostics, analyzerCpu));
        return result;
    }
}
