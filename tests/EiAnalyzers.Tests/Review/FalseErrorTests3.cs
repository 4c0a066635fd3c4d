using System.Threading.Tasks;
using EiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace EiAnalyzers.Tests.Review;

/// <summary>Review, third batch: complementary conditions, and values the SDK normalizes.</summary>
public class FalseErrorTests3
{
    private const string Quiet = "dotnet_diagnostic.EI0013.severity = none\ndotnet_diagnostic.EI0014.severity = none\n";

    [Fact]
    public async Task A_gpu_for_large_models_and_ei_for_small_ones_by_complementary_comparisons()
    {
        // size > 2048 and size <= 2048 are complements: the GPU arm never gets the accelerator.
        await Verify.Analyzer(Verify.Usings + """
            class Deploy
            {
                ProductionVariant Make(string model, int artifactSizeMb) => new ProductionVariant
                {
                    ModelName = model,
                    InstanceType = artifactSizeMb > 2048 ? "ml.g4dn.xlarge" : "ml.m5.large",
                    AcceleratorType = artifactSizeMb <= 2048 ? "ml.eia2.medium" : null,
                };
            }
            """, Quiet);
    }

    [Fact]
    public async Task The_same_comparison_with_its_operands_swapped()
    {
        await Verify.Analyzer(Verify.Usings + """
            class Deploy
            {
                const int Limit = 2048;

                ProductionVariant Make(string model, int artifactSizeMb) => new ProductionVariant
                {
                    ModelName = model,
                    InstanceType = artifactSizeMb > Limit ? "ml.g4dn.xlarge" : "ml.m5.large",
                    AcceleratorType = Limit < artifactSizeMb ? null : "ml.eia2.medium",
                };
            }
            """, Quiet);
    }

    [Fact]
    public async Task HasValue_and_a_null_test_of_the_same_nullable()
    {
        await Verify.Analyzer(Verify.Usings + """
            class Deploy
            {
                ProductionVariant Make(string model, int? gpuCount) => new ProductionVariant
                {
                    ModelName = model,
                    InstanceType = gpuCount.HasValue ? "ml.g4dn.xlarge" : "ml.m5.large",
                    AcceleratorType = gpuCount == null ? "ml.eia2.medium" : null,
                };
            }
            """, Quiet);
    }

    [Fact]
    public async Task A_notebook_accelerator_found_case_insensitively_is_sent_in_the_sdks_spelling()
    {
        // FindValue matches case-insensitively and returns the SDK's own MlEia2Medium, whose string is "ml.eia2.medium".
        await Verify.Analyzer(Verify.Usings + """
            class Deploy
            {
                CreateNotebookInstanceRequest Make() => new CreateNotebookInstanceRequest
                {
                    NotebookInstanceName = "lab",
                    InstanceType = InstanceType.MlT3Medium,
                    AcceleratorTypes = new List<string> { NotebookInstanceAcceleratorType.FindValue("ML.EIA2.MEDIUM") },
                };
            }
            """, Quiet);
    }
}
