using EiAnalyzers.Description;
using EiAnalyzers.Knowledge;

namespace EiAnalyzers.Checks.Findings;

/// <summary>EI0005: memory headroom below the configured factor.</summary>
internal sealed record LowHeadroom(ValueSite Accelerator, AcceleratorInfo Info, int SizeMb, string Model, double Factor, AcceleratorInfo? Fit)
    : Finding(Accelerator.Location);
