using System.Threading.Tasks;
using EiAnalyzers.CodeFixes;
using EiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace EiAnalyzers.Tests.CodeFixes;

/// <summary>EI0002, EI0003, EI0006, EI0010: remove the accelerator; EI0011: keep the first.</summary>
public class RemoveAcceleratorCodeFixTests
{
    private const string Quiet = "dotnet_diagnostic.EI0013.severity = none\ndotnet_diagnostic.EI0014.severity = none\n";

    [Theory]
    [Libraries]
    public async Task EI0006_removes_the_accelerator_from_initializers_and_statements(Library library)
    {
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            library.Program($$"""
                var a = new {{library.VariantType}}
                {
                    ModelName = "m",
                    InstanceType = {{library.Host("ml.g4dn.xlarge")}},
                    AcceleratorType = {|EI0006:"ml.eia2.medium"|},
                    InitialInstanceCount = 1,
                };
                var b = {{library.Variant(instanceType: "\"ml.p3.2xlarge\"", accelerator: "{|EI0006:" + library.Accelerator("ml.eia2.large") + "|}")}};
                var c = {{library.Variant(instanceType: library.Host("ml.inf1.xlarge"))}};
                c.AcceleratorType = {|EI0006:"ml.eia2.xlarge"|};
                """),
            library.Program($$"""
                var a = new {{library.VariantType}}
                {
                    ModelName = "m",
                    InstanceType = {{library.Host("ml.g4dn.xlarge")}},
                    InitialInstanceCount = 1,
                };
                var b = {{library.Variant(instanceType: "\"ml.p3.2xlarge\"")}};
                var c = {{library.Variant(instanceType: library.Host("ml.inf1.xlarge"))}};
                """),
            editorConfig: Quiet);
    }

    [Theory]
    [Libraries]
    public async Task EI0003_removes_the_notebook_accelerators(Library library)
    {
        const string models = """
            [EiModel("bert-qa", EiFramework.PyTorch, "1.5.1", Notebooks = new[] { "qa-lab" })]
            internal static partial class BertQa { }


            """;
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            library.Program(library.Notebook(name: "\"qa-lab\"", instanceType: library.NotebookHost("ml.t3.medium"), accelerators: "{|EI0003:\"ml.eia2.large\"|}") + ";", models),
            library.Program(library.Notebook(name: "\"qa-lab\"", instanceType: library.NotebookHost("ml.t3.medium")) + ";", models),
            editorConfig: Quiet,
            reportedByBuild: true);
    }

    [Fact]
    public async Task EI0003_tells_an_sdk_notebook_update_to_let_its_accelerators_go()
    {
        const string models = """
            [EiModel("bert-qa", EiFramework.PyTorch, "1.5.1", Notebooks = new[] { "qa-lab" })]
            internal static partial class BertQa { }

            """;
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            Verify.Usings + models + """
            class Deploy
            {
                void Run()
                {
                    var update = new UpdateNotebookInstanceRequest { NotebookInstanceName = "qa-lab", AcceleratorTypes = new List<string>() };
                    update.AcceleratorTypes.Add({|EI0003:"ml.eia2.medium"|});
                }
            }
            """,
            Verify.Usings + models + """
            class Deploy
            {
                void Run()
                {
                    var update = new UpdateNotebookInstanceRequest { NotebookInstanceName = "qa-lab", AcceleratorTypes = new List<string>() };
                    update.DisassociateAcceleratorTypes = true;
                }
            }
            """,
            editorConfig: Quiet,
            reportedByBuild: true);
    }

    [Theory]
    [Libraries]
    public async Task EI0002_and_EI0010_remove_the_accelerator(Library library)
    {
        const string models = """
            [EiModel("churn", EiFramework.XGBoost, "1.7")]
            internal static partial class Churn { }


            """;
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            library.Program(
                $$"""
                {{library.Variant(model: "Churn.Name", accelerator: "{|EI0002:\"ml.eia2.medium\"|}", more: "InstanceType = " + library.Host("ml.m5.large"))}};
                {{library.Variant(serverless: library.Serverless(memoryMb: 2048), accelerator: "{|EI0010:\"ml.eia2.medium\"|}")}};
                """,
                models),
            library.Program(
                $$"""
                {{library.Variant(model: "Churn.Name", more: "InstanceType = " + library.Host("ml.m5.large"))}};
                {{library.Variant(serverless: library.Serverless(memoryMb: 2048))}};
                """,
                models),
            editorConfig: Quiet,
            fixAllIterations: 2);
    }

    [Theory]
    [Libraries]
    public async Task EI0002_removes_the_accelerator_of_a_variant_tied_to_its_model_object(Library library)
    {
        var model = library.Model("churn", "\"683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1\"") + "\n";
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            library.Program(model + library.Variant(model: library.ModelNameOf("churn"), instanceType: "\"ml.m5.large\"", accelerator: "{|EI0002:\"ml.eia2.medium\"|}") + ";"),
            library.Program(model + library.Variant(model: library.ModelNameOf("churn"), instanceType: "\"ml.m5.large\"") + ";"),
            editorConfig: Quiet,
            reportedByBuild: true);
    }

    [Theory]
    [Libraries]
    public async Task EI0011_keeps_only_the_first_accelerator(Library library)
    {
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            library.Program(library.Notebook(accelerators: "\"ml.eia2.medium\", {|EI0011:\"ml.eia2.large\"|}, {|EI0011:\"ml.eia2.xlarge\"|}") + ";"),
            library.Program(library.Notebook(accelerators: "\"ml.eia2.medium\"") + ";"),
            editorConfig: Quiet);
    }

    [Fact]
    public async Task EI0011_removes_an_accelerator_added_to_the_sdks_list()
    {
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            Verify.Usings + """
            class Deploy
            {
                void Run()
                {
                    var request = new CreateNotebookInstanceRequest { AcceleratorTypes = new List<string> { "ml.eia2.medium" } };
                    request.AcceleratorTypes.Add({|EI0011:"ml.eia2.large"|});
                }
            }
            """,
            Verify.Usings + """
            class Deploy
            {
                void Run()
                {
                    var request = new CreateNotebookInstanceRequest { AcceleratorTypes = new List<string> { "ml.eia2.medium" } };
                }
            }
            """,
            editorConfig: Quiet);
    }
}
