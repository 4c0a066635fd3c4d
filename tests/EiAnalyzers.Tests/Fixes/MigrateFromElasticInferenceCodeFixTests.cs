using System.Threading.Tasks;
using EiAnalyzers.CodeFixes;
using EiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace EiAnalyzers.Tests.Fixes;

/// <summary>EI0013: both migrations (ml.g4dn.xlarge and ml.inf1.xlarge) on variants and notebooks, with Fix All.</summary>
public class MigrateFromElasticInferenceCodeFixTests
{
    private const string Source = """
        class Deploy
        {
            void Run(bool large)
            {
                var a = new ProductionVariant
                {
                    ModelName = "m",
                    InstanceType = ProductionVariantInstanceType.MlM5Xlarge,
                    AcceleratorType = {|EI0013:ProductionVariantAcceleratorType.MlEia2Medium|},
                    VariantName = "v",
                };
                var b = new ProductionVariant { ModelName = "m", AcceleratorType = {|EI0013:"ml.eia2.large"|} };
                var c = new ProductionVariant { ModelName = "m", InstanceType = "ml.c5.xlarge" };
                c.AcceleratorType = {|EI0013:"ml.eia2.medium"|};
                var n = new CreateNotebookInstanceRequest { InstanceType = InstanceType.MlT2Medium, AcceleratorTypes = new List<string> { {|EI0013:"ml.eia2.medium"|} } };
                var u = new UpdateNotebookInstanceRequest { NotebookInstanceName = "nb" };
                u.AcceleratorTypes = new List<string> { {|EI0013:NotebookInstanceAcceleratorType.MlEia2Large|} };
            }
        }
        """;

    [Theory]
    [InlineData("ml.g4dn.xlarge", "MlG4dnXlarge")]
    [InlineData("ml.inf1.xlarge", "MlInf1Xlarge")]
    public async Task Migration_removes_the_accelerator_and_moves_the_host_in_the_users_style(string host, string field)
    {
        var expected = $$"""
            class Deploy
            {
                void Run(bool large)
                {
                    var a = new ProductionVariant
                    {
                        ModelName = "m",
                        InstanceType = ProductionVariantInstanceType.{{field}},
                        VariantName = "v",
                    };
                    var b = new ProductionVariant { ModelName = "m", InstanceType = ProductionVariantInstanceType.{{field}} };
                    var c = new ProductionVariant { ModelName = "m", InstanceType = "{{host}}" };
                    var n = new CreateNotebookInstanceRequest { InstanceType = InstanceType.{{field}} };
                    var u = new UpdateNotebookInstanceRequest { NotebookInstanceName = "nb" };
                    u.InstanceType = InstanceType.{{field}};
                    u.DisassociateAcceleratorTypes = true;
                }
            }
            """;
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            Verify.Usings + Source,
            Verify.Usings + expected,
            equivalenceKey: "EI0013.MigrateTo." + host,
            editorConfig: "dotnet_diagnostic.EI0014.severity = none\n");
    }

    [Fact]
    public async Task Migration_of_a_variant_with_hosts_in_branches_moves_every_branch()
    {
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            Verify.Usings + """
            class Deploy
            {
                ProductionVariant Make(bool large)
                {
                    var variant = new ProductionVariant { ModelName = "m", AcceleratorType = {|EI0013:"ml.eia2.medium"|} };
                    if (large)
                    {
                        variant.InstanceType = ProductionVariantInstanceType.MlC52xlarge;
                    }
                    else
                    {
                        variant.InstanceType = ProductionVariantInstanceType.MlC5Xlarge;
                    }

                    return variant;
                }
            }
            """,
            Verify.Usings + """
            class Deploy
            {
                ProductionVariant Make(bool large)
                {
                    var variant = new ProductionVariant { ModelName = "m" };
                    if (large)
                    {
                        variant.InstanceType = ProductionVariantInstanceType.MlInf1Xlarge;
                    }
                    else
                    {
                        variant.InstanceType = ProductionVariantInstanceType.MlInf1Xlarge;
                    }

                    return variant;
                }
            }
            """,
            equivalenceKey: "EI0013.MigrateTo.ml.inf1.xlarge");
    }

    [Fact]
    public async Task Migration_is_not_offered_for_a_serverless_variant()
    {
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            Verify.Usings + """
            class Deploy
            {
                ProductionVariant V() => new ProductionVariant
                {
                    ServerlessConfig = new ProductionVariantServerlessConfig { MemorySizeInMB = 2048 },
                    AcceleratorType = {|EI0010:{|EI0013:"ml.eia2.medium"|}|},
                };
            }
            """,
            Verify.Usings + """
            class Deploy
            {
                ProductionVariant V() => new ProductionVariant
                {
                    ServerlessConfig = new ProductionVariantServerlessConfig { MemorySizeInMB = 2048 },
                    AcceleratorType = {|EI0010:{|EI0013:"ml.eia2.medium"|}|},
                };
            }
            """,
            equivalenceKey: "EI0013.MigrateTo.ml.g4dn.xlarge");
    }

    [Fact]
    public async Task Migration_of_an_existing_notebook_disassociates_its_accelerator()
    {
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            Verify.Usings + """
            class Deploy
            {
                UpdateNotebookInstanceRequest U() => new UpdateNotebookInstanceRequest
                {
                    NotebookInstanceName = "nb",
                    InstanceType = InstanceType.MlT3Medium,
                    AcceleratorTypes = new List<string> { {|EI0013:"ml.eia2.medium"|} },
                };
            }
            """,
            Verify.Usings + """
            class Deploy
            {
                UpdateNotebookInstanceRequest U() => new UpdateNotebookInstanceRequest
                {
                    NotebookInstanceName = "nb",
                    InstanceType = InstanceType.MlInf1Xlarge,
                    DisassociateAcceleratorTypes = true,
                };
            }
            """,
            equivalenceKey: "EI0013.MigrateTo.ml.inf1.xlarge");
    }
}
