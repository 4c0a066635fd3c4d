using EiAnalyzers.Description;
using EiAnalyzers.Knowledge;

namespace EiAnalyzers.Checks.Findings;

/// <summary>EI0012: a model image in a region that never offered Elastic Inference.</summary>
internal sealed record RegionWithoutEi(ValueSite Image, ImageReference Reference, string Region) : Finding(Image.Location);
