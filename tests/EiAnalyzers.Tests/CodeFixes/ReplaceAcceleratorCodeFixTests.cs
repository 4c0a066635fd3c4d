using System.Threading.Tasks;
using EiAnalyzers.CodeFixes;
using EiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace EiAnalyzers.Tests.CodeFixes;

/// <summary>EI0001, EI0004, EI0005 and EI0014: the value is replaced in the style it was written in.</summary>
public class ReplaceAcceleratorCodeFixTests
{
    private const string OnlyEI0001 = "dotnet_diagnostic.EI0013.severity = none\ndotnet_diagnostic.EI0014.severity = none\n";

    [Theory]
    [Libraries]
    public async Task EI0001_literals_become_the_closest_valid_literal_and_fix_all_fixes_each(Library library)
    {
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            library.Program($$"""
                {{library.Variant(accelerator: "{|EI0001:\"eia2.large\"|}")}};
                {{library.Variant(accelerator: "{|EI0001:\"ml.eia.medium\"|}")}};
                {{library.Variant(accelerator: "{|EI0001:\"eia1.xlarge\"|}")}};
                """),
            library.Program($$"""
                {{library.Variant(accelerator: "\"ml.eia2.large\"")}};
                {{library.Variant(accelerator: "\"ml.eia2.medium\"")}};
                {{library.Variant(accelerator: "\"ml.eia1.xlarge\"")}};
                """),
            equivalenceKey: "EI0001.Fix",
            editorConfig: OnlyEI0001);
    }

    [Theory]
    [Libraries]
    public async Task EI0001_fix_corrects_a_const_local_or_list_element_where_it_is_written(Library library)
    {
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            library.Program(
                $$"""
                var local = "ml.eia.large";
                {{library.Variant(accelerator: "{|EI0001:Accelerator|}")}};
                {{library.Variant(accelerator: "{|EI0001:local|}")}};
                {{library.Notebook(instanceType: "\"ml.t3.medium\"", accelerators: "{|EI0001:\"ml.eia2.mediun\"|}")}};
                """,
                members: """const string Accelerator = "eia2.medium";"""),
            library.Program(
                $$"""
                var local = "ml.eia2.large";
                {{library.Variant(accelerator: "Accelerator")}};
                {{library.Variant(accelerator: "local")}};
                {{library.Notebook(instanceType: "\"ml.t3.medium\"", accelerators: "\"ml.eia2.medium\"")}};
                """,
                members: """const string Accelerator = "ml.eia2.medium";"""),
            equivalenceKey: "EI0001.Fix",
            editorConfig: OnlyEI0001);
    }

    [Fact]
    public async Task EI0001_fix_corrects_the_argument_of_an_sdk_ConstantClass_constructor()
    {
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            Verify.Usings + """
            class Deploy
            {
                void Run()
                {
                    new ProductionVariant { AcceleratorType = {|EI0001:new ProductionVariantAcceleratorType("eia2.xlarge")|} };
                }
            }
            """,
            Verify.Usings + """
            class Deploy
            {
                void Run()
                {
                    new ProductionVariant { AcceleratorType = new ProductionVariantAcceleratorType("ml.eia2.xlarge") };
                }
            }
            """,
            equivalenceKey: "EI0001.Fix",
            editorConfig: OnlyEI0001);
    }

    [Theory]
    [Libraries]
    public async Task EI0014_keeps_a_string_a_string_and_a_generated_constant_a_constant(Library library)
    {
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            library.Program($$"""
                {{library.Variant(instanceType: "\"ml.c5.xlarge\"", accelerator: "{|EI0014:\"ml.eia1.xlarge\"|}")}};
                {{library.Variant(accelerator: "{|EI0014:EiAccelerators.Eia1Medium|}")}};
                {{library.Notebook(accelerators: "{|EI0014:\"ml.eia1.large\"|}")}};
                """),
            library.Program($$"""
                {{library.Variant(instanceType: "\"ml.c5.xlarge\"", accelerator: "\"ml.eia2.xlarge\"")}};
                {{library.Variant(accelerator: "EiAccelerators.Eia2Medium")}};
                {{library.Notebook(accelerators: "\"ml.eia2.large\"")}};
                """),
            equivalenceKey: "EI0014.Fix",
            editorConfig: "dotnet_diagnostic.EI0013.severity = none\n");
    }

    [Fact]
    public async Task EI0014_keeps_an_sdk_ConstantClass_field_a_field()
    {
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            Verify.Usings + """
            class Deploy
            {
                void Run()
                {
                    new ProductionVariant { AcceleratorType = {|EI0014:ProductionVariantAcceleratorType.MlEia1Medium|} };
                    new ProductionVariant { AcceleratorType = {|EI0014:Amazon.SageMaker.ProductionVariantAcceleratorType.MlEia1Large|} };
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

    [Theory]
    [Libraries]
    public async Task EI0004_replaces_with_the_smallest_eia2_that_fits(Library library)
    {
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            library.Program(
                $$"""
                {{library.Variant(model: "BertQa.Name", accelerator: "{|EI0004:" + library.Accelerator("ml.eia1.medium") + "|}")}};
                {{library.Variant(model: "BertQa.Name", instanceType: "\"ml.c5.xlarge\"", accelerator: "{|EI0004:\"ml.eia1.medium\"|}")}};
                {{library.Variant(model: "\"detector\"", accelerator: "{|EI0004:\"ml.eia2.medium\"|}")}};
                """,
                Models),
            library.Program(
                $$"""
                {{library.Variant(model: "BertQa.Name", accelerator: library.Accelerator("ml.eia2.medium"))}};
                {{library.Variant(model: "BertQa.Name", instanceType: "\"ml.c5.xlarge\"", accelerator: "\"ml.eia2.medium\"")}};
                {{library.Variant(model: "\"detector\"", accelerator: "{|EI0005:\"ml.eia2.large\"|}")}};
                """,
                Models),
            equivalenceKey: "EI0004.Fix",
            editorConfig: "dotnet_diagnostic.EI0013.severity = none\ndotnet_diagnostic.EI0014.severity = none\n",
            reportedByBuild: true);
    }

    [Theory]
    [Libraries]
    public async Task EI0005_replaces_with_the_smallest_with_headroom(Library library)
    {
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            library.Program(library.Variant(model: "Detector.Name", accelerator: "{|EI0005:EiAccelerators.Eia2Large|}") + ";", Models),
            library.Program(library.Variant(model: "Detector.Name", accelerator: "EiAccelerators.Eia2Xlarge") + ";", Models),
            equivalenceKey: "EI0005.Fix",
            editorConfig: "dotnet_diagnostic.EI0013.severity = none\n");
    }

    [Theory]
    [Libraries]
    public async Task EI0001_removes_an_instance_type_in_the_accelerators_place_no_accelerator_is_closest_to_it(Library library)
    {
        // Every EI0001 offers the same first fix (issue 14: a project-wide dotnet format is complete): here, the removal.
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            library.Program(library.Variant(accelerator: "{|EI0001:\"ml.p3.2xlarge\"|}") + ";"),
            library.Program(library.Variant() + ";"),
            equivalenceKey: "EI0001.Fix",
            editorConfig: OnlyEI0001);
    }
}
