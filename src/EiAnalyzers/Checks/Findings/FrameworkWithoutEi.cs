using EiAnalyzers.Description;
using EiAnalyzers.Knowledge;

namespace EiAnalyzers.Checks.Findings;

/// <summary>EI0002: an accelerator on a model whose framework or built-in algorithm has no EI build.</summary>
internal sealed record FrameworkWithoutEi(ValueSite Accelerator, AcceleratorInfo Info, string Model, FrameworkInfo? Framework, ImageRepositoryInfo? Repository)
    : Finding(Accelerator.Location);
