using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using EiAnalyzers.Checks.Findings;
using EiAnalyzers.Checks.Fixes;
using EiAnalyzers.Description;
using EiAnalyzers.Knowledge;

namespace EiAnalyzers.Checks;

/// <summary>The checks of a notebook instance: its accelerators (EI0011), its host, and the models it serves.</summary>
internal static class NotebookChecks
{
    public static void Check(NotebookDescription notebook, CheckContext context)
    {
        foreach (var alternative in notebook.Alternatives)
        {
            foreach (var element in alternative.Accelerators.Where(e => e.IsSet))
            {
                if (AcceleratorValueChecks.Check(element, context, notebook) is { } info)
                {
                    HostChecks.Check(element, info, alternative.InstanceType, context, notebook);
                }
            }

            var set = alternative.Accelerators.Where(e => e.IsSet).ToList();
            for (var i = EiCatalog.MaxNotebookAccelerators; i < set.Count; i++)
            {
                context.Report(new MultipleNotebookAccelerators(set[i], alternative.Name?.Text, set.Count)
                {
                    Fixes = ImmutableArray.Create(FixOption.Of(FixKind.KeepFirstAccelerator, new RemoveElement(set[i]))),
                });
            }
        }
    }

    /// <summary>EI0002, EI0003, EI0004, EI0005 for each declared model the notebook serves (by its Notebooks list).</summary>
    public static void CheckServedModels(NotebookDescription notebook, IEnumerable<DeclaredModelDescription> declared, CheckContext context)
    {
        foreach (var alternative in notebook.Alternatives)
        {
            if (alternative.Name?.Text is not { } name)
            {
                continue;
            }

            foreach (var model in declared.Where(m => m.Notebooks.Contains(name, System.StringComparer.OrdinalIgnoreCase)))
            {
                foreach (var element in alternative.Accelerators)
                {
                    if (EiCatalog.FindAccelerator(element.Text) is { } info)
                    {
                        DeclaredModelChecks.Check(element, info, model, context, notebook, name);
                    }
                }
            }
        }
    }
}
