namespace EiAnalyzers.Knowledge;

/// <summary>One Elastic Inference accelerator type (ei-facts.md section 1).</summary>
internal sealed class AcceleratorInfo
{
    public AcceleratorInfo(int generation, string size, double f32Tflops, double f16Tflops, int memoryGb)
    {
        Generation = generation;
        Size = size;
        F32Tflops = f32Tflops;
        F16Tflops = f16Tflops;
        MemoryGb = memoryGb;
        Name = "ml.eia" + generation + "." + size;
        GeneratedName = "Eia" + generation + Naming.Capitalize(size);
        SdkFieldName = "Ml" + GeneratedName;
    }

    /// <summary>The API value, e.g. <c>ml.eia2.medium</c>.</summary>
    public string Name { get; }

    public int Generation { get; }

    /// <summary><c>medium</c>, <c>large</c> or <c>xlarge</c>.</summary>
    public string Size { get; }

    public double F32Tflops { get; }

    public double F16Tflops { get; }

    public int MemoryGb { get; }

    /// <summary>The facts' "GB" is GiB and artifact sizes are MiB: 1 GB of accelerator memory is 1024 MiB.</summary>
    public const int MibPerGb = 1024;

    /// <summary>Memory in MiB, the unit of artifact sizes.</summary>
    public int MemoryMb => MemoryGb * MibPerGb;

    /// <summary>The member of the generated <c>EiAccelerators</c> class, e.g. <c>Eia2Medium</c>.</summary>
    public string GeneratedName { get; }

    /// <summary>The field of the SDK's ConstantClass, e.g. <c>MlEia2Medium</c>.</summary>
    public string SdkFieldName { get; }

    public override string ToString() => Name;
}
