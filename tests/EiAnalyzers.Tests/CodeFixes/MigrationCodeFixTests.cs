using System.Threading.Tasks;
using EiAnalyzers.CodeFixes;
using EiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace EiAnalyzers.Tests.CodeFixes;

/// <summary>
/// EI0013's fixes, by what the variant serves (rules.md, "Migration"): the first (one key for every case, so that Fix
/// All and dotnet format migrate a whole project) and the second (keep the CPU host with the CPU image). Every row of
/// the table, with the SDK and the CDK, with images written as literals, consts, static readonly fields, interpolated
/// and concatenated strings, in the variant's file or another.
/// </summary>
public class MigrationCodeFixTests
{
    private const string Key = "EI0013.Fix";
    private const string Quiet = "dotnet_diagnostic.EI0014.severity = none\n";
    private const string TensorFlowEi = "763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference-eia:2.3.0-cpu";
    private const string TensorFlowGpu = "763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference:2.3.0-gpu";

    [Fact]
    public async Task A_tensorflow_model_moves_to_a_gpu_host_with_the_gpu_image_of_its_version_keeping_comments()
    {
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            Verify.Usings + $$"""
            class Deploy
            {
                void Run(List<ProductionVariant> variants)
                {
                    var model = new CreateModelRequest
                    {
                        ModelName = "vision",
                        PrimaryContainer = new ContainerDefinition { Image = "{{TensorFlowEi}}" },
                    };
                    variants.Add(new ProductionVariant
                    {
                        ModelName = model.ModelName,
                        InstanceType = ProductionVariantInstanceType.MlM5Large, // the host
                        AcceleratorType = {|EI0013:ProductionVariantAcceleratorType.MlEia2Medium|},
                    });
                }
            }
            """,
            Verify.Usings + $$"""
            class Deploy
            {
                void Run(List<ProductionVariant> variants)
                {
                    var model = new CreateModelRequest
                    {
                        ModelName = "vision",
                        PrimaryContainer = new ContainerDefinition { Image = "{{TensorFlowGpu}}" },
                    };
                    variants.Add(new ProductionVariant
                    {
                        ModelName = model.ModelName,
                        InstanceType = ProductionVariantInstanceType.MlG4dnXlarge, // the host
                    });
                }
            }
            """,
            equivalenceKey: Key,
            editorConfig: Quiet);
    }

    [Fact]
    public async Task The_second_fix_keeps_the_cpu_host_with_the_cpu_image()
    {
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            Verify.Usings + $$"""
            class Deploy
            {
                void Run(List<ProductionVariant> variants)
                {
                    var model = new CreateModelRequest { ModelName = "vision", PrimaryContainer = new ContainerDefinition { Image = "{{TensorFlowEi}}" } };
                    variants.Add(new ProductionVariant { ModelName = model.ModelName, InstanceType = "ml.c5.xlarge", AcceleratorType = {|EI0013:"ml.eia2.medium"|} });
                }
            }
            """,
            Verify.Usings + """
            class Deploy
            {
                void Run(List<ProductionVariant> variants)
                {
                    var model = new CreateModelRequest { ModelName = "vision", PrimaryContainer = new ContainerDefinition { Image = "763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference:2.3.0-cpu" } };
                    variants.Add(new ProductionVariant { ModelName = model.ModelName, InstanceType = "ml.c5.xlarge" });
                }
            }
            """,
            equivalenceKey: "EI0013.MigrateKeepingCpuHost",
            editorConfig: Quiet);
    }

    [Fact]
    public async Task A_declared_model_whose_image_is_a_const_in_another_file_is_migrated_there_with_a_longer_dlc_tag()
    {
        var models = ("/0/Models.cs", Verify.Usings + """
            [EiModel("resnet", EiFramework.TensorFlow, "2.3", ArtifactSizeMb = 98)]
            internal static partial class Resnet { }

            static class Images
            {
                // The EI build the endpoint was created with.
                public const string Resnet = "763104351884.dkr.ecr.us-west-2.amazonaws.com/tensorflow-inference-eia:2.3.0-cpu-py37-ubuntu18.04";
            }

            class ModelSetup
            {
                CreateModelRequest Make() => new CreateModelRequest { ModelName = Resnet.Name, PrimaryContainer = new ContainerDefinition { Image = Images.Resnet } };
            }
            """);
        var endpoint = ("/0/Endpoint.cs", Verify.Usings + """
            class Endpoint
            {
                ProductionVariant V() => new ProductionVariant { ModelName = Resnet.Name, InstanceType = ProductionVariantInstanceType.MlC5Xlarge, AcceleratorType = {|EI0013:"ml.eia2.medium"|} };
            }
            """);
        var migratedModels = ("/0/Models.cs", models.Item2.Replace("tensorflow-inference-eia:2.3.0-cpu-py37-ubuntu18.04", "tensorflow-inference:2.3.0-gpu"));
        var migratedEndpoint = ("/0/Endpoint.cs", Verify.Usings + """
            class Endpoint
            {
                ProductionVariant V() => new ProductionVariant { ModelName = Resnet.Name, InstanceType = ProductionVariantInstanceType.MlG4dnXlarge };
            }
            """);
        await Verify.FixProject<ElasticInferenceCodeFixProvider>(new[] { models, endpoint }, new[] { migratedModels, migratedEndpoint }, Key, Quiet);
    }

    [Fact]
    public async Task An_interpolated_or_concatenated_image_keeps_the_users_account_and_region_parts()
    {
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            Verify.Usings + """
            class Deploy
            {
                static readonly string Registry = Environment.GetEnvironmentVariable("REGISTRY");

                void Run(List<ProductionVariant> variants, string account, string region)
                {
                    var torch = new CreateModelRequest { ModelName = "qa", PrimaryContainer = new ContainerDefinition { Image = $"{account}.dkr.ecr.{region}.amazonaws.com/pytorch-inference-eia:1.5.1-cpu-py3" } };
                    var gluon = new CreateModelRequest { ModelName = "gluon", PrimaryContainer = new ContainerDefinition { Image = Registry + "/mxnet-inference-eia:1.7.0-cpu-py36-ubuntu16.04" } };
                    variants.Add(new ProductionVariant { ModelName = torch.ModelName, InstanceType = "ml.m5.xlarge", AcceleratorType = {|EI0013:"ml.eia2.large"|} });
                    variants.Add(new ProductionVariant { ModelName = gluon.ModelName, InstanceType = "ml.m5.xlarge", AcceleratorType = {|EI0013:"ml.eia2.large"|} });
                }
            }
            """,
            Verify.Usings + """
            class Deploy
            {
                static readonly string Registry = Environment.GetEnvironmentVariable("REGISTRY");

                void Run(List<ProductionVariant> variants, string account, string region)
                {
                    var torch = new CreateModelRequest { ModelName = "qa", PrimaryContainer = new ContainerDefinition { Image = $"{account}.dkr.ecr.{region}.amazonaws.com/pytorch-inference:1.5.1-gpu-py36-cu101-ubuntu16.04" } };
                    var gluon = new CreateModelRequest { ModelName = "gluon", PrimaryContainer = new ContainerDefinition { Image = Registry + "/mxnet-inference:1.7.0-gpu-py3" } };
                    variants.Add(new ProductionVariant { ModelName = torch.ModelName, InstanceType = "ml.g4dn.xlarge" });
                    variants.Add(new ProductionVariant { ModelName = gluon.ModelName, InstanceType = "ml.g4dn.xlarge" });
                }
            }
            """,
            equivalenceKey: Key,
            editorConfig: Quiet);
    }

    [Fact]
    public async Task Frameworks_without_ei_non_x86_hosts_and_excluded_features_only_lose_the_accelerator()
    {
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            Verify.Usings + """
            class Deploy
            {
                void Run(List<ProductionVariant> variants)
                {
                    var churn = new CreateModelRequest { ModelName = "churn", PrimaryContainer = new ContainerDefinition { Image = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1" } };
                    variants.Add(new ProductionVariant { ModelName = churn.ModelName, InstanceType = "ml.m5.large", AcceleratorType = {|EI0002:{|EI0013:"ml.eia2.medium"|}|} });
                    variants.Add(new ProductionVariant { ModelName = "arm", InstanceType = "ml.c6g.xlarge", AcceleratorType = {|EI0006:{|EI0013:"ml.eia2.medium"|}|} });
                    variants.Add(new ProductionVariant { ModelName = "gpu", InstanceType = "ml.g5.xlarge", AcceleratorType = {|EI0006:{|EI0013:"ml.eia2.medium"|}|} });
                    variants.Add(new ProductionVariant { ModelName = "lambda", ServerlessConfig = new ProductionVariantServerlessConfig { MemorySizeInMB = 2048 }, AcceleratorType = {|EI0010:{|EI0013:"ml.eia2.medium"|}|} });
                }
            }
            """,
            Verify.Usings + """
            class Deploy
            {
                void Run(List<ProductionVariant> variants)
                {
                    var churn = new CreateModelRequest { ModelName = "churn", PrimaryContainer = new ContainerDefinition { Image = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1" } };
                    variants.Add(new ProductionVariant { ModelName = churn.ModelName, InstanceType = "ml.m5.large" });
                    variants.Add(new ProductionVariant { ModelName = "arm", InstanceType = "ml.c6g.xlarge" });
                    variants.Add(new ProductionVariant { ModelName = "gpu", InstanceType = "ml.g5.xlarge" });
                    variants.Add(new ProductionVariant { ModelName = "lambda", ServerlessConfig = new ProductionVariantServerlessConfig { MemorySizeInMB = 2048 } });
                }
            }
            """,
            equivalenceKey: Key,
            editorConfig: Quiet,
            reportedByBuild: true);
    }

    [Fact]
    public async Task A_model_the_code_does_not_show_moves_to_the_gpu_host_and_the_message_says_to_switch_its_image()
    {
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            Verify.Usings + """
            class Deploy
            {
                ProductionVariant V(string model) => new ProductionVariant { ModelName = model, InstanceType = ProductionVariantInstanceType.MlC5Xlarge, AcceleratorType = {|EI0013:"ml.eia2.medium"|} };

                ProductionVariant W(string model) => new ProductionVariant { ModelName = model, AcceleratorType = {|EI0013:"ml.eia2.medium"|} };
            }
            """,
            Verify.Usings + """
            class Deploy
            {
                ProductionVariant V(string model) => new ProductionVariant { ModelName = model, InstanceType = ProductionVariantInstanceType.MlG4dnXlarge };

                ProductionVariant W(string model) => new ProductionVariant { ModelName = model, InstanceType = ProductionVariantInstanceType.MlG4dnXlarge };
            }
            """,
            equivalenceKey: Key,
            editorConfig: Quiet);
    }

    [Fact]
    public async Task Notebooks_lose_the_accelerator_and_an_existing_one_is_told_to_let_it_go()
    {
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            Verify.Usings + """
            class Deploy
            {
                void Run()
                {
                    var create = new CreateNotebookInstanceRequest { InstanceType = InstanceType.MlT3Medium, AcceleratorTypes = new List<string> { {|EI0013:"ml.eia2.medium"|} } };
                    var update = new UpdateNotebookInstanceRequest { NotebookInstanceName = "nb" };
                    update.AcceleratorTypes = new List<string> { {|EI0013:NotebookInstanceAcceleratorType.MlEia2Large|} };
                }
            }
            """,
            Verify.Usings + """
            class Deploy
            {
                void Run()
                {
                    var create = new CreateNotebookInstanceRequest { InstanceType = InstanceType.MlT3Medium };
                    var update = new UpdateNotebookInstanceRequest { NotebookInstanceName = "nb" };
                    update.DisassociateAcceleratorTypes = true;
                }
            }
            """,
            equivalenceKey: Key,
            editorConfig: Quiet);
    }

    [Fact]
    public async Task A_cdk_stack_migrates_with_string_values()
    {
        const string usings = """
            using Amazon.CDK;
            using Amazon.CDK.AWS.Sagemaker;
            using Constructs;

            """;
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            usings + $$"""
            internal sealed class InferenceStack : Stack
            {
                public InferenceStack(Construct scope, string id)
                    : base(scope, id)
                {
                    var model = new CfnModel(this, "Vision", new CfnModelProps
                    {
                        ExecutionRoleArn = "r",
                        PrimaryContainer = new CfnModel.ContainerDefinitionProperty { Image = "{{TensorFlowEi}}" },
                    });
                    new CfnEndpointConfig(this, "Config", new CfnEndpointConfigProps
                    {
                        ProductionVariants = new[]
                        {
                            new CfnEndpointConfig.ProductionVariantProperty { ModelName = model.AttrModelName, VariantName = "v", InstanceType = "ml.c5.xlarge", AcceleratorType = {|EI0013:"ml.eia2.medium"|} },
                        },
                    });
                }
            }
            """,
            usings + $$"""
            internal sealed class InferenceStack : Stack
            {
                public InferenceStack(Construct scope, string id)
                    : base(scope, id)
                {
                    var model = new CfnModel(this, "Vision", new CfnModelProps
                    {
                        ExecutionRoleArn = "r",
                        PrimaryContainer = new CfnModel.ContainerDefinitionProperty { Image = "{{TensorFlowGpu}}" },
                    });
                    new CfnEndpointConfig(this, "Config", new CfnEndpointConfigProps
                    {
                        ProductionVariants = new[]
                        {
                            new CfnEndpointConfig.ProductionVariantProperty { ModelName = model.AttrModelName, VariantName = "v", InstanceType = "ml.g4dn.xlarge" },
                        },
                    });
                }
            }
            """,
            equivalenceKey: Key,
            editorConfig: Quiet);
    }

    [Fact]
    public async Task A_version_aws_published_no_gpu_image_for_gets_no_fix_and_the_message_says_so()
    {
        var source = Verify.Usings + """
            class Deploy
            {
                void Run(List<ProductionVariant> variants)
                {
                    var model = new CreateModelRequest { ModelName = "gluon", PrimaryContainer = new ContainerDefinition { Image = "763104351884.dkr.ecr.us-east-1.amazonaws.com/mxnet-inference-eia:1.5.1-cpu-py3" } };
                    variants.Add(new ProductionVariant { ModelName = model.ModelName, InstanceType = "ml.c5.xlarge", AcceleratorType = {|#0:"ml.eia2.medium"|} });
                }
            }
            """;
        await Verify.Analyzer(
            source,
            Quiet,
            Verify.Diagnostic(Descriptors.EndOfLife).WithLocation(0).WithArguments(
                "April 2024",
                "accelerator 'ml.eia2.medium' will be rejected; AWS published no GPU image of Apache MXNet 1.5.1: serve the model with a version that has one, then remove the accelerator"));
    }
}
