using System.Collections.Immutable;
using System.Linq;
using EiAnalyzers.Checks.Findings;
using EiAnalyzers.Checks.Fixes;
using EiAnalyzers.Description;
using EiAnalyzers.Knowledge;

namespace EiAnalyzers.Checks;

/// <summary>EI0002, EI0003, EI0004, EI0005: an accelerator against the model it serves, as declared.</summary>
internal static class DeclaredModelChecks
{
    public static void Check(
        ValueSite accelerator, AcceleratorInfo info, DeclaredModelDescription model, CheckContext context, NotebookDescription? notebook = null, string? notebookName = null)
    {
        var remove = AcceleratorRemoval.Fix(accelerator, notebook);
        var framework = model.Framework;
        if (!framework.HasEiBuild)
        {
            context.Report(new FrameworkWithoutEi(accelerator, info, model.Name, framework, null) { Fixes = remove });
            return;
        }

        if (notebook is not null && !framework.ServedOnNotebooks)
        {
            context.Report(new PyTorchOnNotebook(accelerator, info, notebookName ?? "", model.Name, framework) { Fixes = remove });
            return;
        }

        CheckMemory(accelerator, info, model.SizeMb, model.Name, context, notebook);
    }

    /// <summary>EI0004 when the artifact is larger than the memory; EI0005 when the headroom is below the factor.</summary>
    public static void CheckMemory(ValueSite accelerator, AcceleratorInfo info, int? sizeMb, string modelName, CheckContext context, NotebookDescription? notebook = null)
    {
        if (sizeMb is not int size || size <= 0)
        {
            return;
        }

        var factor = context.HeadroomAt(accelerator.Location);
        switch (Compatibility.CheckMemory(size, info, factor).Kind)
        {
            case VerdictKind.InsufficientMemory:
                // Nothing fits: Elastic Inference cannot serve the model, and the accelerator goes.
                var fit = EiCatalog.SmallestFitting(size, 1.0);
                context.Report(new InsufficientMemory(accelerator, info, size, modelName, fit)
                {
                    Fixes = ImmutableArray.Create(fit is null
                        ? FixOption.Of(FixKind.RemoveAccelerator, AcceleratorRemoval.Of(accelerator, notebook))
                        : FixOption.Of(FixKind.ReplaceAccelerator, AcceleratorValueChecks.AtUse(accelerator, fit.Name))),
                });
                break;
            case VerdictKind.LowHeadroom:
                var roomy = EiCatalog.SmallestFitting(size, factor) ?? LargerThan(info);
                if (roomy is null)
                {
                    // Already the largest: nothing an accelerator could change (EI0004 does not apply either).
                    return;
                }

                context.Report(new LowHeadroom(accelerator, info, size, modelName, factor, roomy)
                {
                    Fixes = ImmutableArray.Create(FixOption.Of(FixKind.ReplaceAccelerator, AcceleratorValueChecks.AtUse(accelerator, roomy.Name))),
                });
                break;
        }
    }

    /// <summary>The accelerator with the most memory, when it has more than <paramref name="info"/>.</summary>
    private static AcceleratorInfo? LargerThan(AcceleratorInfo info)
    {
        var largest = EiCatalog.AcceleratorsByPreference.OrderByDescending(a => a.MemoryGb).First();
        return largest.MemoryGb > info.MemoryGb ? largest : null;
    }
}
