using System.Threading.Tasks;
using EiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace EiAnalyzers.Tests.Reading;

/// <summary>
/// A second hostile review's probes (the harness of <see cref="ProbeFalseErrorTests"/>): user-defined operators and
/// property accessors with code, patterns that fail on null, lambdas, loops and jumps, try/finally, string tests,
/// async and iterators, fields, out/ref, generics, and the CDK's variant. Each valid probe stays silent; its twin,
/// where a path does combine a GPU host with an accelerator, keeps its EI0006 (or is noted as a missed warning).
/// </summary>
public class ProbeFalseErrorTests2
{
    private const string Quiet = "dotnet_diagnostic.EI0013.severity = none\ndotnet_diagnostic.EI0014.severity = none\n";

    private const string Cdk = "Amazon.CDK.AWS.Sagemaker.CfnEndpointConfig.ProductionVariantProperty";

    private static string Source(string body, string members, string types, bool async) => Verify.Usings + """
        using System.Linq;
        using System.Threading;
        using System.Threading.Tasks;

        class Settings
        {
            public string Mode { get; set; } = "";
            public bool UseGpu { get; set; }
            public Settings Inner { get; set; }
        }

        record Opt(string Mode, bool UseGpu);

        """ + types + """

        partial class Deploy
        {
            string hostField;
            string accField;
            bool flagField;
            static string shared;
            static bool sharedFlag;
            Opt optA, optB;
        """ + members + """

            static bool Flip() => DateTime.Now.Second % 2 == 0;

        """ + (async ? "    async Task<object>" : "    object") + """
         Run(string mode, bool gpu, bool? maybe, int n, Settings s, object o, string[] names, List<Settings> all)
            {
        """ + body + """

            }
        }
        """;

    private const string G = "\"ml.g4dn.xlarge\"";
    private const string C = "\"ml.m5.large\"";
    private const string E = "\"ml.eia2.medium\"";
    private const string Flagged = "{|EI0006:\"ml.eia2.medium\"|}";

    private static string Fill(string body) => body.Replace("$V", "ProductionVariant").Replace("$K", Cdk).Replace("$G", G).Replace("$C", C);

    private static Task Silent(string body, string members = "", string types = "", bool async = false) =>
        Verify.Analyzer(Source(Fill(body).Replace("$E", E).Replace("$A", "acc"), Fill(members).Replace("$E", E), Fill(types).Replace("$E", E), async), Quiet);

    /// <summary>A twin with a real GPU host and accelerator that the reader does not see (a missed warning, acceptable).</summary>
    private static Task Missed(string body, string members = "", string types = "", bool async = false) => Silent(body, members, types, async);

    private static Task Reported(string body, string members = "", string types = "", bool async = false) =>
        Verify.Analyzer(Source(Fill(body).Replace("$E", body.Contains("$A") ? E : Flagged).Replace("$A", "{|EI0006:acc|}"), Fill(members).Replace("$E", members.Contains("$A") ? E : Flagged).Replace("$A", "{|EI0006:acc|}"), Fill(types).Replace("$E", E), async), Quiet);

    private const string Types = """
        class Flag { public bool V; public static implicit operator bool(Flag f) => f.V; }
        struct Tri { public int V; public static bool operator true(Tri t) => t.V > 0; public static bool operator false(Tri t) => t.V <= 0; public static bool operator !(Tri t) => t.V <= 0; }
        class Box
        {
            public string V = "";
            public static implicit operator string(Box b) => b.V;
            public static bool operator ==(Box a, Box b) => a?.V == b?.V;
            public static bool operator !=(Box a, Box b) => !(a == b);
            public override bool Equals(object o) => o is Box b && b.V == V;
            public override int GetHashCode() => V.GetHashCode();
        }
        class Norm { string m = ""; public string Mode { get => m; set => m = value.ToLowerInvariant(); } }
        class Over { string m = ""; public string Forced = "cpu"; public string Mode { get => Forced ?? m; set => m = value; } }
        class Calc { public bool UseGpu { get; set; } public string Mode => UseGpu ? "gpu" : "cpu"; }
        interface IOpt { bool UseGpu { get; } }
        partial class Deploy { Flag flag; Tri tri; Box boxA, boxB; Norm norm = new(); Over over = new(); Calc calc = new(); }

        """;

    [Fact]
    public Task A01_record_equality_and_inequality_silent() =>
        Silent("""
                    return new $V { InstanceType = optA == optB ? $G : $C, AcceleratorType = optA != optB ? $E : null };
            """);

    [Fact]
    public Task A01_record_equality_and_inequality_twin() =>
        Reported("""
                    return new $V { InstanceType = optA == optB ? $G : $C, AcceleratorType = optA != optB ? null : $E };
            """);

    [Fact]
    public Task A02_class_operators_equality_and_inequality_silent() =>
        Silent("""
                    return new $V { InstanceType = boxA == boxB ? $G : $C, AcceleratorType = boxA != boxB ? $E : null };
            """, types: Types);

    [Fact]
    public Task A02_class_operators_equality_and_inequality_twin() =>
        Reported("""
                    return new $V { InstanceType = boxA == boxB ? $G : $C, AcceleratorType = boxA != boxB ? null : $E };
            """, types: Types);

    [Fact]
    public Task A03_implicit_conversion_to_bool_silent() =>
        Silent("""
                    return new $V { InstanceType = flag ? $G : $C, AcceleratorType = flag ? null : $E };
            """, types: Types);

    [Fact]
    public Task A03_implicit_conversion_to_bool_twin() =>
        Reported("""
                    return new $V { InstanceType = flag ? $G : $C, AcceleratorType = flag ? $E : null };
            """, types: Types);

    [Fact]
    public Task A03_explicit_conversion_to_bool_silent() =>
        Silent("""
                    return new $V { InstanceType = (bool)flag ? $G : $C, AcceleratorType = !(bool)flag ? $E : null };
            """, types: Types);

    [Fact(Skip = "False EI0006, not fixed: a type's operator true (if (t)) and its operator ! (!t) are two unrelated tests; nothing says a type's ! negates its true.")]
    public Task A04_operator_true_and_not_silent() =>
        Silent("""
                    var host = $C;
                    if (tri) host = $G;
                    return new $V { InstanceType = host, AcceleratorType = !tri ? $E : null };
            """, types: Types);

    [Fact]
    public Task A04_operator_true_and_not_twin() =>
        Reported("""
                    var host = $C;
                    if (tri) host = $G;
                    return new $V { InstanceType = host, AcceleratorType = !tri ? null : $E };
            """, types: Types);

    [Fact]
    public Task A05_conversion_to_string_silent() =>
        Silent("""
                    return new $V { InstanceType = (string)boxA == "gpu" ? $G : $C, AcceleratorType = (string)boxA != "gpu" ? $E : null };
            """, types: Types);

    [Fact]
    public Task A05_conversion_to_string_twin() =>
        Reported("""
                    return new $V { InstanceType = (string)boxA == "gpu" ? $G : $C, AcceleratorType = (string)boxA == "gpu" ? $E : null };
            """, types: Types);

    [Fact]
    public Task A06_setter_that_normalizes_its_value_silent() =>
        Silent("""
                    norm.Mode = "GPU";
                    return new $V { InstanceType = norm.Mode == "GPU" ? $G : $C, AcceleratorType = $E };
            """, types: Types);

    [Fact]
    public Task A06_setter_that_normalizes_its_value_missed_twin() =>
        Missed("""
                    norm.Mode = "GPU";
                    return new $V { InstanceType = norm.Mode == "gpu" ? $G : $C, AcceleratorType = $E };
            """, types: Types);

    [Fact]
    public Task A06_auto_property_written_twin() =>
        Reported("""
                    s.Mode = "GPU";
                    return new $V { InstanceType = s.Mode == "GPU" ? $G : $C, AcceleratorType = $E };
            """);

    [Fact]
    public Task A06_getter_that_returns_another_field_silent() =>
        Silent("""
                    over.Mode = "gpu";
                    return new $V { InstanceType = over.Mode == "gpu" ? $G : $C, AcceleratorType = $E };
            """, types: Types);

    [Fact]
    public Task A06_setter_with_a_body_leaves_other_tests_twin() =>
        Reported("""
                    norm.Mode = "GPU";
                    return new $V { InstanceType = gpu ? $G : $C, AcceleratorType = gpu ? $E : null };
            """, types: Types);

    [Fact]
    public Task A06_setter_with_a_body_leaves_other_members_known_silent() =>
        Silent("""
                    s.UseGpu = false;
                    norm.Mode = "GPU";
                    return new $V { InstanceType = s.UseGpu ? $G : $C, AcceleratorType = $E };
            """, types: Types);

    [Fact]
    public Task A07_computed_getter_after_a_write_silent() =>
        Silent("""
                    calc.UseGpu = gpu;
                    var host = calc.Mode == "gpu" ? $G : $C;
                    calc.UseGpu = false;
                    return new $V { InstanceType = host, AcceleratorType = calc.Mode == "gpu" ? $E : null };
            """, types: Types);

    [Fact]
    public Task A07_computed_getter_after_a_write_twin() =>
        Reported("""
                    calc.UseGpu = gpu;
                    var host = calc.Mode == "gpu" ? $G : $C;
                    calc.UseGpu = true;
                    return new $V { InstanceType = host, AcceleratorType = calc.Mode == "gpu" ? $E : null };
            """, types: Types);

    private const string ComputedBool = Types + """
        class Calc2 { public string Mode { get; set; } = ""; public bool IsGpu => Mode == "gpu"; }
        partial class Deploy { Calc2 calc2 = new(); }

        """;

    [Fact]
    public Task A07_computed_bool_getter_after_a_write_silent() =>
        Silent("""
                    calc2.Mode = gpu ? "gpu" : "cpu";
                    var host = calc2.IsGpu ? $G : $C;
                    calc2.Mode = "cpu";
                    return new $V { InstanceType = host, AcceleratorType = calc2.IsGpu ? $E : null };
            """, types: ComputedBool);

    [Fact]
    public Task A07_computed_bool_getter_after_a_write_twin() =>
        Reported("""
                    calc2.Mode = gpu ? "gpu" : "cpu";
                    var host = calc2.IsGpu ? $G : $C;
                    calc2.Mode = "gpu";
                    return new $V { InstanceType = host, AcceleratorType = calc2.IsGpu ? $E : null };
            """, types: ComputedBool);

    [Fact]
    public Task A07_computed_getter_of_another_object_twin() =>
        Reported("""
                    var other = new Calc();
                    other.UseGpu = true;
                    calc.UseGpu = false;
                    return new $V { InstanceType = other.Mode == "gpu" ? $G : $C, AcceleratorType = calc.Mode == "gpu" ? null : $E };
            """, types: Types);

    [Fact]
    public Task B01_property_pattern_failing_on_null_silent() =>
        Silent("""
                    return new $V { InstanceType = s is { Mode: not "gpu" } ? $C : $G, AcceleratorType = s != null && s.Mode != "gpu" ? $E : null };
            """);

    [Fact]
    public Task B01_property_pattern_failing_on_null_twin() =>
        Reported("""
                    return new $V { InstanceType = s is { Mode: not "gpu" } ? $C : $G, AcceleratorType = s?.Mode != "gpu" ? $E : null };
            """);

    [Fact]
    public Task B02_negated_property_pattern_silent() =>
        Silent("""
                    return new $V { InstanceType = s is not { UseGpu: true } ? $C : $G, AcceleratorType = s is { UseGpu: false } ? $E : null };
            """);

    [Fact]
    public Task B02_negated_property_pattern_twin() =>
        Reported("""
                    return new $V { InstanceType = s is not { UseGpu: true } ? $C : $G, AcceleratorType = s is not { UseGpu: false } ? $E : null };
            """);

    [Fact]
    public Task B03_negated_type_and_property_pattern_silent() =>
        Silent("""
                    return new $V { InstanceType = o is not Settings { UseGpu: true } ? $C : $G, AcceleratorType = (o as Settings)?.UseGpu == true ? null : $E };
            """);

    [Fact]
    public Task B03_negated_type_and_property_pattern_twin() =>
        Reported("""
                    return new $V { InstanceType = o is not Settings { UseGpu: true } ? $C : $G, AcceleratorType = (o as Settings)?.UseGpu == true ? $E : null };
            """);

    [Fact]
    public Task B03_type_pattern_and_a_cast_to_another_type_twin() =>
        Reported("""
                    return new $V { InstanceType = o is not Settings { UseGpu: true } ? $C : $G, AcceleratorType = (o as Opt)?.UseGpu == true ? null : $E };
            """);

    [Fact]
    public Task B03_type_pattern_then_cast_is_null_silent() =>
        Silent("""
                    return new $V { InstanceType = o is Settings { UseGpu: true } ? $G : $C, AcceleratorType = o as Settings == null ? $E : null };
            """);

    [Fact]
    public Task B04_failed_pattern_then_null_test_silent() =>
        Silent("""
                    if (s is { Mode: not "gpu" }) return new $V { InstanceType = $C, AcceleratorType = $E };
                    return new $V { InstanceType = s?.Mode == "gpu" ? $G : $C, AcceleratorType = s is null ? $E : null };
            """);

    [Fact]
    public Task B04_failed_pattern_then_null_test_twin() =>
        Reported("""
                    if (s is { Mode: not "gpu" }) return new $V { InstanceType = $C, AcceleratorType = "ml.eia2.large" };
                    return new $V { InstanceType = s?.Mode == "gpu" ? $G : $C, AcceleratorType = s is null ? null : $E };
            """);

    [Fact]
    public Task B05_extended_property_pattern_silent() =>
        Silent("""
                    return new $V { InstanceType = s is { Inner.UseGpu: true } ? $G : $C, AcceleratorType = s?.Inner?.UseGpu == true ? null : $E };
            """);

    [Fact]
    public Task B05_extended_property_pattern_twin() =>
        Reported("""
                    return new $V { InstanceType = s is { Inner.UseGpu: true } ? $G : $C, AcceleratorType = s?.Inner?.UseGpu == true ? $E : null };
            """);

    [Fact]
    public Task B05_extended_property_pattern_then_inner_null_silent() =>
        Silent("""
                    return new $V { InstanceType = s is { Inner.UseGpu: true } ? $G : $C, AcceleratorType = s?.Inner is null ? $E : null };
            """);

    [Fact]
    public Task B05_failed_extended_property_pattern_twin() =>
        Reported("""
                    return new $V { InstanceType = s is { Inner.UseGpu: false } ? $C : $G, AcceleratorType = s?.Inner?.UseGpu == true ? $E : null };
            """);

    [Fact]
    public Task B06_empty_property_pattern_silent() =>
        Silent("""
                    return new $V { InstanceType = s is not { } ? $C : (s.UseGpu ? $G : $C), AcceleratorType = s is null ? $E : null };
            """);

    [Fact]
    public Task B06_empty_property_pattern_twin() =>
        Reported("""
                    return new $V { InstanceType = s is not { } ? $C : (s.UseGpu ? $G : $C), AcceleratorType = s is null ? null : $E };
            """);

    [Fact]
    public Task B07_failed_pattern_and_member_null_test_silent() =>
        Silent("""
                    var host = $C;
                    if (s is not { Mode: "cpu" }) { if (s?.Mode != null) host = $G; }
                    return new $V { InstanceType = host, AcceleratorType = s?.Mode == "cpu" ? $E : null };
            """);

    [Fact]
    public Task B07_failed_pattern_and_member_null_test_twin() =>
        Reported("""
                    var host = $C;
                    if (s is not { Mode: "cpu" }) { if (s?.Mode != null) host = $G; }
                    return new $V { InstanceType = host, AcceleratorType = s?.Mode != "cpu" ? $E : null };
            """);

    [Fact]
    public Task C01_lambda_called_writes_a_captured_bool_silent() =>
        Silent("""
                    bool g = gpu;
                    Action cpu = () => g = false;
                    var host = g ? $G : $C;
                    cpu();
                    return new $V { InstanceType = host, AcceleratorType = g ? $E : null };
            """);

    [Fact]
    public Task C01_lambda_called_writes_a_captured_bool_missed_twin() =>
        Missed("""
                    bool g = gpu;
                    Action cpu = () => g = true;
                    var host = g ? $G : $C;
                    cpu();
                    return new $V { InstanceType = host, AcceleratorType = g ? $E : null };
            """);

    [Fact]
    public Task C02_local_function_writes_a_captured_bool_silent() =>
        Silent("""
                    var g = gpu;
                    var host = g ? $G : $C;
                    void Off() { g = false; }
                    Off();
                    return new $V { InstanceType = host, AcceleratorType = g ? $E : null };
            """);

    [Fact]
    public Task C03_delegate_writes_a_field_silent() =>
        Silent("""
                    Action off = () => flagField = false;
                    flagField = gpu;
                    var host = flagField ? $G : $C;
                    off();
                    return new $V { InstanceType = host, AcceleratorType = flagField ? $E : null };
            """);

    [Fact]
    public Task C03_delegate_writes_a_field_missed_twin() =>
        Missed("""
                    Action on = () => flagField = true;
                    flagField = gpu;
                    var host = flagField ? $G : $C;
                    on();
                    return new $V { InstanceType = host, AcceleratorType = flagField ? $E : null };
            """);

    [Fact]
    public Task C03_field_no_lambda_writes_twin() =>
        Reported("""
                    Action off = () => accField = null;
                    flagField = gpu;
                    var host = flagField ? $G : $C;
                    return new $V { InstanceType = host, AcceleratorType = flagField ? $E : null };
            """);

    [Fact]
    public Task C04_func_called_twice_silent() =>
        Silent("""
                    Func<bool> isGpu = () => s.UseGpu;
                    return new $V { InstanceType = isGpu() ? $G : $C, AcceleratorType = isGpu() ? null : $E };
            """);

    [Fact]
    public Task C04_func_called_twice_twin() =>
        Reported("""
                    Func<bool> isGpu = () => s.UseGpu;
                    return new $V { InstanceType = isGpu() ? $G : $C, AcceleratorType = isGpu() ? $E : null };
            """);

    [Fact]
    public Task C05_static_local_function_test_silent() =>
        Silent("""
                    static bool IsGpu(string m) => m == "gpu";
                    return new $V { InstanceType = IsGpu(mode) ? $G : $C, AcceleratorType = IsGpu(mode) ? null : $E };
            """);

    [Fact]
    public Task C05_static_local_function_test_twin() =>
        Reported("""
                    static bool IsGpu(string m) => m == "gpu";
                    return new $V { InstanceType = IsGpu(mode) ? $G : $C, AcceleratorType = IsGpu(mode) ? $E : null };
            """);

    [Fact]
    public Task C06_lambda_body_writes_between_its_tests_silent() =>
        Silent("""
                    var g = gpu;
                    Func<ProductionVariant> make = () => { var host = g ? $G : $C; g = false; return new ProductionVariant { InstanceType = host, AcceleratorType = g ? $E : null }; };
                    return make();
            """);

    [Fact]
    public Task C06_lambda_body_writes_between_its_tests_missed_twin() =>
        Missed("""
                    var g = gpu;
                    Func<ProductionVariant> make = () => { var host = g ? $G : $C; g = true; return new ProductionVariant { InstanceType = host, AcceleratorType = g ? $E : null }; };
                    return make();
            """);

    [Fact]
    public Task D01_switch_with_when_then_retest_silent() =>
        Silent("""
                    string host, acc;
                    switch (mode)
                    {
                        case "gpu" when gpu: host = $G; acc = null; break;
                        case "gpu": host = $C; acc = $E; break;
                        default: host = gpu ? $G : $C; acc = null; break;
                    }
                    return new $V { InstanceType = host, AcceleratorType = mode == "gpu" && !gpu ? $E : acc };
            """);

    [Fact]
    public Task D01_switch_with_when_then_retest_twin() =>
        Reported("""
                    string host, acc;
                    switch (mode)
                    {
                        case "gpu" when gpu: host = $G; acc = null; break;
                        case "gpu": host = $C; acc = "ml.eia2.large"; break;
                        default: host = gpu ? $G : $C; acc = null; break;
                    }
                    return new $V { InstanceType = host, AcceleratorType = mode != "gpu" && gpu ? $E : acc };
            """);

    [Fact]
    public Task D02_goto_case_silent() =>
        Silent("""
                    string host = $C, acc = null;
                    switch (n)
                    {
                        case 0: host = $G; break;
                        case 1: goto case 2;
                        case 2: acc = $E; break;
                        default: goto case 0;
                    }
                    return new $V { InstanceType = host, AcceleratorType = acc };
            """);

    [Fact]
    public Task D02_goto_case_twin() =>
        Reported("""
                    string host = $C, acc = null;
                    switch (n)
                    {
                        case 0: host = $G; break;
                        case 1: goto case 2;
                        case 2: acc = $E; goto case 0;
                        default: goto case 0;
                    }
                    return new $V { InstanceType = host, AcceleratorType = $A };
            """);

    [Fact]
    public Task D03_goto_label_silent() =>
        Silent("""
                    string host = $C, acc = null;
                    if (gpu) goto Gpu;
                    acc = $E;
                    goto Done;
                    Gpu:
                    host = $G;
                    Done:
                    return new $V { InstanceType = host, AcceleratorType = acc };
            """);

    [Fact]
    public Task D03_goto_label_twin() =>
        Reported("""
                    string host = $C, acc = null;
                    if (gpu) goto Gpu;
                    acc = $E;
                    if (n > 0) goto Done;
                    Gpu:
                    host = $G;
                    Done:
                    return new $V { InstanceType = host, AcceleratorType = $A };
            """);

    [Fact]
    public Task D04_loop_break_and_continue_silent() =>
        Silent("""
                    string host = $C; string acc = null;
                    foreach (var x in names)
                    {
                        if (x == "skip") continue;
                        if (x == "gpu") { host = $G; acc = null; break; }
                        acc = $E;
                    }
                    return new $V { InstanceType = host, AcceleratorType = acc };
            """);

    [Fact]
    public Task D04_loop_break_and_continue_missed_twin() =>
        Missed("""
                    string host = $C; string acc = null;
                    foreach (var x in names)
                    {
                        if (x == "skip") continue;
                        if (x == "gpu") { host = $G; continue; }
                        acc = $E;
                    }
                    return new $V { InstanceType = host, AcceleratorType = $A };
            """);

    [Fact]
    public Task D05_do_while_silent() =>
        Silent("""
                    string host = $C, acc = $E;
                    int i = 0;
                    do { if (names[i] == "gpu") { host = $G; acc = null; } i++; } while (i < names.Length && host != $G);
                    return new $V { InstanceType = host, AcceleratorType = acc };
            """);

    [Fact]
    public Task D05_do_while_twin() =>
        Reported("""
                    string host = $C, acc = $E;
                    int i = 0;
                    do { if (names[i] == "gpu") { host = $G;  } i++; } while (i < names.Length && host != $G);
                    return new $V { InstanceType = host, AcceleratorType = $A };
            """);

    [Fact]
    public Task D06_foreach_tuple_deconstruction_silent() =>
        Silent("""
                    var list = new List<ProductionVariant>();
                    foreach (var (h, a) in new[] { ($G, (string)null), ($C, $E) }) list.Add(new ProductionVariant { InstanceType = h, AcceleratorType = a });
                    return list;
            """);

    [Fact]
    public Task D07_while_flag_set_in_loop_silent() =>
        Silent("""
                    var useGpu = false; var i = 0;
                    while (i < n) { if (names[i] == "gpu") useGpu = true; i++; }
                    var host = useGpu ? $G : $C;
                    return new $V { InstanceType = host, AcceleratorType = !useGpu ? $E : null };
            """);

    [Fact]
    public Task D07_while_flag_set_in_loop_twin() =>
        Reported("""
                    var useGpu = false; var i = 0;
                    while (i < n) { if (names[i] == "gpu") useGpu = true; i++; }
                    var host = useGpu ? $G : $C;
                    return new $V { InstanceType = host, AcceleratorType = useGpu ? $E : null };
            """);

    [Fact]
    public Task D08_switch_on_pattern_with_when_silent() =>
        Silent("""
                    string host = $C;
                    switch (s)
                    {
                        case { UseGpu: true } when s.Mode == "gpu": host = $G; break;
                        case null: break;
                        default: host = $C; break;
                    }
                    return new $V { InstanceType = host, AcceleratorType = s is { UseGpu: true, Mode: "gpu" } ? null : $E };
            """);

    [Fact]
    public Task D08_switch_on_pattern_with_when_twin() =>
        Reported("""
                    string host = $C;
                    switch (s)
                    {
                        case { UseGpu: true } when s.Mode == "gpu": host = $G; break;
                        case null: break;
                        default: host = $C; break;
                    }
                    return new $V { InstanceType = host, AcceleratorType = s is { UseGpu: true, Mode: "gpu" } ? $E : null };
            """);

    [Fact]
    public Task E01_finally_writes_the_tested_bool_silent() =>
        Silent("""
                    var g = gpu; string host;
                    try { host = g ? $G : $C; } finally { g = false; }
                    return new $V { InstanceType = host, AcceleratorType = g ? $E : null };
            """);

    [Fact]
    public Task E01_finally_writes_the_tested_bool_twin() =>
        Reported("""
                    var g = gpu; string host;
                    try { host = g ? $G : $C; } finally { g = true; }
                    return new $V { InstanceType = host, AcceleratorType = g ? $E : null };
            """);

    [Fact]
    public Task E02_lock_resets_the_flag_silent() =>
        Silent("""
                    var g = gpu; string host;
                    lock (this) { host = g ? $G : $C; if (g) g = false; }
                    return new $V { InstanceType = host, AcceleratorType = g ? $E : null };
            """);

    [Fact]
    public Task E02_lock_resets_the_flag_twin() =>
        Reported("""
                    var g = gpu; string host;
                    lock (this) { host = g ? $G : $C;  }
                    return new $V { InstanceType = host, AcceleratorType = g ? $E : null };
            """);

    [Fact]
    public Task E03_exception_filter_silent() =>
        Silent("""
                    string host = $C;
                    try { host = Compute(); } catch (Exception) when (gpu) { host = $G; } catch (Exception) { }
                    return new $V { InstanceType = host, AcceleratorType = gpu ? null : $E };
            """, members: """
    static string Compute() => Console.ReadLine();
    """);

    [Fact]
    public Task E03_exception_filter_twin() =>
        Reported("""
                    string host = $C;
                    try { host = Compute(); } catch (Exception) when (gpu) { host = $G; } catch (Exception) { }
                    return new $V { InstanceType = host, AcceleratorType = gpu ? $E : null };
            """, members: """
    static string Compute() => Console.ReadLine();
    """);

    [Fact]
    public Task E04_finally_writes_a_field_silent() =>
        Silent("""
                    string host;
                    try { host = flagField ? $G : $C; } finally { flagField = false; }
                    return new $V { InstanceType = host, AcceleratorType = flagField ? $E : null };
            """);

    [Fact]
    public Task E05_using_then_retest_silent() =>
        Silent("""
                    string host;
                    using (var ms = new System.IO.MemoryStream()) { host = gpu ? $G : $C; }
                    return new $V { InstanceType = host, AcceleratorType = gpu ? null : $E };
            """);

    [Fact]
    public Task F01_ordinal_ignore_case_and_equality_silent() =>
        Silent("""
                    return new $V { InstanceType = mode == "gpu" ? $G : $C, AcceleratorType = string.Equals(mode, "GPU", StringComparison.OrdinalIgnoreCase) ? null : $E };
            """);

    [Fact]
    public Task F01_ordinal_ignore_case_and_equality_twin() =>
        Reported("""
                    return new $V { InstanceType = mode == "gpu" ? $G : $C, AcceleratorType = string.Equals(mode, "GPU", StringComparison.OrdinalIgnoreCase) ? $E : null };
            """);

    [Fact]
    public Task F02_to_lower_and_equality_silent() =>
        Silent("""
                    return new $V { InstanceType = mode == "gpu" ? $G : $C, AcceleratorType = mode.ToLowerInvariant() == "gpu" ? null : $E };
            """);

    [Fact]
    public Task F02_to_lower_and_equality_twin() =>
        Reported("""
                    return new $V { InstanceType = mode == "gpu" ? $G : $C, AcceleratorType = mode.ToLowerInvariant() == "gpu" ? $E : null };
            """);

    [Fact]
    public Task F03_starts_with_and_equality_silent() =>
        Silent("""
                    return new $V { InstanceType = mode == "gpu-large" ? $G : $C, AcceleratorType = mode.StartsWith("gpu", StringComparison.Ordinal) ? null : $E };
            """);

    [Fact]
    public Task F03_starts_with_and_equality_twin() =>
        Reported("""
                    return new $V { InstanceType = mode == "gpu-large" ? $G : $C, AcceleratorType = mode.StartsWith("gpu", StringComparison.Ordinal) ? $E : null };
            """);

    [Fact]
    public Task F04_contains_and_equality_silent() =>
        Silent("""
                    return new $V { InstanceType = mode == "gpu" ? $G : $C, AcceleratorType = mode.Contains("gp") ? null : $E };
            """);

    [Fact]
    public Task F05_static_equals_and_equality_silent() =>
        Silent("""
                    return new $V { InstanceType = string.Equals(mode, "gpu") ? $G : $C, AcceleratorType = mode == "gpu" ? null : $E };
            """);

    [Fact]
    public Task F06_ignore_case_twice_silent() =>
        Silent("""
                    return new $V { InstanceType = mode.Equals("GPU", StringComparison.OrdinalIgnoreCase) ? $G : $C, AcceleratorType = string.Equals("gpu", mode, StringComparison.OrdinalIgnoreCase) ? null : $E };
            """);

    [Fact]
    public Task F07_ordinal_and_equality_silent() =>
        Silent("""
                    return new $V { InstanceType = string.Equals(mode, "gpu", StringComparison.Ordinal) ? $G : $C, AcceleratorType = mode != "gpu" ? $E : null };
            """);

    [Fact]
    public Task F08_copy_of_a_call_and_the_call_silent() =>
        Silent("""
                    var m = mode.ToLowerInvariant();
                    return new $V { InstanceType = m == "gpu" ? $G : $C, AcceleratorType = mode.ToLowerInvariant() == "gpu" ? null : $E };
            """);

    [Fact]
    public Task F08_copy_of_a_call_and_the_call_twin() =>
        Reported("""
                    var m = mode.ToLowerInvariant();
                    return new $V { InstanceType = m == "gpu" ? $G : $C, AcceleratorType = mode.ToLowerInvariant() == "gpu" ? $E : null };
            """);

    [Fact]
    public Task F08_copy_of_a_call_then_the_receiver_written_twin() =>
        Reported("""
                    var m = mode.ToLowerInvariant();
                    mode = Console.ReadLine();
                    return new $V { InstanceType = m == "gpu" ? $G : $C, AcceleratorType = mode.ToLowerInvariant() == "gpu" ? null : $E };
            """);

    [Fact]
    public Task F09_known_value_decides_starts_with_silent() =>
        Silent("""
                    var m = gpu ? "gpu-large" : "cpu";
                    return new $V { InstanceType = m.StartsWith("gpu", StringComparison.Ordinal) ? $G : $C, AcceleratorType = gpu ? null : $E };
            """);

    [Fact]
    public Task F09_known_value_decides_starts_with_twin() =>
        Reported("""
                    var m = gpu ? "gpu-large" : "cpu";
                    return new $V { InstanceType = m.StartsWith("gpu", StringComparison.Ordinal) ? $G : $C, AcceleratorType = gpu ? $E : null };
            """);

    [Fact]
    public Task F10_equality_then_ignore_case_of_another_string_twin() =>
        Reported("""
                    return new $V { InstanceType = mode == "gpu" ? $G : $C, AcceleratorType = string.Equals(s.Mode, "GPU", StringComparison.OrdinalIgnoreCase) ? null : $E };
            """);

    [Fact]
    public Task F11_ignore_case_then_equality_silent() =>
        Silent("""
                    return new $V { InstanceType = mode.StartsWith("gpu", StringComparison.OrdinalIgnoreCase) ? $G : $C, AcceleratorType = mode == "cpu" ? $E : null };
            """);

    [Fact]
    public Task F11_ignore_case_then_equality_twin() =>
        Reported("""
                    return new $V { InstanceType = mode.StartsWith("gpu", StringComparison.OrdinalIgnoreCase) ? $G : $C, AcceleratorType = mode == "GPU-large" ? $E : null };
            """);

    [Fact]
    public Task F12_failed_equality_leaves_ignore_case_open_twin() =>
        Reported("""
                    return new $V { InstanceType = mode == "gpu" ? $C : $G, AcceleratorType = string.Equals(mode, "GPU", StringComparison.OrdinalIgnoreCase) ? $E : null };
            """);

    [Fact]
    public Task F13_culture_to_lower_of_a_known_text_is_not_evaluated_missed() =>
        Missed("""
                    var m = gpu ? "TITAN" : "cpu";
                    return new $V { InstanceType = m.ToLower() == "titan" ? $G : $C, AcceleratorType = gpu ? $E : null };
            """);

    [Fact]
    public Task F13_invariant_to_lower_of_a_known_text_twin() =>
        Reported("""
                    var m = gpu ? "TITAN" : "cpu";
                    return new $V { InstanceType = m.ToLowerInvariant() == "titan" ? $G : $C, AcceleratorType = gpu ? $E : null };
            """);

    [Fact]
    public Task F14_culture_starts_with_and_equality_silent() =>
        Silent("""
                    return new $V { InstanceType = mode == "chip" ? $G : $C, AcceleratorType = mode.StartsWith("c") ? null : $E };
            """);

    [Fact]
    public Task F15_two_string_methods_of_one_string_silent() =>
        Silent("""
                    return new $V { InstanceType = mode.StartsWith("gpu", StringComparison.Ordinal) ? $G : $C, AcceleratorType = mode.Contains("gp") ? null : $E };
            """);

    [Fact]
    public Task F16_to_lower_of_a_constant_with_capitals_never_matches_silent() =>
        Silent("""
                    return new $V { InstanceType = mode.ToLowerInvariant() == "GPU" ? $G : $C, AcceleratorType = mode == "cpu" ? $E : null };
            """);

    [Fact]
    public Task G01_await_between_tests_of_a_local_silent() =>
        Silent("""
                    var g = s.UseGpu;
                    var host = g ? $G : $C;
                    await Task.Delay(1);
                    return new $V { InstanceType = host, AcceleratorType = g ? null : $E };
            """, async: true);

    [Fact]
    public Task G01_await_between_tests_of_a_local_twin() =>
        Reported("""
                    var g = s.UseGpu;
                    var host = g ? $G : $C;
                    await Task.Delay(1);
                    return new $V { InstanceType = host, AcceleratorType = g ? $E : null };
            """, async: true);

    [Fact]
    public Task G02_configure_await_between_tests_silent() =>
        Silent("""
                    var host = gpu ? $G : $C;
                    await Task.Yield();
                    await Task.Delay(1).ConfigureAwait(false);
                    return new $V { InstanceType = host, AcceleratorType = gpu ? null : $E };
            """, async: true);

    [Fact]
    public Task G03_awaited_value_tested_twice_silent() =>
        Silent("""
                    var m = await Task.FromResult(mode).ConfigureAwait(false);
                    return new $V { InstanceType = m == "gpu" ? $G : $C, AcceleratorType = m == "gpu" ? null : $E };
            """, async: true);

    [Fact]
    public Task G03_awaited_value_tested_twice_twin() =>
        Reported("""
                    var m = await Task.FromResult(mode).ConfigureAwait(false);
                    return new $V { InstanceType = m == "gpu" ? $G : $C, AcceleratorType = m == "gpu" ? $E : null };
            """, async: true);

    [Fact]
    public Task G04_iterator_yields_variants_silent() =>
        Silent("""
                    return All(gpu);
            """, members: """
    IEnumerable<ProductionVariant> All(bool g)
    {
        yield return new ProductionVariant { InstanceType = g ? $G : $C, AcceleratorType = g ? null : "ml.eia2.large" };
        g = !g;
        yield return new ProductionVariant { InstanceType = g ? $G : $C, AcceleratorType = g ? null : $E };
    }
    """);

    [Fact]
    public Task G04_iterator_yields_variants_missed_twin() =>
        Missed("""
                    return All(gpu);
            """, members: """
    IEnumerable<ProductionVariant> All(bool g)
    {
        yield return new ProductionVariant { InstanceType = g ? $G : $C, AcceleratorType = g ? null : "ml.eia2.large" };
        g = !g;
        yield return new ProductionVariant { InstanceType = g ? $G : $C, AcceleratorType = g ? $E : null };
    }
    """);

    [Fact]
    public Task H01_instance_method_writes_the_field_silent() =>
        Silent("""
                    flagField = gpu;
                    var host = flagField ? $G : $C;
                    Cpu();
                    return new $V { InstanceType = host, AcceleratorType = flagField ? $E : null };
            """, members: """
    void Cpu() => flagField = false;
    """);

    [Fact]
    public Task H02_static_method_writes_the_static_field_silent() =>
        Silent("""
                    sharedFlag = gpu;
                    var host = sharedFlag ? $G : $C;
                    Reset();
                    return new $V { InstanceType = host, AcceleratorType = sharedFlag ? $E : null };
            """, members: """
    static void Reset() => sharedFlag = false;
    """);

    [Fact]
    public Task H03_instance_method_writes_the_host_field_silent() =>
        Silent("""
                    this.hostField = $G;
                    Helper();
                    return new $V { InstanceType = this.hostField, AcceleratorType = $E };
            """, members: """
    void Helper() => hostField = $C;
    """);

    [Fact]
    public Task H04_this_field_and_field_silent() =>
        Silent("""
                    this.flagField = gpu;
                    return new $V { InstanceType = flagField ? $G : $C, AcceleratorType = this.flagField ? null : $E };
            """);

    [Fact]
    public Task H04_this_field_and_field_twin() =>
        Reported("""
                    this.flagField = gpu;
                    return new $V { InstanceType = flagField ? $G : $C, AcceleratorType = this.flagField ? $E : null };
            """);

    [Fact]
    public Task H05_other_instance_field_written_silent() =>
        Silent("""
                    var other = new Deploy();
                    this.hostField = $G;
                    other.hostField = $C;
                    return new $V { InstanceType = other.hostField, AcceleratorType = $E };
            """);

    [Fact]
    public Task I01_ref_argument_of_the_project_silent() =>
        Silent("""
                    var g = gpu;
                    var host = g ? $G : $C;
                    Off(ref g);
                    return new $V { InstanceType = host, AcceleratorType = g ? $E : null };
            """, members: """
    static void Off(ref bool b) => b = false;
    """);

    [Fact]
    public Task I02_interlocked_exchange_of_a_field_silent() =>
        Silent("""
                    hostField = $G;
                    Interlocked.Exchange(ref hostField, $C);
                    return new $V { InstanceType = hostField, AcceleratorType = $E };
            """);

    [Fact]
    public Task I02_interlocked_exchange_of_another_field_twin() =>
        Reported("""
                    hostField = $G;
                    Interlocked.Exchange(ref accField, null);
                    return new $V { InstanceType = hostField, AcceleratorType = $E };
            """);

    [Fact]
    public Task I03_interlocked_exchange_of_a_local_silent() =>
        Silent("""
                    var host = $G;
                    Interlocked.Exchange(ref host, $C);
                    return new $V { InstanceType = host, AcceleratorType = $E };
            """);

    [Fact]
    public Task I04_volatile_write_of_a_tested_bool_silent() =>
        Silent("""
                    var g = gpu;
                    var host = g ? $G : $C;
                    Volatile.Write(ref g, false);
                    return new $V { InstanceType = host, AcceleratorType = g ? $E : null };
            """);

    [Fact]
    public Task I05_out_argument_of_a_library_silent() =>
        Silent("""
                    var host = $G;
                    new Dictionary<string, string>().TryGetValue(mode, out host);
                    return new $V { InstanceType = host ?? $C, AcceleratorType = $E };
            """);

    [Fact]
    public Task I06_array_fill_silent() =>
        Silent("""
                    var hosts = new[] { $G };
                    Array.Fill(hosts, $C);
                    return new $V { InstanceType = hosts[0], AcceleratorType = $E };
            """);

    [Fact]
    public Task I07_interlocked_compare_exchange_of_a_bool_field_silent() =>
        Silent("""
                    hostField = $G;
                    Interlocked.CompareExchange(ref hostField, $C, $G);
                    return new $V { InstanceType = hostField, AcceleratorType = $E };
            """);

    [Fact]
    public Task I08_ref_field_to_a_struct_method_silent() =>
        Silent("""
                    var g = gpu;
                    var host = g ? $G : $C;
                    Swap(ref g, ref flagField);
                    return new $V { InstanceType = host, AcceleratorType = g ? $E : null };
            """, members: """
    static void Swap(ref bool a, ref bool b) { a = false; b = true; }
    """);

    [Fact]
    public Task J01_generic_methods_silent() =>
        Silent("""
                    return null;
            """, members: """
    ProductionVariant Gen<T>(T opt) where T : Settings =>
        new ProductionVariant { InstanceType = opt.UseGpu ? $G : $C, AcceleratorType = opt.UseGpu ? null : $E };
    ProductionVariant Gen2<T>(T opt) where T : IOpt =>
        new ProductionVariant { InstanceType = opt.UseGpu ? $G : $C, AcceleratorType = !opt.UseGpu ? "ml.eia2.large" : null };
    ProductionVariant Gen3<T>(T value) =>
        new ProductionVariant { InstanceType = value is Settings { UseGpu: true } ? $G : $C, AcceleratorType = value is Settings { UseGpu: true } ? null : "ml.eia2.large" };
    static bool Same<T>(T a, T b) where T : IEquatable<T> => a.Equals(b);
    ProductionVariant Gen4<T>(T a, T b) where T : IEquatable<T> =>
        new ProductionVariant { InstanceType = a.Equals(b) ? $G : $C, AcceleratorType = !a.Equals(b) ? "ml.eia2.large" : null };
    """, types: Types);

    [Fact]
    public Task J01_generic_methods_twin() =>
        Reported("""
                    return null;
            """, members: """
    ProductionVariant Gen<T>(T opt) where T : Settings =>
        new ProductionVariant { InstanceType = opt.UseGpu ? $G : $C, AcceleratorType = opt.UseGpu ? $E : null };
    ProductionVariant Gen2<T>(T opt) where T : IOpt =>
        new ProductionVariant { InstanceType = opt.UseGpu ? $G : $C, AcceleratorType = !opt.UseGpu ? "ml.eia2.large" : null };
    ProductionVariant Gen3<T>(T value) =>
        new ProductionVariant { InstanceType = value is Settings { UseGpu: true } ? $G : $C, AcceleratorType = value is Settings { UseGpu: true } ? null : "ml.eia2.large" };
    static bool Same<T>(T a, T b) where T : IEquatable<T> => a.Equals(b);
    ProductionVariant Gen4<T>(T a, T b) where T : IEquatable<T> =>
        new ProductionVariant { InstanceType = a.Equals(b) ? $G : $C, AcceleratorType = !a.Equals(b) ? "ml.eia2.large" : null };
    """, types: Types);

    [Fact]
    public Task K01_cdk_property_pattern_failing_on_null_silent() =>
        Silent("""
                    return new $K { InstanceType = s is { Mode: not "gpu" } ? $C : $G, AcceleratorType = s != null && s.Mode != "gpu" ? $E : null };
            """);

    [Fact]
    public Task K01_cdk_property_pattern_failing_on_null_twin() =>
        Reported("""
                    return new $K { InstanceType = s is { Mode: not "gpu" } ? $C : $G, AcceleratorType = s?.Mode != "gpu" ? $E : null };
            """);

    [Fact]
    public Task K02_cdk_finally_writes_the_tested_bool_silent() =>
        Silent("""
                    var g = gpu; string host;
                    try { host = g ? $G : $C; } finally { g = false; }
                    return new $K { InstanceType = host, AcceleratorType = g ? $E : null };
            """);

    [Fact]
    public Task K02_cdk_finally_writes_the_tested_bool_twin() =>
        Reported("""
                    var g = gpu; string host;
                    try { host = g ? $G : $C; } finally { g = true; }
                    return new $K { InstanceType = host, AcceleratorType = g ? $E : null };
            """);

    [Fact]
    public Task K03_cdk_interlocked_silent() =>
        Silent("""
                    hostField = $G;
                    Interlocked.Exchange(ref hostField, $C);
                    return new $K { InstanceType = hostField, AcceleratorType = $E };
            """);

    [Fact]
    public Task K04_cdk_setter_that_normalizes_silent() =>
        Silent("""
                    norm.Mode = "GPU";
                    return new $K { InstanceType = norm.Mode == "GPU" ? $G : $C, AcceleratorType = $E };
            """, types: Types);

    [Fact]
    public Task K05_cdk_record_inequality_silent() =>
        Silent("""
                    return new $K { InstanceType = optA == optB ? $G : $C, AcceleratorType = optA != optB ? $E : null };
            """);

    [Fact]
    public Task K06_cdk_lambda_writes_captured_silent() =>
        Silent("""
                    bool g = gpu;
                    Action cpu = () => g = false;
                    var host = g ? $G : $C;
                    cpu();
                    return new $K { InstanceType = host, AcceleratorType = g ? $E : null };
            """);

    [Fact]
    public Task K07_cdk_ignore_case_silent() =>
        Silent("""
                    return new $K { InstanceType = mode == "gpu" ? $G : $C, AcceleratorType = string.Equals(mode, "GPU", StringComparison.OrdinalIgnoreCase) ? null : $E };
            """);

    [Fact]
    public Task K08_cdk_goto_label_silent() =>
        Silent("""
                    string host = $C, acc = null;
                    if (gpu) goto Gpu;
                    acc = $E;
                    goto Done;
                    Gpu:
                    host = $G;
                    Done:
                    return new $K { InstanceType = host, AcceleratorType = acc };
            """);

    [Fact]
    public Task K08_cdk_goto_label_twin() =>
        Reported("""
                    string host = $C, acc = null;
                    if (gpu) goto Gpu;
                    acc = $E;
                    if (n > 0) goto Done;
                    Gpu:
                    host = $G;
                    Done:
                    return new $K { InstanceType = host, AcceleratorType = $A };
            """);

}
