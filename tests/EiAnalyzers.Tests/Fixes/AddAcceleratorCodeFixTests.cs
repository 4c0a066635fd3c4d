using System.Threading.Tasks;
using EiAnalyzers.CodeFixes;
using EiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace EiAnalyzers.Tests.Fixes;

/// <summary>EI0008: an EI-enabled image without an accelerator gets the smallest that fits.</summary>
public class AddAcceleratorCodeFixTests
{
    [Fact]
    public async Task EI0008_adds_the_smallest_accelerator_that_fits_next_to_the_model_name()
    {
        var model = """
            [EiModel("vision", EiFramework.TensorFlow, "2.3", ArtifactSizeMb = 1500)]
            internal static partial class Vision { }

            """;
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            Verify.Usings + model + """
            class Deploy
            {
                void Run()
                {
                    new CreateModelRequest { ModelName = Vision.Name, PrimaryContainer = new ContainerDefinition { Image = "763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference-eia:2.3.0-cpu" } };
                    new ProductionVariant { ModelName = {|EI0008:Vision.Name|}, InstanceType = ProductionVariantInstanceType.MlC5Xlarge };
                    var other = new ProductionVariant();
                    other.ModelName = {|EI0008:"vision"|};
                }
            }
            """,
            Verify.Usings + model + """
            class Deploy
            {
                void Run()
                {
                    new CreateModelRequest { ModelName = Vision.Name, PrimaryContainer = new ContainerDefinition { Image = "763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference-eia:2.3.0-cpu" } };
                    new ProductionVariant { ModelName = Vision.Name, AcceleratorType = {|EI0013:ProductionVariantAcceleratorType.MlEia2Large|}, InstanceType = ProductionVariantInstanceType.MlC5Xlarge };
                    var other = new ProductionVariant();
                    other.ModelName = "vision";
                    other.AcceleratorType = {|EI0013:ProductionVariantAcceleratorType.MlEia2Large|};
                }
            }
            """,
            reportedByBuild: true);
    }
}
