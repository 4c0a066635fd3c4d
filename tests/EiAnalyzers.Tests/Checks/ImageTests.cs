using System.Threading.Tasks;
using EiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace EiAnalyzers.Tests.Checks;

/// <summary>
/// Rules that read a model's container image: EI0002 (no EI build), EI0007 (version), EI0008 (EI image without an
/// accelerator), EI0009 (non-EI image), EI0010 (multi-model), EI0012 (region), EI0015 (a declaration that disagrees);
/// the ties of a variant to its model; and the valid EI configurations of ei-facts.md, which get nothing but EI0013.
/// </summary>
public class ImageTests
{
    private const string NoEndOfLife = "dotnet_diagnostic.EI0013.severity = none\ndotnet_diagnostic.EI0014.severity = none\n";

    /// <summary>A model named "model" with <paramref name="image"/>, and an endpoint whose variant serves it by that name.</summary>
    private static string Endpoint(Library library, string image, string accelerator, string host = "ml.m5.xlarge", string model = "\"model\"") =>
        library.Program(
            library.Model("model", image, name: "\"model\"") + "\n"
            + library.EndpointConfig(library.Variant(name: "\"AllTraffic\"", model: model, instanceType: library.Host(host), accelerator: accelerator, more: "InitialInstanceCount = 1")) + ";");

    [Theory]
    [Libraries("\"763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference-eia:2.3.0-cpu\"", "ml.c5.xlarge")]
    [Libraries("\"763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference-eia:2.3.0-cpu-py37-ubuntu18.04\"", "ml.c5.xlarge")]
    [Libraries("\"763104351884.dkr.ecr.us-west-2.amazonaws.com/pytorch-inference-eia:1.5.1-cpu-py36-ubuntu16.04\"", "ml.m5.xlarge")]
    [Libraries("\"763104351884.dkr.ecr.eu-west-1.amazonaws.com/mxnet-inference-eia:1.7.0-cpu-py36-ubuntu16.04\"", "ml.m5.large")]
    [Libraries("\"811284229777.dkr.ecr.us-east-1.amazonaws.com/image-classification:1\"", "ml.c5.xlarge")]
    [Libraries("\"306986355934.dkr.ecr.ap-northeast-2.amazonaws.com/object-detection:latest\"", "ml.c5.xlarge")]
    [Libraries("\"520713654638.dkr.ecr.us-east-1.amazonaws.com/sagemaker-tensorflow-serving-eia:1.12.0-cpu\"", "ml.c5.xlarge")]
    public async Task Valid_EI_configurations_get_only_EI0013(Library library, string image, string host)
    {
        await Verify.Analyzer(Endpoint(library, image, "{|EI0013:" + library.Accelerator("ml.eia2.medium") + "|}", host));
    }

    [Theory]
    [Libraries("\"683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.0-1-cpu-py3\"")]
    [Libraries("\"382416733822.dkr.ecr.us-east-1.amazonaws.com/kmeans:1\"")]
    [Sdk("\"382416733822.dkr.ecr.us-east-1.amazonaws.com/linear-learner:1\"")]
    [Sdk("\"683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-scikit-learn:1.2-1-cpu-py3\"")]
    [Libraries("\"763104351884.dkr.ecr.us-east-1.amazonaws.com/huggingface-pytorch-inference:1.13.1-transformers4.26.0-cpu-py39-ubuntu20.04\"")]
    [Sdk("\"433757028032.dkr.ecr.us-west-2.amazonaws.com/xgboost:1\"")]
    public async Task Images_without_an_EI_build_are_EI0002(Library library, string image)
    {
        // Each image for the SDK; for the CDK, a representative few (the image is read the same once it is a string).
        await Verify.Analyzer(Endpoint(library, image, "{|EI0002:\"ml.eia2.medium\"|}"), NoEndOfLife);
    }

    [Theory]
    [Libraries]
    public async Task EI0002_through_every_tie_of_a_variant_to_its_model(Library library)
    {
        const string xgboost = "\"683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1\"";
        const string tensorFlowEi = "\"763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference-eia:2.3.0-cpu\"";
        await Verify.Analyzer(
            library.Program(
                $$"""
                {{library.Model("byObject", xgboost)}}
                {{library.EndpointConfig(library.Variant(model: library.ModelNameOf("byObject"), accelerator: "{|EI0002:\"ml.eia2.medium\"|}"), id: "First")}};
                {{library.Model("byName", xgboost, name: "\"abalone\"")}}
                {{library.EndpointConfig(library.Variant(model: "\"abalone\"", accelerator: "{|EI0002:\"ml.eia2.medium\"|}"), id: "Second")}};
                {{library.EndpointConfig(library.Variant(model: "Churn.Name", accelerator: "{|EI0002:\"ml.eia2.medium\"|}"), id: "Third")}};
                {{library.Model("fine", tensorFlowEi)}}
                {{library.EndpointConfig(library.Variant(model: library.ModelNameOf("fine"), accelerator: "\"ml.eia2.medium\""), id: "Fourth")}};
                """,
                declarations: """
                [EiModel("churn", EiFramework.XGBoost, "1.7")]
                internal static partial class Churn { }


                """),
            NoEndOfLife);
    }

    [Theory]
    [Libraries]
    public async Task Non_EI_image_of_an_EI_framework_is_EI0009_and_a_version_without_EI_is_EI0007(Library library)
    {
        await Verify.Analyzer(
            Endpoint(library, "{|EI0007:\"763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference:1.8.1-cpu-py36-ubuntu18.04\"|}", "{|EI0009:\"ml.eia2.medium\"|}"),
            NoEndOfLife);
        await Verify.Analyzer(
            Endpoint(library, "\"763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference:2.3.0-cpu\"", "{|EI0009:\"ml.eia2.medium\"|}"),
            NoEndOfLife);
    }

    [Theory]
    [Libraries]
    public async Task EI_image_of_a_version_without_EI_build_is_EI0007_on_the_image_even_without_accelerator(Library library)
    {
        await Verify.Analyzer(
            Endpoint(library, "{|EI0007:\"763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference-eia:1.8.1-cpu-py36\"|}", "\"ml.eia2.medium\""),
            NoEndOfLife);
        await Verify.Analyzer(
            Endpoint(library, "{|EI0007:\"763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference-eia:1.8.1-cpu\"|}", "\"ml.eia2.medium\""),
            NoEndOfLife);
        await Verify.Analyzer(
            Endpoint(library, "{|EI0007:\"763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference-eia:2.2.0-cpu\"|}", "null", model: "{|EI0008:\"model\"|}"),
            NoEndOfLife);
    }

    [Theory]
    [Libraries]
    public async Task EI_image_without_accelerator_is_EI0008_on_the_variant_model_name(Library library)
    {
        const string image = "\"763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference-eia:2.3.0-cpu\"";
        await Verify.Analyzer(
            library.Program(
                $$"""
                {{library.Model("vision", image, name: "\"vision\"")}}
                {{library.Variant(model: "{|EI0008:\"vision\"|}", instanceType: library.Host("ml.c5.xlarge"))}};
                {{library.Variant(model: "\"vision\"", instanceType: library.Host("ml.c5.xlarge"), accelerator: "\"ml.eia2.medium\"")}};
                {{library.Model("byObject", image)}}
                {{library.EndpointConfig(library.Variant(model: "{|EI0008:" + library.ModelNameOf("byObject") + "|}", instanceType: "\"ml.c5.xlarge\""))}};
                {{library.Model("plain", "\"763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference:2.3.0-cpu\"")}}
                {{library.EndpointConfig(library.Variant(model: library.ModelNameOf("plain"), instanceType: "\"ml.c5.xlarge\""), id: "plain")}};
                """,
                members: $$"""
                void Elsewhere({{library.VariantType}} incomplete)
                {
                    incomplete.ModelName = "vision";
                }
                """),
            NoEndOfLife);
    }

    [Theory]
    [Libraries]
    public async Task Multi_model_container_with_an_accelerator_is_EI0010(Library library)
    {
        await Verify.Analyzer(
            library.Program($$"""
                {{library.Model("many", "\"763104351884.dkr.ecr.us-east-1.amazonaws.com/mxnet-inference-eia:1.7.0-cpu\"", name: "\"many\"", multiModel: true)}}
                {{library.Variant(model: "\"many\"", instanceType: library.Host("ml.c5.xlarge"), accelerator: "{|EI0010:\"ml.eia2.medium\"|}")}};
                {{library.Model("byObject", "\"763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference-eia:2.3.0-cpu\"", multiModel: true)}}
                {{library.EndpointConfig(library.Variant(model: library.ModelNameOf("byObject"), accelerator: "{|EI0010:\"ml.eia2.medium\"|}"))}};
                """),
            NoEndOfLife);
    }

    [Theory]
    [Libraries("\"763104351884.dkr.ecr.eu-central-1.amazonaws.com/tensorflow-inference-eia:2.3.0-cpu\"", true)]
    [Libraries("\"727897471807.dkr.ecr.cn-north-1.amazonaws.com.cn/pytorch-inference-eia:1.5.1-cpu-py3\"", true)]
    [Sdk("\"442386744353.dkr.ecr.us-gov-west-1.amazonaws.com/mxnet-inference-eia:1.7.0-cpu\"", true)]
    [Libraries("\"763104351884.dkr.ecr.ap-northeast-2.amazonaws.com/tensorflow-inference-eia:2.3.0-cpu\"", false)]
    public async Task EI_image_in_a_region_without_EI_is_EI0012(Library library, string image, bool reported)
    {
        var marked = reported ? "{|EI0012:" + image + "|}" : image;
        await Verify.Analyzer(Endpoint(library, marked, "\"ml.eia2.medium\""), NoEndOfLife);
    }

    [Theory]
    [Libraries]
    public async Task Model_and_variant_in_different_files_are_tied_by_name_in_the_build(Library library)
    {
        var models = library.Program(
            library.PipelineModel("abalone", library.Container("\"683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.0-1-cpu-py3\""), name: "\"abalone\"") + "\n",
            type: "Models");
        var endpoints = library.Program(
            library.Variant(model: "\"abalone\"", instanceType: library.Host("ml.m5.large"), accelerator: "{|EI0002:" + library.Accelerator("ml.eia2.medium") + "|}") + ";",
            type: "Endpoints");
        await Verify.Analyzer(new[] { ("/0/Models.cs", models), ("/0/Endpoints.cs", endpoints) }, NoEndOfLife);
    }

    [Fact]
    public async Task Model_and_variant_in_different_files_are_tied_by_name_from_the_sdks_static_factories()
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
    public async Task Requests_sent_through_the_sdks_client_are_read()
    {
        // The SDK's usual shape: each request passed to the client's call (the other tests build them as locals).
        await Verify.Analyzer(Verify.Usings + """
            class Deploy
            {
                async System.Threading.Tasks.Task Run(IAmazonSageMaker client)
                {
                    await client.CreateModelAsync(new CreateModelRequest
                    {
                        ModelName = "model",
                        PrimaryContainer = new ContainerDefinition { Image = {|EI0007:{|EI0012:"763104351884.dkr.ecr.eu-central-1.amazonaws.com/pytorch-inference:1.8.1-cpu-py36-ubuntu18.04"|}|}, ModelDataUrl = "s3://bucket/model.tar.gz" },
                    });
                    await client.CreateModelAsync(new CreateModelRequest
                    {
                        ModelName = "churn",
                        PrimaryContainer = new ContainerDefinition { Image = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.0-1-cpu-py3", ModelDataUrl = "s3://bucket/model.tar.gz" },
                    });
                    await client.CreateEndpointConfigAsync(new CreateEndpointConfigRequest
                    {
                        EndpointConfigName = "config",
                        ProductionVariants = new List<ProductionVariant>
                        {
                            new ProductionVariant { VariantName = "AllTraffic", ModelName = "model", InitialInstanceCount = 1, InstanceType = ProductionVariantInstanceType.MlM5Xlarge, AcceleratorType = {|EI0009:"ml.eia2.medium"|} },
                            new ProductionVariant { VariantName = "Churn", ModelName = "churn", InitialInstanceCount = 1, InstanceType = ProductionVariantInstanceType.MlM5Xlarge, AcceleratorType = {|EI0002:"ml.eia2.medium"|} },
                        },
                    });
                }
            }
            """, NoEndOfLife);
    }

    [Theory]
    [Libraries]
    public async Task A_pipeline_with_one_EI_capable_container_is_valid(Library library)
    {
        await Verify.Analyzer(
            library.Program($$"""
                {{library.PipelineModel("pipeline", library.Container("\"683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-scikit-learn:1.2-1-cpu-py3\"") + ", " + library.Container("\"763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference-eia:2.3.0-cpu\""), name: "\"pipeline\"")}}
                {{library.Variant(model: "\"pipeline\"", instanceType: library.Host("ml.c5.xlarge"), accelerator: "\"ml.eia2.medium\"")}};
                """),
            NoEndOfLife);
    }

    [Theory]
    [Libraries]
    public async Task Declaration_that_disagrees_with_the_image_is_EI0015_on_the_framework(Library library)
    {
        const string image = "\"763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference-eia:2.3.0-cpu\"";
        await Verify.Analyzer(
            library.Program(
                library.Model("vision", image, name: "Vision.Name") + "\n" + library.Model("text", image, name: "Text.Name") + "\n" + library.Model("other", image, name: "Other.Name"),
                declarations: """
                [EiModel("vision", {|EI0015:EiFramework.PyTorch|}, "1.5.1")]
                internal static partial class Vision { }

                [EiModel("text", EiFramework.TensorFlow, "2.3")]
                internal static partial class Text { }

                [EiModel("other", {|EI0015:EiFramework.MXNet|}, "1.7")]
                internal static partial class Other { }


                """),
            NoEndOfLife);
    }

    [Theory]
    [Libraries]
    public async Task EI_image_on_a_gpu_host_without_accelerator_names_the_gpu_image_of_the_same_version(Library library)
    {
        await Verify.Analyzer(
            library.Program(
                library.Model("vision", "{|#1:\"763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference-eia:2.3.0-cpu\"|}", name: "\"vision\"") + "\n"
                + library.Variant(model: "{|#0:\"vision\"|}", instanceType: library.Host("ml.g4dn.xlarge")) + ";"),
            NoEndOfLife,
            // The image is the additional location: the fix rewrites it there.
            Verify.Diagnostic(Descriptors.EiImageWithoutAccelerator).WithLocation(0).WithLocation(1).WithArguments(
                "vision",
                "763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference-eia:2.3.0-cpu",
                "use '763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference:2.3.0-gpu', the image for 'ml.g4dn.xlarge' (a GPU instance), without '-eia'"));
    }
}
