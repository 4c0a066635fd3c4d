using System.Threading.Tasks;
using EiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace EiAnalyzers.Tests.Checks;

/// <summary>The examples of ../shared/rules.md, exactly as written there, must hold.</summary>
public class RulesMdExamplesTests
{
    [Fact]
    public async Task Every_example_of_rules_md_reports_what_it_says()
    {
        await Verify.Analyzer(Verify.Usings + """
            [EiModel("resnet50", EiFramework.TensorFlow, "2.3", ArtifactSizeMb = 98)]
            internal static partial class Resnet50 { }

            [EiModel("bert-qa", EiFramework.PyTorch, "1.5.1", ArtifactSizeMb = 1300, Notebooks = new[] { "nlp-dev" })]
            internal static partial class BertQa { }

            class Deploy
            {
                void Run()
                {
                    new ProductionVariant { ModelName = BertQa.Name, InstanceType = ProductionVariantInstanceType.MlM5Xlarge,
                        AcceleratorType = {|EI0004:{|EI0013:{|EI0014:"ml.eia1.medium"|}|}|} };
                    new ProductionVariant { InstanceType = ProductionVariantInstanceType.MlG4dnXlarge,
                        AcceleratorType = {|EI0006:{|EI0013:ProductionVariantAcceleratorType.MlEia2Medium|}|} };
                    new ProductionVariant { AcceleratorType = {|EI0001:{|EI0013:"eia2.large"|}|} };
                    new CreateNotebookInstanceRequest { NotebookInstanceName = "nlp-dev",
                        AcceleratorTypes = new List<string> { {|EI0003:{|EI0013:"ml.eia2.large"|}|} } };
                    new CreateModelRequest { ModelName = "abalone", PrimaryContainer = new ContainerDefinition {
                        Image = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.0-1-cpu-py3" } };
                    new ProductionVariant { ModelName = "abalone", InstanceType = ProductionVariantInstanceType.MlM5Large,
                        AcceleratorType = {|EI0002:{|EI0013:{|EI0014:ProductionVariantAcceleratorType.MlEia1Medium|}|}|} };
                    var type = Environment.GetEnvironmentVariable("ACCEL");
                    new ProductionVariant { AcceleratorType = {|EI0013:type|} };
                }
            }
            """);
    }
}
