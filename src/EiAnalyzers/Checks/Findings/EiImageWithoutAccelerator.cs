using EiAnalyzers.Description;
using EiAnalyzers.Knowledge;

namespace EiAnalyzers.Checks.Findings;

/// <summary>EI0008: an EI-enabled image served by a variant with no accelerator.</summary>
internal sealed record EiImageWithoutAccelerator(ValueSite ModelName, string Model, ImageReference Image, ValueSite? Host, HostKind HostKind)
    : Finding(ModelName.Location)
{
    /// <summary>The image for the host's processor the fix switches to, or null where AWS published none.</summary>
    public string? Replacement { get; init; }
}
