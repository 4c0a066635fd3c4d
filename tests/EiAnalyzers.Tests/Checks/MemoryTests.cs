using System.Threading.Tasks;
using EiAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace EiAnalyzers.Tests.Checks;

/// <summary>EI0004 (memory below the artifact size), EI0005 (headroom below ei_memory_headroom) and EI0017 (an invalid headroom).</summary>
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

    [Theory]
    [Libraries]
    public async Task Artifact_larger_than_memory_is_EI0004_through_the_generated_name(Library library)
    {
        await Verify.Analyzer(
            library.Program(
                $$"""
                {{library.Variant(model: "BertQa.Name", accelerator: "{|EI0004:\"ml.eia1.medium\"|}")}};
                {{library.Variant(model: "BigGan.Name", accelerator: "{|EI0004:" + library.Accelerator("ml.eia2.xlarge") + "|}")}};
                {{library.Variant(model: "Detector.Name", accelerator: "{|EI0004:EiAccelerators.Eia2Medium|}")}};
                {{library.Variant(model: "Resnet50.Name", accelerator: "\"ml.eia1.medium\"")}};
                {{library.EndpointConfig(library.Variant(model: "BertQa.Name", instanceType: "\"ml.c5.xlarge\"", accelerator: "{|EI0004:\"ml.eia1.medium\"|}"))}};
                """,
                Models),
            OnlyMemory);
    }

    [Theory]
    [Libraries]
    public async Task Artifact_larger_than_memory_is_EI0004_through_an_equal_string(Library library)
    {
        await Verify.Analyzer(
            library.Program(
                $$"""
                {{library.Variant(model: "\"bert-qa\"", accelerator: "{|EI0004:\"ml.eia1.medium\"|}")}};
                {{library.Variant(model: "Model", accelerator: "{|EI0004:\"ml.eia1.medium\"|}")}};
                {{library.Variant(model: "\"BERT-QA\"", accelerator: "{|EI0004:\"ml.eia1.medium\"|}")}};
                {{library.Variant(model: "\"other-model\"", accelerator: "\"ml.eia1.medium\"")}};
                """,
                Models,
                members: """const string Model = "bert-qa";"""),
            OnlyMemory);
    }

    [Theory]
    [Libraries]
    public async Task Message_names_memory_size_model_and_the_smallest_that_fits(Library library)
    {
        await Verify.Analyzer(
            library.Program(
                library.Variant(model: "BertQa.Name", accelerator: "{|#0:\"ml.eia1.medium\"|}") + ";\n"
                + library.Variant(model: "BigGan.Name", accelerator: "{|#1:\"ml.eia2.xlarge\"|}") + ";",
                Models),
            OnlyMemory,
            Verify.Diagnostic(Descriptors.InsufficientMemory).WithLocation(0).WithArguments("ml.eia1.medium", 1024, 1300, "bert-qa", "; the smallest that fits is 'ml.eia2.medium'"),
            Verify.Diagnostic(Descriptors.InsufficientMemory).WithLocation(1).WithArguments("ml.eia2.xlarge", 8192, 9000, "big-gan", "; no accelerator has enough memory (the largest, ml.eia2.xlarge, has 8192 MiB)"));
    }

    [Theory]
    [Libraries]
    public async Task Headroom_below_the_default_factor_is_EI0005(Library library)
    {
        // 1300 MiB on 2048 MiB is 1.58x (fine at 1.5); 3000 MiB on 4096 MiB is 1.37x (too little).
        await Verify.Analyzer(
            library.Program(
                $$"""
                {{library.Variant(model: "BertQa.Name", accelerator: "\"ml.eia2.medium\"")}};
                {{library.Variant(model: "Detector.Name", accelerator: "{|EI0005:\"ml.eia2.large\"|}")}};
                {{library.Variant(model: "Detector.Name", accelerator: "\"ml.eia2.xlarge\"")}};
                """,
                Models),
            OnlyMemory);
    }

    [Theory]
    [Libraries]
    public async Task Headroom_factor_comes_from_editorconfig(Library library)
    {
        await Verify.Analyzer(
            library.Program(
                $$"""
                {{library.Variant(model: "BertQa.Name", accelerator: "{|EI0005:\"ml.eia2.medium\"|}")}};
                {{library.Variant(model: "Resnet50.Name", accelerator: "\"ml.eia1.medium\"")}};
                {{library.EndpointConfig(library.Variant(model: "BertQa.Name", accelerator: "{|EI0004:\"ml.eia1.medium\"|}") + ", " + library.Variant(model: "BertQa.Name", accelerator: "{|EI0005:\"ml.eia2.medium\"|}"))}};
                """,
                Models),
            OnlyMemory + "ei_memory_headroom = 2\n");
    }

    [Theory]
    [Libraries("abc")]
    [Sdk("-1")]
    [Sdk("0")]
    [Sdk("1e309")]
    [Libraries("0.5")]
    [Sdk("11")]
    public async Task Invalid_headroom_is_reported_once_under_its_own_id_and_the_default_is_used(Library library, string value)
    {
        // The option is read once for the project; the CDK runs representative values.
        await Verify.Analyzer(
            library.Program(
                library.Variant(model: "BertQa.Name", accelerator: "{|#0:\"ml.eia2.medium\"|}") + ";\n"
                + library.Variant(model: "Detector.Name", accelerator: "{|#1:\"ml.eia2.large\"|}") + ";",
                Models),
            OnlyMemory + $"ei_memory_headroom = {value}\n",
            new DiagnosticResult(Descriptors.InvalidOption).WithNoLocation().WithArguments("ei_memory_headroom", value, "a number from 1 to 10", "1.5x"),
            Verify.Diagnostic("EI0005").WithLocation(1));
    }

    [Theory]
    [Libraries]
    public async Task Headroom_factor_comes_from_a_globalconfig_too(Library library)
    {
        var test = library.Program(library.Variant(model: "BertQa.Name", accelerator: "{|EI0005:\"ml.eia2.medium\"|}") + ";", Models);
        await Verify.Analyzer(new[] { ("/0/Test0.cs", test) }, editorConfig: null, globalConfig: "is_global = true\nei_memory_headroom = 1.75\n" + OnlyMemory);
    }

    [Theory]
    [Libraries]
    public async Task Without_a_declared_size_nothing_is_said_about_memory(Library library)
    {
        await Verify.Analyzer(
            library.Program(
                library.Variant(model: "Unsized.Name", accelerator: "\"ml.eia1.medium\"") + ";",
                """
                [EiModel("unsized", EiFramework.TensorFlow, "2.3")]
                internal static partial class Unsized { }


                """),
            OnlyMemory);
    }
}
