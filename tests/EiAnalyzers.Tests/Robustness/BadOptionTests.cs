using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace EiAnalyzers.Tests.Robustness;

/// <summary>
/// Every bad <c>ei_memory_headroom</c> value, read by the compiler's own .editorconfig and .globalconfig parser, is one
/// clear EI0017 diagnostic for the compilation (not one per accelerator, and not under EI0005, so turning EI0005 off
/// never hides it); the project still compiles; neither the analyzer nor the generator throws, and both use the
/// default factor.
/// </summary>
public class BadOptionTests
{
    private const string Program = """
        using Amazon.SageMaker;
        using Amazon.SageMaker.Model;
        using SageMaker.ElasticInference;

        [EiModel("bert-qa", EiFramework.PyTorch, "1.5.1", ArtifactSizeMb = 1300)]
        internal static partial class BertQa { }

        internal static class Deploy
        {
            public static ProductionVariant ByConstant() => new ProductionVariant { ModelName = BertQa.Name, InstanceType = ProductionVariantInstanceType.MlM5Xlarge, AcceleratorType = "ml.eia2.medium" };

            public static ProductionVariant ByName() => new ProductionVariant { ModelName = "bert-qa", InstanceType = ProductionVariantInstanceType.MlM5Xlarge, AcceleratorType = ProductionVariantAcceleratorType.MlEia2Large };
        }
        """;

    public static TheoryData<string, string> BadValues()
    {
        var data = new TheoryData<string, string>();
        foreach (var value in new[] { "abc", "-1", "0", "1e309", "NaN", "", "Infinity", "-Infinity", "1,5", "0.5", "11", "1.5x", "0x10", "١٫٥", "1e-400", "∞" })
        {
            data.Add(value, ".editorconfig");
            data.Add(value, ".globalconfig");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BadValues))]
    public async Task A_bad_headroom_is_one_clear_EI0017_and_nothing_throws(string value, string file)
    {
        var options = Options(file, value);
        Assert.True(options.GetOptions(Engine.Parse("", Engine.UserPath)).TryGetValue("ei_memory_headroom", out var read) || options.GlobalOptions.TryGetValue("ei_memory_headroom", out read),
            $"the {file} parser dropped 'ei_memory_headroom = {value}'");

        var run = await Engine.RunAsync(new[] { Engine.Parse(Program) }, options);
        Assert.True(run.Failures.Count == 0, string.Join("\n", run.Failures));
        Assert.Empty(run.GeneratedErrors);
        Assert.Empty(run.UserErrors);

        var expected = $"ei_memory_headroom = '{read}' is not a number from 1 to 10; the default 1.5x is used";
        var option = Assert.Single(run.Analyzer, d => d.Id == "EI0017");
        Assert.Equal(expected, option.GetMessage());
        Assert.Equal(Location.None, option.Location);

        // The default 1.5x is used: 1300 MiB on 2 GiB is 1.58x, so no EI0005 at all.
        Assert.DoesNotContain(run.Analyzer, d => d.Id == "EI0005");

        // The generator reads the option too: on a bad value it uses the default, exactly as with no option at all.
        var reference = await Engine.RunAsync(new[] { Engine.Parse(Program) });
        Assert.Equal(Texts(reference), Texts(run));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("10")]
    [InlineData(" 2.5 ")]
    [InlineData("1.75")]
    public async Task A_good_headroom_is_used_silently(string value)
    {
        var run = await Engine.RunAsync(new[] { Engine.Parse(Program) }, Options(".editorconfig", value));
        Assert.True(run.Failures.Count == 0, string.Join("\n", run.Failures));
        Assert.DoesNotContain(run.Analyzer, d => d.Id == "EI0017");
    }

    private static Dictionary<string, string> Texts(Engine.ProgramRun run) =>
        run.Generator.Results.SelectMany(r => r.GeneratedSources).ToDictionary(s => s.HintName, s => s.SourceText.ToString());

    /// <summary>The options as the compiler reads them from an .editorconfig or a .globalconfig holding <paramref name="value"/>.</summary>
    private static AnalyzerConfigOptionsProvider Options(string file, string value)
    {
        var text = file == ".globalconfig"
            ? $"is_global = true\nei_memory_headroom = {value}\n"
            : $"root = true\n\n[*.cs]\nei_memory_headroom = {value}\n";
        var set = AnalyzerConfigSet.Create(ImmutableArray.Create(AnalyzerConfig.Parse(text, "/" + file)));
        return new ParsedOptions(set.GlobalConfigOptions.AnalyzerOptions, set.GetOptionsForSourcePath(Engine.UserPath).AnalyzerOptions);
    }

    private sealed class ParsedOptions : AnalyzerConfigOptionsProvider
    {
        private readonly Values global;
        private readonly Values perFile;

        public ParsedOptions(ImmutableDictionary<string, string> global, ImmutableDictionary<string, string> perFile)
        {
            this.global = new Values(global);
            this.perFile = new Values(perFile);
        }

        public override AnalyzerConfigOptions GlobalOptions => global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => tree.FilePath == Engine.UserPath ? perFile : new Values(ImmutableDictionary<string, string>.Empty);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Values(ImmutableDictionary<string, string>.Empty);

        private sealed class Values : AnalyzerConfigOptions
        {
            private readonly ImmutableDictionary<string, string> values;

            public Values(ImmutableDictionary<string, string> values)
            {
                this.values = values;
            }

            public override bool TryGetValue(string key, out string value)
            {
                var found = values.TryGetValue(key, out var text);
                value = text ?? "";
                return found;
            }
        }
    }
}
