using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using EiAnalyzers.Generator;
using EiAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace EiAnalyzers.Tests.Generator;

/// <summary>The generator is incremental: an unrelated edit re-runs nothing, and no step keeps compiler objects alive.</summary>
public class GeneratorCachingTests
{
    private const string Models = """
        using SageMaker.ElasticInference;

        namespace App
        {
            [EiModel("resnet50", EiFramework.TensorFlow, "2.3", ArtifactSizeMb = 98)]
            internal static partial class Resnet50 { }

            [EiModel("bert-qa", EiFramework.PyTorch, "1.5.1", ArtifactSizeMb = 1300)]
            internal static partial class BertQa { }
        }
        """;

    private const string Unrelated = """
        namespace App
        {
            internal static class Helpers
            {
                public static int Add(int a, int b) => a + b;
            }
        }
        """;

    [Fact]
    public void An_unrelated_edit_leaves_every_step_cached_or_unchanged()
    {
        var compilation = GeneratorHarness.Compilation(TestReferences.All, Models, Unrelated);
        var driver = GeneratorHarness.Driver().RunGenerators(compilation);

        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.Last(),
            CSharpSyntaxTree.ParseText(Unrelated.Replace("a + b", "b + a"), GeneratorHarness.ParseOptions, path: compilation.SyntaxTrees.Last().FilePath));
        driver = driver.RunGenerators(edited);

        var result = driver.GetRunResult().Results.Single();
        var steps = result.TrackedSteps.Where(s => TrackingNames.All.Contains(s.Key)).ToList();
        Assert.Equal(TrackingNames.All.OrderBy(n => n), steps.Select(s => s.Key).OrderBy(n => n));
        foreach (var (name, runs) in steps)
        {
            foreach (var output in runs.SelectMany(r => r.Outputs))
            {
                Assert.True(
                    output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                    $"step {name} was {output.Reason} after an unrelated edit");
            }
        }

        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(r => r.Outputs), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void An_edit_of_one_declaration_reruns_only_what_depends_on_it()
    {
        var compilation = GeneratorHarness.Compilation(TestReferences.All, Models, Unrelated);
        var driver = GeneratorHarness.Driver().RunGenerators(compilation);
        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.First(),
            CSharpSyntaxTree.ParseText(Models.Replace("ArtifactSizeMb = 98", "ArtifactSizeMb = 99"), GeneratorHarness.ParseOptions, path: compilation.SyntaxTrees.First().FilePath));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        var models = result.TrackedSteps[TrackingNames.Models].SelectMany(r => r.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(1, models.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(1, models.Count(r => r == IncrementalStepRunReason.Unchanged));
        Assert.All(result.TrackedSteps[TrackingNames.SdkTypes].SelectMany(r => r.Outputs), o => Assert.NotEqual(IncrementalStepRunReason.Modified, o.Reason));
    }

    [Fact]
    public void No_step_output_holds_a_symbol_a_syntax_node_or_a_compilation()
    {
        var compilation = GeneratorHarness.Compilation(TestReferences.All, Models, Unrelated);
        var result = GeneratorHarness.Driver().RunGenerators(compilation).GetRunResult().Results.Single();
        foreach (var (name, runs) in result.TrackedSteps.Where(s => TrackingNames.All.Contains(s.Key)))
        {
            foreach (var output in runs.SelectMany(r => r.Outputs))
            {
                AssertPlain(output.Value, name, new HashSet<object>(ReferenceEqualityComparer.Instance), depth: 0);
            }
        }
    }

    /// <summary>
    /// Walks an output's object graph (a weak reference is not followed: it keeps nothing alive). A <c>SyntaxTree</c>
    /// is allowed only in the snapshot step, which holds its own compilation's trees and compares them by reference.
    /// </summary>
    private static void AssertPlain(object? value, string step, HashSet<object> seen, int depth)
    {
        if (value is null || depth > 12 || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        Assert.False(value is ISymbol, $"step {step} holds a symbol");
        Assert.False(value is SyntaxNode, $"step {step} holds a syntax node");
        Assert.False(value is Compilation, $"step {step} holds a compilation");
        Assert.False(value is SemanticModel, $"step {step} holds a semantic model");
        if (value is SyntaxTree)
        {
            Assert.Equal(TrackingNames.Snapshot, step);
            return;
        }

        if (value.GetType() is { IsGenericType: true } type && type.GetGenericTypeDefinition() == typeof(System.Collections.Immutable.ImmutableArray<>)
            && (bool)type.GetProperty("IsDefault")!.GetValue(value)!)
        {
            return;
        }

        if (value is IEnumerable items)
        {
            foreach (var item in items)
            {
                AssertPlain(item, step, seen, depth + 1);
            }
        }

        foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertPlain(field.GetValue(value), step, seen, depth + 1);
        }
    }
}
