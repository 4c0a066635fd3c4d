using System.Collections.Immutable;
using EiAnalyzers.Checks.Findings;
using EiAnalyzers.Checks.Fixes;
using EiAnalyzers.Description;
using EiAnalyzers.Knowledge;

namespace EiAnalyzers.Checks;

/// <summary>EI0006: an accelerator attaches only to an x86 CPU instance.</summary>
internal static class HostChecks
{
    public static void Check(ValueSite accelerator, AcceleratorInfo info, ValueSite? host, CheckContext context, NotebookDescription? notebook = null)
    {
        var kind = EiCatalog.ClassifyInstanceType(host?.Text);
        if (host is null || kind is HostKind.Unknown or HostKind.CpuX86)
        {
            return;
        }

        context.Report(new NonCpuHost(accelerator, info, host, kind)
        {
            Fixes = AcceleratorRemoval.Fix(accelerator, notebook),
        });
    }
}
