using System.Threading.Tasks;
using EiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace EiAnalyzers.Tests.Checks;

public class UnknownAcceleratorTests
{
    private const string Off = "dotnet_diagnostic.EI0013.severity = none\n";

    [Theory]
    [InlineData("eia2.xlarge")]
    [InlineData("ml.eia.medium")]
    [InlineData("ml.eia2.mediun")]
    [InlineData("ml.eia3.large")]
    [InlineData("ml.m5.large")]
    [InlineData("")]
    [InlineData("ml.eia2.medium ")]
    public async Task Invalid_string_literal_is_reported_on_the_literal(string value)
    {
        await Verify.Analyzer(Verify.Usings + $$"""
            class Deploy
            {
                ProductionVariant Variant() => new ProductionVariant { ModelName = "m", AcceleratorType = {|EI0001:"{{value}}"|} };
            }
            """, Off);
    }

    [Theory]
    [InlineData("ml.eia1.medium")]
    [InlineData("ml.eia2.xlarge")]
    [InlineData("ML.EIA2.MEDIUM")]
    [InlineData("Ml.Eia2.Large")]
    public async Task Valid_types_in_any_case_are_not_reported(string value)
    {
        await Verify.Analyzer(Verify.Usings + $$"""
            class Deploy
            {
                ProductionVariant Variant() => new ProductionVariant { ModelName = "m", AcceleratorType = "{{value}}" };
            }
            """, Off + "dotnet_diagnostic.EI0014.severity = none\n");
    }

    [Fact]
    public async Task Every_value_form_is_read()
    {
        await Verify.Analyzer(Verify.Usings + """
            class Deploy
            {
                const string ConstType = "ml.eia2.huge";
                static readonly string ReadonlyType = "eia2.large";
                static readonly ProductionVariantAcceleratorType ReadonlyConstant = new ProductionVariantAcceleratorType("ml.eia2.tiny");

                void Run()
                {
                    const string local = "ml.eia.large";
                    var assigned = "eia2.medium";
                    new ProductionVariant { AcceleratorType = {|EI0001:ConstType|} };
                    new ProductionVariant { AcceleratorType = {|EI0001:ReadonlyType|} };
                    new ProductionVariant { AcceleratorType = {|EI0001:ReadonlyConstant|} };
                    new ProductionVariant { AcceleratorType = {|EI0001:local|} };
                    new ProductionVariant { AcceleratorType = {|EI0001:assigned|} };
                    new ProductionVariant { AcceleratorType = {|EI0001:new ProductionVariantAcceleratorType("ml.eia2.big")|} };
                    new ProductionVariant { AcceleratorType = {|EI0001:ProductionVariantAcceleratorType.FindValue("ml.eia2.small")|} };
                    new ProductionVariant { AcceleratorType = {|EI0001:$"ml.eia2.{"mediun"}"|} };
                    new ProductionVariant { AcceleratorType = {|EI0001:"ml.eia" + "2.larg"|} };
                }
            }
            """, Off);
    }

    [Fact]
    public async Task Assignments_after_construction_and_in_branches_are_read()
    {
        await Verify.Analyzer(Verify.Usings + """
            class Deploy
            {
                void Run(bool large)
                {
                    var variant = new ProductionVariant();
                    variant.ModelName = "m";
                    if (large)
                    {
                        variant.AcceleratorType = {|EI0001:"eia2.large"|};
                    }
                    else
                    {
                        variant.AcceleratorType = "ml.eia2.medium";
                    }

                    ProductionVariant other = new() { AcceleratorType = {|EI0001:"ml.eia2"|} };
                }
            }
            """, Off);
    }

    [Fact]
    public async Task Notebook_accelerator_lists_are_read_in_every_form()
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
    public async Task Runtime_values_are_not_reported()
    {
        await Verify.Analyzer(Verify.Usings + """
            class Deploy
            {
                string configured = Environment.GetEnvironmentVariable("ACCELERATOR");

                void Run(string fromCaller, IDictionary<string, string> settings)
                {
                    new ProductionVariant { AcceleratorType = fromCaller };
                    new ProductionVariant { AcceleratorType = settings["accelerator"] };
                    new ProductionVariant { AcceleratorType = configured };
                    new ProductionVariant { AcceleratorType = $"ml.eia2.{fromCaller}" };
                    new ProductionVariant { AcceleratorType = fromCaller ?? "ml.eia2.medium" };
                    new ProductionVariant { AcceleratorType = null };
                    new CreateNotebookInstanceRequest { AcceleratorTypes = new List<string>(settings.Values) };
                }
            }
            """, Off);
    }

    [Fact]
    public async Task An_unrelated_class_named_ProductionVariant_gets_nothing()
    {
        await Verify.Analyzer("""
            namespace Game.Balancing
            {
                public class ProductionVariant
                {
                    public string AcceleratorType { get; set; }
                    public string InstanceType { get; set; }
                }

                public class Factory
                {
                    public ProductionVariant Make() => new ProductionVariant { AcceleratorType = "turbo", InstanceType = "ml.g4dn.xlarge" };
                }
            }
            """);
    }

    [Fact]
    public async Task Message_names_the_value_and_the_closest_type()
    {
        await Verify.Analyzer(
            Verify.Usings + """
            class Deploy
            {
                ProductionVariant Variant() => new ProductionVariant { AcceleratorType = {|#0:"eia2.xlarge"|} };
            }
            """,
            Off,
            Verify.Diagnostic(Descriptors.UnknownAccelerator).WithLocation(0).WithArguments(
                "eia2.xlarge",
                " (did you mean 'ml.eia2.xlarge'?)",
                "ml.eia1.medium, ml.eia1.large, ml.eia1.xlarge, ml.eia2.medium, ml.eia2.large, ml.eia2.xlarge"));
    }

    [Fact]
    public async Task Each_branch_of_a_conditional_a_coalesce_or_a_switch_is_read()
    {
        await Verify.Analyzer(Verify.Usings + """
            class Deploy
            {
                void Run(bool production, string environment, string configured)
                {
                    new ProductionVariant { AcceleratorType = production ? {|EI0001:"eia2.large"|} : "ml.eia2.medium" };
                    new ProductionVariant { AcceleratorType = configured ?? {|EI0001:"ml.eia.medium"|} };
                    new ProductionVariant
                    {
                        AcceleratorType = environment switch
                        {
                            "prod" => "ml.eia2.xlarge",
                            "test" => {|EI0001:"ml.eia2.huge"|},
                            _ => null,
                        },
                    };
                    new ProductionVariant { AcceleratorType = production ? configured : environment };
                }
            }
            """, Off);
    }
}
