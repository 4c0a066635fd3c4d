using System.Threading.Tasks;
using EiAnalyzers.CodeFixes;
using EiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace EiAnalyzers.Tests.CodeFixes;

/// <summary>EI0001, EI0004, EI0005 and EI0014: the value is replaced in the style it was written in.</summary>
public class ReplaceAcceleratorCodeFixTests
{
    private const string OnlyEI0001 = "dotnet_diagnostic.EI0013.severity = none\ndotnet_diagnostic.EI0014.severity = none\n";

    [Fact]
    public async Task EI0001_literals_become_the_closest_valid_literal_and_fix_all_fixes_each()
    {
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            Verify.Usings + """
            class Deploy
            {
                void Run()
                {
                    new ProductionVariant { AcceleratorType = {|EI0001:"eia2.large"|} };
                    new ProductionVariant { AcceleratorType = {|EI0001:"ml.eia.medium"|} };
                    new ProductionVariant { AcceleratorType = {|EI0001:"eia1.xlarge"|} };
                }
            }
            """,
            Verify.Usings + """
            class Deploy
            {
                void Run()
                {
                    new ProductionVariant { AcceleratorType = "ml.eia2.large" };
                    new ProductionVariant { AcceleratorType = "ml.eia2.medium" };
                    new ProductionVariant { AcceleratorType = "ml.eia1.xlarge" };
                }
            }
            """,
            equivalenceKey: "EI0001.Fix",
            editorConfig: OnlyEI0001);
    }

    [Fact]
    public async Task EI0001_fix_corrects_a_const_local_or_constructor_argument_where_it_is_written()
    {
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            Verify.Usings + """
            class Deploy
            {
                const string Accelerator = "eia2.medium";

                void Run()
                {
                    var local = "ml.eia.large";
                    new ProductionVariant { AcceleratorType = {|EI0001:Accelerator|} };
                    new ProductionVariant { AcceleratorType = {|EI0001:local|} };
                    new ProductionVariant { AcceleratorType = {|EI0001:new ProductionVariantAcceleratorType("eia2.xlarge")|} };
                    new CreateNotebookInstanceRequest { AcceleratorTypes = new List<string> { {|EI0001:"ml.eia2.mediun"|} } };
                }
            }
            """,
            Verify.Usings + """
            class Deploy
            {
                const string Accelerator = "ml.eia2.medium";

                void Run()
                {
                    var local = "ml.eia2.large";
                    new ProductionVariant { AcceleratorType = Accelerator };
                    new ProductionVariant { AcceleratorType = local };
                    new ProductionVariant { AcceleratorType = new ProductionVariantAcceleratorType("ml.eia2.xlarge") };
                    new CreateNotebookInstanceRequest { AcceleratorTypes = new List<string> { "ml.eia2.medium" } };
                }
            }
            """,
            equivalenceKey: "EI0001.Fix",
            editorConfig: OnlyEI0001);
    }

    [Fact]
    public async Task EI0014_keeps_a_ConstantClass_field_a_field_and_a_string_a_string()
    {
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            Verify.Usings + """
            class Deploy
            {
                void Run()
                {
                    new ProductionVariant { AcceleratorType = {|EI0014:ProductionVariantAcceleratorType.MlEia1Medium|} };
                    new ProductionVariant { AcceleratorType = {|EI0014:Amazon.SageMaker.ProductionVariantAcceleratorType.MlEia1Large|} };
                    new ProductionVariant { AcceleratorType = {|EI0014:"ml.eia1.xlarge"|} };
                    new ProductionVariant { AcceleratorType = {|EI0014:EiAccelerators.Eia1Medium|} };
                    new CreateNotebookInstanceRequest { AcceleratorTypes = new List<string> { {|EI0014:NotebookInstanceAcceleratorType.MlEia1Large|} } };
                }
            }
            """,
            Verify.Usings + """
            class Deploy
            {
                void Run()
                {
                    new ProductionVariant { AcceleratorType = ProductionVariantAcceleratorType.MlEia2Medium };
                    new ProductionVariant { AcceleratorType = Amazon.SageMaker.ProductionVariantAcceleratorType.MlEia2Large };
                    new ProductionVariant { AcceleratorType = "ml.eia2.xlarge" };
                    new ProductionVariant { AcceleratorType = EiAccelerators.Eia2Medium };
                    new CreateNotebookInstanceRequest { AcceleratorTypes = new List<string> { NotebookInstanceAcceleratorType.MlEia2Large } };
                }
            }
            """,
            equivalenceKey: "EI0014.Fix",
            editorConfig: "dotnet_diagnostic.EI0013.severity = none\n");
    }

    private const string Models = """
        [EiModel("bert-qa", EiFramework.PyTorch, "1.5.1", ArtifactSizeMb = 1300)]
        internal static partial class BertQa { }

        [EiModel("detector", EiFramework.MXNet, "1.7.0", ArtifactSizeMb = 3000)]
        internal static partial class Detector { }

        """;

    [Fact]
    public async Task EI0004_replaces_with_the_smallest_eia2_that_fits()
    {
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            Verify.Usings + Models + """
            class Deploy
            {
                void Run()
                {
                    new ProductionVariant { ModelName = BertQa.Name, AcceleratorType = {|EI0004:ProductionVariantAcceleratorType.MlEia1Medium|} };
                    new ProductionVariant { ModelName = "detector", AcceleratorType = {|EI0004:"ml.eia2.medium"|} };
                }
            }
            """,
            Verify.Usings + Models + """
            class Deploy
            {
                void Run()
                {
                    new ProductionVariant { ModelName = BertQa.Name, AcceleratorType = ProductionVariantAcceleratorType.MlEia2Medium };
                    new ProductionVariant { ModelName = "detector", AcceleratorType = {|EI0005:"ml.eia2.large"|} };
                }
            }
            """,
            equivalenceKey: "EI0004.Fix",
            editorConfig: "dotnet_diagnostic.EI0013.severity = none\ndotnet_diagnostic.EI0014.severity = none\n",
            reportedByBuild: true);
    }

    [Fact]
    public async Task EI0005_replaces_with_the_smallest_with_headroom()
    {
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            Verify.Usings + Models + """
            class Deploy
            {
                ProductionVariant V() => new ProductionVariant { ModelName = Detector.Name, AcceleratorType = {|EI0005:EiAccelerators.Eia2Large|} };
            }
            """,
            Verify.Usings + Models + """
            class Deploy
            {
                ProductionVariant V() => new ProductionVariant { ModelName = Detector.Name, AcceleratorType = EiAccelerators.Eia2Xlarge };
            }
            """,
            equivalenceKey: "EI0005.Fix",
            editorConfig: "dotnet_diagnostic.EI0013.severity = none\n");
    }

    [Fact]
    public async Task EI0001_removes_an_instance_type_in_the_accelerators_place_no_accelerator_is_closest_to_it()
    {
        // Every EI0001 offers the same first fix (issue 14: a project-wide dotnet format is complete): here, the removal.
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            Verify.Usings + """
            class Deploy
            {
                ProductionVariant V() => new ProductionVariant { AcceleratorType = {|EI0001:"ml.p3.2xlarge"|} };
            }
            """,
            Verify.Usings + """
            class Deploy
            {
                ProductionVariant V() => new ProductionVariant { };
            }
            """,
            equivalenceKey: "EI0001.Fix",
            editorConfig: OnlyEI0001);
    }
}
