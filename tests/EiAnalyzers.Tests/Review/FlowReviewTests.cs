using System.Threading.Tasks;
using EiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace EiAnalyzers.Tests.Review;

/// <summary>
/// Review of the flow reader (conditions by meaning, value sets, captured writes, Peek, joins). The first group are
/// valid programs (no real path gives a GPU host an accelerator) that must get no diagnostic with EI0013 and EI0014
/// silenced; the guards at the end are invalid programs that must keep their error.
/// </summary>
public class FlowReviewTests
{
    private const string Quiet = "dotnet_diagnostic.EI0013.severity = none\ndotnet_diagnostic.EI0014.severity = none\n";

    private static string Source(string body, string members = "", string types = "") => Verify.Usings + """
        using System.Linq;
        using System.Threading.Tasks;

        enum Mode { Cpu, Ei, Gpu }

        record DeployOptions(string Mode, bool UseGpu);

        class Settings { public string Mode { get; set; } = "ei"; public bool UseGpu { get; set; } public int Count { get; set; } }

        """ + types + """

        class Deploy
        {
            static Task<string> CreateModelAsync(DeployOptions o) => Task.FromResult("m");

        """ + members + """

            async Task Run(string mode, Mode kind, DeployOptions o, Settings s, bool gpu, bool? maybe, int? count, int size, double weight,
                List<object> list, Dictionary<string, string> config, List<Settings> all, bool[] flags, IEnumerable<string> types)
            {
                await Task.Yield();
        """ + body + """

            }
        }
        """;

    private static Task Valid(string body, string members = "", string types = "") => Verify.Analyzer(Source(body, members, types), Quiet);

    // ---- Aliases of bool locals -----------------------------------------------------------------------------------

    [Fact]
    public async Task A_bool_alias_keeps_its_meaning_after_its_input_is_written()
    {
        // useEi is !gpu as gpu was; writing gpu must not make the host's fact and useEi's fact independent.
        await Valid("""
                    var useEi = !gpu;
                    var v = new ProductionVariant { ModelName = "m", InstanceType = gpu ? "ml.g4dn.xlarge" : "ml.m5.large" };
                    gpu = false;
                    if (useEi)
                    {
                        v.AcceleratorType = "ml.eia2.medium";
                    }

                    list.Add(v);
            """);
    }

    [Fact]
    public async Task A_string_test_alias_keeps_its_meaning_after_its_input_is_written()
    {
        await Valid("""
                    var onGpu = mode == "gpu";
                    var v = new ProductionVariant { ModelName = "m", InstanceType = onGpu ? "ml.g4dn.xlarge" : "ml.m5.large" };
                    mode = mode.Trim();
                    if (!onGpu)
                    {
                        v.AcceleratorType = "ml.eia2.medium";
                    }

                    list.Add(v);
            """);
    }

    [Fact]
    public async Task A_bool_local_copied_from_a_parameter_and_written_again_on_one_branch()
    {
        // useGpu is gpu where the branch is not taken, false where it is: both tests of useGpu are the same test.
        await Valid("""
                    var useGpu = gpu;
                    if (config["force"] == "cpu")
                    {
                        useGpu = false;
                    }

                    var v = new ProductionVariant { ModelName = "m", InstanceType = useGpu ? "ml.g4dn.xlarge" : "ml.m5.large" };
                    if (!useGpu)
                    {
                        v.AcceleratorType = "ml.eia2.medium";
                    }

                    list.Add(v);
            """);
    }

    // ---- Writes the reader does not see as writes -----------------------------------------------------------------

    [Fact]
    public async Task A_parameter_written_by_a_local_function_is_forgotten_by_its_call()
    {
        // After UseCpu() mode is "cpu": the accelerator is never set on the GPU host.
        await Valid("""
                    void UseCpu() => mode = "cpu";
                    var v = new ProductionVariant { ModelName = "m", InstanceType = mode == "gpu" ? "ml.g4dn.xlarge" : "ml.m5.large" };
                    UseCpu();
                    v.AcceleratorType = mode == "gpu" ? "ml.eia2.medium" : null;
                    list.Add(v);
            """);
    }

    [Fact]
    public async Task A_bool_parameter_written_by_a_lambda_given_to_ForEach()
    {
        await Valid("""
                    var v = new ProductionVariant { ModelName = "m", InstanceType = gpu ? "ml.g4dn.xlarge" : "ml.m5.large" };
                    new List<int> { 1 }.ForEach(_ => gpu = false);
                    if (gpu)
                    {
                        v.AcceleratorType = "ml.eia2.medium";
                    }

                    list.Add(v);
            """);
    }

    [Fact]
    public async Task A_field_written_by_a_lambda_given_to_ForEach()
    {
        await Valid("""
                    host = "ml.g4dn.xlarge";
                    new List<int> { 1 }.ForEach(_ => host = "ml.m5.large");
                    list.Add(new ProductionVariant { ModelName = "m", InstanceType = host, AcceleratorType = "ml.eia2.medium" });
            """, members: """
                private string host = "";
            """);
    }

    [Fact]
    public async Task A_local_written_by_a_lambda_that_Lazy_runs()
    {
        await Valid("""
                    var host = "ml.g4dn.xlarge";
                    var lazy = new Lazy<string>(() => { host = "ml.m5.large"; return "m"; });
                    var name = lazy.Value;
                    list.Add(new ProductionVariant { ModelName = name, InstanceType = host, AcceleratorType = "ml.eia2.medium" });
            """);
    }

    [Fact]
    public async Task A_local_written_by_an_event_handler_that_a_property_setter_raises()
    {
        await Valid("""
                    var host = "ml.g4dn.xlarge";
                    var n = new Notifier();
                    n.Changed += () => host = "ml.m5.large";
                    n.Value = 1;
                    list.Add(new ProductionVariant { ModelName = "m", InstanceType = host, AcceleratorType = "ml.eia2.medium" });
            """, types: """
            class Notifier
            {
                private int value;
                public event Action? Changed;
                public int Value { get => value; set { this.value = value; Changed?.Invoke(); } }
            }

            """);
    }

    [Fact]
    public async Task A_compound_assignment_of_a_field_forgets_the_facts_about_it()
    {
        await Valid("""
                    var v = new ProductionVariant { ModelName = "m", InstanceType = useGpu ? "ml.g4dn.xlarge" : "ml.m5.large" };
                    useGpu &= false;
                    if (useGpu)
                    {
                        v.AcceleratorType = "ml.eia2.medium";
                    }

                    list.Add(v);
            """, members: """
                private bool useGpu;
            """);
    }

    [Fact]
    public async Task A_compound_assignment_of_a_property_forgets_the_facts_about_it()
    {
        await Valid("""
                    var v = new ProductionVariant { ModelName = "m", InstanceType = s.UseGpu ? "ml.g4dn.xlarge" : "ml.m5.large" };
                    s.UseGpu &= false;
                    if (s.UseGpu)
                    {
                        v.AcceleratorType = "ml.eia2.medium";
                    }

                    list.Add(v);
            """);
    }

    [Fact]
    public async Task An_increment_of_a_property_forgets_the_facts_about_it()
    {
        // Count == 0 on the GPU arm; after ++ it is 1 there (and 0 only where the host is the CPU).
        await Valid("""
                    var v = new ProductionVariant { ModelName = "m", InstanceType = s.Count == 0 ? "ml.g4dn.xlarge" : "ml.m5.large" };
                    s.Count++;
                    v.AcceleratorType = s.Count == 0 ? "ml.eia2.medium" : null;
                    list.Add(v);
            """);
    }

    [Fact]
    public async Task An_out_argument_into_a_field_forgets_the_facts_about_it()
    {
        await Valid("""
                    var v = new ProductionVariant { ModelName = "m", InstanceType = useGpu ? "ml.g4dn.xlarge" : "ml.m5.large" };
                    bool.TryParse("false", out useGpu);
                    if (useGpu)
                    {
                        v.AcceleratorType = "ml.eia2.medium";
                    }

                    list.Add(v);
            """, members: """
                private bool useGpu;
            """);
    }

    [Fact]
    public async Task A_deconstruction_into_a_property_forgets_the_facts_about_it()
    {
        await Valid("""
                    var v = new ProductionVariant { ModelName = "m", InstanceType = s.UseGpu ? "ml.g4dn.xlarge" : "ml.m5.large" };
                    (s.UseGpu, s.Count) = (false, 0);
                    if (s.UseGpu)
                    {
                        v.AcceleratorType = "ml.eia2.medium";
                    }

                    list.Add(v);
            """);
    }

    [Fact]
    public async Task A_readonly_field_assigned_again_in_a_constructor()
    {
        await Verify.Analyzer(Source("", types: """
            class Deployer
            {
                private readonly bool gpu;

                public Deployer(bool first, List<object> list)
                {
                    gpu = first;
                    var v = new ProductionVariant { ModelName = "m", InstanceType = gpu ? "ml.g4dn.xlarge" : "ml.m5.large" };
                    gpu = false;
                    if (gpu)
                    {
                        v.AcceleratorType = "ml.eia2.medium";
                    }

                    list.Add(v);
                }
            }

            """), Quiet);
    }

    [Fact]
    public async Task An_object_initializer_of_the_same_class_does_not_write_this_objects_field()
    {
        await Valid("""
                    host = "ml.m5.large";
                    var copy = new Deploy { host = "ml.g4dn.xlarge" };
                    list.Add(copy);
                    list.Add(new ProductionVariant { ModelName = "m", InstanceType = host, AcceleratorType = "ml.eia2.medium" });
            """, members: """
                private string host = "";
            """);
    }

    // ---- Members read as immutable that are not -----------------------------------------------------------------

    [Fact]
    public async Task A_get_only_interface_property_may_change_across_a_call_of_the_project()
    {
        await Valid("""
                    IGpuChoice choice = new GpuChoice { UseGpu = gpu };
                    var v = new ProductionVariant { ModelName = "m", InstanceType = choice.UseGpu ? "ml.g4dn.xlarge" : "ml.m5.large" };
                    Disable(choice);
                    if (choice.UseGpu)
                    {
                        v.AcceleratorType = "ml.eia2.medium";
                    }

                    list.Add(v);
            """, members: """
                static void Disable(IGpuChoice choice) => ((GpuChoice)choice).UseGpu = false;
            """, types: """
            interface IGpuChoice { bool UseGpu { get; } }

            class GpuChoice : IGpuChoice { public bool UseGpu { get; set; } }

            """);
    }

    [Fact]
    public async Task An_abstract_get_only_property_may_change_across_a_call_of_the_project()
    {
        await Valid("""
                    GpuBase choice = new GpuImpl { Flag = gpu };
                    var v = new ProductionVariant { ModelName = "m", InstanceType = choice.UseGpu ? "ml.g4dn.xlarge" : "ml.m5.large" };
                    Disable(choice);
                    if (choice.UseGpu)
                    {
                        v.AcceleratorType = "ml.eia2.medium";
                    }

                    list.Add(v);
            """, members: """
                static void Disable(GpuBase choice) => ((GpuImpl)choice).Flag = false;
            """, types: """
            abstract class GpuBase { public abstract bool UseGpu { get; } }

            class GpuImpl : GpuBase { public bool Flag { get; set; } public override bool UseGpu => Flag; }

            """);
    }

    [Fact]
    public async Task An_init_accessor_over_a_mutable_field_may_change_across_a_call_of_the_project()
    {
        await Valid("""
                    var choice = new InitChoice { UseGpu = gpu };
                    var v = new ProductionVariant { ModelName = "m", InstanceType = choice.UseGpu ? "ml.g4dn.xlarge" : "ml.m5.large" };
                    choice.Disable();
                    if (choice.UseGpu)
                    {
                        v.AcceleratorType = "ml.eia2.medium";
                    }

                    list.Add(v);
            """, types: """
            class InitChoice
            {
                private bool useGpu;
                public bool UseGpu { get => useGpu; init => useGpu = value; }
                public void Disable() => useGpu = false;
            }

            """);
    }

    [Fact]
    public async Task A_property_written_through_an_interface_it_implements()
    {
        await Valid("""
                    var choice = new GpuFlag { UseGpu = gpu };
                    var v = new ProductionVariant { ModelName = "m", InstanceType = choice.UseGpu ? "ml.g4dn.xlarge" : "ml.m5.large" };
                    IGpuFlag view = choice;
                    view.UseGpu = false;
                    if (choice.UseGpu)
                    {
                        v.AcceleratorType = "ml.eia2.medium";
                    }

                    list.Add(v);
            """, types: """
            interface IGpuFlag { bool UseGpu { get; set; } }

            class GpuFlag : IGpuFlag { public bool UseGpu { get; set; } }

            """);
    }

    // ---- Indexers and array elements ------------------------------------------------------------------------------

    [Fact]
    public async Task An_indexer_written_through_an_interface_alias()
    {
        await Valid("""
                    IDictionary<string, string> view = config;
                    var v = new ProductionVariant { ModelName = "m", InstanceType = config["gpu"] == "yes" ? "ml.g4dn.xlarge" : "ml.m5.large" };
                    view["gpu"] = "no";
                    v.AcceleratorType = config["gpu"] == "yes" ? "ml.eia2.medium" : null;
                    list.Add(v);
            """);
    }

    [Fact]
    public async Task A_dictionary_entry_removed_and_added_again()
    {
        await Valid("""
                    var v = new ProductionVariant { ModelName = "m", InstanceType = config["gpu"] == "yes" ? "ml.g4dn.xlarge" : "ml.m5.large" };
                    config.Remove("gpu");
                    config.Add("gpu", "no");
                    v.AcceleratorType = config["gpu"] == "yes" ? "ml.eia2.medium" : null;
                    list.Add(v);
            """);
    }

    [Fact]
    public async Task A_list_element_moved_by_Insert()
    {
        await Valid("""
                    var v = new ProductionVariant { ModelName = "m", InstanceType = all[0].UseGpu ? "ml.g4dn.xlarge" : "ml.m5.large" };
                    all.Insert(0, new Settings { UseGpu = false });
                    if (all[0].UseGpu)
                    {
                        v.AcceleratorType = "ml.eia2.medium";
                    }

                    list.Add(v);
            """);
    }

    [Fact]
    public async Task An_array_element_written_through_a_ref_local()
    {
        await Valid("", members: """
                static void Configure(bool[] flags, List<object> list)
                {
                    ref bool first = ref flags[0];
                    var v = new ProductionVariant { ModelName = "m", InstanceType = flags[0] ? "ml.g4dn.xlarge" : "ml.m5.large" };
                    first = false;
                    if (flags[0])
                    {
                        v.AcceleratorType = "ml.eia2.medium";
                    }

                    list.Add(v);
                }
            """);
    }

    [Fact]
    public async Task An_array_cleared_by_Array_Clear()
    {
        await Valid("""
                    var v = new ProductionVariant { ModelName = "m", InstanceType = flags[0] ? "ml.g4dn.xlarge" : "ml.m5.large" };
                    Array.Clear(flags, 0, flags.Length);
                    if (flags[0])
                    {
                        v.AcceleratorType = "ml.eia2.medium";
                    }

                    list.Add(v);
            """);
    }

    // ---- Equality that is not ordinal -----------------------------------------------------------------------------

    [Fact]
    public async Task ConstantClass_equality_with_a_string_ignores_case()
    {
        // ConstantClass == string compares case-insensitively: both tests are the same test.
        await Valid("""
                    ProductionVariantInstanceType requested = ProductionVariantInstanceType.FindValue(mode);
                    var v = new ProductionVariant { ModelName = "m" };
                    v.InstanceType = requested == "ml.g4dn.xlarge" ? "ml.g4dn.xlarge" : "ml.m5.large";
                    v.AcceleratorType = requested == "ML.G4DN.XLARGE" ? null : "ml.eia2.medium";
                    list.Add(v);
            """);
    }

    [Fact]
    public async Task OrdinalIgnoreCase_equality_twice_with_different_casing()
    {
        await Valid("""
                    list.Add(new ProductionVariant
                    {
                        ModelName = "m",
                        InstanceType = string.Equals(mode, "gpu", StringComparison.OrdinalIgnoreCase) ? "ml.g4dn.xlarge" : "ml.m5.large",
                        AcceleratorType = string.Equals(mode, "GPU", StringComparison.OrdinalIgnoreCase) ? null : "ml.eia2.medium",
                    });
            """);
    }

    [Fact]
    public async Task A_float_literal_and_a_double_literal_are_different_constants()
    {
        // (double)0.1f is not 0.1: the two tests are never both true.
        await Valid("""
                    list.Add(new ProductionVariant
                    {
                        ModelName = "m",
                        InstanceType = weight == 0.1 ? "ml.g4dn.xlarge" : "ml.m5.large",
                        AcceleratorType = weight == 0.1f ? "ml.eia2.medium" : null,
                    });
            """);
    }

    // ---- Nullable and relational ----------------------------------------------------------------------------------

    [Fact]
    public async Task A_nullable_bool_is_true_and_equals_true_are_the_same_test()
    {
        await Valid("""
                    list.Add(new ProductionVariant
                    {
                        ModelName = "m",
                        InstanceType = maybe == true ? "ml.g4dn.xlarge" : "ml.m5.large",
                        AcceleratorType = maybe is true ? null : "ml.eia2.medium",
                    });
            """);
    }

    [Fact]
    public async Task A_lifted_greater_than_and_less_or_equal_are_never_both_true()
    {
        // For an int? (null included) n > 2 and n <= 2 exclude each other, though they are not complements.
        await Valid("""
                    list.Add(new ProductionVariant
                    {
                        ModelName = "m",
                        InstanceType = count > 2 ? "ml.g4dn.xlarge" : "ml.m5.large",
                        AcceleratorType = count <= 2 ? "ml.eia2.medium" : null,
                    });
            """);
    }

    [Fact]
    public async Task A_relational_pattern_and_a_comparison_are_the_same_test()
    {
        await Valid("""
                    var v = new ProductionVariant { ModelName = "m", InstanceType = size switch { < 2 => "ml.m5.large", _ => "ml.g4dn.xlarge" } };
                    if (size < 2)
                    {
                        v.AcceleratorType = "ml.eia2.medium";
                    }

                    list.Add(v);
            """);
    }

    [Fact]
    public async Task An_integer_comparison_and_its_complement()
    {
        await Valid("""
                    list.Add(new ProductionVariant
                    {
                        ModelName = "m",
                        InstanceType = size > 2 ? "ml.g4dn.xlarge" : "ml.m5.large",
                        AcceleratorType = 2 >= size ? "ml.eia2.medium" : null,
                    });
            """);
    }

    [Fact]
    public async Task Not_and_or_patterns_against_equality()
    {
        await Valid("""
                    list.Add(new ProductionVariant
                    {
                        ModelName = "m",
                        InstanceType = mode == "gpu" || mode == "p3" ? "ml.g4dn.xlarge" : "ml.m5.large",
                        AcceleratorType = mode is not null and not ("gpu" or "p3") ? "ml.eia2.medium" : null,
                    });
            """);
    }

    [Fact]
    public async Task HasValue_and_a_null_test_of_a_nullable_int()
    {
        await Valid("""
                    list.Add(new ProductionVariant
                    {
                        ModelName = "m",
                        InstanceType = count.HasValue ? "ml.g4dn.xlarge" : "ml.m5.large",
                        AcceleratorType = count is null ? "ml.eia2.medium" : null,
                    });
            """);
    }

    // ---- Patterns, records, switch --------------------------------------------------------------------------------

    [Fact]
    public async Task A_pattern_variable_is_the_value_it_matched()
    {
        await Valid("""
                    if (mode is var m)
                    {
                        list.Add(new ProductionVariant
                        {
                            ModelName = "m",
                            InstanceType = mode == "gpu" ? "ml.g4dn.xlarge" : "ml.m5.large",
                            AcceleratorType = m == "gpu" ? null : "ml.eia2.medium",
                        });
                    }
            """);
    }

    [Fact]
    public async Task A_record_copied_with_with_keeps_the_members_it_does_not_set()
    {
        await Valid("""
                    var copy = o with { Mode = "copy" };
                    list.Add(new ProductionVariant
                    {
                        ModelName = "m",
                        InstanceType = o.UseGpu ? "ml.g4dn.xlarge" : "ml.m5.large",
                        AcceleratorType = copy.UseGpu ? null : "ml.eia2.medium",
                    });
            """);
    }

    [Fact]
    public async Task A_local_copy_is_the_value_it_copied()
    {
        await Valid("""
                    var m = mode;
                    list.Add(new ProductionVariant
                    {
                        ModelName = "m",
                        InstanceType = mode == "gpu" ? "ml.g4dn.xlarge" : "ml.m5.large",
                        AcceleratorType = m == "gpu" ? null : "ml.eia2.medium",
                    });
            """);
    }

    [Fact]
    public async Task A_copy_of_a_copy_keeps_the_old_value_after_the_original_is_written()
    {
        // m and n hold the mode that chose the host; mode itself changes after, and is not tested again.
        await Valid("""
                    var m = mode;
                    string n;
                    n = m;
                    var v = new ProductionVariant { ModelName = "m", InstanceType = m is "gpu" ? "ml.g4dn.xlarge" : "ml.m5.large" };
                    mode = mode.Trim();
                    if (n != "gpu")
                    {
                        v.AcceleratorType = "ml.eia2.medium";
                    }

                    list.Add(v);
            """);
    }

    [Fact]
    public async Task A_local_that_copies_the_same_variable_on_every_branch()
    {
        await Valid("""
                    string m;
                    if (size > 3)
                    {
                        m = mode;
                    }
                    else
                    {
                        m = mode;
                    }

                    list.Add(new ProductionVariant
                    {
                        ModelName = "m",
                        InstanceType = m == "gpu" ? "ml.g4dn.xlarge" : "ml.m5.large",
                        AcceleratorType = mode == "gpu" ? null : "ml.eia2.medium",
                    });
            """);
    }

    [Fact]
    public async Task A_deconstructed_tuple_literal_gives_each_variable_its_element()
    {
        await Valid("""
                    var (m, g, _) = (mode, gpu, 3);
                    string other;
                    (other, m) = (m, "cpu");
                    list.Add(new ProductionVariant
                    {
                        ModelName = "m",
                        InstanceType = g && other == "p3" ? "ml.p3.2xlarge" : "ml.m5.large",
                        AcceleratorType = !gpu || mode != "p3" ? "ml.eia2.medium" : null,
                    });
            """);
    }

    [Fact]
    public async Task A_type_pattern_variable_is_the_object_it_matched()
    {
        await Valid("""
                    object boxed = config["mode"];
                    if (boxed is string m)
                    {
                        list.Add(new ProductionVariant
                        {
                            ModelName = "m",
                            InstanceType = boxed is "gpu" ? "ml.g4dn.xlarge" : "ml.m5.large",
                            AcceleratorType = m == "gpu" ? null : "ml.eia2.medium",
                        });
                    }
            """);
    }

    [Fact]
    public async Task A_switch_case_variable_is_the_value_switched_on()
    {
        await Valid("""
                    switch (mode)
                    {
                        case string m when m.Length > 0:
                            list.Add(new ProductionVariant
                            {
                                ModelName = "m",
                                InstanceType = mode == "gpu" ? "ml.g4dn.xlarge" : "ml.m5.large",
                                AcceleratorType = m == "gpu" ? null : "ml.eia2.medium",
                            });
                            break;
                    }
            """);
    }

    [Fact]
    public async Task A_record_copy_of_a_copy_keeps_the_members_neither_sets()
    {
        await Valid("""
                    var first = o with { Mode = "first" };
                    var second = first with { Mode = "second" };
                    list.Add(new ProductionVariant
                    {
                        ModelName = "m",
                        InstanceType = second.UseGpu ? "ml.g4dn.xlarge" : "ml.m5.large",
                        AcceleratorType = o.UseGpu ? null : "ml.eia2.medium",
                    });
            """);
    }

    [Fact]
    public async Task A_case_variable_of_an_enum_is_the_value_switched_on()
    {
        await Valid("""
                    var v = new ProductionVariant { ModelName = "m" };
                    switch (kind)
                    {
                        case var k when k == Mode.Gpu:
                            v.InstanceType = "ml.g4dn.xlarge";
                            break;
                        default:
                            v.InstanceType = "ml.m5.large";
                            break;
                    }

                    if (kind != Mode.Gpu)
                    {
                        v.AcceleratorType = "ml.eia2.medium";
                    }

                    list.Add(v);
            """);
    }

    [Fact]
    public async Task A_write_to_a_copy_of_a_struct_leaves_the_original_alone()
    {
        await Valid("""
                    var baseline = new Switches();
                    baseline.UseGpu = false;
                    var g = baseline;
                    g.UseGpu = true;
                    var t = (mode, gpu);
                    t.gpu = false;
                    var u = t;
                    u.gpu = true;
                    list.Add(new ProductionVariant
                    {
                        ModelName = "m",
                        InstanceType = baseline.UseGpu || t.gpu ? "ml.g4dn.xlarge" : "ml.m5.large",
                        AcceleratorType = "ml.eia2.medium",
                    });
            """, types: """
            struct Switches { public bool UseGpu { get; set; } }

            """);
    }

    [Fact]
    public async Task A_property_pattern_is_a_test_of_the_property()
    {
        await Valid("""
                    list.Add(new ProductionVariant
                    {
                        ModelName = "m",
                        InstanceType = o is { UseGpu: true } ? "ml.g4dn.xlarge" : "ml.m5.large",
                        AcceleratorType = o.UseGpu ? null : "ml.eia2.medium",
                    });
                    list.Add(new ProductionVariant
                    {
                        ModelName = "m",
                        InstanceType = s is { Mode: "gpu" or "p3" } ? "ml.g4dn.xlarge" : "ml.m5.large",
                        AcceleratorType = s.Mode is "gpu" or "p3" ? null : "ml.eia2.medium",
                    });
                    list.Add(new ProductionVariant
                    {
                        ModelName = "m",
                        InstanceType = o is not { UseGpu: false } ? "ml.g4dn.xlarge" : "ml.m5.large",
                        AcceleratorType = !o.UseGpu ? "ml.eia2.medium" : null,
                    });
                    list.Add(new ProductionVariant
                    {
                        ModelName = "m",
                        InstanceType = s is { Mode: "gpu", UseGpu: true } ? "ml.g4dn.xlarge" : "ml.m5.large",
                        AcceleratorType = s.UseGpu ? null : "ml.eia2.medium",
                    });
                    var v = new ProductionVariant { ModelName = "m", AcceleratorType = o.UseGpu ? null : "ml.eia2.medium" };
                    v.InstanceType = o is { Mode: "p3", UseGpu: true } ? "ml.p3.2xlarge" : "ml.m5.large";
                    list.Add(v);
            """);
    }

    [Theory]
    [InlineData("var fallback = config[\"fallback\"]; var m = fallback; if (config[\"use\"] == \"mode\") m = mode;")]
    [InlineData("var fallback = config[\"fallback\"]; var m = mode ?? fallback;")]
    [InlineData("var fallback = config[\"fallback\"]; var m = string.IsNullOrEmpty(mode) ? fallback : mode;")]
    [InlineData("string a = mode; if (size > 3) a = config[\"other\"]; var m = a;")]
    public async Task A_copy_of_one_variable_or_another_is_one_value_on_each_path(string statements)
    {
        // Whichever variable m copied on a path, its two tests read the same value there.
        await Valid(statements + """

                    var v = new ProductionVariant { ModelName = "m", InstanceType = m == "gpu" ? "ml.g4dn.xlarge" : "ml.m5.large" };
                    if (m != "gpu")
                    {
                        v.AcceleratorType = "ml.eia2.medium";
                    }

                    list.Add(v);
            """);
    }

    [Fact]
    public async Task A_switch_statement_with_when_clauses()
    {
        await Valid("""
                    var v = new ProductionVariant { ModelName = "m" };
                    switch (mode)
                    {
                        case "gpu" when o.UseGpu:
                            v.InstanceType = "ml.g4dn.xlarge";
                            break;
                        case "gpu":
                            v.InstanceType = "ml.p3.2xlarge";
                            break;
                        default:
                            v.InstanceType = "ml.m5.large";
                            break;
                    }

                    if (mode != "gpu")
                    {
                        v.AcceleratorType = "ml.eia2.medium";
                    }

                    list.Add(v);
            """);
    }

    [Fact]
    public async Task A_goto_loop_that_retries_on_the_cpu()
    {
        await Valid("""
                    var useGpu = gpu;
                    var attempt = 0;
                retry:
                    var v = new ProductionVariant { ModelName = "m", InstanceType = useGpu ? "ml.g4dn.xlarge" : "ml.m5.large" };
                    if (!useGpu)
                    {
                        v.AcceleratorType = "ml.eia2.medium";
                    }

                    list.Add(v);
                    if (attempt++ < 2 && useGpu)
                    {
                        useGpu = false;
                        goto retry;
                    }
            """);
    }

    [Fact]
    public async Task A_member_written_in_a_try_is_known_to_its_catch()
    {
        await Valid("""
                    var v = new ProductionVariant { ModelName = "m", InstanceType = s.UseGpu ? "ml.g4dn.xlarge" : "ml.m5.large" };
                    try
                    {
                        s.UseGpu = false;
                        await CreateModelAsync(o);
                    }
                    catch (InvalidOperationException)
                    {
                        if (s.UseGpu)
                        {
                            v.AcceleratorType = "ml.eia2.medium";
                        }
                    }

                    list.Add(v);
            """);
    }

    [Fact]
    public async Task A_try_finally_that_clears_the_accelerator_on_the_gpu()
    {
        await Valid("""
                    var v = new ProductionVariant { ModelName = "m", InstanceType = gpu ? "ml.g4dn.xlarge" : "ml.m5.large", AcceleratorType = "ml.eia2.medium" };
                    try
                    {
                        await CreateModelAsync(o);
                    }
                    finally
                    {
                        if (gpu)
                        {
                            v.AcceleratorType = null;
                        }
                    }

                    list.Add(v);
            """);
    }

    // ---- Joins ----------------------------------------------------------------------------------------------------

    private const string ManyPaths = """
                    var n1 = 0; var n2 = 0; var n3 = 0; var n4 = 0; var n5 = 0; var n6 = 0; var n7 = 0; var n8 = 0;
                    if (config["a1"] == "1") n1 = 1;
                    if (config["a2"] == "1") n2 = 1;
                    if (config["a3"] == "1") n3 = 1;
                    if (config["a4"] == "1") n4 = 1;
                    if (config["a5"] == "1") n5 = 1;
                    if (config["a6"] == "1") n6 = 1;
                    if (config["a7"] == "1") n7 = 1;
                    if (config["a8"] == "1") n8 = 1;
        """;

    [Fact]
    public async Task A_correlated_choice_across_more_than_64_paths()
    {
        await Valid("""
                    var v = new ProductionVariant { ModelName = "m", InstanceType = gpu ? "ml.g4dn.xlarge" : "ml.m5.large" };
            """ + ManyPaths + """
                    if (!gpu)
                    {
                        v.AcceleratorType = "ml.eia2.medium";
                    }

                    list.Add(v);
            """);
    }

    [Fact]
    public async Task A_correlated_choice_in_locals_across_more_than_64_paths()
    {
        await Valid("""
                    var host = gpu ? "ml.g4dn.xlarge" : "ml.m5.large";
                    string? accelerator = gpu ? null : "ml.eia2.medium";
            """ + ManyPaths + """
                    list.Add(new ProductionVariant { ModelName = "m", InstanceType = host, AcceleratorType = accelerator });
            """);
    }

    [Fact]
    public async Task A_notebook_list_filled_on_one_arm_across_more_than_64_paths()
    {
        await Valid("""
                    var accelerators = new List<string>();
                    if (gpu) accelerators.Add("ml.eia2.medium"); else accelerators.Add("ml.eia2.large");
            """ + ManyPaths + """
                    list.Add(new CreateNotebookInstanceRequest { NotebookInstanceName = "nb", InstanceType = "ml.m5.xlarge", AcceleratorTypes = accelerators });
            """);
    }

    [Fact]
    public async Task A_loop_with_many_paths_settles()
    {
        await Valid("""
                    var host = "ml.m5.large";
                    foreach (var t in types)
                    {
            """ + ManyPaths + """
                        host = host + t;
                        if (t == "reset") host = "ml.m5.large";
                    }

                    list.Add(new ProductionVariant { ModelName = "m", InstanceType = host, AcceleratorType = gpu ? null : "ml.eia2.medium" });
            """);
    }

    [Fact]
    public async Task A_coalescing_assignment_of_a_ConstantClass_property_on_the_cpu_arm()
    {
        await Valid("""
                    var v = new ProductionVariant { ModelName = "m", InstanceType = gpu ? "ml.g4dn.xlarge" : null };
                    v.InstanceType ??= "ml.m5.large";
                    if (!gpu)
                    {
                        v.AcceleratorType = "ml.eia2.medium";
                    }

                    list.Add(v);
            """);
    }

    [Fact]
    public async Task A_field_tested_across_an_await_of_the_framework()
    {
        await Valid("""
                    var v = new ProductionVariant { ModelName = "m", InstanceType = useGpu ? "ml.g4dn.xlarge" : "ml.m5.large" };
                    await Task.Delay(1);
                    if (!useGpu)
                    {
                        v.AcceleratorType = "ml.eia2.medium";
                    }

                    list.Add(v);
            """, members: """
                private bool useGpu;
            """);
    }

    private const string TwoObjects = """
                    var v = gpu
                        ? new ProductionVariant { ModelName = "m", InstanceType = "ml.g4dn.xlarge", AcceleratorType = "ml.eia2.medium" }
                        : new ProductionVariant { ModelName = "m", InstanceType = "ml.m5.large", AcceleratorType = "ml.eia2.medium" };
        """;

    private const string RemovedOnTheGpu = """
                    if (gpu)
                    {
                        v.AcceleratorType = null;
                    }

                    list.Add(v);
        """;

    [Fact]
    public async Task A_variable_that_names_one_of_two_objects_fixed_after_a_few_paths()
    {
        // The control: the same program without the join.
        await Valid(TwoObjects + RemovedOnTheGpu);
    }

    [Fact]
    public async Task A_variable_that_names_one_of_two_objects_fixed_after_more_than_64_paths()
    {
        // After the join v names "one of two objects": the write that removes the GPU's accelerator must not be lost
        // while the object it removes it from is still observed with it.
        await Valid(TwoObjects + ManyPaths + RemovedOnTheGpu);
    }

    // ---- Requests sent ---------------------------------------------------------------------------------------------

    [Fact]
    public async Task A_request_completed_before_it_is_sent()
    {
        await Valid("""
                    var request = new CreateEndpointConfigRequest { EndpointConfigName = "c", ProductionVariants = new List<ProductionVariant>() };
                    var v = new ProductionVariant { ModelName = "m", InstanceType = "ml.g4dn.xlarge", AcceleratorType = "ml.eia2.medium" };
                    v.AcceleratorType = null;
                    request.ProductionVariants.Add(v);
                    await client.CreateEndpointConfigAsync(request);
            """, members: """
                private readonly Amazon.SageMaker.IAmazonSageMaker client = null!;
            """);
    }

    [Fact]
    public async Task A_null_conditional_member_tested_twice()
    {
        await Valid("""
                    list.Add(new ProductionVariant
                    {
                        ModelName = "m",
                        InstanceType = s?.UseGpu == true ? "ml.g4dn.xlarge" : "ml.m5.large",
                        AcceleratorType = s?.UseGpu == true ? null : "ml.eia2.medium",
                    });
            """);
    }

    [Fact]
    public async Task A_type_pattern_of_a_string_is_a_null_test()
    {
        await Valid("""
                    list.Add(new ProductionVariant
                    {
                        ModelName = "m",
                        InstanceType = mode is string ? "ml.g4dn.xlarge" : "ml.m5.large",
                        AcceleratorType = mode == null ? "ml.eia2.medium" : null,
                    });
            """);
    }

    [Fact]
    public async Task Exotic_conditions_do_not_crash_the_reader()
    {
        await Valid("""
                    var v = new ProductionVariant { ModelName = "m", InstanceType = "ml.m5.large" };
                    object boxed = count;
                    if (boxed is int and (> 1 and < 5) or 7) v.VariantName = "a";
                    if ((mode, kind) is ("gpu", Mode.Gpu) or (null, _)) v.VariantName = "b";
                    if (weight is double.NaN || weight is > 0.5 and <= 1.5) v.VariantName = "c";
                    if (flags is [true, ..] && flags[^1]) v.VariantName = "d";
                    if (config.TryGetValue("k", out var k) && k is { Length: > 2 }) v.VariantName = k;
                    if (string.Equals(mode, null) || object.Equals(mode, "x") || mode?.Equals("y") == true) v.VariantName = "e";
                    if (maybe ?? count > 3) v.VariantName = "f";
                    if (!(maybe is not false)) v.VariantName = "g";
                    if (size is var z && z == 3 || kind is not (Mode.Ei or Mode.Cpu)) v.VariantName = "h";
                    switch (size)
                    {
                        case 1:
                            goto case 2;
                        case 2:
                            v.VariantName = "i";
                            break;
                        case 3 when mode == "gpu":
                            v.VariantName = "l";
                            break;
                        case > 10:
                            goto default;
                        default:
                            v.VariantName = "j";
                            break;
                    }

                    bool? lifted = maybe & (count > 1);
                    if (lifted == true && checked(size + 1) > 2 && weight != weight) v.VariantName = "k";
                    if (!gpu) v.AcceleratorType = "ml.eia2.medium";
                    list.Add(v);
            """);
    }

    [Fact(Timeout = 120000)]
    public async Task Many_correlated_conditions_in_a_loop_with_a_finally_settle()
    {
        await Valid("""
                    var v = new ProductionVariant { ModelName = "m", InstanceType = gpu ? "ml.g4dn.xlarge" : "ml.m5.large" };
                    foreach (var t in types)
                    {
                        try
                        {
                            var n0 = 0; var n1 = 0; var n2 = 0; var n3 = 0; var n4 = 0; var n5 = 0; var n6 = 0; var n7 = 0; var n8 = 0; var n9 = 0; var n10 = 0; var n11 = 0; var n12 = 0; var n13 = 0;
                            if (config["k0"] == "1") { n0 = 1; }
                            if (config["k0"] == "1") { v.VariantName = "x0"; }
                            if (config["k1"] == "1") { n1 = 1; }
                            if (config["k1"] == "1") { v.VariantName = "x1"; }
                            if (config["k2"] == "1") { n2 = 1; }
                            if (config["k2"] == "1") { v.VariantName = "x2"; }
                            if (config["k3"] == "1") { n3 = 1; }
                            if (config["k3"] == "1") { v.VariantName = "x3"; }
                            if (config["k4"] == "1") { n4 = 1; }
                            if (config["k4"] == "1") { v.VariantName = "x4"; }
                            if (config["k5"] == "1") { n5 = 1; }
                            if (config["k5"] == "1") { v.VariantName = "x5"; }
                            if (config["k6"] == "1") { n6 = 1; }
                            if (config["k6"] == "1") { v.VariantName = "x6"; }
                            if (config["k7"] == "1") { n7 = 1; }
                            if (config["k7"] == "1") { v.VariantName = "x7"; }
                            if (config["k8"] == "1") { n8 = 1; }
                            if (config["k8"] == "1") { v.VariantName = "x8"; }
                            if (config["k9"] == "1") { n9 = 1; }
                            if (config["k9"] == "1") { v.VariantName = "x9"; }
                            if (config["k10"] == "1") { n10 = 1; }
                            if (config["k10"] == "1") { v.VariantName = "x10"; }
                            if (config["k11"] == "1") { n11 = 1; }
                            if (config["k11"] == "1") { v.VariantName = "x11"; }
                            if (config["k12"] == "1") { n12 = 1; }
                            if (config["k12"] == "1") { v.VariantName = "x12"; }
                            if (config["k13"] == "1") { n13 = 1; }
                            if (config["k13"] == "1") { v.VariantName = "x13"; }
                            new List<int> { n0, n13 }.ForEach(x => mode = t + x);
                        }
                        finally
                        {
                            if (mode == "stop") v.VariantName = "stopped";
                            if (mode == "stop") v.VariantName = "again";
                        }
                    }

                    if (!gpu) v.AcceleratorType = "ml.eia2.medium";
                    list.Add(v);
            """);
    }

    // ---- Guards: these must keep their error ----------------------------------------------------------------------

    [Fact]
    public async Task Guard_a_lifted_comparison_is_not_the_complement_of_the_other()
    {
        // count null: not > 2 (GPU host) and not <= 2 (accelerator): an accelerator on the GPU.
        await Verify.Analyzer(Source("""
                    list.Add(new ProductionVariant
                    {
                        ModelName = "m",
                        InstanceType = count > 2 ? "ml.m5.large" : "ml.g4dn.xlarge",
                        AcceleratorType = count <= 2 ? null : {|EI0006:"ml.eia2.medium"|},
                    });
            """), Quiet);
    }

    [Fact]
    public async Task Guard_a_double_comparison_is_not_the_complement_of_the_other()
    {
        await Verify.Analyzer(Source("""
                    list.Add(new ProductionVariant
                    {
                        ModelName = "m",
                        InstanceType = weight > 2 ? "ml.m5.large" : "ml.g4dn.xlarge",
                        AcceleratorType = weight <= 2 ? null : {|EI0006:"ml.eia2.medium"|},
                    });
            """), Quiet);
    }

    [Fact]
    public async Task Guard_a_nullable_bool_not_true_is_not_false()
    {
        await Verify.Analyzer(Source("""
                    list.Add(new ProductionVariant
                    {
                        ModelName = "m",
                        InstanceType = maybe == false ? "ml.m5.large" : "ml.g4dn.xlarge",
                        AcceleratorType = maybe != true ? {|EI0006:"ml.eia2.medium"|} : null,
                    });
            """), Quiet);
    }

    [Fact]
    public async Task Guard_OrdinalIgnoreCase_is_not_equality()
    {
        // mode "GPU": the GPU host and (mode != "gpu") the accelerator.
        await Verify.Analyzer(Source("""
                    list.Add(new ProductionVariant
                    {
                        ModelName = "m",
                        InstanceType = string.Equals(mode, "gpu", StringComparison.OrdinalIgnoreCase) ? "ml.g4dn.xlarge" : "ml.m5.large",
                        AcceleratorType = mode == "gpu" ? null : {|EI0006:"ml.eia2.medium"|},
                    });
            """), Quiet);
    }

    [Fact]
    public async Task Guard_OrdinalIgnoreCase_with_named_arguments_is_not_equality()
    {
        await Verify.Analyzer(Source("""
                    list.Add(new ProductionVariant
                    {
                        ModelName = "m",
                        InstanceType = string.Equals(comparisonType: StringComparison.OrdinalIgnoreCase, a: mode, b: "gpu") ? "ml.g4dn.xlarge" : "ml.m5.large",
                        AcceleratorType = mode == "gpu" ? null : {|EI0006:"ml.eia2.medium"|},
                    });
            """), Quiet);
    }

    [Fact]
    public async Task Guard_an_explicit_numeric_conversion_is_not_the_value_converted()
    {
        // weight 2.5: (int)weight == 2 (the GPU host) and weight != 2 (the accelerator).
        await Verify.Analyzer(Source("""
                    list.Add(new ProductionVariant
                    {
                        ModelName = "m",
                        InstanceType = (int)weight == 2 ? "ml.g4dn.xlarge" : "ml.m5.large",
                        AcceleratorType = weight == 2 ? null : {|EI0006:"ml.eia2.medium"|},
                    });
            """), Quiet);
    }

    [Fact]
    public async Task Guard_a_ConstantClass_equality_ignores_case_both_ways()
    {
        // "ML.G4DN.XLARGE" == "ml.g4dn.xlarge" for a ConstantClass: the GPU host, and (the same test) the accelerator.
        await Verify.Analyzer(Source("""
                    ProductionVariantInstanceType requested = ProductionVariantInstanceType.FindValue(mode);
                    var v = new ProductionVariant { ModelName = "m" };
                    v.InstanceType = requested == "ml.g4dn.xlarge" ? "ml.g4dn.xlarge" : "ml.m5.large";
                    v.AcceleratorType = requested == "ML.G4DN.XLARGE" ? {|EI0006:"ml.eia2.medium"|} : null;
                    list.Add(v);
            """), Quiet);
    }

    [Fact]
    public async Task Guard_a_bool_alias_of_the_new_value_after_its_input_is_written()
    {
        // onCpu is read after gpu changed: the host was chosen by the old gpu. gpu changed to a value the reader does
        // not know, and is tested again: it cannot tell whether the two tests agree, so it says nothing of the host.
        await Verify.Analyzer(Source("""
                    var v = new ProductionVariant { ModelName = "m", InstanceType = gpu ? "ml.g4dn.xlarge" : "ml.m5.large" };
                    gpu = !gpu;
                    var onCpu = !gpu;
                    if (!onCpu)
                    {
                        v.AcceleratorType = "ml.eia2.medium";
                    }

                    list.Add(v);
            """), Quiet);
    }

    [Fact]
    public async Task Guard_an_indexer_written_between_two_reads()
    {
        await Verify.Analyzer(Source("""
                    var v = new ProductionVariant { ModelName = "m", InstanceType = config["gpu"] == "yes" ? "ml.g4dn.xlarge" : "ml.m5.large" };
                    config["gpu"] = Environment.GetEnvironmentVariable("GPU");
                    // Written with a value not known here and tested again: whether the tests agree cannot be told.
                    v.AcceleratorType = config["gpu"] == "yes" ? null : "ml.eia2.medium";
                    list.Add(v);
            """), Quiet);
    }

    [Fact]
    public async Task Guard_a_correlated_choice_across_more_than_64_paths_that_is_wrong()
    {
        await Verify.Analyzer(Source("""
                    var v = new ProductionVariant { ModelName = "m" };
            """ + ManyPaths + """
                    v.InstanceType = gpu ? "ml.g4dn.xlarge" : "ml.m5.large";
                    if (gpu)
                    {
                        v.AcceleratorType = {|EI0006:"ml.eia2.medium"|};
                    }

                    list.Add(v);
            """), Quiet);
    }

    [Fact]
    public async Task Guard_two_notebook_accelerators_after_more_than_64_paths()
    {
        await Verify.Analyzer(Source("""
                    var accelerators = new List<string> { "ml.eia2.medium" };
            """ + ManyPaths + """
                    accelerators.Add({|EI0011:"ml.eia2.large"|});
                    list.Add(new CreateNotebookInstanceRequest { NotebookInstanceName = "nb", InstanceType = "ml.m5.xlarge", AcceleratorTypes = accelerators });
            """), Quiet);
    }

    [Fact]
    public async Task Guard_a_copy_is_not_the_new_value_of_what_it_copied()
    {
        // m holds the old mode; the host is chosen by the new one, "gpu": m may be anything else.
        await Verify.Analyzer(Source("""
                    var m = mode;
                    mode = "gpu";
                    list.Add(new ProductionVariant
                    {
                        ModelName = "m",
                        InstanceType = mode == "gpu" ? "ml.g4dn.xlarge" : "ml.m5.large",
                        AcceleratorType = m == "gpu" ? null : {|EI0006:"ml.eia2.medium"|},
                    });
            """), Quiet);
    }

    [Fact]
    public async Task Guard_a_copy_made_in_a_loop_is_of_that_turn()
    {
        // Each turn m is the mode of the turn before: the two tests read different values.
        await Verify.Analyzer(Source("""
                    foreach (var next in types)
                    {
                        var m = mode;
                        mode = next;
                        list.Add(new ProductionVariant
                        {
                            ModelName = "m",
                            InstanceType = m == "gpu" ? "ml.g4dn.xlarge" : "ml.m5.large",
                            AcceleratorType = mode == "gpu" ? null : {|EI0006:"ml.eia2.medium"|},
                        });
                    }
            """), Quiet);
    }

    [Fact]
    public async Task Guard_a_record_copy_does_not_keep_the_member_it_sets()
    {
        await Verify.Analyzer(Source("""
                    var copy = o with { UseGpu = !o.UseGpu };
                    list.Add(new ProductionVariant
                    {
                        ModelName = "m",
                        InstanceType = o.UseGpu ? "ml.g4dn.xlarge" : "ml.m5.large",
                        AcceleratorType = copy.UseGpu ? null : {|EI0006:"ml.eia2.medium"|},
                    });
            """), Quiet);
    }

    [Fact]
    public async Task Guard_a_record_with_its_own_copy_constructor_may_copy_otherwise()
    {
        await Verify.Analyzer(Source("""
                    var copy = f with { Mode = "copy" };
                    list.Add(new ProductionVariant
                    {
                        ModelName = "m",
                        InstanceType = f.UseGpu ? "ml.g4dn.xlarge" : "ml.m5.large",
                        AcceleratorType = copy.UseGpu ? null : {|EI0006:"ml.eia2.medium"|},
                    });
            """, members: """
                static Flipped f = new Flipped("m", true);
            """, types: """
            record Flipped(string Mode, bool UseGpu)
            {
                protected Flipped(Flipped other)
                {
                    Mode = other.Mode;
                    UseGpu = !other.UseGpu;
                }
            }
            """), Quiet);
    }

    [Fact]
    public async Task Guard_a_copy_is_not_the_original_after_it_gets_a_value_not_known_here()
    {
        // m is the old mode, mode a new one the reader does not know: they may differ.
        await Verify.Analyzer(Source("""
                    var m = mode;
                    mode = config["x"];
                    list.Add(new ProductionVariant
                    {
                        ModelName = "m",
                        InstanceType = m == "gpu" ? "ml.g4dn.xlarge" : "ml.m5.large",
                        AcceleratorType = mode == "gpu" ? null : {|EI0006:"ml.eia2.medium"|},
                    });
            """), Quiet);
    }

    [Fact]
    public async Task Guard_a_copy_is_not_the_original_after_a_local_function_writes_it()
    {
        // SetGpu() makes mode "gpu"; m keeps the old mode.
        await Verify.Analyzer(Source("""
                    var m = mode;
                    void SetGpu() => mode = "gpu";
                    SetGpu();
                    list.Add(new ProductionVariant
                    {
                        ModelName = "m",
                        InstanceType = mode == "gpu" ? "ml.g4dn.xlarge" : "ml.m5.large",
                        AcceleratorType = m == "gpu" ? null : {|EI0006:"ml.eia2.medium"|},
                    });
            """), Quiet);
    }

    [Fact]
    public async Task Guard_a_copy_is_not_the_original_after_a_swap()
    {
        // After the swap mode holds what other held.
        await Verify.Analyzer(Source("""
                    var m = mode;
                    var other = config["other"];
                    (mode, other) = (other, mode);
                    list.Add(new ProductionVariant
                    {
                        ModelName = "m",
                        InstanceType = mode == "gpu" ? "ml.g4dn.xlarge" : "ml.m5.large",
                        AcceleratorType = m == "gpu" ? null : {|EI0006:"ml.eia2.medium"|},
                    });
            """), Quiet);
    }

    [Fact]
    public async Task Guard_a_record_copy_is_not_the_new_record_of_its_variable()
    {
        // o is another record after the copy: its UseGpu may differ from the copy's.
        await Verify.Analyzer(Source("""
                    var c = o with { Mode = "x" };
                    o = new DeployOptions("y", !o.UseGpu);
                    list.Add(new ProductionVariant
                    {
                        ModelName = "m",
                        InstanceType = o.UseGpu ? "ml.g4dn.xlarge" : "ml.m5.large",
                        AcceleratorType = c.UseGpu ? {|EI0006:"ml.eia2.medium"|} : null,
                    });
            """), Quiet);
    }

    [Fact]
    public async Task Guard_a_copy_of_a_struct_is_a_value_of_its_own()
    {
        // c copied a before a.UseGpu was set: c.UseGpu is the old value.
        await Verify.Analyzer(Source("""
                    var a = new Switches();
                    a.UseGpu = gpu;
                    var c = a;
                    a.UseGpu = true;
                    list.Add(new ProductionVariant
                    {
                        ModelName = "m",
                        InstanceType = a.UseGpu ? "ml.g4dn.xlarge" : "ml.m5.large",
                        AcceleratorType = c.UseGpu ? null : {|EI0006:"ml.eia2.medium"|},
                    });
            """, types: """
            struct Switches { public bool UseGpu; }

            """), Quiet);
    }

    [Fact]
    public async Task Guard_a_copy_of_a_tuple_is_a_value_of_its_own()
    {
        // c copied t before t.gpu was set.
        await Verify.Analyzer(Source("""
                    var t = (mode, gpu);
                    var c = t;
                    t.gpu = true;
                    list.Add(new ProductionVariant
                    {
                        ModelName = "m",
                        InstanceType = t.gpu ? "ml.g4dn.xlarge" : "ml.m5.large",
                        AcceleratorType = c.gpu ? null : {|EI0006:"ml.eia2.medium"|},
                    });
            """), Quiet);
    }

    [Theory]
    [InlineData("var m = mode; ref string r = ref m; r = \"cpu\";", "mode", "m")]
    [InlineData("ref string r = ref mode; var m = mode; r = \"gpu\";", "mode", "m")]
    [InlineData("ref string r = ref mode; var m = config[\"old\"]; r = \"cpu\"; m = mode;", "m", "mode")]
    public async Task Guard_a_variable_a_ref_local_refers_to_is_written_through_it(string statements, string hostBy, string acceleratorBy)
    {
        // A write through r is a write of the variable it refers to: the two tests read different values.
        await Verify.Analyzer(Source("", members: $$"""
                void Sync(string mode, Dictionary<string, string> config, List<object> list)
                {
                    {{statements}}
                    list.Add(new ProductionVariant
                    {
                        ModelName = "m",
                        InstanceType = {{hostBy}} == "gpu" ? "ml.g4dn.xlarge" : "ml.m5.large",
                        AcceleratorType = {{acceleratorBy}} == "gpu" ? null : {|EI0006:"ml.eia2.medium"|},
                    });
                }

            """), Quiet);
    }

    [Fact]
    public async Task Guard_a_property_pattern_of_another_object_or_property_is_another_test()
    {
        await Verify.Analyzer(Source("""
                    list.Add(new ProductionVariant
                    {
                        ModelName = "m",
                        InstanceType = o is { UseGpu: true } ? "ml.g4dn.xlarge" : "ml.m5.large",
                        AcceleratorType = s.UseGpu ? null : {|EI0006:"ml.eia2.medium"|},
                    });
                    list.Add(new ProductionVariant
                    {
                        ModelName = "m",
                        InstanceType = s is { Mode: "gpu" } ? "ml.g4dn.xlarge" : "ml.m5.large",
                        AcceleratorType = s.UseGpu ? null : {|EI0006:"ml.eia2.medium"|},
                    });
                    list.Add(new ProductionVariant
                    {
                        ModelName = "m",
                        InstanceType = s is { Mode: "gpu", UseGpu: true } ? "ml.g4dn.xlarge" : "ml.m5.large",
                        AcceleratorType = s.Count > 2 ? {|EI0006:"ml.eia2.medium"|} : null,
                    });
            """), Quiet);
    }

    [Fact]
    public async Task Guard_a_copy_made_in_one_catch_is_not_the_value_another_try_left()
    {
        await Verify.Analyzer(Source("""
                    string m = null;
                    try
                    {
                        mode = config["a"];
                        await CreateModelAsync(o);
                    }
                    catch (InvalidOperationException)
                    {
                        m = mode;
                    }

                    if (m == null)
                    {
                        return;
                    }

                    try
                    {
                        mode = config["b"];
                        await CreateModelAsync(o);
                    }
                    catch (InvalidOperationException)
                    {
                        list.Add(new ProductionVariant
                        {
                            ModelName = "m",
                            InstanceType = mode == "gpu" ? "ml.g4dn.xlarge" : "ml.m5.large",
                            AcceleratorType = m == "gpu" ? null : {|EI0006:"ml.eia2.medium"|},
                        });
                    }
            """), Quiet);
    }

    [Fact]
    public async Task Guard_a_record_copy_whose_set_member_runs_code_keeps_nothing()
    {
        // Setting Mode sets UseGpu too: the copy's UseGpu is not the original's.
        await Verify.Analyzer(Source("""
                    var opts = new Opts(gpu);
                    var copy = opts with { Mode = "gpu" };
                    list.Add(new ProductionVariant
                    {
                        ModelName = "m",
                        InstanceType = copy.UseGpu ? "ml.g4dn.xlarge" : "ml.m5.large",
                        AcceleratorType = opts.UseGpu ? null : {|EI0006:"ml.eia2.medium"|},
                    });
            """, types: """
            record Opts(bool UseGpu)
            {
                private readonly string mode = "";

                public string Mode { get => mode; init { mode = value; UseGpu = value == "gpu"; } }
            }

            """), Quiet);
    }

    [Theory]
    [InlineData("ref string r = ref (gpu ? ref mode : ref other); var m = mode; r = \"gpu\";")]
    [InlineData("ref string r = ref Pick(ref mode); var m = mode; r = \"gpu\";")]
    [InlineData("p = ref mode; var m = mode; p = \"gpu\";")]
    public async Task Guard_a_variable_behind_any_ref_is_written_through_it(string statements)
    {
        await Verify.Analyzer(Source("", members: $$"""
                static ref string Pick(ref string a) => ref a;

                void Sync(ref string p, ref string mode, string other, bool gpu, List<object> list)
                {
                    {{statements}}
                    list.Add(new ProductionVariant
                    {
                        ModelName = "m",
                        InstanceType = mode == "gpu" ? "ml.g4dn.xlarge" : "ml.m5.large",
                        AcceleratorType = m == "gpu" ? null : {|EI0006:"ml.eia2.medium"|},
                    });
                }

            """), Quiet);
    }

    [Fact]
    public async Task Guard_a_parameter_written_by_a_lambda_is_not_a_constant()
    {
        // After the lambda may have run, mode is unknown: the accelerator is still on a certain GPU host.
        await Verify.Analyzer(Source("""
                    new List<int> { 1 }.ForEach(_ => mode = "cpu");
                    list.Add(new ProductionVariant { ModelName = "m", InstanceType = "ml.g4dn.xlarge", AcceleratorType = mode == "cpu" ? {|EI0006:"ml.eia2.medium"|} : null });
            """), Quiet);
    }
}
