using System.Threading.Tasks;
using EiAnalyzers.CodeFixes;
using EiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace EiAnalyzers.Tests.Cdk;

/// <summary>The fixes on CDK code, where every value is a string.</summary>
public class CdkFixTests
{
    private const string Usings = """
        using Amazon.CDK;
        using Amazon.CDK.AWS.Sagemaker;
        using Constructs;

        """;

    private static string Stack(string body) => Usings + $$"""
        internal sealed class InferenceStack : Stack
        {
            public InferenceStack(Construct scope, string id)
                : base(scope, id)
            {
        {{body}}
            }
        }
        """;

    [Fact]
    public async Task EI0013_migration_sets_the_cdk_instance_type_as_a_string_and_keeps_a_notebooks_host()
    {
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            Stack("""
                    new CfnEndpointConfig.ProductionVariantProperty { ModelName = "m", InstanceType = "ml.c5.xlarge", AcceleratorType = {|EI0013:"ml.eia2.medium"|} };
                    new CfnEndpointConfig.ProductionVariantProperty { ModelName = "m", AcceleratorType = {|EI0013:"ml.eia2.medium"|} };
                    new CfnNotebookInstanceProps { InstanceType = "ml.t3.medium", RoleArn = "r", AcceleratorTypes = new[] { {|EI0013:"ml.eia2.medium"|} } };
            """),
            Stack("""
                    new CfnEndpointConfig.ProductionVariantProperty { ModelName = "m", InstanceType = "ml.g4dn.xlarge" };
                    new CfnEndpointConfig.ProductionVariantProperty { ModelName = "m", InstanceType = "ml.g4dn.xlarge" };
                    new CfnNotebookInstanceProps { InstanceType = "ml.t3.medium", RoleArn = "r" };
            """),
            equivalenceKey: "EI0013.Fix",
            reportedByBuild: true);
    }

    [Fact]
    public async Task EI0001_and_EI0011_fixes_on_cdk_arrays()
    {
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            Stack("""
                    new CfnNotebookInstanceProps { InstanceType = "ml.t3.medium", RoleArn = "r", AcceleratorTypes = new[] { {|EI0001:"eia2.large"|} } };
            """),
            Stack("""
                    new CfnNotebookInstanceProps { InstanceType = "ml.t3.medium", RoleArn = "r", AcceleratorTypes = new[] { "ml.eia2.large" } };
            """),
            equivalenceKey: "EI0001.Fix",
            editorConfig: "dotnet_diagnostic.EI0013.severity = none\n");
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            Stack("""
                    new CfnNotebookInstanceProps { InstanceType = "ml.t3.medium", RoleArn = "r", AcceleratorTypes = new[] { "ml.eia2.medium", {|EI0011:"ml.eia2.large"|} } };
            """),
            Stack("""
                    new CfnNotebookInstanceProps { InstanceType = "ml.t3.medium", RoleArn = "r", AcceleratorTypes = new[] { "ml.eia2.medium" } };
            """),
            editorConfig: "dotnet_diagnostic.EI0013.severity = none\n");
    }

    [Fact]
    public async Task EI0006_EI0002_and_EI0010_removals_on_cdk_variants()
    {
        var model = """
                    var churn = new CfnModel(this, "Churn", new CfnModelProps
                    {
                        ExecutionRoleArn = "r",
                        PrimaryContainer = new CfnModel.ContainerDefinitionProperty { Image = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1" },
                    });

            """;
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            Stack(model + """
                    new CfnEndpointConfig.ProductionVariantProperty { ModelName = "m", InstanceType = "ml.g4dn.xlarge", AcceleratorType = {|EI0006:"ml.eia2.medium"|} };
                    new CfnEndpointConfig.ProductionVariantProperty { ModelName = "m", ServerlessConfig = new CfnEndpointConfig.ServerlessConfigProperty { MaxConcurrency = 1, MemorySizeInMb = 1024 }, AcceleratorType = {|EI0010:"ml.eia2.medium"|} };
                    new CfnEndpointConfig.ProductionVariantProperty { ModelName = churn.AttrModelName, InstanceType = "ml.m5.large", AcceleratorType = {|EI0002:"ml.eia2.medium"|} };
            """),
            Stack(model + """
                    new CfnEndpointConfig.ProductionVariantProperty { ModelName = "m", InstanceType = "ml.g4dn.xlarge" };
                    new CfnEndpointConfig.ProductionVariantProperty { ModelName = "m", ServerlessConfig = new CfnEndpointConfig.ServerlessConfigProperty { MaxConcurrency = 1, MemorySizeInMb = 1024 } };
                    new CfnEndpointConfig.ProductionVariantProperty { ModelName = churn.AttrModelName, InstanceType = "ml.m5.large" };
            """),
            editorConfig: "dotnet_diagnostic.EI0013.severity = none\n",
            reportedByBuild: true,
            fixAllIterations: 3);
    }

    [Fact]
    public async Task EI0014_and_EI0004_replacements_on_cdk_strings()
    {
        var declarations = """
            [SageMaker.ElasticInference.EiModel("bert-qa", SageMaker.ElasticInference.EiFramework.PyTorch, "1.5.1", ArtifactSizeMb = 1300)]
            internal static partial class BertQa { }

            """;
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            Stack("""
                    new CfnEndpointConfig.ProductionVariantProperty { ModelName = "m", InstanceType = "ml.c5.xlarge", AcceleratorType = {|EI0014:"ml.eia1.large"|} };
            """) + declarations,
            Stack("""
                    new CfnEndpointConfig.ProductionVariantProperty { ModelName = "m", InstanceType = "ml.c5.xlarge", AcceleratorType = "ml.eia2.large" };
            """) + declarations,
            equivalenceKey: "EI0014.Fix",
            editorConfig: "dotnet_diagnostic.EI0013.severity = none\n");
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            Stack("""
                    new CfnEndpointConfig.ProductionVariantProperty { ModelName = BertQa.Name, InstanceType = "ml.c5.xlarge", AcceleratorType = {|EI0004:"ml.eia1.medium"|} };
            """) + declarations,
            Stack("""
                    new CfnEndpointConfig.ProductionVariantProperty { ModelName = BertQa.Name, InstanceType = "ml.c5.xlarge", AcceleratorType = "ml.eia2.medium" };
            """) + declarations,
            equivalenceKey: "EI0004.Fix",
            editorConfig: "dotnet_diagnostic.EI0013.severity = none\ndotnet_diagnostic.EI0014.severity = none\n");
    }
}
