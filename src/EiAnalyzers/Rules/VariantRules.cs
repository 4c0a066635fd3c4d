using System.Collections.Generic;
using System.Linq;
using EiAnalyzers.Declarations;
using EiAnalyzers.Deployment;
using EiAnalyzers.Knowledge;

namespace EiAnalyzers.Rules;

/// <summary>The rules about an endpoint variant: its accelerator, its host, the features it uses and the model it serves.</summary>
internal static class VariantRules
{
    /// <summary>What can be decided from the variant itself (and a model tied through its generated <c>Name</c> constant).</summary>
    public static void CheckVariant(VariantDescription variant, DeclaredModel? declared, RuleContext context)
    {
        foreach (var accelerator in variant.SetAccelerators)
        {
            var serverless = variant.ServerlessConfigs.Any(s => s.IsCertainlySet) && variant.InstanceTypes.Count == 0;
            var info = AcceleratorRules.CheckValue(accelerator, FixProperties.Variant, variant.InstanceTypes, context, hasNoHost: serverless);
            if (info is null)
            {
                continue;
            }

            AcceleratorRules.CheckHosts(accelerator, info, variant.InstanceTypes, context);
            CheckExcludedFeatures(variant, accelerator, info, context);
            if (declared is not null)
            {
                AcceleratorRules.CheckDeclaredModel(accelerator, info, declared, AcceleratorHost.Endpoint, null, context);
            }
        }
    }

    /// <summary>EI0010 for serverless variants and asynchronous inference.</summary>
    private static void CheckExcludedFeatures(VariantDescription variant, ValueSite accelerator, AcceleratorInfo info, RuleContext context)
    {
        if (variant.ServerlessConfigs.Any(s => s.IsCertainlySet && !s.ExcludesOther(accelerator)))
        {
            context.Sink.Report(
                Descriptors.ExcludedFeature, accelerator.Location, FixData.For(accelerator),
                info.Name, "a serverless variant (ServerlessConfig)", "a serverless variant has no instance to attach an accelerator to, and serverless inference excludes accelerators");
        }

        if (variant.Configs.Any(c => c.AsyncInferenceConfigs.Any(a => a.IsCertainlySet && !a.ExcludesOther(accelerator))))
        {
            context.Sink.Report(
                Descriptors.ExcludedFeature, accelerator.Location, FixData.For(accelerator),
                info.Name, "asynchronous inference (AsyncInferenceConfig)", "Amazon Elastic Inference endpoints are among the exclusions of asynchronous inference");
        }
    }

    /// <summary>
    /// The rules that compare the variant with the images of the models it serves (EI0002, EI0007, EI0008, EI0009,
    /// EI0010, EI0012), and with a model declared under the same name when it was not tied by constant.
    /// </summary>
    public static void CheckModels(
        VariantDescription variant, ValueSite modelName, DeclaredModel? declaredByName, bool declaredAlreadyChecked,
        IReadOnlyList<ModelDescription> models, RuleContext context)
    {
        var accelerators = variant.SetAccelerators
            .Select(a => (Site: a, Info: a.Text is { } text ? EiCatalog.FindAccelerator(text) : null))
            .Where(a => a.Info is not null)
            .ToList();

        if (declaredByName is not null && !declaredAlreadyChecked)
        {
            foreach (var (site, info) in accelerators)
            {
                AcceleratorRules.CheckDeclaredModel(site, info!, declaredByName, AcceleratorHost.Endpoint, null, context);
            }
        }

        var declaredHasNoEi = declaredByName is not null && !declaredByName.Framework.HasEiBuild;
        foreach (var model in models)
        {
            if (accelerators.Count == 0)
            {
                CheckEiImageWithoutAccelerator(variant, modelName, model, declaredByName, context);
                continue;
            }

            foreach (var (site, info) in accelerators)
            {
                CheckImages(site, info!, model, declaredHasNoEi, context);
            }
        }
    }

    private static void CheckImages(ValueSite accelerator, AcceleratorInfo info, ModelDescription model, bool declaredHasNoEi, RuleContext context)
    {
        var sink = context.Sink;
        var name = model.DisplayName;
        if (model.Containers.Any(c => c.IsMultiModel))
        {
            sink.Report(
                Descriptors.ExcludedFeature, accelerator.Location, FixData.For(accelerator),
                info.Name, "a multi-model container (Mode = MultiModel)", "multi-model-enabled containers cannot be used with Amazon Elastic Inference");
        }

        var images = model.Containers.Select(c => (c.Image, Reference: c.ImageReference)).ToList();
        foreach (var (site, reference) in images)
        {
            // Regions of EI-enabled images are checked with the model itself; here, the images the accelerator serves.
            if (site is not null && reference is { Region: { } region, IsKnown: true } && !reference.Known!.IsEiEnabled && !EiCatalog.EiRegions.Contains(region))
            {
                sink.Report(Descriptors.RegionWithoutEi, site.Location, null, reference.Text, region, EiCatalog.EiRegionsText);
            }
        }

        // With an image of unknown kind (custom, Marketplace, runtime) nothing is said; in a pipeline, one EI-capable
        // container is enough.
        if (images.Count == 0 || images.Any(i => i.Reference?.Known is null) || images.Any(i => i.Reference!.Known!.IsEiEnabled))
        {
            return;
        }

        var (image, nonEi) = images.FirstOrDefault(i => i.Reference!.Known!.Kind == ImageKind.NonEiFramework);
        if (nonEi is not null)
        {
            var framework = nonEi.Known!.Framework!;
            var build = nonEi.Version is { } version ? framework.FindEiVersion(version) : null;
            var suggestion = (build ?? framework.EiVersions.Last()).Repository;
            sink.Report(Descriptors.AcceleratorUnused, accelerator.Location, FixData.For(accelerator), info.Name, name, nonEi.Text, suggestion);
            if (nonEi.Version is { } unsupported && build is null)
            {
                sink.Report(Descriptors.UnsupportedVersion, image!.Location, null, framework.DisplayName, unsupported, framework.SupportedVersionsText);
            }

            return;
        }

        if (!declaredHasNoEi)
        {
            var noEi = images[0].Reference!.Known!;
            var advice = noEi.Framework is { } known ? AcceleratorRules.AdviceOf(known) : "";
            sink.Report(
                Descriptors.FrameworkWithoutEi, accelerator.Location, FixData.For(accelerator),
                name, $"{noEi.DisplayName} (image '{images[0].Reference!.Repository}')", info.Name, advice);
        }
    }

    /// <summary>EI0008: an EI-enabled image on a variant created here without any accelerator.</summary>
    private static void CheckEiImageWithoutAccelerator(
        VariantDescription variant, ValueSite modelName, ModelDescription model, DeclaredModel? declared, RuleContext context)
    {
        if (!variant.IsComplete || variant.Accelerators.Any(a => !a.IsNull) || variant.ServerlessConfigs.Any(s => s.IsSet))
        {
            return;
        }

        var eiImage = model.Containers.Select(c => c.ImageReference).FirstOrDefault(r => r?.Known?.Kind == ImageKind.EiFramework);
        if (eiImage is null)
        {
            return;
        }

        // On a host an accelerator cannot attach to, adding one would be wrong: the image is what must change.
        var nonCpuHost = variant.InstanceTypes
            .Select(h => (h.Text, Kind: EiCatalog.ClassifyInstanceType(h.Text)))
            .FirstOrDefault(h => h.Kind is not (HostKind.Unknown or HostKind.CpuX86));
        if (nonCpuHost.Text is { } host)
        {
            context.Sink.Report(
                Descriptors.EiImageWithoutAccelerator, modelName.Location, null,
                model.DisplayName, eiImage.Text, $"'{host}' is {nonCpuHost.Kind.Describe()} instance, so use the image without '-eia'");
            return;
        }

        var headroom = context.HeadroomAt(modelName.Location).Factor;
        var smallest = EiCatalog.SmallestFitting(declared?.SizeMb ?? 0, headroom) ?? EiCatalog.AcceleratorsByPreference[0];
        context.Sink.Report(
            Descriptors.EiImageWithoutAccelerator, modelName.Location,
            new FixData().With(FixProperties.Replacement, smallest.Name),
            model.DisplayName, eiImage.Text, $"add '{smallest.Name}' or use the image without '-eia'");
    }
}
