using System.Threading;
using System.Threading.Tasks;
using EiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace EiAnalyzers.Tests.Review;

/// <summary>Review: an image fix must not rewrite a const that another, correct configuration reads.</summary>
public class SharedConstFixTests
{
    private const string Online = """
        class Online
        {
            void Run(List<object> list)
            {
                var model = new CreateModelRequest { ModelName = "online", PrimaryContainer = new ContainerDefinition { Image = Images.TfGpu } };
                list.Add(new ProductionVariant { ModelName = model.ModelName, InstanceType = "ml.g4dn.xlarge" });
            }
        }

        """;

    private const string Images = """

        static class Images
        {
            public const string TfGpu = "763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference:2.3.0-gpu";
        }
        """;

    [Fact]
    public async Task EI0016_does_not_switch_a_gpu_image_const_that_a_gpu_variant_also_serves()
    {
        // "batch" runs the GPU image on a CPU host (EI0016, right); "online" runs the same const on a GPU (correct).
        // One click on batch's EI0016 rewrites Images.TfGpu to -cpu: "online" now serves a CPU image on a GPU (EI0016),
        // whose own fix rewrites the const back: Fix All and dotnet format flip the const on every run.
        var test = new SingleFixTest("EI0016.Fix")
        {
            TestCode = Verify.Usings + Online + """
                class Batch
                {
                    void Run(List<object> list)
                    {
                        var model = new CreateModelRequest { ModelName = "batch", PrimaryContainer = new ContainerDefinition { Image = {|EI0016:Images.TfGpu|} } };
                        list.Add(new ProductionVariant { ModelName = model.ModelName, InstanceType = "ml.m5.large" });
                    }
                }
                """ + Images,
            FixedCode = Verify.Usings + Online + """
                class Batch
                {
                    void Run(List<object> list)
                    {
                        var model = new CreateModelRequest { ModelName = "batch", PrimaryContainer = new ContainerDefinition { Image = "763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference:2.3.0-cpu" } };
                        list.Add(new ProductionVariant { ModelName = model.ModelName, InstanceType = "ml.m5.large" });
                    }
                }
                """ + Images,
        };
        await test.RunAsync(CancellationToken.None);
    }
}
