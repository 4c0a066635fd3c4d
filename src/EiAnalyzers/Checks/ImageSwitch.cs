using System.Collections.Immutable;
using EiAnalyzers.Checks.Fixes;
using EiAnalyzers.Description;
using EiAnalyzers.Knowledge;

namespace EiAnalyzers.Checks;

/// <summary>An image switched to another build: the new URI (holes shown as <c>{…}</c>) and the edits that write it.</summary>
internal sealed record SwitchedImage(string Image, ImmutableArray<Edit> Edits);

/// <summary>
/// Switches an image URI to the build of the same framework version for another processor, rewriting only the
/// pieces of text where its repository and tag are written: the user's own account and region parts (a hole, a
/// variable, another literal) stay as they are.
/// </summary>
internal static class ImageSwitch
{
    public static SwitchedImage? To(ValueSite image, ImageReference reference, string? processor)
    {
        if (processor is null || image.Pattern is not { } pattern || ImageTargets.For(reference, processor) is not { } target)
        {
            return null;
        }

        // Only a URI whose repository and tag are known text, and that no digest pins, can be switched.
        var slash = pattern.IndexOf('/');
        var start = slash < 0 ? -1 : pattern.IndexOf(reference.Repository + ":", slash + 1, System.StringComparison.Ordinal);
        if (start < 0 || pattern.IndexOf('@') >= 0 || pattern.IndexOf(TextPart.HoleChar, start) >= 0)
        {
            return null;
        }

        var switched = pattern.Substring(0, start) + target.Repository + ":" + target.Tag;

        // Another registry account serves the new repository in this region (older images): the account is rewritten too.
        if (target.Account is { } account && reference.Account is { } written && written != account && switched.StartsWith(written + ".", System.StringComparison.Ordinal))
        {
            switched = account + switched.Substring(written.Length);
        }
        return TextEdits.Rewrite(image, switched) is { } edits
            ? new SwitchedImage(new ValueSite { Pattern = switched }.ToString(), edits)
            : null;
    }
}
