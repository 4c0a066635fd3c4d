using System.Threading.Tasks;
using EiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace EiAnalyzers.Tests.Checks;

/// <summary>EI0002 and EI0003 for models declared with [EiModel], tied by generated constant or equal name.</summary>
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

    [Fact]
    public async Task Accelerator_on_a_declared_framework_without_EI_is_EI0002()
    {
        await Verify.Analyzer(Verify.Usings + Models + """
            class Deploy
            {
                void Run()
                {
                    new ProductionVariant { ModelName = Churn.Name, AcceleratorType = {|EI0002:"ml.eia2.medium"|} };
                    new ProductionVariant { ModelName = "sentiment", AcceleratorType = {|EI0002:ProductionVariantAcceleratorType.MlEia2Large|} };
                    new ProductionVariant { ModelName = Resnet50.Name, AcceleratorType = "ml.eia2.medium" };
                    new ProductionVariant { ModelName = Classifier.Name, AcceleratorType = "ml.eia2.medium" };
                    new ProductionVariant { ModelName = Churn.Name, InstanceType = ProductionVariantInstanceType.MlM5Large };
                }
            }
            """, Quiet);
    }

    [Fact]
    public async Task EI0002_for_ONNX_says_to_serve_it_as_MXNet()
    {
        await Verify.Analyzer(
            Verify.Usings + Models + """
            class Deploy
            {
                ProductionVariant V() => new ProductionVariant { ModelName = OnnxModel.Name, AcceleratorType = {|#0:"ml.eia2.medium"|} };
            }
            """,
            Quiet,
            Verify.Diagnostic(Descriptors.FrameworkWithoutEi).WithLocation(0).WithArguments(
                "onnx-model", "ONNX (declared)", "ml.eia2.medium", "; import the ONNX model into MXNet and serve it as an MXNet model"));
    }

    [Fact]
    public async Task PyTorch_model_on_a_notebook_with_an_accelerator_is_EI0003()
    {
        await Verify.Analyzer(Verify.Usings + Models + """
            class Deploy
            {
                void Run()
                {
                    new CreateNotebookInstanceRequest { NotebookInstanceName = "qa-lab", InstanceType = InstanceType.MlT3Medium,
                        AcceleratorTypes = new List<string> { {|EI0003:"ml.eia2.large"|} } };
                    var update = new UpdateNotebookInstanceRequest { NotebookInstanceName = "QA-LAB" };
                    update.AcceleratorTypes = new List<string> { {|EI0003:NotebookInstanceAcceleratorType.MlEia2Medium|} };
                    new CreateNotebookInstanceRequest { NotebookInstanceName = "vision-dev", AcceleratorTypes = new List<string> { "ml.eia2.medium" } };
                    new CreateNotebookInstanceRequest { NotebookInstanceName = "qa-lab", InstanceType = InstanceType.MlT3Medium };
                    new CreateNotebookInstanceRequest { NotebookInstanceName = "other", AcceleratorTypes = new List<string> { "ml.eia2.medium" } };
                }
            }
            """, Quiet);
    }

    [Fact]
    public async Task Notebook_serving_several_models_reports_each()
    {
        // nlp-dev serves bert-qa (PyTorch: EI0003) and sentiment (Hugging Face: EI0002).
        await Verify.Analyzer(Verify.Usings + Models + """
            class Deploy
            {
                CreateNotebookInstanceRequest N() => new CreateNotebookInstanceRequest
                {
                    NotebookInstanceName = "nlp-dev",
                    AcceleratorTypes = new List<string> { {|EI0002:{|EI0003:"ml.eia2.large"|}|} },
                };
            }
            """, Quiet);
    }

    [Fact]
    public async Task Notebook_memory_is_checked_against_its_models()
    {
        await Verify.Analyzer(Verify.Usings + """
            [EiModel("vision", EiFramework.TensorFlow, "2.3", ArtifactSizeMb = 1500, Notebooks = new[] { "vision-dev" })]
            internal static partial class Vision { }

            class Deploy
            {
                void Run()
                {
                    new CreateNotebookInstanceRequest { NotebookInstanceName = "vision-dev", AcceleratorTypes = new List<string> { {|EI0004:"ml.eia1.medium"|} } };
                    new CreateNotebookInstanceRequest { NotebookInstanceName = "vision-dev", AcceleratorTypes = new List<string> { {|EI0005:"ml.eia2.medium"|} } };
                    new CreateNotebookInstanceRequest { NotebookInstanceName = "vision-dev", AcceleratorTypes = new List<string> { "ml.eia2.large" } };
                }
            }
            """, Quiet);
    }
}
