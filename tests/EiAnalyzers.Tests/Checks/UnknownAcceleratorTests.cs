using System.Threading.Tasks;
using EiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace EiAnalyzers.Tests.Checks;

/// <summary>EI0001: an accelerator type that is not one; with the SDK and the CDK (how each value form is read: Reading/ValueReadingTests).</summary>
public class UnknownAcceleratorTests
{
    private const string Off = "dotnet_diagnostic.EI0013.severity = none\n";

    [Theory]
    [Libraries("eia2.xlarge")]
    [Libraries("eia2.large")]
    [Libraries("ml.eia.medium")]
    [Libraries("ml.eia2.mediun")]
    [Libraries("ml.eia3.large")]
    [Libraries("ml.m5.large")]
    [Libraries("")]
    [Libraries("ml.eia2.medium ")]
    public async Task Invalid_string_literal_is_reported_on_the_literal(Library library, string value)
    {
        await Verify.Analyzer(library.Program(library.Variant(model: "\"m\"", accelerator: $$"""{|EI0001:"{{value}}"|}""") + ";"), Off);
    }

    [Theory]
    [Libraries("ml.eia.medium")]
    [Libraries("eia2.large")]
    public async Task Invalid_notebook_accelerator_is_reported_on_the_literal(Library library, string value)
    {
        await Verify.Analyzer(library.Program(library.Notebook(accelerators: $$"""{|EI0001:"{{value}}"|}""", instanceType: "\"ml.t3.medium\"") + ";"), Off);
    }

    [Theory]
    [Libraries("ml.eia1.medium")]
    [Libraries("ml.eia2.xlarge")]
    public async Task Valid_types_are_not_reported(Library library, string value)
    {
        await Verify.Analyzer(
            library.Program(library.Variant(model: "\"m\"", accelerator: $"\"{value}\"") + ";\n" + library.Notebook(accelerators: $"\"{value}\"") + ";"),
            Off + "dotnet_diagnostic.EI0014.severity = none\n");
    }

    /// <summary>
    /// The SDK's variant takes a valid type in any case. Only the SDK's variant: a CDK string and an SDK notebook's
    /// list are sent as written, and EI0001 says so.
    /// </summary>
    [Theory]
    [Sdk("ML.EIA2.MEDIUM")]
    [Sdk("Ml.Eia2.Large")]
    public async Task Valid_types_in_another_case_are_not_reported_on_an_sdk_variant(Library library, string value)
    {
        await Verify.Analyzer(
            library.Program(library.Variant(model: "\"m\"", accelerator: $"\"{value}\"") + ";"),
            Off + "dotnet_diagnostic.EI0014.severity = none\n");
    }

    [Theory]
    [Libraries]
    public async Task Message_names_the_value_and_the_closest_type(Library library)
    {
        await Verify.Analyzer(
            library.Program(library.Variant(accelerator: "{|#0:\"eia2.xlarge\"|}") + ";"),
            Off,
            Verify.Diagnostic(Descriptors.UnknownAccelerator).WithLocation(0).WithArguments(
                "eia2.xlarge",
                " (did you mean 'ml.eia2.xlarge'?)",
                "ml.eia1.medium, ml.eia1.large, ml.eia1.xlarge, ml.eia2.medium, ml.eia2.large, ml.eia2.xlarge"));
    }
}
