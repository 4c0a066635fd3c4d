using System.Threading.Tasks;
using EiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace EiAnalyzers.Tests.Reading;

/// <summary>
/// Values are read from the code's control flow, per object and in order: a rule fires only for a combination some
/// path produces. Each shape runs with the SDK and with the CDK, and both ways: the valid pairing gets nothing, the
/// swapped pairing (GPU host with the accelerator on the same path) gets its EI0006.
/// </summary>
public class FlowReadingTests
{
    private const string Quiet = "dotnet_diagnostic.EI0013.severity = none\ndotnet_diagnostic.EI0014.severity = none\n";

    private const string Declarations = """
        enum Mode { Ei, Gpu }

        class Options { public Target Deploy { get; set; } = new Target(); }

        class Target { public bool Ei { get; set; } }


        """;

    private static string Source(Library library, string body, string members = "") => library.Program(
        body,
        Declarations,
        members + (members.Length == 0 ? "" : "\n\n") + """static bool IsEi(string mode) => mode == "ei";""",
        "string mode, Mode kind, Options o, bool ei, bool gpu, List<object> list, string acc, int size, int? count, Dictionary<string, string> config, Target t, Target[] targets");

    /// <summary>The same condition in two places, written in every form that means the same.</summary>
    public static TheoryData<Library, string, string> SameConditions()
    {
        var data = new TheoryData<Library, string, string>();
        var pairs = new (string Host, string Accelerator)[]
        {
            ("mode == \"ei\"", "mode == \"ei\""),
            ("\"ei\" == mode", "mode == \"ei\""),
            ("IsEi(mode)", "IsEi(mode)"),
            ("mode is \"ei\"", "mode == \"ei\""),
            ("kind == Mode.Ei", "kind == Mode.Ei"),
            ("o.Deploy.Ei", "o.Deploy.Ei"),
            ("ei == true", "ei"),
            ("!gpu", "gpu == false"),
            ("mode != \"gpu\" && mode == \"ei\"", "mode == \"ei\""),
            ("mode.Equals(\"ei\")", "mode == \"ei\""),
            ("string.Equals(mode, \"ei\", StringComparison.Ordinal)", "\"ei\".Equals(mode)"),
            ("mode is \"ei\" or \"cpu\"", "mode == \"ei\""),
            ("mode is \"cpu\" or \"ei\"", "mode is \"ei\" or \"cpu\""),
            ("mode is not (\"gpu\" or \"inf\")", "mode is \"ei\""),
            ("mode is not \"gpu\"", "mode != \"gpu\""),
            ("size <= 2048", "2048 >= size"),
            ("size < 100", "!(size >= 100)"),
            ("100 > size", "size < 100"),
            ("kind <= Mode.Ei", "!(Mode.Ei < kind)"),
            ("count.HasValue", "count != null"),
            ("count is not null", "count.HasValue"),
            ("count is { }", "!(count is null)"),
            ("config[\"mode\"] == \"ei\"", "config[\"mode\"] == \"ei\""),
            ("targets[size].Ei", "targets[size].Ei"),
            ("t?.Ei == true", "t?.Ei == true"),
        };
        foreach (var library in Library.Both)
        {
            foreach (var (host, accelerator) in pairs)
            {
                data.Add(library, host, accelerator);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SameConditions))]
    public async Task A_host_and_an_accelerator_chosen_by_the_same_condition_are_never_combined_across_its_arms(Library library, string hostCondition, string acceleratorCondition)
    {
        await Verify.Analyzer(Source(library, $$"""
                    new {{library.VariantType}}
                    {
                        InstanceType = {{hostCondition}} ? "ml.m5.large" : "ml.g4dn.xlarge",
                        AcceleratorType = {{acceleratorCondition}} ? "ml.eia2.medium" : null,
                    };
            """), Quiet);

        // Both ways: on the same arm, the GPU host and the accelerator are one configuration.
        await Verify.Analyzer(Source(library, $$"""
                    new {{library.VariantType}}
                    {
                        InstanceType = {{hostCondition}} ? "ml.g4dn.xlarge" : "ml.m5.large",
                        AcceleratorType = {{acceleratorCondition}} ? {|EI0006:"ml.eia2.medium"|} : null,
                    };
            """), Quiet);
    }

    [Theory]
    [MemberData(nameof(SameConditions))]
    public async Task The_same_condition_in_if_statements_correlates_too(Library library, string hostCondition, string acceleratorCondition)
    {
        await Verify.Analyzer(Source(library, $$"""
                    var v = new {{library.VariantType}} { ModelName = "m" };
                    if ({{hostCondition}})
                        v.InstanceType = "ml.m5.large";
                    else
                        v.InstanceType = "ml.g4dn.xlarge";
                    if ({{acceleratorCondition}})
                        v.AcceleratorType = "ml.eia2.medium";
                    list.Add(v);
            """), Quiet);

        await Verify.Analyzer(Source(library, $$"""
                    var v = new {{library.VariantType}} { ModelName = "m" };
                    if ({{hostCondition}})
                        v.InstanceType = "ml.g4dn.xlarge";
                    else
                        v.InstanceType = "ml.m5.large";
                    if ({{acceleratorCondition}})
                        v.AcceleratorType = {|EI0006:"ml.eia2.medium"|};
                    list.Add(v);
            """), Quiet);
    }

    [Theory]
    [Libraries]
    public async Task A_reassigned_local_is_a_new_object(Library library)
    {
        await Verify.Analyzer(Source(library, $$"""
                    var v = new {{library.VariantType}} { InstanceType = "ml.m5.large" };
                    v.AcceleratorType = "ml.eia2.medium";
                    list.Add(v);
                    v = new {{library.VariantType}} { InstanceType = "ml.g4dn.xlarge" };
                    list.Add(v);
            """), Quiet);

        await Verify.Analyzer(Source(library, $$"""
                    var v = new {{library.VariantType}} { InstanceType = "ml.g4dn.xlarge" };
                    v.AcceleratorType = {|EI0006:"ml.eia2.medium"|};
                    list.Add(v);
                    v = new {{library.VariantType}} { InstanceType = "ml.m5.large" };
                    list.Add(v);
            """), Quiet);
    }

    [Theory]
    [Libraries]
    public async Task A_return_in_the_gpu_branch_leaves_the_accelerator_to_the_other_path(Library library)
    {
        await Verify.Analyzer(Source(library, $$"""
                    var v = new {{library.VariantType}} { ModelName = "m" };
                    if (gpu)
                    {
                        v.InstanceType = "ml.g4dn.xlarge";
                        list.Add(v);
                        return;
                    }

                    v.InstanceType = "ml.m5.large";
                    v.AcceleratorType = "ml.eia2.medium";
                    list.Add(v);
            """), Quiet);

        await Verify.Analyzer(Source(library, $$"""
                    var v = new {{library.VariantType}} { ModelName = "m" };
                    if (gpu)
                    {
                        v.InstanceType = "ml.m5.large";
                        list.Add(v);
                        return;
                    }

                    v.InstanceType = "ml.g4dn.xlarge";
                    v.AcceleratorType = {|EI0006:"ml.eia2.medium"|};
                    list.Add(v);
            """), Quiet);
    }

    [Theory]
    [Libraries]
    public async Task An_accelerator_set_to_null_afterwards_is_gone(Library library)
    {
        // A finished migration: the old accelerator is overwritten on every path, so nothing is reported of it, not even EI0013.
        await Verify.Analyzer(Source(library, $$"""
                    var v = new {{library.VariantType}} { InstanceType = "ml.g4dn.xlarge", AcceleratorType = "ml.eia2.medium" };
                    v.AcceleratorType = null;
                    list.Add(v);
            """));

        await Verify.Analyzer(Source(library, $$"""
                    var v = new {{library.VariantType}} { InstanceType = "ml.g4dn.xlarge", AcceleratorType = null };
                    v.AcceleratorType = {|EI0006:"ml.eia2.medium"|};
                    list.Add(v);
            """), Quiet);
    }

    [Theory]
    [Libraries]
    public async Task A_gpu_fallback_in_a_catch_is_its_own_object(Library library)
    {
        await Verify.Analyzer(Source(library, $$"""
                    object v;
                    try
                    {
                        v = new {{library.VariantType}} { InstanceType = "ml.m5.large", AcceleratorType = "ml.eia2.medium" };
                    }
                    catch (InvalidOperationException)
                    {
                        v = new {{library.VariantType}} { InstanceType = "ml.g4dn.xlarge" };
                    }

                    list.Add(v);
            """), Quiet);

        await Verify.Analyzer(Source(library, $$"""
                    object v;
                    try
                    {
                        v = new {{library.VariantType}} { InstanceType = "ml.m5.large" };
                    }
                    catch (InvalidOperationException)
                    {
                        v = new {{library.VariantType}} { InstanceType = "ml.g4dn.xlarge", AcceleratorType = {|EI0006:"ml.eia2.medium"|} };
                    }

                    list.Add(v);
            """), Quiet);
    }

    [Fact]
    public async Task Clearing_a_notebooks_accelerators_before_adding_one_leaves_one()
    {
        // The SDK's lists only: the CDK's accelerators are an array.
        await Verify.Analyzer(Source(Library.Sdk, """
                    var request = new CreateNotebookInstanceRequest { NotebookInstanceName = "lab", AcceleratorTypes = new List<string> { "ml.eia2.medium", "ml.eia2.large" } };
                    request.AcceleratorTypes.Clear();
                    request.AcceleratorTypes.Add("ml.eia2.medium");
                    list.Add(request);
            """), Quiet);

        await Verify.Analyzer(Source(Library.Sdk, """
                    var request = new CreateNotebookInstanceRequest { NotebookInstanceName = "lab", AcceleratorTypes = new List<string>() };
                    request.AcceleratorTypes.Clear();
                    request.AcceleratorTypes.Add("ml.eia2.medium");
                    request.AcceleratorTypes.Add({|EI0011:"ml.eia2.large"|});
                    list.Add(request);
            """), Quiet);
    }

    [Theory]
    [Libraries]
    public async Task An_accelerator_only_known_at_run_time_may_be_set(Library library)
    {
        // EI0013 (one may be set), and no EI0008: whether the variant has one is not known.
        await Verify.Analyzer(
            Source(library, $$"""
                    {{library.Model("model", "\"763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference-eia:2.3.0-cpu\"", name: "\"vision\"")}}
                    {{library.Variant(model: library.ModelNameOf("model"), instanceType: "\"ml.m5.large\"", accelerator: "string.IsNullOrEmpty(acc) ? null : {|EI0013:acc|}")}};
            """),
            "dotnet_diagnostic.EI0014.severity = none\n");
    }

    [Fact]
    public async Task An_accelerator_only_known_at_run_time_may_be_set_on_a_cdk_variant_of_an_sdk_model()
    {
        // A project with both libraries: the SDK's request names the model, the CDK's variant serves it.
        await Verify.Analyzer(
            Source(Library.Sdk, """
                    var model = new CreateModelRequest
                    {
                        ModelName = "vision",
                        PrimaryContainer = new ContainerDefinition { Image = "763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference-eia:2.3.0-cpu" },
                    };
                    new Amazon.CDK.AWS.Sagemaker.CfnEndpointConfig.ProductionVariantProperty { ModelName = model.ModelName, InstanceType = "ml.m5.large", AcceleratorType = string.IsNullOrEmpty(acc) ? null : {|EI0013:acc|} };
            """),
            "dotnet_diagnostic.EI0014.severity = none\n");
    }

    [Theory]
    [Libraries]
    public async Task An_object_passed_to_a_method_of_the_project_is_incomplete_after_it(Library library)
    {
        // Configure may set anything: the GPU host set afterwards is not known to meet the accelerator set before.
        await Verify.Analyzer(Source(library, $$"""
                    var v = new {{library.VariantType}} { AcceleratorType = "ml.eia2.medium" };
                    Configure(v);
                    v.InstanceType = "ml.g4dn.xlarge";
                    list.Add(v);
            """, """
                static void Configure(object variant) { }
            """), Quiet);
    }

    [Theory]
    [Libraries]
    public async Task A_returned_object_may_still_get_its_accelerator_from_the_caller(Library library)
    {
        // The factory's variant has no accelerator yet: EI0008 (EI image, no accelerator) only where it is used as made.
        // The model is the SDK's request with both libraries (as before the merge: a CDK variant of an SDK model too).
        await Verify.Analyzer(Source(library, $$"""
                    new Amazon.SageMaker.Model.CreateModelRequest { ModelName = "vision", PrimaryContainer = new Amazon.SageMaker.Model.ContainerDefinition { Image = "763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference-eia:2.3.0-cpu" } };
                    Console.WriteLine(new {{library.VariantType}} { ModelName = {|EI0008:"vision"|}, InstanceType = "ml.m5.large" });
            """, $$"""
                static {{library.VariantType}} Factory() => new {{library.VariantType}} { ModelName = "vision", InstanceType = "ml.m5.large" };

                static {{library.VariantType}} Completed()
                {
                    var v = Factory();
                    v.AcceleratorType = "ml.eia2.medium";
                    return v;
                }
            """), Quiet);
    }

    [Theory]
    [Libraries]
    public async Task A_loop_over_variants_reads_each_iteration(Library library)
    {
        await Verify.Analyzer(Source(library, $$"""
                    foreach (var host in new[] { "ml.m5.large", "ml.c5.xlarge" })
                    {
                        var v = new {{library.VariantType}} { InstanceType = host, AcceleratorType = "ml.eia2.medium" };
                        list.Add(v);
                    }

                    for (var i = 0; i < 3; i++)
                    {
                        var w = new {{library.VariantType}} { InstanceType = "ml.g4dn.xlarge", AcceleratorType = {|EI0006:"ml.eia2.medium"|} };
                        list.Add(w);
                    }
            """), Quiet);
    }

    [Theory]
    [Libraries]
    public async Task Assignments_after_construction_and_in_branches_are_read(Library library)
    {
        await Verify.Analyzer(
            library.Program(
                $$"""
                var variant = new {{library.VariantType}}();
                variant.ModelName = "m";
                if (large)
                {
                    variant.AcceleratorType = {|EI0001:"eia2.large"|};
                }
                else
                {
                    variant.AcceleratorType = "ml.eia2.medium";
                }

                {{library.VariantType}} other = new() { AcceleratorType = {|EI0001:"ml.eia2"|} };
                """,
                parameters: "bool large"),
            "dotnet_diagnostic.EI0013.severity = none\n");
    }

    [Theory]
    [Libraries]
    public async Task A_gpu_host_without_accelerator_is_fine_and_host_set_after_construction_is_read(Library library)
    {
        await Verify.Analyzer(
            library.Program(
                $$"""
                {{library.Variant(instanceType: library.Host("ml.g4dn.xlarge"))}};
                var variant = {{library.Variant(accelerator: "{|EI0006:\"ml.eia2.medium\"|}")}};
                if (gpu)
                {
                    variant.InstanceType = {{library.Host("ml.g5.xlarge")}};
                }
                else
                {
                    variant.InstanceType = {{library.Host("ml.c5.xlarge")}};
                }
                """,
                parameters: "bool gpu"),
            Quiet);
    }

    [Theory]
    [Libraries]
    public async Task Features_set_through_locals_or_in_a_branch_are_read(Library library)
    {
        await Verify.Analyzer(
            library.Program(
                $$"""
                var asyncConfig = {{library.AsyncInference}};
                var request = {{library.EndpointConfig(null, id: "c")}};
                request.AsyncInferenceConfig = asyncConfig;
                request.ProductionVariants = {{library.VariantList(library.Variant(model: "\"m\"", accelerator: "{|EI0010:\"ml.eia2.medium\"|}"))}};

                var serverless = {{library.Serverless(memoryMb: 4096)}};
                {{library.Variant(model: "\"m\"", serverless: "serverless", accelerator: "{|EI0010:\"ml.eia2.medium\"|}")}};

                new {{library.VariantType}}
                {
                    ModelName = "m",
                    InstanceType = gpu ? {{library.Host("ml.g4dn.xlarge")}} : {{library.Host("ml.c5.xlarge")}},
                    AcceleratorType = {|EI0006:"ml.eia2.medium"|},
                };
                """,
                parameters: "bool gpu"),
            Quiet);
    }

    [Theory]
    [Libraries]
    public async Task Writes_through_another_objects_member_are_not_merged(Library library)
    {
        await Verify.Analyzer(
            library.Program(
                $$"""
                first.Variant.InstanceType = {{library.Host("ml.p3.2xlarge")}};
                second.Variant.AcceleratorType = "ml.eia2.medium";

                own.InstanceType = {{library.Host("ml.g5.xlarge")}};
                own.AcceleratorType = {|EI0006:"ml.eia2.medium"|};
                """,
                declarations: $$"""
                class Holder
                {
                    public {{library.VariantType}} Variant { get; set; } = new {{library.VariantType}}();
                }


                """,
                members: $"{library.VariantType} own = new {library.VariantType}();",
                parameters: "Holder first, Holder second"),
            Quiet);
    }

    [Fact]
    public async Task Writes_through_an_indexer_of_the_sdks_list_are_not_merged()
    {
        await Verify.Analyzer(Verify.Usings + """
            class Deploy
            {
                void Run(CreateEndpointConfigRequest request)
                {
                    request.ProductionVariants[0].InstanceType = ProductionVariantInstanceType.MlG4dnXlarge;
                    request.ProductionVariants[1].AcceleratorType = "ml.eia2.medium";
                }
            }
            """, Quiet);
    }

    [Theory]
    [Libraries]
    public async Task Values_in_different_arms_of_one_branch_are_not_combined(Library library)
    {
        await Verify.Analyzer(
            library.Program(
                $$"""
                var variant = {{library.Variant(model: "\"m\"")}};
                if (gpu)
                {
                    variant.InstanceType = {{library.Host("ml.g4dn.xlarge")}};
                }
                else
                {
                    variant.InstanceType = {{library.Host("ml.c5.xlarge")}};
                    variant.AcceleratorType = "ml.eia2.medium";
                }

                // The same condition in two places: its arms correlate, a negation swaps them.
                new {{library.VariantType}}
                {
                    InstanceType = useGpu ? {{library.Host("ml.g4dn.xlarge")}} : {{library.Host("ml.c5.xlarge")}},
                    AcceleratorType = useGpu ? null : {{library.Accelerator("ml.eia2.medium")}},
                };
                var other = {{library.Variant(instanceType: "!this.useGpu ? \"ml.m5.large\" : \"ml.p3.2xlarge\"")}};
                if (this.useGpu) { } else { other.AcceleratorType = "ml.eia2.medium"; }

                var bySize = {{library.Variant(model: "\"m\"")}};
                switch (size)
                {
                    case 0:
                        bySize.InstanceType = "ml.inf1.xlarge";
                        break;
                    default:
                        bySize.InstanceType = "ml.c5.large";
                        bySize.AcceleratorType = "ml.eia2.large";
                        break;
                }

                var serverless = {{library.Variant(model: "\"m\"")}};
                if (size > 1)
                    serverless.AcceleratorType = "ml.eia2.medium";
                else
                    serverless.ServerlessConfig = {{library.Serverless()}};

                var notebook = {{library.Notebook(name: "\"dev\"")}};
                if (a)
                    notebook.AcceleratorTypes = {{library.AcceleratorList("\"ml.eia2.medium\"")}};
                else
                    notebook.AcceleratorTypes = {{library.AcceleratorList("\"ml.eia2.large\"")}};
                """,
                members: "bool useGpu;",
                parameters: "bool gpu, int size, bool a, bool b"),
            Quiet);
    }

    [Fact]
    public async Task Values_added_to_the_sdks_list_in_different_arms_are_not_combined()
    {
        await Verify.Analyzer(Verify.Usings + """
            class Deploy
            {
                void Run(bool a)
                {
                    var notebook = new CreateNotebookInstanceRequest { NotebookInstanceName = "dev", AcceleratorTypes = new List<string>() };
                    if (a)
                        notebook.AcceleratorTypes.Add("ml.eia2.medium");
                    else
                        notebook.AcceleratorTypes.Add("ml.eia2.large");
                }
            }
            """, Quiet);
    }

    [Theory]
    [Libraries]
    public async Task Values_in_the_same_arm_or_in_unrelated_branches_are_combined_and_calls_with_the_same_arguments_correlate(Library library)
    {
        await Verify.Analyzer(
            library.Program(
                $$"""
                var variant = {{library.Variant(model: "\"m\"")}};
                if (gpu)
                {
                    variant.InstanceType = {{library.Host("ml.g4dn.xlarge")}};
                    variant.AcceleratorType = {|EI0006:"ml.eia2.medium"|};
                }

                var unrelated = {{library.Variant(model: "\"m\"")}};
                if (gpu)
                    unrelated.InstanceType = "ml.g5.xlarge";
                if (attach)
                    unrelated.AcceleratorType = {|EI0006:"ml.eia2.medium"|};

                // A call with the same arguments answers the same (issue 14: IsEi(mode) in two places).
                new {{library.VariantType}}
                {
                    InstanceType = Pick(size) ? "ml.g4dn.xlarge" : "ml.c5.xlarge",
                    AcceleratorType = Pick(size) ? null : "ml.eia2.medium",
                };
                """,
                members: "static bool Pick(int size) => size > 1;",
                parameters: "bool gpu, bool attach, bool a, bool b, int size"),
            Quiet);
    }

    [Fact]
    public async Task Values_added_to_the_sdks_list_in_unrelated_branches_are_combined()
    {
        await Verify.Analyzer(Verify.Usings + """
            class Deploy
            {
                void Run(bool a, bool b)
                {
                    var notebook = new CreateNotebookInstanceRequest { NotebookInstanceName = "dev", AcceleratorTypes = new List<string>() };
                    if (a)
                        notebook.AcceleratorTypes.Add("ml.eia2.medium");
                    if (b)
                        notebook.AcceleratorTypes.Add({|EI0011:"ml.eia2.large"|});
                }
            }
            """, Quiet);
    }
}
