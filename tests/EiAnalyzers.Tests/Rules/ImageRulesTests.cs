using System.Threading.Tasks;
using EiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace EiAnalyzers.Tests.Rules;

/// <summary>
/// Rules that read a model's container image: EI0002 (no EI build), EI0007 (version), EI0008 (EI image without an
/// accelerator), EI0009 (non-EI image), EI0010 (multi-model), EI0012 (region); and the valid EI configurations of
/// ei-facts.md, which get nothing but EI0013.
/// </summary>
public class ImageRulesTests
{
    private const string NoEndOfLife = "dotnet_diagnostic.EI0013.severity = none\ndotnet_diagnostic.EI0014.severity = none\n";

    private static string Endpoint(string image, string accelerator, string host = "ProductionVariantInstanceType.MlM5Xlarge") => Verify.Usings + $$"""
        class Deploy
        {
            async System.Threading.Tasks.Task Run(IAmazonSageMaker client)
            {
                await client.CreateModelAsync(new CreateModelRequest
                {
                    ModelName = "model",
                    PrimaryContainer = new ContainerDefinition { Image = {{image}}, ModelDataUrl = "s3://bucket/model.tar.gz" },
                });
                await client.CreateEndpointConfigAsync(new CreateEndpointConfigRequest
                {
                    EndpointConfigName = "config",
                    ProductionVariants = new List<ProductionVariant>
                    {
                        new ProductionVariant { VariantName = "AllTraffic", ModelName = "model", InitialInstanceCount = 1, InstanceType = {{host}}, AcceleratorType = {{accelerator}} },
                    },
                });
            }
        }
        """;

    [Theory]
    [InlineData("\"763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference-eia:2.3.0-cpu\"", "ProductionVariantInstanceType.MlC5Xlarge")]
    [InlineData("\"763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference-eia:2.3.0-cpu-py37-ubuntu18.04\"", "ProductionVariantInstanceType.MlC5Xlarge")]
    [InlineData("\"763104351884.dkr.ecr.us-west-2.amazonaws.com/pytorch-inference-eia:1.5.1-cpu-py36-ubuntu16.04\"", "ProductionVariantInstanceType.MlM5Xlarge")]
    [InlineData("\"763104351884.dkr.ecr.eu-west-1.amazonaws.com/mxnet-inference-eia:1.7.0-cpu-py36-ubuntu16.04\"", "ProductionVariantInstanceType.MlM5Large")]
    [InlineData("\"811284229777.dkr.ecr.us-east-1.amazonaws.com/image-classification:1\"", "ProductionVariantInstanceType.MlC5Xlarge")]
    [InlineData("\"306986355934.dkr.ecr.ap-northeast-2.amazonaws.com/object-detection:latest\"", "ProductionVariantInstanceType.MlC5Xlarge")]
    [InlineData("\"520713654638.dkr.ecr.us-east-1.amazonaws.com/sagemaker-tensorflow-serving-eia:1.12.0-cpu\"", "ProductionVariantInstanceType.MlC5Xlarge")]
    public async Task Valid_EI_configurations_get_only_EI0013(string image, string host)
    {
        var source = Endpoint(image, "{|EI0013:ProductionVariantAcceleratorType.MlEia2Medium|}", host);
        await Verify.Analyzer(source);
    }

    [Theory]
    [InlineData("\"683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.0-1-cpu-py3\"")]
    [InlineData("\"382416733822.dkr.ecr.us-east-1.amazonaws.com/kmeans:1\"")]
    [InlineData("\"382416733822.dkr.ecr.us-east-1.amazonaws.com/linear-learner:1\"")]
    [InlineData("\"683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-scikit-learn:1.2-1-cpu-py3\"")]
    [InlineData("\"763104351884.dkr.ecr.us-east-1.amazonaws.com/huggingface-pytorch-inference:1.13.1-transformers4.26.0-cpu-py39-ubuntu20.04\"")]
    [InlineData("\"433757028032.dkr.ecr.us-west-2.amazonaws.com/xgboost:1\"")]
    public async Task Images_without_an_EI_build_are_EI0002(string image)
    {
        await Verify.Analyzer(Endpoint(image, "{|EI0002:\"ml.eia2.medium\"|}"), NoEndOfLife);
    }

    [Fact]
    public async Task Non_EI_image_of_an_EI_framework_is_EI0009_and_a_version_without_EI_is_EI0007()
    {
        await Verify.Analyzer(
            Endpoint("{|EI0007:\"763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference:1.8.1-cpu-py36-ubuntu18.04\"|}", "{|EI0009:\"ml.eia2.medium\"|}"),
            NoEndOfLife);
        await Verify.Analyzer(
            Endpoint("\"763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference:2.3.0-cpu\"", "{|EI0009:\"ml.eia2.medium\"|}"),
            NoEndOfLife);
    }

    [Fact]
    public async Task EI_image_of_a_version_without_EI_build_is_EI0007_on_the_image_even_without_accelerator()
    {
        await Verify.Analyzer(
            Endpoint("{|EI0007:\"763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference-eia:1.8.1-cpu-py36\"|}", "\"ml.eia2.medium\""),
            NoEndOfLife);
        await Verify.Analyzer(
            Endpoint("{|EI0007:\"763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference-eia:2.2.0-cpu\"|}", "null")
                .Replace("ModelName = \"model\", InitialInstanceCount", "ModelName = {|EI0008:\"model\"|}, InitialInstanceCount"),
            NoEndOfLife);
    }

    [Fact]
    public async Task EI_image_without_accelerator_is_EI0008_on_the_variant_model_name()
    {
        await Verify.Analyzer(Verify.Usings + """
            class Deploy
            {
                void Run()
                {
                    new CreateModelRequest { ModelName = "vision", PrimaryContainer = new ContainerDefinition { Image = "763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference-eia:2.3.0-cpu" } };
                    new ProductionVariant { ModelName = {|EI0008:"vision"|}, InstanceType = ProductionVariantInstanceType.MlC5Xlarge };
                    new ProductionVariant { ModelName = "vision", InstanceType = ProductionVariantInstanceType.MlC5Xlarge, AcceleratorType = "ml.eia2.medium" };
                }

                void Elsewhere(ProductionVariant incomplete)
                {
                    incomplete.ModelName = "vision";
                }
            }
            """, NoEndOfLife);
    }

    [Fact]
    public async Task Multi_model_container_with_an_accelerator_is_EI0010()
    {
        await Verify.Analyzer(Verify.Usings + """
            class Deploy
            {
                void Run()
                {
                    new CreateModelRequest
                    {
                        ModelName = "many",
                        PrimaryContainer = new ContainerDefinition
                        {
                            Image = "763104351884.dkr.ecr.us-east-1.amazonaws.com/mxnet-inference-eia:1.7.0-cpu",
                            Mode = ContainerMode.MultiModel,
                            ModelDataUrl = "s3://bucket/models/",
                        },
                    };
                    new ProductionVariant { ModelName = "many", InstanceType = ProductionVariantInstanceType.MlC5Xlarge, AcceleratorType = {|EI0010:"ml.eia2.medium"|} };
                }
            }
            """, NoEndOfLife);
    }

    [Theory]
    [InlineData("\"763104351884.dkr.ecr.eu-central-1.amazonaws.com/tensorflow-inference-eia:2.3.0-cpu\"", true)]
    [InlineData("\"727897471807.dkr.ecr.cn-north-1.amazonaws.com.cn/pytorch-inference-eia:1.5.1-cpu-py3\"", true)]
    [InlineData("\"442386744353.dkr.ecr.us-gov-west-1.amazonaws.com/mxnet-inference-eia:1.7.0-cpu\"", true)]
    [InlineData("\"763104351884.dkr.ecr.ap-northeast-2.amazonaws.com/tensorflow-inference-eia:2.3.0-cpu\"", false)]
    public async Task EI_image_in_a_region_without_EI_is_EI0012(string image, bool reported)
    {
        var marked = reported ? "{|EI0012:" + image + "|}" : image;
        await Verify.Analyzer(Endpoint(marked, "\"ml.eia2.medium\""), NoEndOfLife);
    }

    [Fact]
    public async Task Interpolated_and_concatenated_images_are_read_when_repository_and_tag_are_constant()
    {
        await Verify.Analyzer(Verify.Usings + """
            class Deploy
            {
                const string Repository = "sagemaker-xgboost";

                void Run(string account, string region, string tag)
                {
                    new CreateModelRequest { ModelName = "a", PrimaryContainer = new ContainerDefinition { Image = $"{account}.dkr.ecr.{region}.amazonaws.com/{Repository}:1.7-1" } };
                    new ProductionVariant { ModelName = "a", InstanceType = ProductionVariantInstanceType.MlC5Xlarge, AcceleratorType = {|EI0002:"ml.eia2.medium"|} };

                    new CreateModelRequest { ModelName = "b", PrimaryContainer = new ContainerDefinition { Image = {|EI0007:{|EI0012:account + ".dkr.ecr.eu-central-1.amazonaws.com/" + "pytorch-inference:1.8.1-cpu"|}|} } };
                    new ProductionVariant { ModelName = "b", InstanceType = ProductionVariantInstanceType.MlC5Xlarge, AcceleratorType = {|EI0009:"ml.eia2.medium"|} };

                    new CreateModelRequest { ModelName = "c", PrimaryContainer = new ContainerDefinition { Image = $"{account}.dkr.ecr.{region}.amazonaws.com/{tag}" } };
                    new ProductionVariant { ModelName = "c", InstanceType = ProductionVariantInstanceType.MlC5Xlarge, AcceleratorType = "ml.eia2.medium" };

                    new CreateModelRequest { ModelName = "d", PrimaryContainer = new ContainerDefinition { Image = Environment.GetEnvironmentVariable("IMAGE") } };
                    new ProductionVariant { ModelName = "d", InstanceType = ProductionVariantInstanceType.MlC5Xlarge, AcceleratorType = "ml.eia2.medium" };

                    new CreateModelRequest { ModelName = "e", PrimaryContainer = new ContainerDefinition { Image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/my-custom-server:3" } };
                    new ProductionVariant { ModelName = "e", InstanceType = ProductionVariantInstanceType.MlC5Xlarge, AcceleratorType = "ml.eia2.medium" };
                }
            }
            """, NoEndOfLife);
    }

    [Fact]
    public async Task Model_and_variant_in_different_files_are_tied_by_name_in_the_build()
    {
        var models = Verify.Usings + """
            static class Models
            {
                public static CreateModelRequest Abalone() => new CreateModelRequest
                {
                    ModelName = "abalone",
                    Containers = new List<ContainerDefinition>
                    {
                        new ContainerDefinition { Image = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.0-1-cpu-py3" },
                    },
                };
            }
            """;
        var endpoints = Verify.Usings + """
            static class Endpoints
            {
                public static ProductionVariant Abalone() => new ProductionVariant
                {
                    ModelName = "abalone",
                    InstanceType = ProductionVariantInstanceType.MlM5Large,
                    AcceleratorType = {|EI0002:ProductionVariantAcceleratorType.MlEia2Medium|},
                };
            }
            """;
        await Verify.Analyzer(new[] { ("/0/Models.cs", models), ("/0/Endpoints.cs", endpoints) }, NoEndOfLife);
    }

    [Fact]
    public async Task A_pipeline_with_one_EI_capable_container_is_valid()
    {
        await Verify.Analyzer(Verify.Usings + """
            class Deploy
            {
                void Run()
                {
                    new CreateModelRequest
                    {
                        ModelName = "pipeline",
                        Containers = new List<ContainerDefinition>
                        {
                            new ContainerDefinition { Image = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-scikit-learn:1.2-1-cpu-py3" },
                            new ContainerDefinition { Image = "763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference-eia:2.3.0-cpu" },
                        },
                    };
                    new ProductionVariant { ModelName = "pipeline", InstanceType = ProductionVariantInstanceType.MlC5Xlarge, AcceleratorType = "ml.eia2.medium" };
                }
            }
            """, NoEndOfLife);
    }

    [Fact]
    public async Task Declaration_that_disagrees_with_the_image_is_EI0015_on_the_framework()
    {
        await Verify.Analyzer(Verify.Usings + """
            [EiModel("vision", {|EI0015:EiFramework.PyTorch|}, "1.5.1")]
            internal static partial class Vision { }

            [EiModel("text", EiFramework.TensorFlow, "2.3")]
            internal static partial class Text { }

            class Deploy
            {
                void Run()
                {
                    new CreateModelRequest { ModelName = Vision.Name, PrimaryContainer = new ContainerDefinition { Image = "763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference-eia:2.3.0-cpu" } };
                    new CreateModelRequest { ModelName = Text.Name, PrimaryContainer = new ContainerDefinition { Image = "763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference-eia:2.3.0-cpu" } };
                }
            }
            """, NoEndOfLife);
    }

    [Fact]
    public async Task EI_image_on_a_gpu_host_without_accelerator_names_the_gpu_image_of_the_same_version()
    {
        await Verify.Analyzer(
            Verify.Usings + """
            class Deploy
            {
                void Run()
                {
                    new CreateModelRequest { ModelName = "vision", PrimaryContainer = new ContainerDefinition { Image = {|#1:"763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference-eia:2.3.0-cpu"|} } };
                    new ProductionVariant { ModelName = {|#0:"vision"|}, InstanceType = ProductionVariantInstanceType.MlG4dnXlarge };
                }
            }
            """,
            NoEndOfLife,
            // The image is the additional location: the fix rewrites it there.
            Verify.Diagnostic(Descriptors.EiImageWithoutAccelerator).WithLocation(0).WithLocation(1).WithArguments(
                "vision",
                "763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference-eia:2.3.0-cpu",
                "use '763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference:2.3.0-gpu', the image for 'ml.g4dn.xlarge' (a GPU instance), without '-eia'"));
    }
}
