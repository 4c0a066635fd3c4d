using System.Threading.Tasks;
using EiAnalyzers.CodeFixes;
using EiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace EiAnalyzers.Tests.CodeFixes;

/// <summary>
/// A fix produces code that compiles and keeps every comment and the layout of what it does not change (issue 14):
/// chained assignments, lambdas, expression bodies, #if, comments before, after and inside the edited property, and
/// the first, middle and last property.
/// </summary>
public class FixShapeTests
{
    private const string OnlyEI0006 = "dotnet_diagnostic.EI0013.severity = none\ndotnet_diagnostic.EI0014.severity = none\n";
    private const string OnlyEI0014 = "dotnet_diagnostic.EI0013.severity = none\n";

    [Fact]
    public async Task Removing_one_setter_of_a_chained_assignment_keeps_the_other()
    {
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            Verify.Usings + """
            class Deploy
            {
                void Run(List<ProductionVariant> variants)
                {
                    var cpu = new ProductionVariant { InstanceType = "ml.m5.large" };
                    var gpu = new ProductionVariant { InstanceType = "ml.g4dn.xlarge" };
                    cpu.AcceleratorType = gpu.AcceleratorType = {|EI0006:"ml.eia2.medium"|};
                    variants.Add(cpu);
                    variants.Add(gpu);
                }
            }
            """,
            Verify.Usings + """
            class Deploy
            {
                void Run(List<ProductionVariant> variants)
                {
                    var cpu = new ProductionVariant { InstanceType = "ml.m5.large" };
                    var gpu = new ProductionVariant { InstanceType = "ml.g4dn.xlarge" };
                    cpu.AcceleratorType = "ml.eia2.medium";
                    variants.Add(cpu);
                    variants.Add(gpu);
                }
            }
            """,
            editorConfig: OnlyEI0006);
    }

    [Fact]
    public async Task Removing_every_setter_of_a_chain_removes_the_statement_in_one_fix_all()
    {
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            Verify.Usings + """
            class Deploy
            {
                void Run(List<ProductionVariant> variants)
                {
                    var a = new ProductionVariant { InstanceType = "ml.p3.2xlarge" };
                    var b = new ProductionVariant { InstanceType = "ml.g4dn.xlarge" };
                    a.AcceleratorType = {|EI0006:b.AcceleratorType = {|EI0006:"ml.eia2.medium"|}|};
                    variants.Add(a);
                    variants.Add(b);
                }
            }
            """,
            Verify.Usings + """
            class Deploy
            {
                void Run(List<ProductionVariant> variants)
                {
                    var a = new ProductionVariant { InstanceType = "ml.p3.2xlarge" };
                    var b = new ProductionVariant { InstanceType = "ml.g4dn.xlarge" };
                    variants.Add(a);
                    variants.Add(b);
                }
            }
            """,
            editorConfig: OnlyEI0006);
    }

    [Fact]
    public async Task A_setter_in_a_lambda_or_an_expression_body_sets_null_and_still_compiles()
    {
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            Verify.Usings + """
            class Deploy
            {
                void Run(ProductionVariant v)
                {
                    Action set = () => v.AcceleratorType = {|EI0013:"ml.eia2.medium"|};
                    Func<ProductionVariantAcceleratorType> get = () => v.AcceleratorType = {|EI0013:"ml.eia2.large"|};
                }

                void Set(ProductionVariant v) => v.AcceleratorType = {|EI0013:"ml.eia2.medium"|};
            }
            """,
            Verify.Usings + """
            class Deploy
            {
                void Run(ProductionVariant v)
                {
                    Action set = () => v.AcceleratorType = null;
                    Func<ProductionVariantAcceleratorType> get = () => v.AcceleratorType = null;
                }

                void Set(ProductionVariant v) => v.AcceleratorType = null;
            }
            """,
            equivalenceKey: "EI0013.Fix",
            editorConfig: "dotnet_diagnostic.EI0014.severity = none\n");
    }

    [Fact]
    public async Task Comments_before_after_and_inside_the_removed_property_are_kept_and_so_is_an_if_region()
    {
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            Verify.Usings + """
            class Deploy
            {
                ProductionVariant First() => new ProductionVariant
                {
                    // the accelerator (before)
                    AcceleratorType = /* inside */ {|EI0006:"ml.eia2.medium"|}, // after
                    InstanceType = "ml.g4dn.xlarge", // the host
                    VariantName = "v",
                };

                ProductionVariant Last() => new ProductionVariant
                {
                    InstanceType = "ml.g4dn.xlarge", // the host
                    AcceleratorType = {|EI0006:"ml.eia2.medium"|}
                };

                ProductionVariant Region() => new ProductionVariant
                {
                    InstanceType = "ml.g4dn.xlarge",
            #if !LEGACY
                    AcceleratorType = {|EI0006:"ml.eia2.medium"|},
            #endif
                    VariantName = "v",
                };
            }
            """,
            Verify.Usings + """
            class Deploy
            {
                ProductionVariant First() => new ProductionVariant
                {
                    // the accelerator (before)
                    /* inside */ // after
                    InstanceType = "ml.g4dn.xlarge", // the host
                    VariantName = "v",
                };

                ProductionVariant Last() => new ProductionVariant
                {
                    InstanceType = "ml.g4dn.xlarge" // the host
                };

                ProductionVariant Region() => new ProductionVariant
                {
                    InstanceType = "ml.g4dn.xlarge",
            #if !LEGACY
            #endif
                    VariantName = "v",
                };
            }
            """,
            editorConfig: OnlyEI0006);
    }

    [Fact]
    public async Task A_middle_property_goes_with_its_comma_and_a_replacement_keeps_the_comment_inside()
    {
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            Verify.Usings + """
            class Deploy
            {
                ProductionVariant Middle() => new ProductionVariant { InstanceType = "ml.g4dn.xlarge", AcceleratorType = {|EI0006:"ml.eia2.medium"|}, VariantName = "v" };

                ProductionVariant Only() => new ProductionVariant { AcceleratorType = {|EI0006:"ml.eia2.medium"|} };
            }
            """.Replace("ProductionVariant Only() => new ProductionVariant { AcceleratorType", "ProductionVariant Only() => new ProductionVariant { InstanceType = \"ml.p3.2xlarge\", AcceleratorType"),
            Verify.Usings + """
            class Deploy
            {
                ProductionVariant Middle() => new ProductionVariant { InstanceType = "ml.g4dn.xlarge", VariantName = "v" };

                ProductionVariant Only() => new ProductionVariant { InstanceType = "ml.p3.2xlarge" };
            }
            """,
            editorConfig: OnlyEI0006);
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            Verify.Usings + """
            class Deploy
            {
                ProductionVariant V() => new ProductionVariant
                {
                    AcceleratorType = /* first generation */ {|EI0014:"ml.eia1.large"|}, // upgrade me
                };
            }
            """,
            Verify.Usings + """
            class Deploy
            {
                ProductionVariant V() => new ProductionVariant
                {
                    AcceleratorType = /* first generation */ "ml.eia2.large", // upgrade me
                };
            }
            """,
            equivalenceKey: "EI0014.Fix",
            editorConfig: OnlyEI0014);
    }

    [Fact]
    public async Task A_fix_for_one_model_edits_the_use_not_a_const_a_correct_configuration_also_reads()
    {
        var models = """
            [EiModel("big", EiFramework.PyTorch, "1.5.1", ArtifactSizeMb = 1400)]
            internal static partial class Big { }

            [EiModel("small", EiFramework.PyTorch, "1.5.1", ArtifactSizeMb = 300)]
            internal static partial class Small { }

            """;
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            Verify.Usings + models + """
            class Deploy
            {
                const string Accelerator = "ml.eia2.medium";

                void Run(List<ProductionVariant> variants)
                {
                    variants.Add(new ProductionVariant { ModelName = Small.Name, InstanceType = "ml.m5.large", AcceleratorType = Accelerator });
                    variants.Add(new ProductionVariant { ModelName = Big.Name, InstanceType = "ml.m5.large", AcceleratorType = {|EI0005:Accelerator|} });
                }
            }
            """,
            Verify.Usings + models + """
            class Deploy
            {
                const string Accelerator = "ml.eia2.medium";

                void Run(List<ProductionVariant> variants)
                {
                    variants.Add(new ProductionVariant { ModelName = Small.Name, InstanceType = "ml.m5.large", AcceleratorType = Accelerator });
                    variants.Add(new ProductionVariant { ModelName = Big.Name, InstanceType = "ml.m5.large", AcceleratorType = "ml.eia2.large" });
                }
            }
            """,
            equivalenceKey: "EI0005.Fix",
            editorConfig: "dotnet_diagnostic.EI0013.severity = none\n");
    }
}
