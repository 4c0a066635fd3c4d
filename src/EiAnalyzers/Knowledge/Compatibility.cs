namespace EiAnalyzers.Knowledge;

/// <summary>Where an accelerator is attached: an endpoint variant or a notebook instance.</summary>
internal enum AcceleratorHost
{
    Endpoint,
    Notebook,
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
