using System.Threading.Tasks;
using EiAnalyzers.CodeFixes;
using EiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace EiAnalyzers.Tests.CodeFixes;

/// <summary>
/// EI0008 and EI0016: the image switches to the build of the same framework version for the host's processor (no fix
/// ever adds Elastic Inference back).
/// </summary>
public class SwitchImageCodeFixTests
{
    [Fact]
    public async Task EI0008_switches_an_ei_image_to_the_build_for_the_hosts_processor()
    {
        var model = """
            [EiModel("vision", EiFramework.TensorFlow, "2.3", ArtifactSizeMb = 1500)]
            internal static partial class Vision { }

            """;
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            Verify.Usings + model + """
            class Deploy
            {
                void Run()
                {
                    new CreateModelRequest { ModelName = Vision.Name, PrimaryContainer = new ContainerDefinition { Image = "763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference-eia:2.3.0-cpu" } };
                    new ProductionVariant { ModelName = {|EI0008:Vision.Name|}, InstanceType = ProductionVariantInstanceType.MlC5Xlarge };
                    var torch = new CreateModelRequest { ModelName = "qa", PrimaryContainer = new ContainerDefinition { Image = "763104351884.dkr.ecr.eu-west-1.amazonaws.com/pytorch-inference-eia:1.3.1-cpu-py3" } };
                    var other = new ProductionVariant { InstanceType = "ml.g4dn.xlarge" };
                    other.ModelName = {|EI0008:torch.ModelName|};
                }
            }
            """,
            Verify.Usings + model + """
            class Deploy
            {
                void Run()
                {
                    new CreateModelRequest { ModelName = Vision.Name, PrimaryContainer = new ContainerDefinition { Image = "763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference:2.3.0-cpu" } };
                    new ProductionVariant { ModelName = Vision.Name, InstanceType = ProductionVariantInstanceType.MlC5Xlarge };
                    var torch = new CreateModelRequest { ModelName = "qa", PrimaryContainer = new ContainerDefinition { Image = "763104351884.dkr.ecr.eu-west-1.amazonaws.com/pytorch-inference:1.3.1-gpu-py3" } };
                    var other = new ProductionVariant { InstanceType = "ml.g4dn.xlarge" };
                    other.ModelName = torch.ModelName;
                }
            }
            """,
            reportedByBuild: true);
    }

    [Fact]
    public async Task EI0008_on_a_cdk_variant_switches_the_string_image()
    {
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            Cdk("""
                    var model = new CfnModel(this, "Vision", new CfnModelProps
                    {
                        ExecutionRoleArn = "r",
                        PrimaryContainer = new CfnModel.ContainerDefinitionProperty { Image = "763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference-eia:2.3.0-cpu" },
                    });
                    new CfnEndpointConfig.ProductionVariantProperty { ModelName = {|EI0008:model.AttrModelName|}, InstanceType = "ml.c5.xlarge" };
            """),
            Cdk("""
                    var model = new CfnModel(this, "Vision", new CfnModelProps
                    {
                        ExecutionRoleArn = "r",
                        PrimaryContainer = new CfnModel.ContainerDefinitionProperty { Image = "763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference:2.3.0-cpu" },
                    });
                    new CfnEndpointConfig.ProductionVariantProperty { ModelName = model.AttrModelName, InstanceType = "ml.c5.xlarge" };
            """));
    }

    [Fact]
    public async Task EI0016_reports_a_gpu_image_on_a_cpu_host_as_an_error_and_a_cpu_image_on_a_gpu_host_as_a_warning_and_switches_them()
    {
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            Verify.Usings + """
            class Deploy
            {
                void Run()
                {
                    var gpuImage = new CreateModelRequest { ModelName = "a", PrimaryContainer = new ContainerDefinition { Image = {|EI0016:"763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference:1.5.1-gpu-py36-cu101-ubuntu16.04"|} } };
                    new ProductionVariant { ModelName = gpuImage.ModelName, InstanceType = "ml.m5.large" };
                    var cpuImage = new CreateModelRequest { ModelName = "b", PrimaryContainer = new ContainerDefinition { Image = {|#0:"763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference:2.3.0-cpu"|} } };
                    new ProductionVariant { ModelName = cpuImage.ModelName, InstanceType = "ml.g4dn.xlarge" };
                }
            }
            """.Replace("{|#0:", "{|EI0016:"),
            Verify.Usings + """
            class Deploy
            {
                void Run()
                {
                    var gpuImage = new CreateModelRequest { ModelName = "a", PrimaryContainer = new ContainerDefinition { Image = "763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference:1.5.1-cpu-py36-ubuntu16.04" } };
                    new ProductionVariant { ModelName = gpuImage.ModelName, InstanceType = "ml.m5.large" };
                    var cpuImage = new CreateModelRequest { ModelName = "b", PrimaryContainer = new ContainerDefinition { Image = "763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference:2.3.0-gpu" } };
                    new ProductionVariant { ModelName = cpuImage.ModelName, InstanceType = "ml.g4dn.xlarge" };
                }
            }
            """);
    }

    [Fact]
    public async Task EI0016_severity_follows_the_case()
    {
        await Verify.Analyzer(
            Verify.Usings + """
            class Deploy
            {
                void Run()
                {
                    var gpuImage = new CreateModelRequest { ModelName = "a", PrimaryContainer = new ContainerDefinition { Image = {|#0:"763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference:2.3.0-gpu"|} } };
                    new ProductionVariant { ModelName = gpuImage.ModelName, InstanceType = "ml.c5.large" };
                    var cpuImage = new CreateModelRequest { ModelName = "b", PrimaryContainer = new ContainerDefinition { Image = {|#1:"763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference:2.3.0-cpu"|} } };
                    new ProductionVariant { ModelName = cpuImage.ModelName, InstanceType = "ml.p3.2xlarge" };
                }
            }
            """,
            null,
            Verify.Diagnostic("EI0016").WithLocation(0).WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Error)
                .WithOptions(Microsoft.CodeAnalysis.Testing.DiagnosticOptions.IgnoreAdditionalLocations),
            Verify.Diagnostic("EI0016").WithLocation(1).WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
                .WithOptions(Microsoft.CodeAnalysis.Testing.DiagnosticOptions.IgnoreAdditionalLocations));
    }

    private static string Cdk(string body) => """
        using Amazon.CDK;
        using Amazon.CDK.AWS.Sagemaker;
        using Constructs;

        internal sealed class InferenceStack : Stack
        {
            public InferenceStack(Construct scope, string id)
                : base(scope, id)
            {
        """ + body + """

            }
        }
        """;
}
