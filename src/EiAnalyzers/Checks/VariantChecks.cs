using System.Collections.Immutable;
using System.Linq;
using EiAnalyzers.Checks.Findings;
using EiAnalyzers.Checks.Fixes;
using EiAnalyzers.Description;
using EiAnalyzers.Knowledge;

namespace EiAnalyzers.Checks;

/// <summary>The checks of an endpoint variant: its accelerator, its host, the features it uses and the models it serves.</summary>
internal static class VariantChecks
{
    /// <summary>
    /// What each configuration of the variant shows by itself, with a model tied by its generated <c>Name</c> constant
    /// and the models of the same block it is linked to (live, in the IDE).
    /// </summary>
    public static void Check(VariantDescription variant, IModelDirectory block, CheckContext context)
    {
        foreach (var alternative in variant.Alternatives)
        {
            if (alternative.Accelerator is { IsSet: true } accelerator && AcceleratorValueChecks.Check(accelerator, context) is { } info)
            {
                HostChecks.Check(accelerator, info, alternative.InstanceType, context);
                CheckExcludedFeatures(alternative, accelerator, info, context);
                if (alternative.Model?.DeclaredByConstant is { IsValid: true } declared)
                {
                    DeclaredModelChecks.Check(accelerator, info, declared, context);
                }
            }

            var served = ServedModels.For(alternative.Model, block);
            foreach (var use in served.Models)
            {
                ImageChecks.Check(alternative, use, served, NeverHasAccelerator(variant), context);
            }
        }
    }

    /// <summary>What can only be decided with the whole compilation: the models created or declared under an equal name.</summary>
    public static void CheckByName(VariantDescription variant, IModelDirectory compilation, CheckContext context)
    {
        foreach (var alternative in variant.Alternatives)
        {
            if (alternative.Model is not { Name.IsKnown: true })
            {
                continue;
            }

            var served = ServedModels.For(alternative.Model, compilation);
            if (served.Declared is { } declared && !served.DeclaredByConstant
                && alternative.Accelerator is { Text: { } text } accelerator && EiCatalog.FindAccelerator(text) is { } info)
            {
                DeclaredModelChecks.Check(accelerator, info, declared, context);
            }

            foreach (var use in served.Models)
            {
                if (!use.IsLinked)
                {
                    ImageChecks.Check(alternative, use, served, NeverHasAccelerator(variant), context);
                }
            }
        }
    }

    /// <summary>Certainly no accelerator: on every path the variant is complete and has none.</summary>
    private static bool NeverHasAccelerator(VariantDescription variant) => variant.Alternatives.All(a => a.HasNoAccelerator);

    /// <summary>EI0010 for serverless variants and asynchronous inference.</summary>
    private static void CheckExcludedFeatures(VariantState variant, ValueSite accelerator, AcceleratorInfo info, CheckContext context)
    {
        var remove = AcceleratorRemoval.Fix(accelerator);
        if (variant.Serverless is { IsCertainlySet: true })
        {
            context.Report(new ExcludedFeature(accelerator, info, EiExcludedFeature.Serverless) { Fixes = remove });
        }

        if (variant.AsyncInference is { IsCertainlySet: true })
        {
            context.Report(new ExcludedFeature(accelerator, info, EiExcludedFeature.AsynchronousInference) { Fixes = remove });
        }
    }
}
