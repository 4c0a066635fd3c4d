using System.Linq;
using System.Threading.Tasks;
using EiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace EiAnalyzers.Tests.Reading;

/// <summary>
/// Where two conditions only look alike, the reader must not take them for one: each such case has a real path with a
/// GPU host and an accelerator, and keeps its EI0006. Where a value changes between two tests to one the reader does
/// not know, it cannot tell whether the tests agree: it says nothing of the host (the accelerator's EI0013 stays).
/// </summary>
public class FlowSoundnessTests
{
    private const string Quiet = "dotnet_diagnostic.EI0013.severity = none\ndotnet_diagnostic.EI0014.severity = none\n";

    private static string Source(string body, string members = "") => Verify.Usings + """
        class Settings { public bool UseGpu { get; set; } }

        class Deploy
        {
        """ + members + """

            static bool Flip() => DateTime.Now.Second % 2 == 0;

            ProductionVariant Run(string mode, bool gpu, double load, int? count, Settings s, List<Settings> all)
            {
        """ + body + """

            }
        }
        """;

    [Fact]
    public async Task A_case_insensitive_Equals_is_not_the_equality_operator()
    {
        // mode "GPU": the host is a GPU, and mode == "gpu" is false, so the accelerator is set.
        await Verify.Analyzer(Source("""
                    return new ProductionVariant
                    {
                        InstanceType = mode.Equals("gpu", StringComparison.OrdinalIgnoreCase) ? "ml.g4dn.xlarge" : "ml.m5.large",
                        AcceleratorType = mode == "gpu" ? null : {|EI0006:"ml.eia2.medium"|},
                    };
            """), Quiet);
    }

    [Fact]
    public async Task A_bool_local_keeps_the_value_its_condition_had_when_it_was_written()
    {
        // The old gpu and the new one: whether they agree cannot be told, so nothing is said of the host.
        await Verify.Analyzer(Source("""
                    var cheap = !gpu;
                    gpu = Flip();
                    return new ProductionVariant
                    {
                        InstanceType = gpu ? "ml.g4dn.xlarge" : "ml.m5.large",
                        AcceleratorType = cheap ? "ml.eia2.medium" : null,
                    };
            """), Quiet);
        await Verify.Analyzer(Source("""
                    var cheap = !gpu;
                    gpu = Flip();
                    return new ProductionVariant
                    {
                        InstanceType = gpu ? "ml.g4dn.xlarge" : "ml.m5.large",
                        AcceleratorType = cheap ? {|EI0013:"ml.eia2.medium"|} : null,
                    };
            """), "dotnet_diagnostic.EI0014.severity = none\n");

        await Verify.Analyzer(Source("""
                    var cheap = !gpu;
                    return new ProductionVariant
                    {
                        InstanceType = gpu ? "ml.g4dn.xlarge" : "ml.m5.large",
                        AcceleratorType = cheap ? "ml.eia2.medium" : null,
                    };
            """), Quiet);
    }

    [Fact]
    public async Task A_member_written_between_two_tests_is_tested_anew()
    {
        // Written with a value not known here: the second test is not the first one, and nothing is said of the host.
        await Verify.Analyzer(Source("""
                    var host = s.UseGpu ? "ml.g4dn.xlarge" : "ml.m5.large";
                    s.UseGpu = !s.UseGpu;
                    return new ProductionVariant { InstanceType = host, AcceleratorType = s.UseGpu ? null : "ml.eia2.medium" };
            """), Quiet);

        await Verify.Analyzer(Source("""
                    var host = all[0].UseGpu ? "ml.g4dn.xlarge" : "ml.m5.large";
                    all[0] = new Settings();
                    return new ProductionVariant { InstanceType = host, AcceleratorType = all[0].UseGpu ? null : "ml.eia2.medium" };
            """), Quiet);

        // Written with a constant: the second test is decided by it.
        await Verify.Analyzer(Source("""
                    var host = s.UseGpu ? "ml.g4dn.xlarge" : "ml.m5.large";
                    s.UseGpu = false;
                    return new ProductionVariant { InstanceType = host, AcceleratorType = s.UseGpu ? null : {|EI0006:"ml.eia2.medium"|} };
            """), Quiet);
    }

    [Fact]
    public async Task Comparisons_of_floats_and_nullables_exclude_each_other_but_are_not_complements()
    {
        // load > 0.5 and load <= 0.5 are never both true; with NaN (or null) both are false.
        await Verify.Analyzer(Source("""
                    return new ProductionVariant
                    {
                        InstanceType = load > 0.5 ? "ml.g4dn.xlarge" : "ml.m5.large",
                        AcceleratorType = load <= 0.5 ? "ml.eia2.medium" : null,
                    };
            """), Quiet);
        await Verify.Analyzer(Source("""
                    return new ProductionVariant
                    {
                        InstanceType = count > 4 ? "ml.g4dn.xlarge" : "ml.m5.large",
                        AcceleratorType = count <= 4 ? "ml.eia2.medium" : null,
                    };
            """), Quiet);

        // NaN: not above 0.5, so a GPU host; not at most 0.5 either, so the accelerator.
        await Verify.Analyzer(Source("""
                    return new ProductionVariant
                    {
                        InstanceType = load > 0.5 ? "ml.m5.large" : "ml.g4dn.xlarge",
                        AcceleratorType = !(load <= 0.5) ? {|EI0006:"ml.eia2.medium"|} : null,
                    };
            """), Quiet);
    }

    [Fact]
    public async Task A_local_a_lambda_writes_is_unknown_after_the_lambda_may_have_run()
    {
        await Verify.Analyzer(Source("""
                    var host = "ml.g4dn.xlarge";
                    all.ForEach(x => host = "ml.m5.large");
                    return new ProductionVariant { InstanceType = host, AcceleratorType = "ml.eia2.medium" };
            """), Quiet);

        await Verify.Analyzer(Source("""
                    var host = "ml.g4dn.xlarge";
                    all.ForEach(x => Console.WriteLine(x));
                    return new ProductionVariant { InstanceType = host, AcceleratorType = {|EI0006:"ml.eia2.medium"|} };
            """), Quiet);
    }

    [Fact]
    public async Task A_value_the_path_knows_decides_a_test_of_it()
    {
        await Verify.Analyzer(Source("""
                    var v = new ProductionVariant { InstanceType = null, AcceleratorType = "ml.eia2.medium" };
                    v.InstanceType ??= "ml.g4dn.xlarge";
                    return v;
            """).Replace("\"ml.eia2.medium\" };", "{|EI0006:\"ml.eia2.medium\"|} };"), Quiet);

        await Verify.Analyzer(Source("""
                    var host = "ml.m5.large";
                    if (host != "ml.m5.large")
                    {
                        host = "ml.g4dn.xlarge";
                    }

                    return new ProductionVariant { InstanceType = host, AcceleratorType = "ml.eia2.medium" };
            """), Quiet);
    }

    /// <summary>More paths than the reader tells apart (2^7 here): it joins them, and says only what they all agree on.</summary>
    private static string SevenOptions(string before, string after) => Source(before + "\n" + string.Join("\n", Enumerable.Range(0, 7).Select(i => $"            if (all.Count > {i}) mode += \"{i}\";")) + "\n" + after);

    [Fact]
    public async Task A_block_with_too_many_paths_still_reads_what_they_agree_on()
    {
        await Verify.Analyzer(SevenOptions("""
                    var v = new ProductionVariant { InstanceType = "ml.g4dn.xlarge" };
            """, """
                    v.AcceleratorType = {|EI0006:"ml.eia2.medium"|};
                    return v;
            """), Quiet);
    }

    [Fact]
    public async Task Joining_too_many_paths_never_combines_a_host_and_an_accelerator_of_different_arms()
    {
        await Verify.Analyzer(SevenOptions("""
                    var v = new ProductionVariant { InstanceType = gpu ? "ml.g4dn.xlarge" : "ml.m5.large" };
            """, """
                    v.AcceleratorType = gpu ? null : "ml.eia2.medium";
                    return v;
            """), Quiet);
    }

    [Fact]
    public async Task A_request_is_judged_as_it_was_sent()
    {
        await Verify.Analyzer(Verify.Usings + """
            using System.Threading.Tasks;

            class Deploy
            {
                async Task Run(IAmazonSageMaker client)
                {
                    var v = new ProductionVariant { ModelName = "m", VariantName = "main", InstanceType = "ml.g4dn.xlarge", AcceleratorType = {|EI0006:"ml.eia2.medium"|} };
                    await client.CreateEndpointConfigAsync(new CreateEndpointConfigRequest { EndpointConfigName = "a", ProductionVariants = new List<ProductionVariant> { v } });
                    v.AcceleratorType = null;
                }
            }
            """, Quiet);
    }
}
