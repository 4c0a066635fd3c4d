namespace EiAnalyzers.Knowledge;

/// <summary>Where an accelerator is attached: an endpoint variant or a notebook instance.</summary>
internal enum AcceleratorHost
{
    Endpoint,
    Notebook,
}

/// <summary>The first rule an accelerator breaks for a model, or none; shared by the generator's table and the rules.</summary>
internal readonly struct Verdict
{
    private Verdict(string? ruleId, string? reason)
    {
        RuleId = ruleId;
        Reason = reason;
    }

    public static Verdict Compatible => default;

    /// <summary>The rule broken (EI0002, EI0003, EI0004, EI0005, EI0007), or null.</summary>
    public string? RuleId { get; }

    public string? Reason { get; }

    /// <summary>False for the error-level rules; EI0005 (low headroom) still works, so it stays compatible.</summary>
    public bool IsCompatible => RuleId is null or RuleIds.LowMemoryHeadroom;

    public static Verdict Breaks(string ruleId, string reason) => new(ruleId, reason);
}

internal static class Compatibility
{
    /// <summary>Why <paramref name="framework"/> at <paramref name="version"/> can never use EI, or compatible.</summary>
    public static Verdict CheckModel(FrameworkInfo framework, string? version)
    {
        if (!framework.HasEiBuild)
        {
            var advice = framework.Advice is null ? "" : "; " + framework.Advice;
            return Verdict.Breaks(RuleIds.FrameworkWithoutEi, $"{Capitalized(framework.DisplayName)} has no Elastic Inference build{advice}");
        }

        if (!framework.SupportsVersion(version))
        {
            return Verdict.Breaks(
                RuleIds.UnsupportedVersion,
                $"{framework.DisplayName} {version} has no Elastic Inference build; supported versions: {framework.SupportedVersionsText}");
        }

        return Verdict.Compatible;
    }

    /// <summary>Whether <paramref name="accelerator"/> serves the model on <paramref name="host"/>.</summary>
    public static Verdict Check(
        FrameworkInfo framework, string? version, int? sizeMb, AcceleratorInfo accelerator, AcceleratorHost host, double headroom)
    {
        var model = CheckModel(framework, version);
        if (model.RuleId is not null)
        {
            return model;
        }

        if (host == AcceleratorHost.Notebook && !framework.ServedOnNotebooks)
        {
            return Verdict.Breaks(
                RuleIds.PyTorchOnNotebook,
                $"EI-enabled {framework.DisplayName} is not supported on notebook instances (local mode works for TensorFlow and MXNet)");
        }

        return CheckMemory(sizeMb, accelerator, headroom);
    }

    /// <summary>EI0004 when the artifact is larger than the memory, EI0005 when the headroom is below the factor.</summary>
    public static Verdict CheckMemory(int? sizeMb, AcceleratorInfo accelerator, double headroom)
    {
        if (sizeMb is not int size || size <= 0)
        {
            return Verdict.Compatible;
        }

        if (size > accelerator.MemoryMb)
        {
            return Verdict.Breaks(
                RuleIds.InsufficientMemory,
                $"{accelerator.Name} has {accelerator.MemoryMb} MiB of memory, less than the {size} MiB artifact");
        }

        if (size * headroom > accelerator.MemoryMb)
        {
            return Verdict.Breaks(
                RuleIds.LowMemoryHeadroom,
                $"{accelerator.Name} has {accelerator.MemoryMb} MiB of memory, {Ratio(accelerator.MemoryMb, size)}x the {size} MiB artifact, below the {Number(headroom)}x headroom");
        }

        return Verdict.Compatible;
    }

    public static string Ratio(int memoryMb, int sizeMb) => Number((double)memoryMb / sizeMb);

    /// <summary>Numbers in messages and generated code are culture-invariant: a build on a German machine reads the same.</summary>
    public static string Number(double value) => value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);

    private static string Capitalized(string text) => text.StartsWith("a ", System.StringComparison.Ordinal) ? text : Naming.Capitalize(text);
}
