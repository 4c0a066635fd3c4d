using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using EiAnalyzers.Checks.Findings;
using EiAnalyzers.Checks.Fixes;
using EiAnalyzers.Description;
using EiAnalyzers.Knowledge;

namespace EiAnalyzers.Checks;

/// <summary>
/// The checks of a variant's configuration against the images of a model it serves: EI0002, EI0007, EI0008, EI0009,
/// EI0010 (multi-model), EI0012 and EI0016. A model created elsewhere may have several configurations the variant
/// cannot be correlated with: a finding is reported only when every one of them gives it.
/// </summary>
internal static class ImageChecks
{
    /// <param name="neverHasAccelerator">No configuration of the variant has an accelerator (EI0008 is about that certainty).</param>
    public static void Check(VariantState variant, ModelUse use, ServedModels served, bool neverHasAccelerator, CheckContext context)
    {
        var accelerator = variant.Accelerator;
        var info = accelerator is { Text: { } text } && EiCatalog.FindAccelerator(text) is { } found
            && (!accelerator.IsSentAsWritten || string.Equals(found.Name, text, StringComparison.Ordinal))
            ? found
            : null;
        if (accelerator is not null && info is not null)
        {
            OnEvery(use.States, (state, findings) => WithAccelerator(accelerator, info, use.Model, state, served.Declared, findings), context);
        }
        else if (neverHasAccelerator && variant.Serverless is null)
        {
            OnEvery(use.States, (state, findings) => WithoutAccelerator(variant, use.Model, state, findings), context);
        }

        OnEvery(use.States, (state, findings) => ProcessorMismatch(variant, state, findings), context);
    }

    /// <summary>Reports what every configuration of the model gives (the same kind of finding at the same place).</summary>
    private static void OnEvery(ImmutableArray<ModelState> states, Action<ModelState, List<Finding>> check, CheckContext context)
    {
        List<Finding>? common = null;
        foreach (var state in states)
        {
            var findings = new List<Finding>();
            check(state, findings);
            common = common is null
                ? findings
                : common.Where(c => findings.Any(f => f.GetType() == c.GetType() && f.Location.Equals(c.Location))).ToList();
        }

        foreach (var finding in common ?? new List<Finding>())
        {
            context.Report(finding);
        }
    }

    private static void WithAccelerator(
        ValueSite accelerator, AcceleratorInfo info, ModelDescription model, ModelState state, DeclaredModelDescription? declared, List<Finding> findings)
    {
        var remove = AcceleratorRemoval.Fix(accelerator);
        if (state.Containers.Any(c => c.Mode?.Text is { } mode && string.Equals(mode, EiCatalog.MultiModelMode, StringComparison.OrdinalIgnoreCase)))
        {
            findings.Add(new ExcludedFeature(accelerator, info, EiExcludedFeature.MultiModelContainer) { Fixes = remove });
        }

        var images = state.Containers.Select(c => (Site: c.Image, Reference: ImageReference.Parse(c.Image?.Pattern))).ToList();
        foreach (var (site, reference) in images)
        {
            // The regions of EI-enabled images are checked with the model itself; here, the images the accelerator serves.
            if (site is not null && reference is { Region: { } region, Known: { IsEiEnabled: false } } && !EiCatalog.EiRegions.Contains(region))
            {
                findings.Add(new RegionWithoutEi(site, reference, region));
            }
        }

        // With an image of unknown kind (custom, Marketplace, run time) nothing is said; in a pipeline, one EI-capable
        // container is enough.
        if (images.Count == 0 || images.Any(i => i.Reference?.Known is null) || images.Any(i => i.Reference!.Known!.IsEiEnabled))
        {
            return;
        }

        var nonEi = images.FirstOrDefault(i => i.Reference!.Known!.Kind == ImageKind.NonEiFramework);
        if (nonEi.Reference is { Known.Framework: { } framework } image)
        {
            var build = image.Version is { } version ? framework.FindEiVersion(version) : null;
            var repository = (build ?? framework.EiVersions.Last()).Repository;
            findings.Add(new AcceleratorUnused(accelerator, info, model.DisplayName, image, repository));
            if (image.Version is { } unsupported && build is null && nonEi.Site is { } imageSite)
            {
                findings.Add(new UnsupportedVersion(imageSite.Location, framework, unsupported));
            }

            return;
        }

        if (declared is null || declared.Framework.HasEiBuild)
        {
            var noEi = images[0].Reference!;
            findings.Add(new FrameworkWithoutEi(accelerator, info, model.DisplayName, noEi.Known!.Framework, noEi.Known) { Fixes = remove });
        }
    }

    /// <summary>EI0008: an EI-enabled image on a variant created with no accelerator at all.</summary>
    private static void WithoutAccelerator(VariantState variant, ModelDescription model, ModelState state, List<Finding> findings)
    {
        if (variant.Model is not { } reference
            || state.Containers.Select(c => (c.Image, Reference: ImageReference.Parse(c.Image?.Pattern)))
                .FirstOrDefault(c => c.Reference?.Known?.Kind == ImageKind.EiFramework) is not { Image: { } image, Reference: { } eiImage })
        {
            return;
        }

        var hostKind = EiCatalog.ClassifyInstanceType(variant.InstanceType?.Text);
        var switched = ImageSwitch.To(image, eiImage, ProcessorFor(hostKind));
        findings.Add(new EiImageWithoutAccelerator(reference.Name, model.DisplayName, eiImage, variant.InstanceType, hostKind)
        {
            Replacement = switched?.Image,
            Fixes = switched is null ? ImmutableArray<FixOption>.Empty : ImmutableArray.Create(new FixOption(FixKind.SwitchImage, switched.Edits)),
        });
    }

    /// <summary>EI0016: an image built for another processor than the host's (EI images are EI0008's and EI0013's).</summary>
    private static void ProcessorMismatch(VariantState variant, ModelState state, List<Finding> findings)
    {
        if (variant.InstanceType is not { } host)
        {
            return;
        }

        var hostKind = EiCatalog.ClassifyInstanceType(host.Text);
        foreach (var container in state.Containers)
        {
            if (container.Image is not { } image || ImageReference.Parse(image.Pattern) is not { Known: { Kind: not ImageKind.EiFramework } } reference)
            {
                continue;
            }

            var mismatch = (reference.Processor, hostKind) switch
            {
                ("gpu", HostKind.CpuX86 or HostKind.Graviton) => true,
                ("cpu", HostKind.Gpu) => true,
                _ => false,
            };
            if (!mismatch)
            {
                continue;
            }

            var switched = ImageSwitch.To(image, reference, ProcessorFor(hostKind));
            findings.Add(new ImageProcessorMismatch(image, reference, host, hostKind)
            {
                Replacement = switched?.Image,
                Fixes = switched is null ? ImmutableArray<FixOption>.Empty : ImmutableArray.Create(new FixOption(FixKind.SwitchImage, switched.Edits)),
            });
        }
    }

    /// <summary>The processor an image must be built for on a host of <paramref name="kind"/>, or null where none fits.</summary>
    public static string? ProcessorFor(HostKind kind) =>
        kind switch
        {
            HostKind.CpuX86 => "cpu",
            HostKind.Gpu => "gpu",
            _ => null,
        };
}
