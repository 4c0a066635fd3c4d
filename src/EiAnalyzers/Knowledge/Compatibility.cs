namespace EiAnalyzers.Knowledge;

/// <summary>Where an accelerator is attached: an endpoint variant or a notebook instance.</summary>
internal enum AcceleratorHost
{
    Endpoint,
    Notebook,
}

/// <summary>The first fact an accelerator breaks for a model, in the order the rules check them.</summary>
internal enum VerdictKind
{
    Compatible,

    /// <summary>The framework or built-in algorithm has no EI build at all.</summary>
    NoEiBuild,

    /// <summary>The framework has EI builds, but not of this version.</summary>
    UnsupportedVersion,

    /// <summary>The framework's EI build does not run in local mode on a notebook instance (PyTorch).</summary>
    NotServedOnNotebooks,

    /// <summary>The accelerator's memory is smaller than the artifact.</summary>
    InsufficientMemory,

    /// <summary>The memory is at least the artifact's size, but below the headroom factor times it: it still works.</summary>
    LowHeadroom,
}

/// <summary>Whether an accelerator serves a model, and the facts behind the answer; shared by the generator's table and the rules.</summary>
internal readonly struct CompatibilityVerdict
{
    private CompatibilityVerdict(VerdictKind kind, FrameworkInfo? framework, string? version, AcceleratorInfo? accelerator, int sizeMb, double factor)
    {
        Kind = kind;
        Framework = framework;
        Version = version;
        Accelerator = accelerator;
        SizeMb = sizeMb;
        Factor = factor;
    }

    public static CompatibilityVerdict Compatible => default;

    public VerdictKind Kind { get; }

    /// <summary>The framework, for <see cref="VerdictKind.NoEiBuild"/>, <see cref="VerdictKind.UnsupportedVersion"/> and <see cref="VerdictKind.NotServedOnNotebooks"/>.</summary>
    public FrameworkInfo? Framework { get; }

    /// <summary>The version without an EI build, for <see cref="VerdictKind.UnsupportedVersion"/>.</summary>
    public string? Version { get; }

    /// <summary>The accelerator, for the memory verdicts.</summary>
    public AcceleratorInfo? Accelerator { get; }

    /// <summary>The artifact size in MiB, for the memory verdicts.</summary>
    public int SizeMb { get; }

    /// <summary>The headroom factor, for <see cref="VerdictKind.LowHeadroom"/>.</summary>
    public double Factor { get; }

    /// <summary>False for the verdicts that stop the model from being served; low headroom still works.</summary>
    public bool IsCompatible => Kind is VerdictKind.Compatible or VerdictKind.LowHeadroom;

    public static CompatibilityVerdict NoEiBuild(FrameworkInfo framework) => new(VerdictKind.NoEiBuild, framework, null, null, 0, 0);

    public static CompatibilityVerdict UnsupportedVersion(FrameworkInfo framework, string? version) =>
        new(VerdictKind.UnsupportedVersion, framework, version, null, 0, 0);

    public static CompatibilityVerdict NotServedOnNotebooks(FrameworkInfo framework) => new(VerdictKind.NotServedOnNotebooks, framework, null, null, 0, 0);

    public static CompatibilityVerdict InsufficientMemory(AcceleratorInfo accelerator, int sizeMb) =>
        new(VerdictKind.InsufficientMemory, null, null, accelerator, sizeMb, 0);

    public static CompatibilityVerdict LowHeadroom(AcceleratorInfo accelerator, int sizeMb, double factor) =>
        new(VerdictKind.LowHeadroom, null, null, accelerator, sizeMb, factor);

    public override string ToString() => Kind.ToString();
}

internal static class Compatibility
{
    /// <summary>Why <paramref name="framework"/> at <paramref name="version"/> can never use EI, or compatible.</summary>
    public static CompatibilityVerdict CheckModel(FrameworkInfo framework, string? version)
    {
        if (!framework.HasEiBuild)
        {
            return CompatibilityVerdict.NoEiBuild(framework);
        }

        return framework.SupportsVersion(version) ? CompatibilityVerdict.Compatible : CompatibilityVerdict.UnsupportedVersion(framework, version);
    }

    /// <summary>Whether <paramref name="accelerator"/> serves the model on <paramref name="host"/>.</summary>
    public static CompatibilityVerdict Check(
        FrameworkInfo framework, string? version, int? sizeMb, AcceleratorInfo accelerator, AcceleratorHost host, double headroom)
    {
        var model = CheckModel(framework, version);
        if (model.Kind != VerdictKind.Compatible)
        {
            return model;
        }

        if (host == AcceleratorHost.Notebook && !framework.ServedOnNotebooks)
        {
            return CompatibilityVerdict.NotServedOnNotebooks(framework);
        }

        return CheckMemory(sizeMb, accelerator, headroom);
    }

    /// <summary>Insufficient memory when the artifact is larger than the memory, low headroom when below the factor.</summary>
    public static CompatibilityVerdict CheckMemory(int? sizeMb, AcceleratorInfo accelerator, double headroom)
    {
        if (sizeMb is not int size || size <= 0)
        {
            return CompatibilityVerdict.Compatible;
        }

        if (size > accelerator.MemoryMb)
        {
            return CompatibilityVerdict.InsufficientMemory(accelerator, size);
        }

        return size * headroom > accelerator.MemoryMb ? CompatibilityVerdict.LowHeadroom(accelerator, size, headroom) : CompatibilityVerdict.Compatible;
    }
}
