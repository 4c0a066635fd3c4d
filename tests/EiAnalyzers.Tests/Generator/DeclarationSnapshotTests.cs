using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using EiAnalyzers.Generator;
using EiAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace EiAnalyzers.Tests.Generator;

/// <summary>
/// The generator reads the declarations again only when declaration-level code changed (<see cref="DeclarationSnapshot"/>):
/// typing in a method body or a comment reruns nothing, and every change a declaration can depend on (the declaration,
/// a constant in another file, a using alias, the options) does rerun it.
/// </summary>
public class DeclarationSnapshotTests
{
    private const string Names = """
        namespace App
        {
            internal static class ModelNames
            {
                public const string Resnet = "resnet50";
                public static readonly string Unused = "unused";

                public static string Describe(int size)
                {
                    return "size " + size;
                }
            }
        }
        """;

    private const string Declaration = """
        using SageMaker.ElasticInference;

        namespace App
        {
            [EiModel(ModelNames.Resnet, EiFramework.TensorFlow, "2.3", ArtifactSizeMb = 98)]
            internal static partial class Resnet50
            {
                // A comment in the declaration.
                public static int Twice(int value) => value * 2;
            }
        }
        """;

    [Theory]
    [InlineData("return \"size \" + size;", "return \"bytes \" + size;", "a method body")]
    [InlineData("public static readonly string Unused = \"unused\";", "public static readonly string Unused = \"changed\";", "a static readonly field's initializer")]
    [InlineData("namespace App", "// A comment.\nnamespace App", "a comment")]
    public void An_edit_that_no_declaration_depends_on_reads_nothing_again(string before, string after, string where)
    {
        var (driver, compilation) = Start();
        var result = Run(driver, Edit(compilation, 0, Names.Replace(before, after)));
        Assert.True(AllCached(result, TrackingNames.Models), $"the models were read again after an edit in {where}");
        Assert.Equal(IncrementalStepRunReason.Unchanged, Reasons(result, TrackingNames.Snapshot).Single());
    }

    [Fact]
    public void An_edit_in_top_level_statements_reads_nothing_again()
    {
        var program = "var total = App.ModelNames.Describe(1);\nSystem.Console.WriteLine(total);\n";
        var compilation = GeneratorHarness.Compilation(TestReferences.All, Names, Declaration, program);
        compilation = compilation.WithOptions(compilation.Options.WithOutputKind(OutputKind.ConsoleApplication));
        var driver = GeneratorHarness.Driver().RunGenerators(compilation);
        var result = Run(driver, Edit(compilation, 2, program.Replace("Describe(1)", "Describe(2)")));
        Assert.True(AllCached(result, TrackingNames.Models));
    }

    [Fact]
    public void An_edit_in_a_declarations_method_body_or_comment_reads_nothing_again()
    {
        var (driver, compilation) = Start();
        var edited = Declaration.Replace("value * 2", "value + value").Replace("A comment", "Another comment");
        var result = Run(driver, Edit(compilation, 1, edited));
        Assert.True(AllCached(result, TrackingNames.Models));
    }

    [Fact]
    public void A_constant_changed_in_another_file_changes_the_model()
    {
        var (driver, compilation) = Start();
        var result = Run(driver, Edit(compilation, 0, Names.Replace("\"resnet50\"", "\"resnet101\"")));
        Assert.Contains("\"resnet101\"", Source(result, "Resnet50"));
        Assert.DoesNotContain("\"resnet50\"", Source(result, "Resnet50"));
    }

    [Fact]
    public void A_declaration_changed_in_its_attribute_changes_the_model()
    {
        var (driver, compilation) = Start();
        var result = Run(driver, Edit(compilation, 1, Declaration.Replace("ArtifactSizeMb = 98", "ArtifactSizeMb = 4100")));
        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(result, TrackingNames.Models));
        Assert.Contains("4100", Source(result, "Resnet50"));
    }

    [Theory]
    [InlineData("using Declares = SageMaker.ElasticInference.EiModelAttribute;", "Declares")]
    [InlineData("using DeclaresAttribute = SageMaker.ElasticInference.EiModelAttribute;", "Declares")]
    [InlineData("using Ei = SageMaker.ElasticInference;", "Ei.EiModel")]
    [InlineData("using SageMaker.ElasticInference;", "global::SageMaker.ElasticInference.EiModelAttribute")]
    public void A_declaration_written_through_an_alias_or_qualified_is_read(string usingDirective, string attributeName)
    {
        var source = $$"""
            {{usingDirective}}

            namespace App
            {
                [{{attributeName}}("aliased", SageMaker.ElasticInference.EiFramework.MXNet, "1.7")]
                internal static partial class Aliased { }
            }
            """;
        var (_, run) = GeneratorHarness.Generate(GeneratorHarness.Compilation(TestReferences.Net80, source));
        Assert.Contains("\"aliased\"", Source(run, "Aliased"));
    }

    [Fact]
    public void An_alias_added_in_another_file_is_followed()
    {
        var declaration = """
            namespace App
            {
                [Declares("late", SageMaker.ElasticInference.EiFramework.MXNet, "1.7")]
                internal static partial class Late { }
            }
            """;
        var compilation = GeneratorHarness.Compilation(TestReferences.Net80, "namespace App { }", declaration);
        var driver = GeneratorHarness.Driver().RunGenerators(compilation);
        Assert.DoesNotContain(driver.GetRunResult().Results.Single().GeneratedSources, s => s.HintName.StartsWith("App.Late.", StringComparison.Ordinal));

        var withAlias = Edit(compilation, 0, "global using Declares = SageMaker.ElasticInference.EiModelAttribute;\nnamespace App { }");
        var result = Run(driver, withAlias);
        Assert.Contains("\"late\"", Source(result, "Late"));
    }

    [Fact]
    public void Changed_editorconfig_options_change_the_headroom()
    {
        var compilation = GeneratorHarness.Compilation(TestReferences.All, Names, Declaration);
        var driver = GeneratorHarness.Driver(new GeneratorHarness.Options(new Dictionary<string, string>())).RunGenerators(compilation);
        var before = Source(driver.GetRunResult(), "Resnet50");

        driver = driver.WithUpdatedAnalyzerConfigOptions(new GeneratorHarness.Options(new Dictionary<string, string> { ["ei_memory_headroom"] = "3.0" }));
        var after = Source(driver.RunGenerators(compilation).GetRunResult(), "Resnet50");
        Assert.NotEqual(before, after);
    }

    [Fact]
    public void The_kept_snapshot_does_not_keep_its_compilation_alive()
    {
        var (driver, firstReference) = StartAndForget();
        for (var k = 0; k < 3; k++)
        {
            var compilation = GeneratorHarness.Compilation(TestReferences.All, Names.Replace("\"size \"", $"\"size{k} \""), Declaration);
            driver = driver.RunGenerators(compilation);
            Assert.True(AllCached(driver.GetRunResult(), TrackingNames.Models));
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Assert.False(firstReference.TryGetTarget(out _), "the generator's state keeps the compilation of the last declaration change alive");
        GC.KeepAlive(driver);
    }

    /// <summary>The driver after a first run, and a weak reference to that run's compilation, which nothing else holds.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (GeneratorDriver Driver, WeakReference<Compilation> First) StartAndForget()
    {
        var (driver, compilation) = Start();
        return (driver, new WeakReference<Compilation>(compilation));
    }

    private static (GeneratorDriver Driver, CSharpCompilation Compilation) Start()
    {
        var compilation = GeneratorHarness.Compilation(TestReferences.All, Names, Declaration);
        return (GeneratorHarness.Driver().RunGenerators(compilation), compilation);
    }

    private static CSharpCompilation Edit(CSharpCompilation compilation, int file, string text)
    {
        var tree = compilation.SyntaxTrees.ElementAt(file);
        return compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(text, GeneratorHarness.ParseOptions, path: tree.FilePath));
    }

    /// <summary>The generated source of the model class <c>App.<paramref name="type"/></c>.</summary>
    private static string Source(GeneratorDriverRunResult result, string type) =>
        result.Results.Single().GeneratedSources.Single(s => s.HintName.StartsWith("App." + type + ".", StringComparison.Ordinal)).SourceText.ToString();

    private static GeneratorDriverRunResult Run(GeneratorDriver driver, Compilation compilation) =>
        driver.RunGenerators(compilation).GetRunResult();

    private static IEnumerable<IncrementalStepRunReason> Reasons(GeneratorDriverRunResult result, string step) =>
        result.Results.Single().TrackedSteps.TryGetValue(step, out var runs) ? runs.SelectMany(r => r.Outputs).Select(o => o.Reason) : Enumerable.Empty<IncrementalStepRunReason>();

    private static bool AllCached(GeneratorDriverRunResult result, string step) =>
        Reasons(result, step).All(r => r == IncrementalStepRunReason.Cached);
}
