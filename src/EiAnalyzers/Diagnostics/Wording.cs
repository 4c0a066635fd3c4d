using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using EiAnalyzers.Knowledge;

namespace EiAnalyzers;

/// <summary>
/// The English of the diagnostics and of the generated compatibility table, from the catalog's typed answers: the
/// catalog says what is true, this class says it. Every fact in a sentence (versions, dates, counts, the headroom
/// default, MiB per GB) is read from the catalog, never retyped.
/// </summary>
internal static class Wording
{
    /// <summary>The rule a verdict breaks, or null when it breaks none.</summary>
    public static string? RuleId(CompatibilityVerdict verdict) =>
        verdict.Kind switch
        {
            VerdictKind.NoEiBuild => RuleIds.FrameworkWithoutEi,
            VerdictKind.UnsupportedVersion => RuleIds.UnsupportedVersion,
            VerdictKind.NotServedOnNotebooks => RuleIds.PyTorchOnNotebook,
            VerdictKind.InsufficientMemory => RuleIds.InsufficientMemory,
            VerdictKind.LowHeadroom => RuleIds.LowMemoryHeadroom,
            _ => null,
        };

    /// <summary>Why, in one clause, as the generated table's Reason and Warning print it after the rule ID; null when compatible.</summary>
    public static string? Reason(CompatibilityVerdict verdict)
    {
        var framework = verdict.Framework;
        var accelerator = verdict.Accelerator;
        return verdict.Kind switch
        {
            VerdictKind.NoEiBuild => $"{Capitalized(framework!.DisplayName)} has no Elastic Inference build{AdviceClause(framework)}",
            VerdictKind.UnsupportedVersion =>
                $"{framework!.DisplayName} {verdict.Version} has no Elastic Inference build; supported versions: {framework.SupportedVersionsText}",
            VerdictKind.NotServedOnNotebooks =>
                $"EI-enabled {framework!.DisplayName} is not supported on notebook instances (local mode works for {NotebookFrameworks})",
            VerdictKind.InsufficientMemory =>
                $"{accelerator!.Name} has {accelerator.MemoryMb} MiB of memory, less than the {verdict.SizeMb} MiB artifact",
            VerdictKind.LowHeadroom =>
                $"{accelerator!.Name} has {accelerator.MemoryMb} MiB of memory, {Ratio(accelerator.MemoryMb, verdict.SizeMb)}x the {verdict.SizeMb} MiB artifact, below the {Number(verdict.Factor)}x headroom",
            _ => null,
        };
    }

    /// <summary>The kind with its article, to read "attached to 'ml.inf1.xlarge', an AWS Inferentia instance".</summary>
    public static string Describe(this HostKind kind) =>
        kind switch
        {
            HostKind.CpuX86 => "a CPU (x86)",
            HostKind.Graviton => "a Graviton (Arm CPU)",
            HostKind.Gpu => "a GPU",
            HostKind.Inferentia => "an AWS Inferentia",
            HostKind.Trainium => "an AWS Trainium",
            HostKind.Habana => "a Habana Gaudi",
            _ => "an unknown",
        };

    /// <summary>What to do instead, from the framework's facts: import ONNX into MXNet; save PyTorch as TorchScript. Null when nothing.</summary>
    public static string? Advice(FrameworkInfo framework) =>
        framework.ImportInto is { } target
            ? $"import the {framework.DisplayName} model into {target.Member} and serve it as an {target.Member} model"
            : framework.RequiredModelFormat is { } format
                ? $"the model must be saved as {format}"
                : null;

    /// <summary>The advice as a clause appended to a sentence ("; import ..."), or empty.</summary>
    public static string AdviceClause(FrameworkInfo framework) => Advice(framework) is { } advice ? "; " + advice : "";

    /// <summary>The frameworks whose EI builds run in local mode on a notebook instance: "TensorFlow and MXNet".</summary>
    public static string NotebookFrameworks =>
        And(EiCatalog.Frameworks.Where(f => f.Support == EiSupport.VersionedFramework && f.ServedOnNotebooks).Select(f => f.Member));

    /// <summary>Every framework and built-in with an EI build: "TensorFlow, Apache MXNet, PyTorch, ... and the Object Detection built-in algorithm".</summary>
    public static string EiFrameworks => And(EiCatalog.Frameworks.Where(f => f.HasEiBuild).Select(f => f.DisplayName));

    /// <summary>The EI versions of every framework: "TensorFlow 1.10.0, ..., 2.3.0; Apache MXNet ...; PyTorch 1.3.1, 1.5.1".</summary>
    public static string EiVersionsByFramework =>
        string.Join("; ", EiCatalog.Frameworks.Where(f => f.Support == EiSupport.VersionedFramework).Select(f => f.DisplayName + " " + f.SupportedVersionsText));

    /// <summary>AWS's replacement hosts with their kinds: "ml.g4dn.xlarge (a GPU instance) or ml.inf1.xlarge (an AWS Inferentia instance)".</summary>
    public static string MigrationHostsDescribed =>
        string.Join(" or ", EiCatalog.MigrationHosts.Select(h => $"{h} ({EiCatalog.ClassifyInstanceType(h).Describe()} instance)"));

    /// <summary>A small count in words ("six regions"), digits from 13 on.</summary>
    public static string Count(int count)
    {
        var words = new[] { "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve" };
        return count >= 0 && count < words.Length ? words[count] : count.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Numbers in messages and generated code are culture-invariant: a build on a German machine reads the same.</summary>
    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Ratio(int memoryMb, int sizeMb) => Number((double)memoryMb / sizeMb);

    /// <summary>"a, b and c".</summary>
    public static string And(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count <= 1 ? string.Join("", list) : string.Join(", ", list.Take(list.Count - 1)) + " and " + list[list.Count - 1];
    }

    private static string Capitalized(string text) => text.StartsWith("a ", System.StringComparison.Ordinal) ? text : Naming.Capitalize(text);
}
