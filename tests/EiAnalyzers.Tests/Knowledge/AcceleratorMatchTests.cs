using Amazon.SageMaker;
using EiAnalyzers.Knowledge;
using Xunit;

namespace EiAnalyzers.Tests.Knowledge;

/// <summary>
/// What the service receives for an accelerator written in another case, and the catalog's answer for EI0001.
/// The ConstantClass facts are read off the real AWSSDK.Core 4.1.0 (through the stand-in's FindValue, which calls it).
/// </summary>
public class AcceleratorMatchTests
{
    [Fact]
    public void ConstantClass_sends_another_case_canonically_and_anything_else_as_written()
    {
        // FindValue (and the implicit conversion) finds the static field case-insensitively and returns it.
        Assert.Same(ProductionVariantAcceleratorType.MlEia2Medium, ProductionVariantAcceleratorType.FindValue("ML.EIA2.MEDIUM"));
        ProductionVariantAcceleratorType converted = "Ml.Eia2.Medium";
        Assert.Same(ProductionVariantAcceleratorType.MlEia2Medium, converted);
        Assert.Equal("ml.eia1.large", (string)NotebookInstanceAcceleratorType.FindValue("ML.EIA1.LARGE"));

        // A constructed instance keeps the text as Value, but is sent canonical (ToString and string use Intern()).
        var constructed = new ProductionVariantAcceleratorType("ML.EIA2.MEDIUM");
        Assert.Equal("ML.EIA2.MEDIUM", constructed.Value);
        Assert.Equal("ml.eia2.medium", (string)constructed);
        Assert.Equal("ml.eia2.medium", constructed.ToString());

        // Nothing trims or validates: a new instance with the text as written, every time.
        var spaced = ProductionVariantAcceleratorType.FindValue(" ml.eia2.medium");
        Assert.Equal(" ml.eia2.medium", (string)spaced);
        var typo = ProductionVariantAcceleratorType.FindValue("ml.eia2.mediun");
        Assert.Equal("ml.eia2.mediun", (string)typo);
        Assert.NotSame(typo, ProductionVariantAcceleratorType.FindValue("ml.eia2.mediun"));
    }

    [Theory]
    [InlineData("ml.eia2.medium", "Exact", "ml.eia2.medium")]
    [InlineData("ML.EIA2.MEDIUM", "WrongCase", "ml.eia2.medium")]
    [InlineData("Ml.Eia1.Xlarge", "WrongCase", "ml.eia1.xlarge")]
    [InlineData(" ml.eia2.medium", "Unknown", null)]
    [InlineData("eia2.medium", "Unknown", null)]
    [InlineData("ml.eia.medium", "Unknown", null)]
    [InlineData("", "Unknown", null)]
    [InlineData(null, "Unknown", null)]
    public void Accelerators_match_exactly_in_another_case_or_not_at_all(string? text, string kind, string? canonical)
    {
        var match = EiCatalog.MatchAccelerator(text);
        Assert.Equal(System.Enum.Parse<AcceleratorMatchKind>(kind), match.Kind);
        Assert.Equal(canonical, match.Accelerator?.Name);
    }
}
