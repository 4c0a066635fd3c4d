using System.Threading.Tasks;
using EiAnalyzers.CodeFixes;
using EiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace EiAnalyzers.Tests.Review;

/// <summary>Review: EI0013's Fix All over a project with every case at once (what dotnet format --diagnostics EI0013 does).</summary>
public class FixAllProjectTests
{
    private const string Quiet = "dotnet_diagnostic.EI0014.severity = none\n";

    [Fact]
    public async Task Fix_all_migrates_a_mixed_project_in_one_pass()
    {
        var models = ("/0/Models.cs", Verify.Usings + """
            [EiModel("resnet", EiFramework.TensorFlow, "2.3", ArtifactSizeMb = 98)]
            internal static partial class Resnet { }

            static class Images
            {
                public const string Resnet = "763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference-eia:2.3.0-cpu";
                public const string Churn = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1";
            }

            class Models
            {
                public CreateModelRequest ResnetModel() => new CreateModelRequest { ModelName = Resnet.Name, PrimaryContainer = new ContainerDefinition { Image = Images.Resnet } };
                public CreateModelRequest ChurnModel() => new CreateModelRequest { ModelName = "churn", PrimaryContainer = new ContainerDefinition { Image = Images.Churn } };
            }
            """);
        var endpoints = ("/0/Endpoints.cs", Verify.Usings + """
            class Endpoints
            {
                public CreateEndpointConfigRequest Config() => new CreateEndpointConfigRequest
                {
                    EndpointConfigName = "all",
                    ProductionVariants = new List<ProductionVariant>
                    {
                        new ProductionVariant { VariantName = "resnet", ModelName = Resnet.Name, InstanceType = "ml.c5.xlarge", AcceleratorType = {|EI0013:"ml.eia2.medium"|} },
                        new ProductionVariant { VariantName = "churn", ModelName = "churn", InstanceType = "ml.m5.large", AcceleratorType = {|EI0002:{|EI0013:"ml.eia2.medium"|}|} },
                        new ProductionVariant
                        {
                            VariantName = "lambda",
                            ModelName = "churn",
                            ServerlessConfig = new ProductionVariantServerlessConfig { MemorySizeInMB = 2048 },
                            AcceleratorType = {|EI0002:{|EI0010:{|EI0013:"ml.eia2.medium"|}|}|}, // was cheaper
                        },
                    },
                };

                public CreateNotebookInstanceRequest Lab() => new CreateNotebookInstanceRequest { NotebookInstanceName = "lab", InstanceType = InstanceType.MlT3Medium, AcceleratorTypes = new List<string> { {|EI0013:"ml.eia2.medium"|} } };
            }
            """);
        var modelsFixed = ("/0/Models.cs", models.Item2.Replace("tensorflow-inference-eia:2.3.0-cpu", "tensorflow-inference:2.3.0-gpu"));
        var endpointsFixed = ("/0/Endpoints.cs", Verify.Usings + """
            class Endpoints
            {
                public CreateEndpointConfigRequest Config() => new CreateEndpointConfigRequest
                {
                    EndpointConfigName = "all",
                    ProductionVariants = new List<ProductionVariant>
                    {
                        new ProductionVariant { VariantName = "resnet", ModelName = Resnet.Name, InstanceType = "ml.g4dn.xlarge" },
                        new ProductionVariant { VariantName = "churn", ModelName = "churn", InstanceType = "ml.m5.large" },
                        new ProductionVariant
                        {
                            VariantName = "lambda",
                            ModelName = "churn",
                            ServerlessConfig = new ProductionVariantServerlessConfig { MemorySizeInMB = 2048 },
                            // was cheaper
                        },
                    },
                };

                public CreateNotebookInstanceRequest Lab() => new CreateNotebookInstanceRequest { NotebookInstanceName = "lab", InstanceType = InstanceType.MlT3Medium };
            }
            """);
        await Verify.FixProject<ElasticInferenceCodeFixProvider>(new[] { models, endpoints }, new[] { modelsFixed, endpointsFixed }, "EI0013.Fix", Quiet);
    }
}
