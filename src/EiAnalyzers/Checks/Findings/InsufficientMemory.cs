using EiAnalyzers.Description;
using EiAnalyzers.Knowledge;

namespace EiAnalyzers.Checks.Findings;

/// <summary>EI0004: less accelerator memory than the model's artifact.</summary>
internal sealed record InsufficientMemory(ValueSite Accelerator, AcceleratorInfo Info, int SizeMb, string Model, AcceleratorInfo? Fit)
    : Finding(Accelerator.Location);
