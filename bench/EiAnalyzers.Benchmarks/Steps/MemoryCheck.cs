using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Runtime;
using System.Runtime.CompilerServices;
using EiAnalyzers.Benchmarks.Infrastructure;
using EiAnalyzers.Benchmarks.Inputs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace EiAnalyzers.Benchmarks.Steps;

internal sealed record MemoryCheckResult(
    int Files,
    int Cycles,
    long BaselineBytes,
    IReadOnlyList<(int Cycle, long Bytes)> Retained,
    IReadOnlyList<(int Cycle, string What, bool Collected)> Tracked,
    double SecondsPerCycle,
    int DiagnosticsLastCycle)
{
    public bool AllEarlyObjectsCollected => Tracked.All(t => t.Collected);

    /// <summary>Growth from cycle 10 to the last cycle, relative to cycle 10.</summary>
    public double Growth => Retained.Count < 2 ? 0 : (double)(Retained[^1].Bytes - Retained[0].Bytes) / Retained[0].Bytes;
}

/// <summary>
/// Part 5: edit-and-analyze cycles as in the IDE (edit a tree, run the generator driver, analyze the new compilation
/// with EiAnalyzers), with one analyzer and one generator instance for the whole run. Retained memory after full
/// blocking compacting collections must not grow with the number of cycles, and nothing of an early cycle (its
/// compilations, edited tree, symbols) may stay reachable from the analyzer's or the generator's state.
/// </summary>
internal static class MemoryCheck
{
    private static readonly int[] Checkpoints = { 10, 25, 50, 100 };
    private static readonly HashSet<int> TrackedCycles = new() { 1, 2, 3, 4, 5, 10, 25, 50 };

    private sealed class State
    {
        public required CSharpCompilation Compilation { get; set; }

        public required GeneratorDriver Driver { get; set; }

        public required DiagnosticAnalyzer Analyzer { get; init; }

        public int LastDiagnostics { get; set; }
    }

    public static MemoryCheckResult Run(int files, int cycles)
    {
        var state = Start(files);
        var baseline = RetainedBytes();
        var retained = new List<(int, long)>();
        var tracked = new List<(int Cycle, string What, WeakReference Reference)>();
        var watch = Stopwatch.StartNew();
        for (var cycle = 1; cycle <= cycles; cycle++)
        {
            Cycle(state, cycle, TrackedCycles.Contains(cycle) ? tracked : null);
            if (Checkpoints.Contains(cycle) || cycle == cycles)
            {
                watch.Stop();
                retained.Add((cycle, RetainedBytes()));
                Console.WriteLine($"  memory: after cycle {cycle,3}: {retained[^1].Item2 / 1048576.0:0.0} MB retained");
                watch.Start();
            }
        }

        var seconds = watch.Elapsed.TotalSeconds / cycles;
        RetainedBytes();
        GC.KeepAlive(state);
        return new MemoryCheckResult(
            files,
            cycles,
            baseline,
            retained.Distinct().ToList(),
            tracked.Select(t => (t.Cycle, t.What, !t.Reference.IsAlive)).ToList(),
            seconds,
            state.LastDiagnostics);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static State Start(int files)
    {
        var compilation = Corpus.Compilation(CorpusKind.Relevant, files);
        var driver = Corpus.CreateDriver().RunGenerators(compilation);
        return new State { Compilation = compilation, Driver = driver, Analyzer = new ElasticInferenceAnalyzer() };
    }

    /// <summary>One cycle, in its own frame so that nothing of it stays on the stack of the loop.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Cycle(State state, int cycle, List<(int, string, WeakReference)>? tracked)
    {
        // Type one character in an unrelated file; every tenth cycle also change a model's ArtifactSizeMb.
        var compilation = state.Compilation;
        var edits = cycle % 10 == 0 ? new[] { EditKind.Unrelated, EditKind.DeclarationArtifactSize } : new[] { EditKind.Unrelated };
        var editedTrees = new List<SyntaxTree>();
        foreach (var kind in edits)
        {
            var old = Keystrokes.TreeOf(compilation, Keystrokes.FileIndex(kind));
            var text = old.GetText();
            var edited = old.WithChangedText(text.WithChanges(Keystrokes.Change(text.ToString(), kind, cycle)));
            compilation = compilation.ReplaceSyntaxTree(old, edited);
            editedTrees.Add(edited);
        }

        state.Driver = state.Driver.RunGeneratorsAndUpdateCompilation(compilation, out var withGenerated, out _);
        state.Compilation = compilation;
        state.LastDiagnostics = AnalyzerRun.Run(withGenerated, state.Analyzer, AnalysisScope.AnalyzerOnly).Diagnostics;

        if (tracked is not null)
        {
            tracked.Add((cycle, "user compilation", new WeakReference(compilation)));
            tracked.Add((cycle, "compilation with generated code (analyzed)", new WeakReference(withGenerated)));
            foreach (var tree in editedTrees)
            {
                tracked.Add((cycle, "edited syntax tree", new WeakReference(tree)));
            }

            var generated = withGenerated.SyntaxTrees.FirstOrDefault(t => t.FilePath.Contains("EiCompatibility", StringComparison.Ordinal));
            if (generated is not null && cycle % 10 == 0)
            {
                // Replaced at the next model edit (cycle + 10), unlike the outputs of an unrelated edit, which are reused.
                tracked.Add((cycle, "generated syntax tree (model edit)", new WeakReference(generated)));
            }

            tracked.Add((cycle, "EiModelAttribute symbol", new WeakReference(withGenerated.GetTypeByMetadataName("SageMaker.ElasticInference.EiModelAttribute"))));
            tracked.Add((cycle, "model type symbol", new WeakReference(withGenerated.GetTypeByMetadataName("Contoso.MachineLearning.Team0.Model0"))));
        }
    }

    private static long RetainedBytes()
    {
        for (var i = 0; i < 3; i++)
        {
            GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
