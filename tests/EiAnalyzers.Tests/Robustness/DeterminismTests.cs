using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using EiAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace EiAnalyzers.Tests.Robustness;

/// <summary>
/// The generator's output is byte-identical whatever the run, the order of the files and the order of the
/// declarations; the analyzer reports the same diagnostics in the same order with concurrent execution on and off.
/// </summary>
public class DeterminismTests
{
    private const int Runs = 3;

    /// <summary>Declarations spread over three files, with namespaces, nesting, notebooks and a duplicate name.</summary>
    private static readonly string[][] Declarations =
    {
        new[]
        {
            """[EiModel("resnet50", EiFramework.TensorFlow, "2.3", ArtifactSizeMb = 98, Notebooks = new[] { "vision-dev", "vision-prod" })] internal static partial class Resnet50 { }""",
            """[EiModel("bert-qa", EiFramework.PyTorch, "1.5.1", ArtifactSizeMb = 1300)] internal static partial class BertQa { }""",
            """[EiModel("churn", EiFramework.XGBoost, "1.7")] internal static partial class Churn { }""",
        },
        new[]
        {
            """[EiModel("detector", EiFramework.MXNet, "1.7.0", ArtifactSizeMb = 3000)] internal static partial class Detector { }""",
            """internal static partial class Catalog { [EiModel("classifier", EiFramework.ImageClassification, "1", ArtifactSizeMb = 250)] internal static partial class Classifier { } }""",
            """[EiModel("shared-name", EiFramework.TensorFlow, "1.15", ArtifactSizeMb = 500)] internal static partial class Zeta { }""",
        },
        new[]
        {
            """[EiModel("shared-name", EiFramework.MXNet, "1.4", ArtifactSizeMb = 400)] internal static partial class Alpha { }""",
            """[EiModel("onnx-model", EiFramework.Onnx, "1.8", ArtifactSizeMb = 75, Notebooks = new[] { "onnx-lab" })] internal static partial class OnnxModel { }""",
            """[EiModel("big-gan", EiFramework.TensorFlow, "1.15", ArtifactSizeMb = 9000)] internal static partial class BigGan { }""",
        },
    };

    private static string File(int index, IEnumerable<string> declarations) =>
        "using SageMaker.ElasticInference;\n\nnamespace Shop.Models" + index + "\n{\n" + string.Join("\n\n", declarations) + "\n}\n";

    private static Dictionary<string, string> Generate(IEnumerable<(int Index, IEnumerable<string> Declarations)> files)
    {
        var trees = files.Select(f => Engine.Parse(File(f.Index, f.Declarations), $"/src/Models{f.Index}.cs")).ToList();
        var compilation = Engine.Base.RemoveAllSyntaxTrees().AddSyntaxTrees(trees);
        GeneratorDriver driver = GeneratorHarness.Driver(trackSteps: false);
        driver = driver.RunGenerators(compilation);
        var run = driver.GetRunResult();
        Assert.All(run.Results, r => Assert.Null(r.Exception));
        Assert.Empty(run.Diagnostics);
        return run.Results.SelectMany(r => r.GeneratedSources).ToDictionary(s => s.HintName, s => s.SourceText.ToString());
    }

    private static void AssertSameOutput(Dictionary<string, string> expected, Dictionary<string, string> actual, string what)
    {
        Assert.True(
            expected.Keys.OrderBy(k => k, StringComparer.Ordinal).SequenceEqual(actual.Keys.OrderBy(k => k, StringComparer.Ordinal)),
            $"{what}: other files: {string.Join(", ", expected.Keys.Except(actual.Keys).Concat(actual.Keys.Except(expected.Keys)))}");
        foreach (var (hint, text) in expected)
        {
            Assert.True(string.Equals(text, actual[hint], StringComparison.Ordinal), $"{what}: {hint} differs:\n--- expected\n{text}\n--- actual\n{actual[hint]}");
        }
    }

    [Fact]
    public void Generator_output_is_byte_identical_across_runs_file_orders_and_declaration_orders()
    {
        var files = Declarations.Select((d, i) => (Index: i, Declarations: (IEnumerable<string>)d)).ToList();
        var reference = Generate(files);
        Assert.Contains("EiCompatibility.g.cs", reference.Keys);
        Assert.True(reference.Count >= 10, "expected a file per valid model: " + string.Join(", ", reference.Keys));

        AssertSameOutput(reference, Generate(files), "a second run");

        foreach (var order in Permutations(Enumerable.Range(0, files.Count).ToList()))
        {
            AssertSameOutput(reference, Generate(order.Select(i => files[i])), "files in order " + string.Join(",", order));
            AssertSameOutput(
                reference,
                Generate(order.Select(i => (files[i].Index, files[i].Declarations.Reverse()))),
                "files in order " + string.Join(",", order) + " with their declarations reversed");
        }

        // One declaration per file, in every rotation.
        var single = Declarations.SelectMany(d => d).Select((d, i) => (Index: i, Declarations: (IEnumerable<string>)new[] { d })).ToList();
        var perFile = Generate(single);
        for (var shift = 1; shift < single.Count; shift++)
        {
            AssertSameOutput(perFile, Generate(single.Skip(shift).Concat(single.Take(shift))), "one declaration per file, rotated by " + shift);
        }
    }

    private static IEnumerable<List<int>> Permutations(List<int> items)
    {
        if (items.Count <= 1)
        {
            yield return items;
            yield break;
        }

        foreach (var first in items)
        {
            foreach (var rest in Permutations(items.Where(i => i != first).ToList()))
            {
                yield return new[] { first }.Concat(rest).ToList();
            }
        }
    }

    /// <summary>Projects with diagnostics of every kind: the sample (SDK and CDK), the corpus, and each rule test program with declarations.</summary>
    public static TheoryData<string> Projects() => new() { "samples/EiSample", "Corpus/Valid", "rule test programs with declared models" };

    private static IEnumerable<SyntaxTree[]> ProjectTrees(string project)
    {
        switch (project)
        {
            case "samples/EiSample":
                yield return Directory.GetFiles(Path.Combine(TestSources.SamplesDirectory, "EiSample"), "*.cs", SearchOption.AllDirectories)
                    .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                    .OrderBy(f => f, StringComparer.Ordinal)
                    .Select(f => Engine.Parse(System.IO.File.ReadAllText(f), f))
                    .ToArray();
                break;
            case "Corpus/Valid":
                yield return Directory.GetFiles(TestSources.CorpusDirectory, "*.cs").OrderBy(f => f, StringComparer.Ordinal)
                    .Select(f => Engine.Parse(System.IO.File.ReadAllText(f), f))
                    .ToArray();
                break;
            default:
                // The largest rule test programs with declarations: each its own compilation.
                var programs = TestSources.FromTests()
                    .Where(s => s.Origin.StartsWith("Checks/", StringComparison.Ordinal) && s.Text.Contains("[EiModel(", StringComparison.Ordinal))
                    .OrderByDescending(s => s.Text.Length)
                    .ThenBy(s => s.Origin, StringComparer.Ordinal)
                    .Take(8);
                foreach (var source in programs)
                {
                    yield return new[] { Engine.Parse(source.Text) };
                }

                break;
        }
    }

    /// <summary>
    /// The same diagnostics (IDs, locations, messages, additional locations) with concurrent analysis on and off, run
    /// after run. They are compared in a sorted order: the raw order GetAnalyzerDiagnosticsAsync returns is NOT stable
    /// once anything runs concurrently (the compilation's concurrent build hands symbols and blocks to the driver in a
    /// varying order, and concurrent analysis runs the actions in parallel); see the next test for the raw order.
    /// </summary>
    [Theory]
    [MemberData(nameof(Projects))]
    public async Task Analyzer_reports_the_same_diagnostics_with_concurrent_analysis_on_and_off(string project)
    {
        foreach (var trees in ProjectTrees(project))
        {
            var runs = new List<(string Mode, List<string> Diagnostics)>();
            for (var i = 0; i < Runs; i++)
            {
                foreach (var concurrent in new[] { true, false })
                {
                    runs.Add(($"run {i + 1}, concurrent analysis {concurrent}", await Diagnostics(trees, concurrent, concurrentBuild: true)));
                }
            }

            AssertAllEqual(project, trees, runs, sorted: true);
        }
    }

    /// <summary>
    /// With nothing concurrent (serial build, serial analysis) the raw order is the same on every run: the analyzer adds
    /// no order of its own (no hash-ordered reporting at the end of the compilation, for instance).
    /// </summary>
    [Theory]
    [MemberData(nameof(Projects))]
    public async Task Analyzer_returns_its_diagnostics_in_the_same_raw_order_when_nothing_runs_concurrently(string project)
    {
        foreach (var trees in ProjectTrees(project))
        {
            var runs = new List<(string Mode, List<string> Diagnostics)>();
            for (var i = 0; i < Runs; i++)
            {
                runs.Add(($"run {i + 1}", await Diagnostics(trees, concurrent: false, concurrentBuild: false)));
            }

            AssertAllEqual(project, trees, runs, sorted: false);
        }
    }

    private static async Task<List<string>> Diagnostics(SyntaxTree[] trees, bool concurrent, bool concurrentBuild)
    {
        var run = await Engine.RunAsync(trees, concurrent: concurrent, concurrentBuild: concurrentBuild);
        Assert.True(run.Failures.Count == 0, string.Join("\n", run.Failures));
        return run.Analyzer.Select(Describe).ToList();
    }

    private static void AssertAllEqual(string project, SyntaxTree[] trees, List<(string Mode, List<string> Diagnostics)> runs, bool sorted)
    {
        var reference = runs[0];
        if (reference.Diagnostics.Count == 0 && project.StartsWith("rule test", StringComparison.Ordinal))
        {
            return;
        }

        Assert.True(reference.Diagnostics.Count > 0, $"{project} has no diagnostics to compare");
        var name = $"{project} ({trees[0].FilePath})";

        // The same diagnostics ...
        var sortedReference = reference.Diagnostics.OrderBy(d => d, StringComparer.Ordinal).ToList();
        foreach (var (mode, diagnostics) in runs.Skip(1))
        {
            var other = diagnostics.OrderBy(d => d, StringComparer.Ordinal).ToList();
            Assert.True(
                sortedReference.SequenceEqual(other),
                $"{name}: {mode} reports other diagnostics than {reference.Mode}:\nonly in {reference.Mode}:\n{string.Join("\n", sortedReference.Except(other))}\nonly in {mode}:\n{string.Join("\n", other.Except(sortedReference))}");
        }

        if (sorted)
        {
            return;
        }

        // ... in the same raw order.
        var orders = runs.Select(r => string.Join("\n", r.Diagnostics)).Distinct().ToList();
        if (orders.Count > 1)
        {
            var report = runs.Select(r => $"  {r.Mode}: order #{orders.IndexOf(string.Join("\n", r.Diagnostics)) + 1}, first: {r.Diagnostics[0]}");
            Assert.Fail($"{name}: GetAnalyzerDiagnosticsAsync returns the same {reference.Diagnostics.Count} diagnostics in {orders.Count} different orders over {runs.Count} runs:\n{string.Join("\n", report)}");
        }
    }

    private static string Describe(Diagnostic diagnostic) =>
        $"{diagnostic.Id} {diagnostic.Severity} {diagnostic.Location.GetLineSpan()} {diagnostic.GetMessage()} [{string.Join(", ", diagnostic.AdditionalLocations.Select(l => l.GetLineSpan().ToString()))}]";
}
