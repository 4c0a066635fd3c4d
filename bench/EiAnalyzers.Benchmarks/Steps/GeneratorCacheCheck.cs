using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using EiAnalyzers.Benchmarks.Benchmarks;
using EiAnalyzers.Benchmarks.Inputs;
using EiAnalyzers.Generator;
using Microsoft.CodeAnalysis;

namespace EiAnalyzers.Benchmarks.Steps;

/// <summary>What the generator's tracked steps reported over the keystrokes of one kind of edit.</summary>
internal sealed record CacheCheckResult(
    EditKind Edit,
    int Runs,
    IReadOnlyDictionary<string, IReadOnlyDictionary<IncrementalStepRunReason, int>> ReasonsByStep,
    int RunsWithChangedOutput,
    double MeanMsTracked,
    double AllocatedBytesPerRunTracked)
{
    public bool AllCachedOrUnchanged => ReasonsByStep.Values
        .SelectMany(reasons => reasons.Keys)
        .All(reason => reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
}

/// <summary>
/// Part 4's verdict: the same keystrokes as <see cref="GeneratorEditBenchmarks"/>, with step tracking on, checking
/// that an edit unrelated to any [EiModel] leaves every tracked step Cached or Unchanged (and showing what the
/// declaration edits change).
/// </summary>
internal static class GeneratorCacheCheck
{
    public static CacheCheckResult Run(int files, EditKind edit, int keystrokes)
    {
        var start = Corpus.Compilation(CorpusKind.Relevant, files);
        var trees = Keystrokes.Trees(Keystrokes.TreeOf(start, Keystrokes.FileIndex(edit)), edit, keystrokes);
        var compilations = Keystrokes.Compilations(start, trees);
        var driver = Corpus.CreateDriver(trackSteps: true).RunGenerators(start);
        var previous = Sources(driver);

        var reasons = TrackingNames.All.ToDictionary(name => name, _ => new Dictionary<IncrementalStepRunReason, int>());
        var changedOutput = 0;
        var elapsed = TimeSpan.Zero;
        long allocated = 0;
        for (var k = 1; k <= keystrokes; k++)
        {
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            driver = driver.RunGenerators(compilations[k]);
            watch.Stop();
            allocated += GC.GetTotalAllocatedBytes(precise: true) - before;
            elapsed += watch.Elapsed;

            var result = driver.GetRunResult().Results.Single();
            if (result.Exception is not null)
            {
                throw new InvalidOperationException("The generator threw.", result.Exception);
            }

            foreach (var name in TrackingNames.All)
            {
                if (!result.TrackedSteps.TryGetValue(name, out var steps))
                {
                    continue;
                }

                foreach (var output in steps.SelectMany(step => step.Outputs))
                {
                    reasons[name][output.Reason] = reasons[name].GetValueOrDefault(output.Reason) + 1;
                }
            }

            var current = Sources(driver);
            if (!current.SequenceEqual(previous))
            {
                changedOutput++;
            }

            previous = current;
        }

        return new CacheCheckResult(
            edit,
            keystrokes,
            reasons.ToDictionary(p => p.Key, p => (IReadOnlyDictionary<IncrementalStepRunReason, int>)p.Value),
            changedOutput,
            elapsed.TotalMilliseconds / keystrokes,
            (double)allocated / keystrokes);
    }

    private static List<string> Sources(GeneratorDriver driver) =>
        driver.GetRunResult().Results.Single().GeneratedSources.Select(s => s.HintName + "\n" + s.SourceText).ToList();

    public static string Describe(CacheCheckResult result) => string.Join("; ", result.ReasonsByStep.Select(step =>
        step.Key + ": " + (step.Value.Count == 0
            ? "not run"
            : string.Join(", ", step.Value.OrderBy(r => r.Key).Select(r => $"{r.Key} x{r.Value}")))));
}
