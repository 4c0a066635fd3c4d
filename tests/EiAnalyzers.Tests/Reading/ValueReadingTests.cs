using System.Threading.Tasks;
using EiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace EiAnalyzers.Tests.Reading;

/// <summary>
/// Values are read in every form the code writes them (Reading/Values): consts, fields, locals, interpolations,
/// concatenations, conditionals, lists; and values only known at run time are not guessed. EI0001 and the image rules
/// show what was read.
/// </summary>
public class ValueReadingTests
{
    private const string Off = "dotnet_diagnostic.EI0013.severity = none\n";

    private const string NoEndOfLife = "dotnet_diagnostic.EI0013.severity = none\ndotnet_diagnostic.EI0014.severity = none\n";

    [Theory]
    [Libraries]
    public async Task Every_value_form_is_read(Library library)
    {
        await Verify.Analyzer(
            library.Program(
                $$"""
                const string local = "ml.eia.large";
                var assigned = "eia2.medium";
                {{library.Variant(accelerator: "{|EI0001:ConstType|}")}};
                {{library.Variant(accelerator: "{|EI0001:ReadonlyType|}")}};
                {{library.Variant(accelerator: "{|EI0001:local|}")}};
                {{library.Variant(accelerator: "{|EI0001:assigned|}")}};
                {{library.Variant(accelerator: "{|EI0001:$\"ml.eia2.{\"mediun\"}\"|}")}};
                {{library.Variant(accelerator: "{|EI0001:\"ml.eia\" + \"2.larg\"|}")}};
                """,
                members: """
                const string ConstType = "ml.eia2.huge";
                static readonly string ReadonlyType = "eia2.large";
                """),
            Off);
    }

    [Fact]
    public async Task Every_value_form_of_the_sdks_ConstantClass_is_read()
    {
        await Verify.Analyzer(Verify.Usings + """
            class Deploy
            {
                static readonly ProductionVariantAcceleratorType ReadonlyConstant = new ProductionVariantAcceleratorType("ml.eia2.tiny");

                void Run()
                {
                    new ProductionVariant { AcceleratorType = {|EI0001:ReadonlyConstant|} };
                    new ProductionVariant { AcceleratorType = {|EI0001:new ProductionVariantAcceleratorType("ml.eia2.big")|} };
                    new ProductionVariant { AcceleratorType = {|EI0001:ProductionVariantAcceleratorType.FindValue("ml.eia2.small")|} };
                }
            }
            """, Off);
    }

    [Theory]
    [Libraries]
    public async Task Notebook_accelerator_lists_are_read_in_every_form(Library library)
    {
        await Verify.Analyzer(
            library.Program(
                $$"""
                {{library.Notebook(accelerators: "{|EI0001:\"eia2.medium\"|}", id: "First")}};
                var request = {{library.Notebook(name: "\"nb\"", id: "Second")}};
                request.AcceleratorTypes = {{library.AcceleratorList("{|EI0001:\"ml.eia.large\"|}")}};
                existing.AcceleratorTypes = {{library.AcceleratorList("{|EI0001:\"ml.eia1.huge\"|}")}};
                var list = {{library.AcceleratorList("{|EI0001:\"eia1.large\"|}")}};
                {{library.Notebook(acceleratorList: "list", id: "Third")}};
                """,
                parameters: library.NotebookType + " existing"),
            Off);
    }

    [Fact]
    public async Task Notebook_accelerator_lists_are_read_in_every_form_of_the_sdks_lists()
    {
        await Verify.Analyzer(Verify.Usings + """
            class Deploy
            {
                void Run(CreateNotebookInstanceRequest existing)
                {
                    new CreateNotebookInstanceRequest { AcceleratorTypes = new List<string> { {|EI0001:"eia2.medium"|} } };
                    new CreateNotebookInstanceRequest { AcceleratorTypes = { {|EI0001:"ml.eia2.mediun"|} } };
                    var request = new UpdateNotebookInstanceRequest { NotebookInstanceName = "nb" };
                    request.AcceleratorTypes = new List<string>();
                    request.AcceleratorTypes.Add({|EI0001:"ml.eia.large"|});
                    existing.AcceleratorTypes = new List<string> { {|EI0001:"ml.eia1.huge"|} };
                    var list = new List<string> { {|EI0001:"eia1.large"|} };
                    new CreateNotebookInstanceRequest { AcceleratorTypes = list };
                    new CreateNotebookInstanceRequest { AcceleratorTypes = new List<string> { NotebookInstanceAcceleratorType.MlEia2Large } };
                }
            }
            """, Off);
    }

    [Fact]
    public async Task Implicitly_and_explicitly_typed_cdk_arrays_are_read()
    {
        await Verify.Analyzer(Library.Cdk.Program("""
            new CfnNotebookInstance(this, "First", new CfnNotebookInstanceProps { InstanceType = "ml.t3.medium", RoleArn = "r", AcceleratorTypes = new[] { {|EI0001:"eia2.medium"|} } });
            new CfnNotebookInstance(this, "Second", new CfnNotebookInstanceProps { InstanceType = "ml.t3.medium", RoleArn = "r", AcceleratorTypes = new string[] { {|EI0001:"ml.eia.large"|} } });
            new CfnEndpointConfig(this, "Config", new CfnEndpointConfigProps
            {
                ProductionVariants = new CfnEndpointConfig.ProductionVariantProperty[] { new CfnEndpointConfig.ProductionVariantProperty { ModelName = "m", AcceleratorType = {|EI0001:"eia2.large"|} } },
            });
            """), Off);
    }

    [Theory]
    [Libraries]
    public async Task Runtime_values_are_not_reported(Library library)
    {
        await Verify.Analyzer(
            library.Program(
                $$"""
                {{library.Variant(accelerator: "fromCaller")}};
                {{library.Variant(accelerator: "settings[\"accelerator\"]")}};
                {{library.Variant(accelerator: "configured")}};
                {{library.Variant(accelerator: "$\"ml.eia2.{fromCaller}\"")}};
                {{library.Variant(accelerator: "fromCaller ?? \"ml.eia2.medium\"")}};
                {{library.Variant(accelerator: "null")}};
                {{library.Notebook(acceleratorList: "types")}};
                """,
                members: """string configured = System.Environment.GetEnvironmentVariable("ACCELERATOR");""",
                parameters: "string fromCaller, IDictionary<string, string> settings, " + library.AcceleratorListType + " types"),
            Off);
    }

    [Fact]
    public async Task A_list_the_sdk_builds_at_run_time_is_not_reported()
    {
        await Verify.Analyzer(Verify.Usings + """
            class Deploy
            {
                void Run(IDictionary<string, string> settings)
                {
                    new CreateNotebookInstanceRequest { AcceleratorTypes = new List<string>(settings.Values) };
                }
            }
            """, Off);
    }

    [Theory]
    [Libraries]
    public async Task Each_branch_of_a_conditional_a_coalesce_or_a_switch_is_read(Library library)
    {
        await Verify.Analyzer(
            library.Program(
                $$"""
                {{library.Variant(accelerator: "production ? {|EI0001:\"eia2.large\"|} : \"ml.eia2.medium\"")}};
                {{library.Variant(accelerator: "configured ?? {|EI0001:\"ml.eia.medium\"|}")}};
                new {{library.VariantType}}
                {
                    AcceleratorType = environment switch
                    {
                        "prod" => "ml.eia2.xlarge",
                        "test" => {|EI0001:"ml.eia2.huge"|},
                        _ => null,
                    },
                };
                {{library.Variant(accelerator: "production ? configured : environment")}};
                """,
                parameters: "bool production, string environment, string configured"),
            Off);
    }

    [Theory]
    [Libraries]
    public async Task Interpolated_and_concatenated_images_are_read_when_repository_and_tag_are_constant(Library library)
    {
        var host = library.Host("ml.c5.xlarge");
        await Verify.Analyzer(
            library.Program(
                $$"""
                {{library.Model("a", "$\"{account}.dkr.ecr.{region}.amazonaws.com/{Repository}:1.7-1\"", name: "\"a\"")}}
                {{library.Variant(model: "\"a\"", instanceType: host, accelerator: "{|EI0002:\"ml.eia2.medium\"|}")}};
                {{library.Model("b", "{|EI0007:{|EI0012:account + \".dkr.ecr.eu-central-1.amazonaws.com/\" + \"pytorch-inference:1.8.1-cpu\"|}|}", name: "\"b\"")}}
                {{library.Variant(model: "\"b\"", instanceType: host, accelerator: "{|EI0009:\"ml.eia2.medium\"|}")}};
                {{library.Model("c", "$\"{account}.dkr.ecr.{region}.amazonaws.com/{tag}\"", name: "\"c\"")}}
                {{library.Variant(model: "\"c\"", instanceType: host, accelerator: "\"ml.eia2.medium\"")}};
                {{library.Model("d", "System.Environment.GetEnvironmentVariable(\"IMAGE\")", name: "\"d\"")}}
                {{library.Variant(model: "\"d\"", instanceType: host, accelerator: "\"ml.eia2.medium\"")}};
                {{library.Model("e", "\"123456789012.dkr.ecr.us-east-1.amazonaws.com/my-custom-server:3\"", name: "\"e\"")}}
                {{library.Variant(model: "\"e\"", instanceType: host, accelerator: "\"ml.eia2.medium\"")}};
                """,
                members: """const string Repository = "sagemaker-xgboost";""",
                parameters: "string account, string region, string tag"),
            NoEndOfLife);
    }
}
