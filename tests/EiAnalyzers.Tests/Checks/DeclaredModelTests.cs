using System.Threading.Tasks;
using EiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace EiAnalyzers.Tests.Checks;

/// <summary>EI0002, EI0003, EI0004 and EI0005 for models declared with [EiModel], tied by generated constant or equal name.</summary>
public class DeclaredModelTests
{
    private const string Quiet = "dotnet_diagnostic.EI0013.severity = none\ndotnet_diagnostic.EI0014.severity = none\n";

    private const string Models = """
        [EiModel("churn", EiFramework.XGBoost, "1.7", ArtifactSizeMb = 20)]
        internal static partial class Churn { }

        [EiModel("sentiment", EiFramework.HuggingFace, "4.26", ArtifactSizeMb = 400, Notebooks = new[] { "nlp-dev" })]
        internal static partial class Sentiment { }

        [EiModel("onnx-model", EiFramework.Onnx, "1.8", ArtifactSizeMb = 50)]
        internal static partial class OnnxModel { }

        [EiModel("bert-qa", EiFramework.PyTorch, "1.5.1", ArtifactSizeMb = 1300, Notebooks = new[] { "nlp-dev", "qa-lab" })]
        internal static partial class BertQa { }

        [EiModel("resnet50", EiFramework.TensorFlow, "2.3", ArtifactSizeMb = 98, Notebooks = new[] { "vision-dev" })]
        internal static partial class Resnet50 { }

        [EiModel("classifier", EiFramework.ImageClassification, "1", ArtifactSizeMb = 200)]
        internal static partial class Classifier { }


        """;

    [Theory]
    [Libraries]
    public async Task Accelerator_on_a_declared_framework_without_EI_is_EI0002(Library library)
    {
        await Verify.Analyzer(
            library.Program(
                $$"""
                {{library.Variant(model: "Churn.Name", accelerator: "{|EI0002:\"ml.eia2.medium\"|}")}};
                {{library.Variant(model: "\"sentiment\"", accelerator: "{|EI0002:" + library.Accelerator("ml.eia2.large") + "|}")}};
                {{library.Variant(model: "Resnet50.Name", accelerator: "\"ml.eia2.medium\"")}};
                {{library.Variant(model: "Classifier.Name", accelerator: "\"ml.eia2.medium\"")}};
                {{library.Variant(model: "Churn.Name", instanceType: library.Host("ml.m5.large"))}};
                """,
                Models),
            Quiet);
    }

    [Theory]
    [Libraries]
    public async Task EI0002_for_ONNX_says_to_serve_it_as_MXNet(Library library)
    {
        await Verify.Analyzer(
            library.Program(library.Variant(model: "OnnxModel.Name", accelerator: "{|#0:\"ml.eia2.medium\"|}") + ";", Models),
            Quiet,
            Verify.Diagnostic(Descriptors.FrameworkWithoutEi).WithLocation(0).WithArguments(
                "onnx-model", "ONNX (declared)", "ml.eia2.medium", "; import the ONNX model into MXNet and serve it as an MXNet model"));
    }

    [Theory]
    [Libraries]
    public async Task PyTorch_model_on_a_notebook_with_an_accelerator_is_EI0003(Library library)
    {
        await Verify.Analyzer(
            library.Program(
                $$"""
                {{library.Notebook(name: "\"qa-lab\"", instanceType: library.NotebookHost("ml.t3.medium"), accelerators: "{|EI0003:\"ml.eia2.large\"|}", id: "First")}};
                var later = {{library.Notebook(name: "\"QA-LAB\"", id: "Later")}};
                later.AcceleratorTypes = {{library.AcceleratorList("{|EI0003:" + library.NotebookAccelerator("ml.eia2.medium") + "|}")}};
                {{library.Notebook(name: "\"vision-dev\"", accelerators: "\"ml.eia2.medium\"", id: "Vision")}};
                {{library.Notebook(name: "\"qa-lab\"", instanceType: library.NotebookHost("ml.t3.medium"), id: "Plain")}};
                {{library.Notebook(name: "\"other\"", accelerators: "\"ml.eia2.medium\"", id: "Other")}};
                """,
                Models),
            Quiet);
    }

    [Fact]
    public async Task PyTorch_model_on_the_sdks_notebook_update_is_EI0003()
    {
        await Verify.Analyzer(Verify.Usings + Models + """
            class Deploy
            {
                void Run()
                {
                    var update = new UpdateNotebookInstanceRequest { NotebookInstanceName = "QA-LAB" };
                    update.AcceleratorTypes = new List<string> { {|EI0003:NotebookInstanceAcceleratorType.MlEia2Medium|} };
                }
            }
            """, Quiet);
    }

    [Theory]
    [Libraries]
    public async Task Notebook_serving_several_models_reports_each(Library library)
    {
        // nlp-dev serves bert-qa (PyTorch: EI0003) and sentiment (Hugging Face: EI0002).
        await Verify.Analyzer(
            library.Program(library.Notebook(name: "\"nlp-dev\"", accelerators: "{|EI0002:{|EI0003:\"ml.eia2.large\"|}|}") + ";", Models),
            Quiet);
    }

    [Theory]
    [Libraries]
    public async Task Notebook_memory_is_checked_against_its_models(Library library)
    {
        await Verify.Analyzer(
            library.Program(
                $$"""
                {{library.Notebook(name: "\"vision-dev\"", accelerators: "{|EI0004:\"ml.eia1.medium\"|}", id: "First")}};
                {{library.Notebook(name: "\"vision-dev\"", accelerators: "{|EI0005:\"ml.eia2.medium\"|}", id: "Second")}};
                {{library.Notebook(name: "\"vision-dev\"", accelerators: "\"ml.eia2.large\"", id: "Third")}};
                """,
                """
                [EiModel("vision", EiFramework.TensorFlow, "2.3", ArtifactSizeMb = 1500, Notebooks = new[] { "vision-dev" })]
                internal static partial class Vision { }


                """),
            Quiet);
    }

    [Theory]
    [Libraries]
    public async Task A_correct_endpoint_for_a_declared_model_gets_only_EI0013(Library library)
    {
        await Verify.Analyzer(library.Program(
            library.Model("model", "\"763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference-eia:2.3.0-cpu\"", name: "Resnet50.Name") + "\n"
            + library.EndpointConfig(library.Variant(name: "\"AllTraffic\"", model: library.ModelNameOf("model"), instanceType: "\"ml.c5.xlarge\"", accelerator: "{|EI0013:EiAccelerators.Eia2Medium|}")) + ";",
            Models));
    }
}
