using EiAnalyzers.Description;
using EiAnalyzers.Knowledge;

namespace EiAnalyzers.Checks.Findings;

/// <summary>EI0010: an accelerator with a feature EI excludes.</summary>
internal sealed record ExcludedFeature(ValueSite Accelerator, AcceleratorInfo Info, EiExcludedFeature Feature) : Finding(Accelerator.Location);
