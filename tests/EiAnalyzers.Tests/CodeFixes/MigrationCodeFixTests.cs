using System.Threading.Tasks;
using EiAnalyzers.CodeFixes;
using EiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace EiAnalyzers.Tests.CodeFixes;

/// <summary>
/// EI0013's fixes, by what the variant serves (rules.md, "Migration"): the first (one key for every case, so that Fix
/// All and dotnet format migrate a whole project) and the second (keep the CPU host with the CPU image). Every row of
/// the table, each with the SDK and the CDK, with images written as literals, consts, static readonly fields,
/// interpolated and concatenated strings, in the variant's file or another.
/// </summary>
public class MigrationCodeFixTests
{
    private const string Key = "EI0013.Fix";
    private const string Quiet = "dotnet_diagnostic.EI0014.severity = none\n";
    private const string TensorFlowEi = "\"763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference-eia:2.3.0-cpu\"";
    private const string TensorFlowGpu = "\"763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference:2.3.0-gpu\"";

    /// <summary>The variants are added to a list the code passes on, as either library's code may build them.</summary>
    private static string Variants(Library library) => $"List<{library.VariantType}> variants";

    [Theory]
    [Libraries]
    public async Task A_tensorflow_model_moves_to_a_gpu_host_with_the_gpu_image_of_its_version_keeping_comments(Library library)
    {
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            library.Program(
                $$"""
                {{library.Model("model", TensorFlowEi, name: "\"vision\"")}}
                variants.Add(new {{library.VariantType}}
                {
                    ModelName = {{library.ModelNameOf("model")}},
                    InstanceType = {{library.Host("ml.m5.large")}}, // the host
                    AcceleratorType = {|EI0013:{{library.Accelerator("ml.eia2.medium")}}|},
                });
                """,
                parameters: Variants(library)),
            library.Program(
                $$"""
                {{library.Model("model", TensorFlowGpu, name: "\"vision\"")}}
                variants.Add(new {{library.VariantType}}
                {
                    ModelName = {{library.ModelNameOf("model")}},
                    InstanceType = {{library.Host("ml.g4dn.xlarge")}}, // the host
                });
                """,
                parameters: Variants(library)),
            equivalenceKey: Key,
            editorConfig: Quiet);
    }

    [Theory]
    [Libraries]
    public async Task A_model_in_an_endpoint_configuration_migrates_with_it(Library library)
    {
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            library.Program(
                library.Model("model", TensorFlowEi) + "\n"
                + library.EndpointConfig(library.Variant(name: "\"v\"", model: library.ModelNameOf("model"), instanceType: "\"ml.c5.xlarge\"", accelerator: "{|EI0013:\"ml.eia2.medium\"|}")) + ";"),
            library.Program(
                library.Model("model", TensorFlowGpu) + "\n"
                + library.EndpointConfig(library.Variant(name: "\"v\"", model: library.ModelNameOf("model"), instanceType: "\"ml.g4dn.xlarge\"")) + ";"),
            equivalenceKey: Key,
            editorConfig: Quiet);
    }

    [Theory]
    [Libraries]
    public async Task The_second_fix_keeps_the_cpu_host_with_the_cpu_image(Library library)
    {
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            library.Program(
                library.Model("model", TensorFlowEi, name: "\"vision\"") + "\n"
                + "variants.Add(" + library.Variant(model: library.ModelNameOf("model"), instanceType: "\"ml.c5.xlarge\"", accelerator: "{|EI0013:\"ml.eia2.medium\"|}") + ");",
                parameters: Variants(library)),
            library.Program(
                library.Model("model", "\"763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference:2.3.0-cpu\"", name: "\"vision\"") + "\n"
                + "variants.Add(" + library.Variant(model: library.ModelNameOf("model"), instanceType: "\"ml.c5.xlarge\"") + ");",
                parameters: Variants(library)),
            equivalenceKey: "EI0013.MigrateKeepingCpuHost",
            editorConfig: Quiet);
    }

    [Theory]
    [Libraries]
    public async Task A_declared_model_whose_image_is_a_const_in_another_file_is_migrated_there_with_a_longer_dlc_tag(Library library)
    {
        const string declarations = """
            [EiModel("resnet", EiFramework.TensorFlow, "2.3", ArtifactSizeMb = 98)]
            internal static partial class Resnet { }

            static class Images
            {
                // The EI build the endpoint was created with.
                public const string Resnet = "763104351884.dkr.ecr.us-west-2.amazonaws.com/tensorflow-inference-eia:2.3.0-cpu-py37-ubuntu18.04";
            }


            """;
        var models = ("/0/Models.cs", library.Program(library.Model("model", "Images.Resnet", name: "Resnet.Name"), declarations, type: "ModelSetup"));
        var endpoint = ("/0/Endpoint.cs", library.Program(
            library.Variant(model: "Resnet.Name", instanceType: library.Host("ml.c5.xlarge"), accelerator: "{|EI0013:\"ml.eia2.medium\"|}") + ";", type: "Endpoint"));
        var migratedModels = ("/0/Models.cs", models.Item2.Replace("tensorflow-inference-eia:2.3.0-cpu-py37-ubuntu18.04", "tensorflow-inference:2.3.0-gpu"));
        var migratedEndpoint = ("/0/Endpoint.cs", library.Program(library.Variant(model: "Resnet.Name", instanceType: library.Host("ml.g4dn.xlarge")) + ";", type: "Endpoint"));
        await Verify.FixProject<ElasticInferenceCodeFixProvider>(new[] { models, endpoint }, new[] { migratedModels, migratedEndpoint }, Key, Quiet);
    }

    [Theory]
    [Libraries]
    public async Task An_interpolated_or_concatenated_image_keeps_the_users_account_and_region_parts(Library library)
    {
        const string members = """static readonly string Registry = System.Environment.GetEnvironmentVariable("REGISTRY");""";
        var parameters = Variants(library) + ", string account, string region";
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            library.Program(
                $$"""
                {{library.Model("torch", "$\"{account}.dkr.ecr.{region}.amazonaws.com/pytorch-inference-eia:1.5.1-cpu-py3\"", name: "\"qa\"")}}
                {{library.Model("gluon", "Registry + \"/mxnet-inference-eia:1.7.0-cpu-py36-ubuntu16.04\"", name: "\"gluon\"")}}
                variants.Add({{library.Variant(model: library.ModelNameOf("torch"), instanceType: "\"ml.m5.xlarge\"", accelerator: "{|EI0013:\"ml.eia2.large\"|}")}});
                variants.Add({{library.Variant(model: library.ModelNameOf("gluon"), instanceType: "\"ml.m5.xlarge\"", accelerator: "{|EI0013:\"ml.eia2.large\"|}")}});
                """,
                members: members,
                parameters: parameters),
            library.Program(
                $$"""
                {{library.Model("torch", "$\"{account}.dkr.ecr.{region}.amazonaws.com/pytorch-inference:1.5.1-gpu-py36-cu101-ubuntu16.04\"", name: "\"qa\"")}}
                {{library.Model("gluon", "Registry + \"/mxnet-inference:1.7.0-gpu-py3\"", name: "\"gluon\"")}}
                variants.Add({{library.Variant(model: library.ModelNameOf("torch"), instanceType: "\"ml.g4dn.xlarge\"")}});
                variants.Add({{library.Variant(model: library.ModelNameOf("gluon"), instanceType: "\"ml.g4dn.xlarge\"")}});
                """,
                members: members,
                parameters: parameters),
            equivalenceKey: Key,
            editorConfig: Quiet);
    }

    [Theory]
    [Libraries]
    public async Task Frameworks_without_ei_non_x86_hosts_and_excluded_features_only_lose_the_accelerator(Library library)
    {
        const string xgboost = "\"683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1\"";
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            library.Program(
                $$"""
                {{library.Model("churn", xgboost)}}
                variants.Add({{library.Variant(model: library.ModelNameOf("churn"), instanceType: "\"ml.m5.large\"", accelerator: "{|EI0002:{|EI0013:\"ml.eia2.medium\"|}|}")}});
                variants.Add({{library.Variant(model: "\"arm\"", instanceType: "\"ml.c6g.xlarge\"", accelerator: "{|EI0006:{|EI0013:\"ml.eia2.medium\"|}|}")}});
                variants.Add({{library.Variant(model: "\"gpu\"", instanceType: "\"ml.g5.xlarge\"", accelerator: "{|EI0006:{|EI0013:\"ml.eia2.medium\"|}|}")}});
                variants.Add({{library.Variant(model: "\"lambda\"", serverless: library.Serverless(memoryMb: 2048), accelerator: "{|EI0010:{|EI0013:\"ml.eia2.medium\"|}|}")}});
                """,
                parameters: Variants(library)),
            library.Program(
                $$"""
                {{library.Model("churn", xgboost)}}
                variants.Add({{library.Variant(model: library.ModelNameOf("churn"), instanceType: "\"ml.m5.large\"")}});
                variants.Add({{library.Variant(model: "\"arm\"", instanceType: "\"ml.c6g.xlarge\"")}});
                variants.Add({{library.Variant(model: "\"gpu\"", instanceType: "\"ml.g5.xlarge\"")}});
                variants.Add({{library.Variant(model: "\"lambda\"", serverless: library.Serverless(memoryMb: 2048))}});
                """,
                parameters: Variants(library)),
            equivalenceKey: Key,
            editorConfig: Quiet,
            reportedByBuild: true);
    }

    [Theory]
    [Libraries]
    public async Task A_model_the_code_does_not_show_moves_to_the_gpu_host_and_the_message_says_to_switch_its_image(Library library)
    {
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            library.Program(
                "",
                members: $$"""
                {{library.VariantType}} V(string model) => {{library.Variant(model: "model", instanceType: library.Host("ml.c5.xlarge"), accelerator: "{|EI0013:\"ml.eia2.medium\"|}")}};

                {{library.VariantType}} W(string model) => {{library.Variant(model: "model", accelerator: "{|EI0013:\"ml.eia2.medium\"|}")}};
                """),
            library.Program(
                "",
                members: $$"""
                {{library.VariantType}} V(string model) => {{library.Variant(model: "model", instanceType: library.Host("ml.g4dn.xlarge"))}};

                {{library.VariantType}} W(string model) => {{library.Variant(model: "model", instanceType: library.Host("ml.g4dn.xlarge"))}};
                """),
            equivalenceKey: Key,
            editorConfig: Quiet);
    }

    [Theory]
    [Libraries]
    public async Task Notebooks_lose_the_accelerator_and_keep_their_host(Library library)
    {
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            library.Program("var create = " + library.Notebook(instanceType: library.NotebookHost("ml.t3.medium"), accelerators: "{|EI0013:\"ml.eia2.medium\"|}") + ";"),
            library.Program("var create = " + library.Notebook(instanceType: library.NotebookHost("ml.t3.medium")) + ";"),
            equivalenceKey: Key,
            editorConfig: Quiet);
    }

    [Fact]
    public async Task An_existing_sdk_notebook_is_told_to_let_its_accelerator_go()
    {
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            Verify.Usings + """
            class Deploy
            {
                void Run()
                {
                    var update = new UpdateNotebookInstanceRequest { NotebookInstanceName = "nb" };
                    update.AcceleratorTypes = new List<string> { {|EI0013:NotebookInstanceAcceleratorType.MlEia2Large|} };
                }
            }
            """,
            Verify.Usings + """
            class Deploy
            {
                void Run()
                {
                    var update = new UpdateNotebookInstanceRequest { NotebookInstanceName = "nb" };
                    update.DisassociateAcceleratorTypes = true;
                }
            }
            """,
            equivalenceKey: Key,
            editorConfig: Quiet);
    }

    [Theory]
    [Libraries]
    public async Task A_version_aws_published_no_gpu_image_for_gets_no_fix_and_the_message_says_so(Library library)
    {
        var source = library.Program(
            library.Model("model", "\"763104351884.dkr.ecr.us-east-1.amazonaws.com/mxnet-inference-eia:1.5.1-cpu-py3\"", name: "\"gluon\"") + "\n"
            + "variants.Add(" + library.Variant(model: library.ModelNameOf("model"), instanceType: "\"ml.c5.xlarge\"", accelerator: "{|#0:\"ml.eia2.medium\"|}") + ");",
            parameters: Variants(library));
        await Verify.Analyzer(
            source,
            Quiet,
            Verify.Diagnostic(Descriptors.EndOfLife).WithLocation(0).WithArguments(
                "April 2024",
                "accelerator 'ml.eia2.medium' will be rejected; AWS published no GPU image of Apache MXNet 1.5.1: serve the model with a version that has one, then remove the accelerator"));
    }
}
