using System.Threading.Tasks;
using EiAnalyzers.CodeFixes;
using EiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace EiAnalyzers.Tests.Review;

/// <summary>
/// Review of EI0013's migration fixes with deployments real teams write: each test is a shape whose migration did not
/// deploy (a GPU image left on a CPU host, an accelerator left behind, a layout lost) or that Fix All did differently.
/// </summary>
public class MigrationProbeTests
{
    private const string Key = "EI0013.Fix";
    private const string KeepCpu = "EI0013.MigrateKeepingCpuHost";
    private const string Quiet = "dotnet_diagnostic.EI0014.severity = none\n";
    private const string TensorFlowEi = "763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference-eia:2.3.0-cpu";
    private const string TensorFlowGpu = "763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference:2.3.0-gpu";

    [Fact]
    public async Task A_host_only_known_at_run_time_moves_to_the_gpu_host_with_the_gpu_image()
    {
        // The image became the GPU build, the host stayed the caller's (a CPU instance in practice): the title said
        // "move the host to ml.g4dn.xlarge", and nothing was reported afterwards.
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            Verify.Usings + $$"""
            class Deploy
            {
                public ProductionVariant V(string instanceType)
                {
                    var tf = new CreateModelRequest { ModelName = "tf", PrimaryContainer = new ContainerDefinition { Image = "{{TensorFlowEi}}" } };
                    return new ProductionVariant { ModelName = tf.ModelName, InstanceType = instanceType, AcceleratorType = {|EI0013:"ml.eia2.medium"|} };
                }
            }
            """,
            Verify.Usings + $$"""
            class Deploy
            {
                public ProductionVariant V(string instanceType)
                {
                    var tf = new CreateModelRequest { ModelName = "tf", PrimaryContainer = new ContainerDefinition { Image = "{{TensorFlowGpu}}" } };
                    return new ProductionVariant { ModelName = tf.ModelName, InstanceType = "ml.g4dn.xlarge" };
                }
            }
            """,
            equivalenceKey: Key,
            editorConfig: Quiet);
    }

    [Fact]
    public async Task A_cdk_variant_built_in_a_loop_over_hosts_moves_to_the_gpu_host_with_the_gpu_image()
    {
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            Library.Cdk.Program($$"""
                var model = new CfnModel(this, "M", new CfnModelProps { ExecutionRoleArn = role, PrimaryContainer = new CfnModel.ContainerDefinitionProperty { Image = "{{TensorFlowEi}}" } });
                var variants = new List<CfnEndpointConfig.ProductionVariantProperty>();
                foreach (var (name, host) in new[] { ("a", "ml.c5.large"), ("b", "ml.m5.large") })
                {
                    // One variant per host.
                    variants.Add(new CfnEndpointConfig.ProductionVariantProperty { VariantName = name, ModelName = model.AttrModelName, InstanceType = host, AcceleratorType = {|EI0013:"ml.eia2.medium"|}, InitialInstanceCount = 1 });
                }

                _ = new CfnEndpointConfig(this, "C", new CfnEndpointConfigProps { ProductionVariants = variants.ToArray() });
                """, parameters: "string role"),
            Library.Cdk.Program($$"""
                var model = new CfnModel(this, "M", new CfnModelProps { ExecutionRoleArn = role, PrimaryContainer = new CfnModel.ContainerDefinitionProperty { Image = "{{TensorFlowGpu}}" } });
                var variants = new List<CfnEndpointConfig.ProductionVariantProperty>();
                foreach (var (name, host) in new[] { ("a", "ml.c5.large"), ("b", "ml.m5.large") })
                {
                    // One variant per host.
                    variants.Add(new CfnEndpointConfig.ProductionVariantProperty { VariantName = name, ModelName = model.AttrModelName, InstanceType = "ml.g4dn.xlarge", InitialInstanceCount = 1 });
                }

                _ = new CfnEndpointConfig(this, "C", new CfnEndpointConfigProps { ProductionVariants = variants.ToArray() });
                """, parameters: "string role"),
            equivalenceKey: Key,
            editorConfig: Quiet);
    }
}
