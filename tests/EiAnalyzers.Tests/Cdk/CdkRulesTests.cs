using System.Threading.Tasks;
using EiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace EiAnalyzers.Tests.Cdk;

/// <summary>Every rule on infrastructure defined with the real Amazon.CDK.Lib 2.160.0 (Amazon.CDK.AWS.Sagemaker).</summary>
public class CdkRulesTests
{
    private const string Quiet = "dotnet_diagnostic.EI0013.severity = none\ndotnet_diagnostic.EI0014.severity = none\n";

    private const string Usings = """
        using Amazon.CDK;
        using Amazon.CDK.AWS.Sagemaker;
        using Constructs;
        using SageMaker.ElasticInference;

        """;

    private static string Stack(string body, string declarations = "") => Usings + declarations + $$"""
        internal sealed class InferenceStack : Stack
        {
            public InferenceStack(Construct scope, string id)
                : base(scope, id)
            {
        {{body}}
            }
        }
        """;

    private static string Model(string variable, string image, string? name = null, string mode = "") => $$"""
                var {{variable}} = new CfnModel(this, "{{variable}}", new CfnModelProps
                {
                    {{(name is null ? "" : $"ModelName = {name},")}}
                    ExecutionRoleArn = "arn:aws:iam::123456789012:role/SageMaker",
                    PrimaryContainer = new CfnModel.ContainerDefinitionProperty { Image = {{image}}, ModelDataUrl = "s3://bucket/model.tar.gz"{{mode}} },
                });
        """;

    private static string Endpoint(string model, string accelerator, string instanceType = "\"ml.c5.xlarge\"", string extra = "") => $$"""
                new CfnEndpointConfig(this, "Config", new CfnEndpointConfigProps
                {
                    {{extra}}
                    ProductionVariants = new[]
                    {
                        new CfnEndpointConfig.ProductionVariantProperty
                        {
                            VariantName = "AllTraffic",
                            ModelName = {{model}},
                            InitialInstanceCount = 1,
                            InitialVariantWeight = 1,
                            InstanceType = {{instanceType}},
                            {{(accelerator.Length == 0 ? "" : $"AcceleratorType = {accelerator},")}}
                        },
                    },
                });
        """;

    private const string Declared = """
        [EiModel("bert-qa", EiFramework.PyTorch, "1.5.1", ArtifactSizeMb = 1300, Notebooks = new[] { "nlp-dev" })]
        internal static partial class BertQa { }

        [EiModel("resnet50", EiFramework.TensorFlow, "2.3", ArtifactSizeMb = 98, Notebooks = new[] { "vision-dev" })]
        internal static partial class Resnet50 { }

        [EiModel("churn", EiFramework.XGBoost, "1.7")]
        internal static partial class Churn { }

        """;

    private const string TfEiImage = "\"763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference-eia:2.3.0-cpu\"";

    [Fact]
    public async Task A_correct_cdk_endpoint_gets_only_EI0013()
    {
        await Verify.Analyzer(Stack(Model("model", TfEiImage, "Resnet50.Name") + Endpoint("model.AttrModelName", "{|EI0013:EiAccelerators.Eia2Medium|}"), Declared));
    }

    [Fact]
    public async Task EI0001_on_variants_and_notebooks()
    {
        await Verify.Analyzer(Stack(
            Endpoint("\"m\"", "{|EI0001:\"eia2.large\"|}") + """
                    new CfnNotebookInstance(this, "Notebook", new CfnNotebookInstanceProps
                    {
                        InstanceType = "ml.t3.medium",
                        RoleArn = "arn:aws:iam::123456789012:role/SageMaker",
                        AcceleratorTypes = new[] { {|EI0001:"ml.eia.medium"|} },
                    });
                    new CfnEndpointConfig.ProductionVariantProperty { AcceleratorType = "ml.eia2.large" };
            """), Quiet);
    }

    [Fact]
    public async Task EI0002_by_object_by_name_and_by_declaration()
    {
        var xgboost = "\"683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1\"";
        await Verify.Analyzer(Stack(Model("byObject", xgboost) + Endpoint("byObject.AttrModelName", "{|EI0002:\"ml.eia2.medium\"|}"), Declared), Quiet);
        await Verify.Analyzer(Stack(Model("byName", xgboost, "\"abalone\"") + Endpoint("\"abalone\"", "{|EI0002:\"ml.eia2.medium\"|}"), Declared), Quiet);
        await Verify.Analyzer(Stack(Endpoint("Churn.Name", "{|EI0002:\"ml.eia2.medium\"|}"), Declared), Quiet);
        await Verify.Analyzer(Stack(Model("fine", TfEiImage) + Endpoint("fine.AttrModelName", "\"ml.eia2.medium\""), Declared), Quiet);
    }

    [Fact]
    public async Task EI0003_EI0011_and_hosts_on_cdk_notebooks()
    {
        await Verify.Analyzer(Stack("""
                    new CfnNotebookInstance(this, "Nlp", new CfnNotebookInstanceProps
                    {
                        NotebookInstanceName = "nlp-dev",
                        InstanceType = "ml.t3.medium",
                        RoleArn = "arn:aws:iam::123456789012:role/SageMaker",
                        AcceleratorTypes = new[] { {|EI0003:"ml.eia2.medium"|} },
                    });
                    new CfnNotebookInstance(this, "Vision", new CfnNotebookInstanceProps
                    {
                        NotebookInstanceName = "vision-dev",
                        InstanceType = "ml.p3.2xlarge",
                        RoleArn = "arn:aws:iam::123456789012:role/SageMaker",
                        AcceleratorTypes = new[] { {|EI0006:"ml.eia2.medium"|}, {|EI0006:{|EI0011:"ml.eia2.large"|}|} },
                    });
                    var lab = new CfnNotebookInstance(this, "Lab", new CfnNotebookInstanceProps { InstanceType = "ml.t3.medium", RoleArn = "arn:aws:iam::123456789012:role/SageMaker" });
                    lab.AcceleratorTypes = new[] { "ml.eia2.medium", {|EI0011:"ml.eia2.xlarge"|} };
            """, Declared), Quiet);
    }

    [Fact]
    public async Task EI0004_and_EI0005_through_the_generated_name()
    {
        await Verify.Analyzer(
            Stack(Endpoint("BertQa.Name", "{|EI0004:\"ml.eia1.medium\"|}") + Endpoint("BertQa.Name", "{|EI0005:\"ml.eia2.medium\"|}").Replace("\"Config\"", "\"Config2\"") + Endpoint("Resnet50.Name", "\"ml.eia1.medium\"").Replace("\"Config\"", "\"Config3\""), Declared),
            Quiet + "ei_memory_headroom = 2\n");
    }

    [Fact]
    public async Task EI0006_on_non_cpu_hosts()
    {
        await Verify.Analyzer(Stack(
            Endpoint("\"m\"", "{|EI0006:\"ml.eia2.medium\"|}", "\"ml.g4dn.xlarge\"")
            + Endpoint("\"m\"", "{|EI0006:\"ml.eia2.medium\"|}", "\"ml.inf1.xlarge\"").Replace("\"Config\"", "\"Config2\"")
            + Endpoint("\"m\"", "\"ml.eia2.medium\"", "\"ml.m5.large\"").Replace("\"Config\"", "\"Config3\"")), Quiet);
    }

    [Fact]
    public async Task EI0007_EI0009_EI0012_from_cdk_model_images()
    {
        await Verify.Analyzer(Stack(
            Model("old", "{|EI0007:\"763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference-eia:1.8.1-cpu\"|}")
            + Model("plain", "\"763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference:1.5.1-cpu-py3\"")
            + Model("far", "{|EI0012:\"763104351884.dkr.ecr.eu-central-1.amazonaws.com/tensorflow-inference-eia:2.3.0-cpu\"|}")
            + Endpoint("plain.AttrModelName", "{|EI0009:\"ml.eia2.medium\"|}")), Quiet);
    }

    [Fact]
    public async Task EI0008_EI_image_without_accelerator()
    {
        await Verify.Analyzer(Stack(Model("model", TfEiImage) + Endpoint("{|EI0008:model.AttrModelName|}", "")), Quiet);
        await Verify.Analyzer(Stack(Model("model", "\"763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference:2.3.0-cpu\"") + Endpoint("model.AttrModelName", "")), Quiet);
    }

    [Fact]
    public async Task EI0010_serverless_async_and_multi_model()
    {
        await Verify.Analyzer(Stack("""
                    new CfnEndpointConfig(this, "Serverless", new CfnEndpointConfigProps
                    {
                        ProductionVariants = new[]
                        {
                            new CfnEndpointConfig.ProductionVariantProperty
                            {
                                VariantName = "AllTraffic",
                                ModelName = "m",
                                ServerlessConfig = new CfnEndpointConfig.ServerlessConfigProperty { MaxConcurrency = 5, MemorySizeInMb = 2048 },
                                AcceleratorType = {|EI0010:"ml.eia2.medium"|},
                            },
                        },
                    });
            """
            + Endpoint("\"m\"", "{|EI0010:\"ml.eia2.medium\"|}", extra: "AsyncInferenceConfig = new CfnEndpointConfig.AsyncInferenceConfigProperty { OutputConfig = new CfnEndpointConfig.AsyncInferenceOutputConfigProperty { S3OutputPath = \"s3://bucket/out\" } },").Replace("\"Config\"", "\"Async\"")
            + Model("many", TfEiImage, mode: ", Mode = \"MultiModel\"")
            + Endpoint("many.AttrModelName", "{|EI0010:\"ml.eia2.medium\"|}").Replace("\"Config\"", "\"Many\"")), Quiet);
    }

    [Fact]
    public async Task EI0013_and_EI0014_on_every_cdk_accelerator()
    {
        await Verify.Analyzer(Stack(
            Endpoint("\"m\"", "{|EI0013:{|EI0014:\"ml.eia1.large\"|}|}") + """
                    new CfnNotebookInstance(this, "Notebook", new CfnNotebookInstanceProps
                    {
                        InstanceType = "ml.t3.medium",
                        RoleArn = "arn:aws:iam::123456789012:role/SageMaker",
                        AcceleratorTypes = new string[] { {|EI0013:EiAccelerators.Eia2Medium|} },
                    });
            """));
    }

    [Fact]
    public async Task EI0015_declaration_that_disagrees_with_its_cdk_image()
    {
        await Verify.Analyzer(
            Stack(Model("model", TfEiImage, "Vision.Name"), """
                [EiModel("vision", {|EI0015:EiFramework.MXNet|}, "1.7")]
                internal static partial class Vision { }

                """),
            Quiet);
    }

    [Fact]
    public async Task Cdk_code_without_elastic_inference_gets_nothing()
    {
        await Verify.Analyzer(Stack(
            Model("model", "\"763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference:2.1.0-gpu-py310\"")
            + Endpoint("model.AttrModelName", "", "\"ml.g5.xlarge\"") + """
                    new CfnNotebookInstance(this, "Lab", new CfnNotebookInstanceProps { InstanceType = "ml.t3.medium", RoleArn = "arn:aws:iam::123456789012:role/SageMaker" });
            """));
    }
}
