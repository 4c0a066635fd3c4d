using EiAnalyzers.Description;
using EiAnalyzers.Knowledge;

namespace EiAnalyzers.Checks.Findings;

/// <summary>EI0009: an accelerator with a framework image that is not EI-enabled.</summary>
internal sealed record AcceleratorUnused(ValueSite Accelerator, AcceleratorInfo Info, string Model, ImageReference Image, string EiRepository)
    : Finding(Accelerator.Location);
