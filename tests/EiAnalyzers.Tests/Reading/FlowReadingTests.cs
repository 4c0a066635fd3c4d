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

    public static TheoryData<string> Libraries => new() { "ProductionVariant", "CfnEndpointConfig.ProductionVariantProperty" };

    private static string Source(string body, string members = "") => """
        using System;
        using System.Collections.Generic;
        using Amazon.SageMaker;
        using Amazon.SageMaker.Model;
        using Amazon.CDK.AWS.Sagemaker;

        enum Mode { Ei, Gpu }

        class Options { public Target Deploy { get; set; } = new Target(); }

        class Target { public bool Ei { get; set; } }

        class Deploy
        {
        """ + members + """

            static bool IsEi(string mode) => mode == "ei";

            void Run(string mode, Mode kind, Options o, bool ei, bool gpu, List<object> list, string acc)
            {
        """ + body + """

            }
        }
        """;

    /// <summary>The same condition in two places, written in every form that means the same.</summary>
    public static TheoryData<string, string, string> SameConditions()
    {
        var data = new TheoryData<string, string, string>();
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
        };
        foreach (var library in new[] { "ProductionVariant", "CfnEndpointConfig.ProductionVariantProperty" })
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
    public async Task A_host_and_an_accelerator_chosen_by_the_same_condition_are_never_combined_across_its_arms(string type, string hostCondition, string acceleratorCondition)
    {
        await Verify.Analyzer(Source($$"""
                    new {{type}}
                    {
                        InstanceType = {{hostCondition}} ? "ml.m5.large" : "ml.g4dn.xlarge",
                        AcceleratorType = {{acceleratorCondition}} ? "ml.eia2.medium" : null,
                    };
            """), Quiet);

        // Both ways: on the same arm, the GPU host and the accelerator are one configuration.
        await Verify.Analyzer(Source($$"""
                    new {{type}}
                    {
                        InstanceType = {{hostCondition}} ? "ml.g4dn.xlarge" : "ml.m5.large",
                        AcceleratorType = {{acceleratorCondition}} ? {|EI0006:"ml.eia2.medium"|} : null,
                    };
            """), Quiet);
    }

    [Theory]
    [MemberData(nameof(SameConditions))]
    public async Task The_same_condition_in_if_statements_correlates_too(string type, string hostCondition, string acceleratorCondition)
    {
        await Verify.Analyzer(Source($$"""
                    var v = new {{type}} { ModelName = "m" };
                    if ({{hostCondition}})
                        v.InstanceType = "ml.m5.large";
                    else
                        v.InstanceType = "ml.g4dn.xlarge";
                    if ({{acceleratorCondition}})
                        v.AcceleratorType = "ml.eia2.medium";
                    list.Add(v);
            """), Quiet);

        await Verify.Analyzer(Source($$"""
                    var v = new {{type}} { ModelName = "m" };
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
    [MemberData(nameof(Libraries))]
    public async Task A_reassigned_local_is_a_new_object(string type)
    {
        await Verify.Analyzer(Source($$"""
                    var v = new {{type}} { InstanceType = "ml.m5.large" };
                    v.AcceleratorType = "ml.eia2.medium";
                    list.Add(v);
                    v = new {{type}} { InstanceType = "ml.g4dn.xlarge" };
                    list.Add(v);
            """), Quiet);

        await Verify.Analyzer(Source($$"""
                    var v = new {{type}} { InstanceType = "ml.g4dn.xlarge" };
                    v.AcceleratorType = {|EI0006:"ml.eia2.medium"|};
                    list.Add(v);
                    v = new {{type}} { InstanceType = "ml.m5.large" };
                    list.Add(v);
            """), Quiet);
    }

    [Theory]
    [MemberData(nameof(Libraries))]
    public async Task A_return_in_the_gpu_branch_leaves_the_accelerator_to_the_other_path(string type)
    {
        await Verify.Analyzer(Source($$"""
                    var v = new {{type}} { ModelName = "m" };
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

        await Verify.Analyzer(Source($$"""
                    var v = new {{type}} { ModelName = "m" };
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
    [MemberData(nameof(Libraries))]
    public async Task An_accelerator_set_to_null_afterwards_is_gone(string type)
    {
        // A finished migration: the old accelerator is overwritten on every path, so nothing is reported of it, not even EI0013.
        await Verify.Analyzer(Source($$"""
                    var v = new {{type}} { InstanceType = "ml.g4dn.xlarge", AcceleratorType = "ml.eia2.medium" };
                    v.AcceleratorType = null;
                    list.Add(v);
            """));

        await Verify.Analyzer(Source($$"""
                    var v = new {{type}} { InstanceType = "ml.g4dn.xlarge", AcceleratorType = null };
                    v.AcceleratorType = {|EI0006:"ml.eia2.medium"|};
                    list.Add(v);
            """), Quiet);
    }

    [Theory]
    [MemberData(nameof(Libraries))]
    public async Task A_gpu_fallback_in_a_catch_is_its_own_object(string type)
    {
        await Verify.Analyzer(Source($$"""
                    object v;
                    try
                    {
                        v = new {{type}} { InstanceType = "ml.m5.large", AcceleratorType = "ml.eia2.medium" };
                    }
                    catch (InvalidOperationException)
                    {
                        v = new {{type}} { InstanceType = "ml.g4dn.xlarge" };
                    }

                    list.Add(v);
            """), Quiet);

        await Verify.Analyzer(Source($$"""
                    object v;
                    try
                    {
                        v = new {{type}} { InstanceType = "ml.m5.large" };
                    }
                    catch (InvalidOperationException)
                    {
                        v = new {{type}} { InstanceType = "ml.g4dn.xlarge", AcceleratorType = {|EI0006:"ml.eia2.medium"|} };
                    }

                    list.Add(v);
            """), Quiet);
    }

    [Fact]
    public async Task Clearing_a_notebooks_accelerators_before_adding_one_leaves_one()
    {
        await Verify.Analyzer(Source("""
                    var request = new CreateNotebookInstanceRequest { NotebookInstanceName = "lab", AcceleratorTypes = new List<string> { "ml.eia2.medium", "ml.eia2.large" } };
                    request.AcceleratorTypes.Clear();
                    request.AcceleratorTypes.Add("ml.eia2.medium");
                    list.Add(request);
            """), Quiet);

        await Verify.Analyzer(Source("""
                    var request = new CreateNotebookInstanceRequest { NotebookInstanceName = "lab", AcceleratorTypes = new List<string>() };
                    request.AcceleratorTypes.Clear();
                    request.AcceleratorTypes.Add("ml.eia2.medium");
                    request.AcceleratorTypes.Add({|EI0011:"ml.eia2.large"|});
                    list.Add(request);
            """), Quiet);
    }

    [Theory]
    [MemberData(nameof(Libraries))]
    public async Task An_accelerator_only_known_at_run_time_may_be_set(string type)
    {
        // EI0013 (one may be set), and no EI0008: whether the variant has one is not known.
        await Verify.Analyzer(
            Source($$"""
                    var model = new CreateModelRequest
                    {
                        ModelName = "vision",
                        PrimaryContainer = new ContainerDefinition { Image = "763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference-eia:2.3.0-cpu" },
                    };
                    new {{type}} { ModelName = model.ModelName, InstanceType = "ml.m5.large", AcceleratorType = string.IsNullOrEmpty(acc) ? null : {|EI0013:acc|} };
            """),
            "dotnet_diagnostic.EI0014.severity = none\n");
    }

    [Theory]
    [MemberData(nameof(Libraries))]
    public async Task An_object_passed_to_a_method_of_the_project_is_incomplete_after_it(string type)
    {
        // Configure may set anything: the GPU host set afterwards is not known to meet the accelerator set before.
        await Verify.Analyzer(Source($$"""
                    var v = new {{type}} { AcceleratorType = "ml.eia2.medium" };
                    Configure(v);
                    v.InstanceType = "ml.g4dn.xlarge";
                    list.Add(v);
            """, """
                static void Configure(object variant) { }
            """), Quiet);
    }

    [Theory]
    [MemberData(nameof(Libraries))]
    public async Task A_returned_object_may_still_get_its_accelerator_from_the_caller(string type)
    {
        // The factory's variant has no accelerator yet: EI0008 (EI image, no accelerator) only where it is used as made.
        await Verify.Analyzer(Source($$"""
                    new CreateModelRequest { ModelName = "vision", PrimaryContainer = new ContainerDefinition { Image = "763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference-eia:2.3.0-cpu" } };
                    Console.WriteLine(new {{type}} { ModelName = {|EI0008:"vision"|}, InstanceType = "ml.m5.large" });
            """, $$"""
                static {{type}} Factory() => new {{type}} { ModelName = "vision", InstanceType = "ml.m5.large" };

                static {{type}} Completed()
                {
                    var v = Factory();
                    v.AcceleratorType = "ml.eia2.medium";
                    return v;
                }
            """), Quiet);
    }

    [Theory]
    [MemberData(nameof(Libraries))]
    public async Task A_loop_over_variants_reads_each_iteration(string type)
    {
        await Verify.Analyzer(Source($$"""
                    foreach (var host in new[] { "ml.m5.large", "ml.c5.xlarge" })
                    {
                        var v = new {{type}} { InstanceType = host, AcceleratorType = "ml.eia2.medium" };
                        list.Add(v);
                    }

                    for (var i = 0; i < 3; i++)
                    {
                        var w = new {{type}} { InstanceType = "ml.g4dn.xlarge", AcceleratorType = {|EI0006:"ml.eia2.medium"|} };
                        list.Add(w);
                    }
            """), Quiet);
    }
}
