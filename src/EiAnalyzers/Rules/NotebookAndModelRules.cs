using System.Collections.Generic;
using System.Linq;
using EiAnalyzers.Declarations;
using EiAnalyzers.Deployment;
using EiAnalyzers.Knowledge;

namespace EiAnalyzers.Rules;

/// <summary>The rules about a notebook instance: its accelerators (EI0011), its host, and the models it serves.</summary>
internal static class NotebookRules
{
    public static void CheckNotebook(NotebookDescription notebook, RuleContext context)
    {
        var added = notebook.AcceleratorLists.Where(l => l.List is null).SelectMany(l => l.Elements).ToList();
        var assigned = notebook.AcceleratorLists.Where(l => l.List is not null).ToList();

        foreach (var list in notebook.AcceleratorLists)
        {
            if (list.List is { IsNull: false } value && list.Elements.Count == 0 && !list.IsComplete)
            {
                // A list built at run time: an accelerator may be set, nothing else is known.
                AcceleratorRules.CheckValue(value, FixProperties.Notebook, notebook.InstanceTypes, context);
            }

            foreach (var element in list.Elements.Where(e => e.IsSet))
            {
                var info = AcceleratorRules.CheckValue(element, FixProperties.Notebook, notebook.InstanceTypes, context);
                if (info is not null)
                {
                    AcceleratorRules.CheckHosts(element, info, notebook.InstanceTypes, context);
                }
            }
        }

        // Assignments replace the list (in branches they are alternatives); Add calls add to it.
        var combinations = assigned.Count == 0 ? new[] { added } : assigned.Select(l => l.Elements.Concat(added).ToList()).ToArray();
        foreach (var elements in combinations)
        {
            var set = elements.Where(e => e.IsSet).ToList();
            var name = notebook.Names.FirstOrDefault(n => n.IsKnown)?.Text;
            for (var i = 0; i < set.Count; i++)
            {
                // Accelerators added in different arms of a branch are alternatives, not a second accelerator.
                var extra = set[i];
                var together = set.Where(e => !e.ExcludesOther(extra)).ToList();
                if (together.IndexOf(extra) >= EiCatalog.MaxNotebookAccelerators)
                {
                    context.Sink.Report(
                        Descriptors.MultipleNotebookAccelerators, extra.Location, FixData.For(extra),
                        name is null ? "" : $" '{name}'", together.Count, extra.ToString());
                }
            }
        }
    }

    /// <summary>EI0002, EI0003, EI0004, EI0005 for each declared model served on the notebook.</summary>
    public static void CheckServedModels(NotebookDescription notebook, string name, IEnumerable<DeclaredModel> models, RuleContext context)
    {
        foreach (var model in models)
        {
            foreach (var element in notebook.AcceleratorLists.SelectMany(l => l.Elements))
            {
                if (EiCatalog.FindAccelerator(element.Text) is { } info)
                {
                    AcceleratorRules.CheckDeclaredModel(element, info, model, AcceleratorHost.Notebook, name, context);
                }
            }
        }
    }
}

/// <summary>The rules about a model's images by themselves: an EI-enabled image must exist (EI0007) and be in an EI region (EI0012).</summary>
internal static class ModelRules
{
    public static void CheckModel(ModelDescription model, RuleContext context)
    {
        foreach (var container in model.Containers)
        {
            if (container.Image is not { } site || container.ImageReference is not { Known: { IsEiEnabled: true } known } image)
            {
                continue;
            }

            if (known.Kind == ImageKind.EiFramework && image.Version is { } version && known.Framework!.FindEiVersion(version) is null)
            {
                context.Sink.Report(
                    Descriptors.UnsupportedVersion, site.Location, null, known.Framework.DisplayName, version, known.Framework.SupportedVersionsText);
            }

            if (image.Region is { } region && !EiCatalog.EiRegions.Contains(region))
            {
                context.Sink.Report(Descriptors.RegionWithoutEi, site.Location, null, image.Text, region, EiCatalog.EiRegionsText);
            }
        }
    }
}
