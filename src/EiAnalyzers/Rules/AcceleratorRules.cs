using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using EiAnalyzers.Declarations;
using EiAnalyzers.Deployment;
using EiAnalyzers.Knowledge;

namespace EiAnalyzers.Rules;

/// <summary>
/// The rules about one accelerator value, wherever it is set: EI0001 (unknown type), EI0013 (end of life), EI0014
/// (eia1), EI0006 (host), and those that compare it with a declared model: EI0002, EI0003, EI0004, EI0005.
/// </summary>
internal static class AcceleratorRules
{
    /// <summary>
    /// Checks the value itself and returns the accelerator it names, or null when it is unknown or invalid (then no
    /// rule that compares it with anything applies).
    /// </summary>
    /// <param name="hasNoHost">The object has no instance at all (serverless): there is no host to migrate.</param>
    public static AcceleratorInfo? CheckValue(ValueSite accelerator, string owner, IEnumerable<ValueSite> hosts, RuleContext context, bool hasNoHost = false)
    {
        var sink = context.Sink;
        sink.Report(
            Descriptors.EndOfLife,
            accelerator.Location,
            FixData.For(accelerator).With(FixProperties.Owner, owner).With(FixProperties.NoHost, hasNoHost ? "true" : null).WithHosts(hosts),
            accelerator.ToString(),
            EiCatalog.EndOfLife,
            string.Join(" or ", EiCatalog.MigrationHosts));

        if (accelerator.Text is not { } text)
        {
            return null;
        }

        var info = EiCatalog.FindAccelerator(text);
        if (info is null)
        {
            // An instance type in the accelerator's place is a different mistake: no accelerator is "closest" to it.
            var isInstanceType = EiCatalog.ClassifyInstanceType(text) != HostKind.Unknown;
            var candidates = isInstanceType ? ImmutableArray<AcceleratorInfo>.Empty : AcceleratorSuggestions.For(text);
            var hint = isInstanceType
                ? $" ('{text}' is an instance type: set it as InstanceType)"
                : $" (did you mean {string.Join(" or ", candidates.Select(c => "'" + c.Name + "'"))}?)";
            sink.Report(
                Descriptors.UnknownAccelerator,
                accelerator.Location,
                FixData.For(accelerator).With(FixProperties.Candidates, candidates.IsEmpty ? null : string.Join(";", candidates.Select(c => c.Name))),
                text,
                hint,
                EiCatalog.AcceleratorNamesText);
            return null;
        }

        if (EiCatalog.SecondGenerationOf(info) is { } eia2)
        {
            sink.Report(
                Descriptors.PreferEia2,
                accelerator.Location,
                FixData.For(accelerator).With(FixProperties.Replacement, eia2.Name),
                info.Name,
                eia2.Name,
                eia2.MemoryGb,
                info.MemoryGb);
        }

        return info;
    }

    /// <summary>EI0006: the host must be a CPU instance; Graviton is a warning (unverified at the service).</summary>
    public static void CheckHosts(ValueSite accelerator, AcceleratorInfo info, IEnumerable<ValueSite> hosts, RuleContext context)
    {
        foreach (var host in hosts)
        {
            var kind = EiCatalog.ClassifyInstanceType(host.Text);
            if (kind is HostKind.Unknown or HostKind.CpuX86 || accelerator.ExcludesOther(host))
            {
                continue;
            }

            var fix = FixData.For(accelerator).WithHosts(new[] { host });
            if (kind == HostKind.Graviton)
            {
                context.Sink.Report(
                    Descriptors.NonCpuHost, accelerator.Location, fix, Descriptors.GravitonSeverity,
                    info.Name, host.Text, kind.Describe(), "EI containers are x86 images and none exists for Graviton (unverified at the service)");
            }
            else
            {
                context.Sink.Report(
                    Descriptors.NonCpuHost, accelerator.Location, fix,
                    info.Name, host.Text, kind.Describe(), "Elastic Inference attaches only to CPU instances");
            }
        }
    }

    /// <summary>EI0002, EI0003, EI0004 and EI0005 for an accelerator that serves a declared model.</summary>
    public static void CheckDeclaredModel(
        ValueSite accelerator, AcceleratorInfo info, DeclaredModel model, AcceleratorHost host, string? notebook, RuleContext context)
    {
        var sink = context.Sink;
        var framework = model.Framework;
        if (!framework.HasEiBuild)
        {
            sink.Report(
                Descriptors.FrameworkWithoutEi, accelerator.Location, FixData.For(accelerator),
                model.Name, framework.DisplayName + " (declared)", info.Name, AdviceOf(framework));
            return;
        }

        if (host == AcceleratorHost.Notebook && !framework.ServedOnNotebooks)
        {
            sink.Report(Descriptors.PyTorchOnNotebookInBuild, accelerator.Location, FixData.For(accelerator), notebook, model.Name, info.Name);
            return;
        }

        CheckMemory(accelerator, info, model.SizeMb, model.Name, context);
    }

    public static void CheckMemory(ValueSite accelerator, AcceleratorInfo info, int? sizeMb, string modelName, RuleContext context)
    {
        if (sizeMb is not int size || size <= 0)
        {
            return;
        }

        var headroom = context.HeadroomAt(accelerator.Location);
        if (headroom.InvalidText is { } invalid)
        {
            context.Sink.Report(
                Descriptors.InvalidHeadroomOption, accelerator.Location, null,
                invalid, Wording.Number(EiCatalog.MinHeadroom), Wording.Number(EiCatalog.MaxHeadroom),
                Wording.Number(EiCatalog.DefaultHeadroom));
        }

        var verdict = Compatibility.CheckMemory(size, info, headroom.Factor);
        if (verdict.Kind == VerdictKind.InsufficientMemory)
        {
            var fit = EiCatalog.SmallestFitting(size, 1.0);
            var suggestion = fit is null
                ? $"; no accelerator has enough memory (the largest, {EiCatalog.AcceleratorsByPreference.Last(a => a.Generation == 2).Name}, has {EiCatalog.Accelerators.Max(a => a.MemoryMb)} MiB)"
                : $"; the smallest that fits is '{fit.Name}'";
            context.Sink.Report(
                Descriptors.InsufficientMemory, accelerator.Location, FixData.For(accelerator).With(FixProperties.Replacement, fit?.Name),
                info.Name, info.MemoryMb, size, modelName, suggestion);
        }
        else if (verdict.Kind == VerdictKind.LowHeadroom)
        {
            var fit = EiCatalog.SmallestFitting(size, headroom.Factor);
            var suggestion = fit is null ? "" : $"; use '{fit.Name}'";
            context.Sink.Report(
                Descriptors.LowHeadroom, accelerator.Location, FixData.For(accelerator).With(FixProperties.Replacement, fit?.Name),
                info.Name, info.MemoryMb, Wording.Ratio(info.MemoryMb, size), size, modelName,
                Wording.Number(headroom.Factor), suggestion);
        }
    }

    public static string AdviceOf(FrameworkInfo framework) => Wording.AdviceClause(framework);
}
