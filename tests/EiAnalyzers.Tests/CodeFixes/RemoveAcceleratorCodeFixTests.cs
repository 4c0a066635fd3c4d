using System.Threading.Tasks;
using EiAnalyzers.CodeFixes;
using EiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace EiAnalyzers.Tests.CodeFixes;

/// <summary>EI0002, EI0003, EI0006, EI0010: remove the accelerator; EI0011: keep the first.</summary>
public class RemoveAcceleratorCodeFixTests
{
    private const string Quiet = "dotnet_diagnostic.EI0013.severity = none\ndotnet_diagnostic.EI0014.severity = none\n";

    [Fact]
    public async Task EI0006_removes_the_accelerator_from_initializers_and_statements()
    {
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            Verify.Usings + """
            class Deploy
            {
                void Run()
                {
                    var a = new ProductionVariant
                    {
                        ModelName = "m",
                        InstanceType = ProductionVariantInstanceType.MlG4dnXlarge,
                        AcceleratorType = {|EI0006:"ml.eia2.medium"|},
                        InitialInstanceCount = 1,
                    };
                    var b = new ProductionVariant { InstanceType = "ml.p3.2xlarge", AcceleratorType = {|EI0006:ProductionVariantAcceleratorType.MlEia2Large|} };
                    var c = new ProductionVariant { InstanceType = ProductionVariantInstanceType.MlInf1Xlarge };
                    c.AcceleratorType = {|EI0006:"ml.eia2.xlarge"|};
                }
            }
            """,
            Verify.Usings + """
            class Deploy
            {
                void Run()
                {
                    var a = new ProductionVariant
                    {
                        ModelName = "m",
                        InstanceType = ProductionVariantInstanceType.MlG4dnXlarge,
                        InitialInstanceCount = 1,
                    };
                    var b = new ProductionVariant { InstanceType = "ml.p3.2xlarge" };
                    var c = new ProductionVariant { InstanceType = ProductionVariantInstanceType.MlInf1Xlarge };
                }
            }
            """,
            editorConfig: Quiet);
    }

    [Fact]
    public async Task EI0003_removes_the_notebook_accelerators()
    {
        var models = """
            [EiModel("bert-qa", EiFramework.PyTorch, "1.5.1", Notebooks = new[] { "qa-lab" })]
            internal static partial class BertQa { }

            """;
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            Verify.Usings + models + """
            class Deploy
            {
                void Run()
                {
                    new CreateNotebookInstanceRequest { NotebookInstanceName = "qa-lab", InstanceType = InstanceType.MlT3Medium, AcceleratorTypes = new List<string> { {|EI0003:"ml.eia2.large"|} } };
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
                    new CreateNotebookInstanceRequest { NotebookInstanceName = "qa-lab", InstanceType = InstanceType.MlT3Medium };
                    var update = new UpdateNotebookInstanceRequest { NotebookInstanceName = "qa-lab", AcceleratorTypes = new List<string>() };
                    update.DisassociateAcceleratorTypes = true;
                }
            }
            """,
            editorConfig: Quiet,
            reportedByBuild: true);
    }

    [Fact]
    public async Task EI0002_and_EI0010_remove_the_accelerator()
    {
        var models = """
            [EiModel("churn", EiFramework.XGBoost, "1.7")]
            internal static partial class Churn { }

            """;
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            Verify.Usings + models + """
            class Deploy
            {
                void Run()
                {
                    new ProductionVariant { ModelName = Churn.Name, AcceleratorType = {|EI0002:"ml.eia2.medium"|}, InstanceType = ProductionVariantInstanceType.MlM5Large };
                    new ProductionVariant { ServerlessConfig = new ProductionVariantServerlessConfig { MemorySizeInMB = 2048 }, AcceleratorType = {|EI0010:"ml.eia2.medium"|} };
                }
            }
            """,
            Verify.Usings + models + """
            class Deploy
            {
                void Run()
                {
                    new ProductionVariant { ModelName = Churn.Name, InstanceType = ProductionVariantInstanceType.MlM5Large };
                    new ProductionVariant { ServerlessConfig = new ProductionVariantServerlessConfig { MemorySizeInMB = 2048 } };
                }
            }
            """,
            editorConfig: Quiet,
            fixAllIterations: 2);
    }

    [Fact]
    public async Task EI0011_keeps_only_the_first_accelerator()
    {
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            Verify.Usings + """
            class Deploy
            {
                void Run()
                {
                    new CreateNotebookInstanceRequest { AcceleratorTypes = new List<string> { "ml.eia2.medium", {|EI0011:"ml.eia2.large"|}, {|EI0011:"ml.eia2.xlarge"|} } };
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
                    new CreateNotebookInstanceRequest { AcceleratorTypes = new List<string> { "ml.eia2.medium" } };
                    var request = new CreateNotebookInstanceRequest { AcceleratorTypes = new List<string> { "ml.eia2.medium" } };
                }
            }
            """,
            editorConfig: Quiet);
    }
}
