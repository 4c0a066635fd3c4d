using System.Threading.Tasks;
using EiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace EiAnalyzers.Tests.Review;

/// <summary>
/// Review: valid programs (no path gives a GPU host an accelerator, no notebook two accelerators ...) that get an
/// Error today. Each expects no diagnostic at all with EI0013 and EI0014 silenced.
/// </summary>
public class FalseErrorTests
{
    private const string Quiet = "dotnet_diagnostic.EI0013.severity = none\ndotnet_diagnostic.EI0014.severity = none\n";

    private static string Source(string body, string members = "", string types = "") => Verify.Usings + """
        using System.Linq;
        using System.Threading.Tasks;

        enum Mode { Cpu, Ei, Gpu }

        record DeployOptions(string Mode, bool UseGpu);

        class Settings { public string Mode { get; set; } = "ei"; public bool UseGpu { get; set; } }

        """ + types + """

        class Deploy
        {
            static bool IsEi(string mode) => mode == "ei";

            static string NameOf(DeployOptions o) => "variant-" + o.Mode;

            static Task<string> CreateModelAsync(DeployOptions o) => Task.FromResult("m");

        """ + members + """

            async Task Run(string mode, Mode kind, DeployOptions o, Settings s, bool gpu, List<object> list, Dictionary<string, string> config, List<Settings> all, IEnumerable<string> types)
            {
                await Task.Yield();
        """ + body + """

            }
        }
        """;

    // ---- The same condition, read as two different ones ----------------------------------------------------------

    [Fact]
    public async Task Pattern_combinator_for_the_host_and_equality_for_the_accelerator()
    {
        // mode == "ei" implies mode is "ei" or "cpu": the GPU arm never has the accelerator.
        await Verify.Analyzer(Source("""
                    list.Add(new ProductionVariant
                    {
                        ModelName = "m",
                        InstanceType = mode is "ei" or "cpu" ? "ml.m5.large" : "ml.g4dn.xlarge",
                        AcceleratorType = mode == "ei" ? "ml.eia2.medium" : null,
                    });
            """), Quiet);
    }

    [Fact]
    public async Task The_same_pattern_combinator_twice_in_another_order()
    {
        await Verify.Analyzer(Source("""
                    list.Add(new ProductionVariant
                    {
                        ModelName = "m",
                        InstanceType = mode is "ei" or "cpu" ? "ml.m5.large" : "ml.g4dn.xlarge",
                        AcceleratorType = mode is "cpu" or "ei" ? "ml.eia2.medium" : null,
                    });
            """), Quiet);
    }

    [Fact]
    public async Task A_call_of_the_project_on_a_member_tested_twice()
    {
        // IsEi(o.Mode) is the same test both times; evaluating the call itself forgets the fact about it.
        await Verify.Analyzer(Source("""
                    list.Add(new ProductionVariant
                    {
                        ModelName = "m",
                        InstanceType = IsEi(o.Mode) ? "ml.m5.large" : "ml.g4dn.xlarge",
                        AcceleratorType = IsEi(o.Mode) ? "ml.eia2.medium" : null,
                    });
            """), Quiet);
    }

    [Fact]
    public async Task An_init_only_record_property_does_not_change_across_a_call_of_the_project()
    {
        await Verify.Analyzer(Source("""
                    var variant = new ProductionVariant { InstanceType = o.UseGpu ? "ml.g4dn.xlarge" : "ml.m5.large" };
                    variant.VariantName = NameOf(o);
                    if (!o.UseGpu)
                    {
                        variant.AcceleratorType = "ml.eia2.medium";
                    }

                    list.Add(variant);
            """), Quiet);
    }

    [Fact]
    public async Task An_await_of_the_projects_own_method_between_two_tests_of_a_record_property()
    {
        await Verify.Analyzer(Source("""
                    var variant = new ProductionVariant { InstanceType = o.UseGpu ? "ml.g4dn.xlarge" : "ml.m5.large" };
                    variant.ModelName = await CreateModelAsync(o);
                    variant.AcceleratorType = o.UseGpu ? null : "ml.eia2.medium";
                    list.Add(variant);
            """), Quiet);
    }

    [Fact]
    public async Task A_configuration_indexer_tested_twice()
    {
        // config["UseGpu"] (IConfiguration, a dictionary) is the same value both times.
        await Verify.Analyzer(Source("""
                    list.Add(new ProductionVariant
                    {
                        ModelName = "m",
                        InstanceType = config["UseGpu"] == "true" ? "ml.g4dn.xlarge" : "ml.m5.large",
                        AcceleratorType = config["UseGpu"] == "true" ? null : "ml.eia2.medium",
                    });
            """), Quiet);
    }

    [Fact]
    public async Task A_list_element_tested_twice_in_a_for_loop()
    {
        await Verify.Analyzer(Source("""
                    for (var i = 0; i < all.Count; i++)
                    {
                        list.Add(new ProductionVariant
                        {
                            ModelName = "m" + i,
                            InstanceType = all[i].UseGpu ? "ml.g4dn.xlarge" : "ml.m5.large",
                            AcceleratorType = all[i].UseGpu ? null : "ml.eia2.medium",
                        });
                    }
            """), Quiet);
    }

    [Fact]
    public async Task A_null_conditional_read_tested_twice()
    {
        await Verify.Analyzer(Source("""
                    list.Add(new ProductionVariant
                    {
                        ModelName = "m",
                        InstanceType = s?.UseGpu == true ? "ml.g4dn.xlarge" : "ml.m5.large",
                        AcceleratorType = s?.UseGpu == true ? null : "ml.eia2.medium",
                    });
            """), Quiet);
    }

    [Fact]
    public async Task Equals_and_the_equality_operator()
    {
        await Verify.Analyzer(Source("""
                    list.Add(new ProductionVariant
                    {
                        ModelName = "m",
                        InstanceType = mode.Equals("gpu") ? "ml.g4dn.xlarge" : "ml.m5.large",
                        AcceleratorType = mode == "gpu" ? null : "ml.eia2.medium",
                    });
            """), Quiet);
    }

    [Fact]
    public async Task A_bool_local_derived_from_the_condition()
    {
        await Verify.Analyzer(Source("""
                    var useEi = !gpu;
                    list.Add(new ProductionVariant
                    {
                        ModelName = "m",
                        InstanceType = gpu ? "ml.g4dn.xlarge" : "ml.m5.large",
                        AcceleratorType = useEi ? "ml.eia2.medium" : null,
                    });
            """), Quiet);
    }

    [Fact]
    public async Task A_switch_statement_for_the_host_and_an_if_for_the_accelerator()
    {
        await Verify.Analyzer(Source("""
                    var v = new ProductionVariant { ModelName = "m" };
                    switch (mode)
                    {
                        case "gpu":
                            v.InstanceType = "ml.g4dn.xlarge";
                            break;
                        case "ei":
                        default:
                            v.InstanceType = "ml.m5.large";
                            break;
                    }

                    if (mode == "ei")
                    {
                        v.AcceleratorType = "ml.eia2.medium";
                    }

                    list.Add(v);
            """), Quiet);
    }

    [Fact]
    public async Task A_switch_expression_for_the_host_and_a_ternary_for_the_accelerator()
    {
        await Verify.Analyzer(Source("""
                    list.Add(new ProductionVariant
                    {
                        ModelName = "m",
                        InstanceType = kind switch { Mode.Gpu => "ml.g4dn.xlarge", _ => "ml.m5.large" },
                        AcceleratorType = kind == Mode.Ei ? "ml.eia2.medium" : null,
                    });
            """), Quiet);
    }

    [Fact]
    public async Task A_static_readonly_flag_does_not_change_across_a_call()
    {
        await Verify.Analyzer(Source("""
                    var variant = new ProductionVariant { InstanceType = UseGpuHosts ? "ml.g4dn.xlarge" : "ml.m5.large" };
                    variant.VariantName = NameOf(o);
                    variant.AcceleratorType = UseGpuHosts ? null : "ml.eia2.medium";
                    list.Add(variant);
            """, """
                static readonly bool UseGpuHosts = Environment.GetEnvironmentVariable("GPU") == "1";
            """), Quiet);
    }

    // ---- Notebook accelerators from a loop -------------------------------------------------------------------------

    [Fact]
    public async Task Notebook_accelerators_copied_from_configuration_in_a_loop()
    {
        // The configuration has 0 or 1 of them: nothing says two are added.
        await Verify.Analyzer(Source("""
                    var request = new CreateNotebookInstanceRequest { NotebookInstanceName = "lab", InstanceType = InstanceType.MlT3Medium, AcceleratorTypes = new List<string>() };
                    foreach (var type in types)
                    {
                        request.AcceleratorTypes.Add(type);
                    }

                    list.Add(request);
            """), Quiet);
    }

    [Fact]
    public async Task Notebook_accelerator_added_in_a_retry_loop_after_clearing()
    {
        await Verify.Analyzer(Source("""
                    var request = new CreateNotebookInstanceRequest { NotebookInstanceName = "lab", InstanceType = InstanceType.MlT3Medium, AcceleratorTypes = new List<string>() };
                    foreach (var type in new[] { "ml.eia2.medium" })
                    {
                        request.AcceleratorTypes.Add(type);
                    }

                    list.Add(request);
            """), Quiet);
    }

    // ---- Models of the same name ---------------------------------------------------------------------------------

    [Fact]
    public async Task A_dev_and_a_prod_model_of_the_same_name_each_with_its_own_linked_variant()
    {
        // Each variant serves the model object it is linked to; the other environment's model is not on its path.
        await Verify.Analyzer(Source("""
                    if (mode == "prod")
                    {
                        var model = new CreateModelRequest { ModelName = "vision", PrimaryContainer = new ContainerDefinition { Image = "763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference:2.3.0-gpu" } };
                        list.Add(model);
                        list.Add(new ProductionVariant { ModelName = model.ModelName, InstanceType = "ml.g4dn.xlarge" });
                    }
                    else
                    {
                        var model = new CreateModelRequest { ModelName = "vision", PrimaryContainer = new ContainerDefinition { Image = "763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference:2.3.0-cpu" } };
                        list.Add(model);
                        list.Add(new ProductionVariant { ModelName = model.ModelName, InstanceType = "ml.m5.large" });
                    }
            """), Quiet);
    }

    [Fact]
    public async Task Dev_and_prod_stacks_in_two_methods_with_the_same_model_name()
    {
        await Verify.Analyzer(Source("", """
                void Dev(List<object> list)
                {
                    var model = new CreateModelRequest { ModelName = "vision", PrimaryContainer = new ContainerDefinition { Image = "763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference:2.3.0-cpu" } };
                    list.Add(new ProductionVariant { ModelName = model.ModelName, InstanceType = "ml.m5.large" });
                }

                void Prod(List<object> list)
                {
                    var model = new CreateModelRequest { ModelName = "vision", PrimaryContainer = new ContainerDefinition { Image = "763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference:2.3.0-gpu" } };
                    list.Add(new ProductionVariant { ModelName = model.ModelName, InstanceType = "ml.g4dn.xlarge" });
                }
            """), Quiet);
    }
}
