using EiAnalyzers.Description;
using EiAnalyzers.Knowledge;

namespace EiAnalyzers.Checks.Findings;

/// <summary>EI0016: an image built for another processor than its host's.</summary>
internal sealed record ImageProcessorMismatch(ValueSite Image, ImageReference Reference, ValueSite Host, HostKind HostKind) : Finding(Image.Location)
{
    /// <summary>The image for the host's processor the fix switches to, or null where AWS published none.</summary>
    public string? Replacement { get; init; }
}
