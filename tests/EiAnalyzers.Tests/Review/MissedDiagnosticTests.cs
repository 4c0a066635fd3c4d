using System.Threading.Tasks;
using EiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace EiAnalyzers.Tests.Review;

/// <summary>Review: plainly invalid configurations that get nothing (lower priority than false errors).</summary>
public class MissedDiagnosticTests
{
    private const string Quiet = "dotnet_diagnostic.EI0013.severity = none\ndotnet_diagnostic.EI0014.severity = none\n";

    [Fact]
    public async Task A_gpu_variant_with_an_accelerator_next_to_a_loop_that_builds_a_name()
    {
        // The loop's growing string makes every iteration a new state: the block is "too complex" and read for its
        // accelerators only, so the plainly wrong initializer below loses its EI0006.
        await Verify.Analyzer(Verify.Usings + """
            class Deploy
            {
                ProductionVariant Make(int shards)
                {
                    var name = "variant";
                    for (var i = 0; i < shards; i++)
                    {
                        name = name + "-" + i;
                    }

                    return new ProductionVariant { VariantName = name, InstanceType = "ml.g4dn.xlarge", AcceleratorType = {|EI0006:"ml.eia2.medium"|} };
                }
            }
            """, Quiet);
    }

    [Fact]
    public async Task A_gpu_variant_with_an_accelerator_in_a_method_with_seven_optional_tags()
    {
        await Verify.Analyzer(Verify.Usings + """
            class Deploy
            {
                CreateEndpointConfigRequest Make(bool a, bool b, bool c, bool d, bool e, bool f, bool g)
                {
                    var tags = new List<string>();
                    if (a) tags.Add("a");
                    if (b) tags.Add("b");
                    if (c) tags.Add("c");
                    if (d) tags.Add("d");
                    if (e) tags.Add("e");
                    if (f) tags.Add("f");
                    if (g) tags.Add("g");
                    return new CreateEndpointConfigRequest
                    {
                        EndpointConfigName = string.Join("-", tags),
                        ProductionVariants = new List<ProductionVariant>
                        {
                            new ProductionVariant { VariantName = "v", InstanceType = "ml.g4dn.xlarge", AcceleratorType = {|EI0006:"ml.eia2.medium"|} },
                        },
                    };
                }
            }
            """, Quiet);
    }

    [Fact]
    public async Task An_accelerator_written_into_a_notebook_list_by_index()
    {
        await Verify.Analyzer(Verify.Usings + """
            class Deploy
            {
                void Fix(CreateNotebookInstanceRequest request)
                {
                    request.AcceleratorTypes[0] = {|EI0001:"eia2.medium"|};
                }
            }
            """, Quiet);
    }

    [Fact]
    public async Task A_ConstantClass_constructed_with_another_case_is_sent_as_written()
    {
        // new ProductionVariantAcceleratorType("ML.EIA2.MEDIUM") keeps its Value as written, and the SDK sends Value.
        await Verify.Analyzer(Verify.Usings + """
            class Deploy
            {
                ProductionVariant Make() => new ProductionVariant { ModelName = "m", InstanceType = "ml.m5.large", AcceleratorType = {|EI0001:new ProductionVariantAcceleratorType("ML.EIA2.MEDIUM")|} };
            }
            """, Quiet);
    }
}
