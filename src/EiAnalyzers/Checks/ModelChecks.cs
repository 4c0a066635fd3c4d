using EiAnalyzers.Checks.Findings;
using EiAnalyzers.Description;
using EiAnalyzers.Knowledge;

namespace EiAnalyzers.Checks;

/// <summary>The checks of a model's images by themselves: an EI-enabled image must exist (EI0007) and be in an EI region (EI0012).</summary>
internal static class ModelChecks
{
    public static void Check(ModelDescription model, CheckContext context)
    {
        foreach (var alternative in model.Alternatives)
        {
            foreach (var container in alternative.Containers)
            {
                if (container.Image is not { } site || ImageReference.Parse(site.Pattern) is not { Known: { IsEiEnabled: true } known } image)
                {
                    continue;
                }

                if (known.Kind == ImageKind.EiFramework && image.Version is { } version && known.Framework!.FindEiVersion(version) is null)
                {
                    context.Report(new UnsupportedVersion(site.Location, known.Framework, version));
                }

                if (image.Region is { } region && !EiCatalog.EiRegions.Contains(region))
                {
                    context.Report(new RegionWithoutEi(site, image, region));
                }
            }
        }
    }
}
