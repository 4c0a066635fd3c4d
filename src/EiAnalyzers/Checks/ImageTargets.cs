using EiAnalyzers.Knowledge;

namespace EiAnalyzers.Checks;

/// <summary>The repository and tag an image becomes for another processor, and the account that serves it in the image's region.</summary>
internal sealed record ImageTarget(string Repository, string Tag, string? Account);

/// <summary>Looks up, in the catalog, the image AWS published for the same framework version and another processor.</summary>
internal static class ImageTargets
{
    /// <summary>
    /// The framework image (EI or not) switched to <paramref name="processor"/>, or null where the catalog has no image of
    /// that version for it: no tag is ever guessed at.
    /// </summary>
    public static ImageTarget? For(ImageReference reference, string processor)
    {
        if (reference.Known is not { Kind: ImageKind.EiFramework or ImageKind.NonEiFramework, Framework: { } framework }
            || reference.Version is not { } version
            || EiCatalog.InferenceImageFor(framework, version, processor) is not { } image)
        {
            return null;
        }

        return new ImageTarget(image.Repository, image.Tag, reference.Region is { } region ? image.AccountIn(region) : null);
    }
}
