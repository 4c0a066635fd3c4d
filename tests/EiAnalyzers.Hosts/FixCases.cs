using System.Collections.Generic;

namespace EiAnalyzers.Hosts;

/// <summary>
/// One canonical case per fixable rule (rules.md's examples): the rule's diagnostic is reported on the code between
/// <c></c> and <c></c>. Adding a rule's fix check is adding its line here.
/// </summary>
internal static class FixCases
{
    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>
    {
        ["EI0001"] = """new ProductionVariant { ModelName = Resnet50.Name, InstanceType = ProductionVariantInstanceType.MlM5Large, AcceleratorType = "eia2.large" }""",
        ["EI0002"] = """new ProductionVariant { ModelName = Churn.Name, InstanceType = ProductionVariantInstanceType.MlM5Large, AcceleratorType = ProductionVariantAcceleratorType.MlEia2Medium }""",
        ["EI0003"] = """new CreateNotebookInstanceRequest { NotebookInstanceName = "nlp-dev", InstanceType = InstanceType.MlT2Medium, AcceleratorTypes = new List<string> { "ml.eia2.large" } }""",
        ["EI0004"] = """new ProductionVariant { ModelName = BertQa.Name, InstanceType = ProductionVariantInstanceType.MlM5Xlarge, AcceleratorType = "ml.eia1.medium" }""",
        ["EI0005"] = """new ProductionVariant { ModelName = Large.Name, InstanceType = ProductionVariantInstanceType.MlM5Xlarge, AcceleratorType = "ml.eia2.medium" }""",
        ["EI0006"] = """new ProductionVariant { ModelName = Resnet50.Name, InstanceType = ProductionVariantInstanceType.MlG4dnXlarge, AcceleratorType = ProductionVariantAcceleratorType.MlEia2Medium }""",
        ["EI0008"] = """new ProductionVariant { ModelName = "served-eia", InstanceType = ProductionVariantInstanceType.MlM5Xlarge }""",
        ["EI0010"] = """new ProductionVariant { ModelName = Resnet50.Name, ServerlessConfig = new ProductionVariantServerlessConfig { MemorySizeInMB = 2048, MaxConcurrency = 1 }, AcceleratorType = "ml.eia2.medium" }""",
        ["EI0011"] = """new CreateNotebookInstanceRequest { NotebookInstanceName = "vision-dev", InstanceType = InstanceType.MlT2Medium, AcceleratorTypes = new List<string> { "ml.eia2.medium", "ml.eia2.large" } }""",
        ["EI0013"] = """new ProductionVariant { ModelName = Resnet50.Name, InstanceType = ProductionVariantInstanceType.MlM5Large, AcceleratorType = "ml.eia2.medium" }""",
        ["EI0014"] = """new ProductionVariant { ModelName = Resnet50.Name, InstanceType = ProductionVariantInstanceType.MlM5Large, AcceleratorType = "ml.eia1.large" }""",
        ["EI0016"] = """new ProductionVariant { ModelName = "served-gpu", InstanceType = ProductionVariantInstanceType.MlM5Large }""",
    };

    /// <summary>The program around a case: its models, a model created with an EI-enabled image (for EI0008) and one with a GPU image (for EI0016).</summary>
    public static string Program(string configuration) => $$"""
        using System.Collections.Generic;
        using Amazon.SageMaker;
        using Amazon.SageMaker.Model;
        using SageMaker.ElasticInference;

        namespace Consumer
        {
            [EiModel("bert-qa", EiFramework.PyTorch, "1.5.1", ArtifactSizeMb = 1300, Notebooks = new[] { "nlp-dev" })]
            internal static partial class BertQa { }

            [EiModel("resnet50", EiFramework.TensorFlow, "2.3", ArtifactSizeMb = 98)]
            internal static partial class Resnet50 { }

            [EiModel("churn", EiFramework.XGBoost, "1.7")]
            internal static partial class Churn { }

            [EiModel("large", EiFramework.TensorFlow, "2.3", ArtifactSizeMb = 1500)]
            internal static partial class Large { }

            internal static class Deployment
            {
                internal static CreateModelRequest Model()
                {
                    return new CreateModelRequest { ModelName = "served-eia", PrimaryContainer = new ContainerDefinition { Image = "763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference-eia:2.3.0-cpu" } };
                }

                internal static CreateModelRequest GpuModel()
                {
                    return new CreateModelRequest { ModelName = "served-gpu", PrimaryContainer = new ContainerDefinition { Image = "763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference:2.3.0-gpu" } };
                }

                internal static void Configure()
                {
                    // Used where it is made: a returned object may still be completed by its caller.
                    System.Console.WriteLine({{configuration}});
                }
            }
        }
        """;
}
