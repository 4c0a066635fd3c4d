namespace EiAnalyzers.Knowledge;

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
