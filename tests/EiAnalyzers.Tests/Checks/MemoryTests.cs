using System.Threading.Tasks;
using EiAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace EiAnalyzers.Tests.Checks;

/// <summary>EI0004 (memory below the artifact size) and EI0005 (headroom below ei_memory_headroom).</summary>
public class MemoryTests
{
    private const string OnlyMemory = "dotnet_diagnostic.EI0013.severity = none\ndotnet_diagnostic.EI0014.severity = none\n";

    private const string Models = """
        [EiModel("bert-qa", EiFramework.PyTorch, "1.5.1", ArtifactSizeMb = 1300)]
        internal static partial class BertQa { }

        [EiModel("resnet50", EiFramework.TensorFlow, "2.3", ArtifactSizeMb = 98)]
        internal static partial class Resnet50 { }

        [EiModel("big-gan", EiFramework.TensorFlow, "1.15", ArtifactSizeMb = 9000)]
        internal static partial class BigGan { }

        [EiModel("detector", EiFramework.MXNet, "1.7.0", ArtifactSizeMb = 3000)]
        internal static partial class Detector { }

        """;

    [Fact]
    public async Task Artifact_larger_than_memory_is_EI0004_through_the_generated_name()
    {
        await Verify.Analyzer(Verify.Usings + Models + """
            class Deploy
            {
                void Run()
                {
                    new ProductionVariant { ModelName = BertQa.Name, AcceleratorType = {|EI0004:"ml.eia1.medium"|} };
                    new ProductionVariant { ModelName = BigGan.Name, AcceleratorType = {|EI0004:ProductionVariantAcceleratorType.MlEia2Xlarge|} };
                    new ProductionVariant { ModelName = Detector.Name, AcceleratorType = {|EI0004:EiAccelerators.Eia2Medium|} };
                    new ProductionVariant { ModelName = Resnet50.Name, AcceleratorType = "ml.eia1.medium" };
                }
            }
            """, OnlyMemory);
    }

    [Fact]
    public async Task Artifact_larger_than_memory_is_EI0004_through_an_equal_string()
    {
        await Verify.Analyzer(Verify.Usings + Models + """
            class Deploy
            {
                const string Model = "bert-qa";

                void Run()
                {
                    new ProductionVariant { ModelName = "bert-qa", AcceleratorType = {|EI0004:"ml.eia1.medium"|} };
                    new ProductionVariant { ModelName = Model, AcceleratorType = {|EI0004:"ml.eia1.medium"|} };
                    new ProductionVariant { ModelName = "BERT-QA", AcceleratorType = {|EI0004:"ml.eia1.medium"|} };
                    new ProductionVariant { ModelName = "other-model", AcceleratorType = "ml.eia1.medium" };
                }
            }
            """, OnlyMemory);
    }

    [Fact]
    public async Task Message_names_memory_size_model_and_the_smallest_that_fits()
    {
        await Verify.Analyzer(
            Verify.Usings + Models + """
            class Deploy
            {
                ProductionVariant V() => new ProductionVariant { ModelName = BertQa.Name, AcceleratorType = {|#0:"ml.eia1.medium"|} };
                ProductionVariant W() => new ProductionVariant { ModelName = BigGan.Name, AcceleratorType = {|#1:"ml.eia2.xlarge"|} };
            }
            """,
            OnlyMemory,
            Verify.Diagnostic(Descriptors.InsufficientMemory).WithLocation(0).WithArguments("ml.eia1.medium", 1024, 1300, "bert-qa", "; the smallest that fits is 'ml.eia2.medium'"),
            Verify.Diagnostic(Descriptors.InsufficientMemory).WithLocation(1).WithArguments("ml.eia2.xlarge", 8192, 9000, "big-gan", "; no accelerator has enough memory (the largest, ml.eia2.xlarge, has 8192 MiB)"));
    }

    [Fact]
    public async Task Headroom_below_the_default_factor_is_EI0005()
    {
        // 1300 MiB on 2048 MiB is 1.58x (fine at 1.5); 3000 MiB on 4096 MiB is 1.37x (too little).
        await Verify.Analyzer(Verify.Usings + Models + """
            class Deploy
            {
                void Run()
                {
                    new ProductionVariant { ModelName = BertQa.Name, AcceleratorType = "ml.eia2.medium" };
                    new ProductionVariant { ModelName = Detector.Name, AcceleratorType = {|EI0005:"ml.eia2.large"|} };
                    new ProductionVariant { ModelName = Detector.Name, AcceleratorType = "ml.eia2.xlarge" };
                }
            }
            """, OnlyMemory);
    }

    [Fact]
    public async Task Headroom_factor_comes_from_editorconfig()
    {
        await Verify.Analyzer(Verify.Usings + Models + """
            class Deploy
            {
                void Run()
                {
                    new ProductionVariant { ModelName = BertQa.Name, AcceleratorType = {|EI0005:"ml.eia2.medium"|} };
                    new ProductionVariant { ModelName = Resnet50.Name, AcceleratorType = "ml.eia1.medium" };
                }
            }
            """, OnlyMemory + "ei_memory_headroom = 2\n");
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("0")]
    [InlineData("1e309")]
    [InlineData("0.5")]
    [InlineData("11")]
    public async Task Invalid_headroom_is_reported_once_under_its_own_id_and_the_default_is_used(string value)
    {
        await Verify.Analyzer(
            Verify.Usings + Models + """
            class Deploy
            {
                void Run()
                {
                    new ProductionVariant { ModelName = BertQa.Name, AcceleratorType = {|#0:"ml.eia2.medium"|} };
                    new ProductionVariant { ModelName = Detector.Name, AcceleratorType = {|#1:"ml.eia2.large"|} };
                }
            }
            """,
            OnlyMemory + $"ei_memory_headroom = {value}\n",
            new DiagnosticResult(Descriptors.InvalidOption).WithNoLocation().WithArguments("ei_memory_headroom", value, "a number from 1 to 10", "1.5x"),
            Verify.Diagnostic("EI0005").WithLocation(1));
    }

    [Fact]
    public async Task Headroom_factor_comes_from_a_globalconfig_too()
    {
        var test = Verify.Usings + Models + """
            class Deploy
            {
                ProductionVariant V() => new ProductionVariant { ModelName = BertQa.Name, AcceleratorType = {|EI0005:"ml.eia2.medium"|} };
            }
            """;
        await Verify.Analyzer(new[] { ("/0/Test0.cs", test) }, editorConfig: null, globalConfig: "is_global = true\nei_memory_headroom = 1.75\n" + OnlyMemory.Replace("\n", "\n"));
    }

    [Fact]
    public async Task Without_a_declared_size_nothing_is_said_about_memory()
    {
        await Verify.Analyzer(Verify.Usings + """
            [EiModel("unsized", EiFramework.TensorFlow, "2.3")]
            internal static partial class Unsized { }

            class Deploy
            {
                ProductionVariant V() => new ProductionVariant { ModelName = Unsized.Name, AcceleratorType = "ml.eia1.medium" };
            }
            """, OnlyMemory);
    }
}
