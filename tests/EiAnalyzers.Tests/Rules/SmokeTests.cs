using System.Threading.Tasks;
using EiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace EiAnalyzers.Tests.Rules;

public class SmokeTests
{
    [Fact]
    public async Task Rules_md_examples()
    {
        await Verify.Analyzer(Verify.Usings + """
            [EiModel("bert-qa", EiFramework.PyTorch, "1.5.1", ArtifactSizeMb = 1300, Notebooks = new[] { "nlp-dev" })]
            internal static partial class BertQa { }

            class Deploy
            {
                void Run()
                {
                    var a = new ProductionVariant { ModelName = BertQa.Name, InstanceType = ProductionVariantInstanceType.MlM5Xlarge,
                        AcceleratorType = {|EI0004:{|EI0013:{|EI0014:"ml.eia1.medium"|}|}|} };
                    var b = new ProductionVariant { InstanceType = ProductionVariantInstanceType.MlG4dnXlarge,
                        AcceleratorType = {|EI0006:{|EI0013:ProductionVariantAcceleratorType.MlEia2Medium|}|} };
                    var c = new ProductionVariant { AcceleratorType = {|EI0001:{|EI0013:"eia2.large"|}|} };
                    var d = new CreateNotebookInstanceRequest { NotebookInstanceName = "nlp-dev",
                        AcceleratorTypes = new List<string> { {|EI0003:{|EI0013:"ml.eia2.large"|}|} } };
                    var e = new CreateModelRequest { ModelName = "abalone", PrimaryContainer = new ContainerDefinition {
                        Image = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.0-1-cpu-py3" } };
                    var f = new ProductionVariant { ModelName = "abalone", InstanceType = ProductionVariantInstanceType.MlM5Large,
                        AcceleratorType = {|EI0002:{|EI0013:{|EI0014:ProductionVariantAcceleratorType.MlEia1Medium|}|}|} };
                    var type = Environment.GetEnvironmentVariable("ACCEL");
                    var g = new ProductionVariant { AcceleratorType = {|EI0013:type|} };
                }
            }
            """);
    }
}
