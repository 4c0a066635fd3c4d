namespace EiAnalyzers.Knowledge;

/// <summary>The processor behind an instance family (ei-facts.md section 2).</summary>
internal enum HostKind
{
    /// <summary>A family the catalog does not list: never guessed at.</summary>
    Unknown,
    CpuX86,
    Graviton,
    Gpu,
    Inferentia,
    Trainium,
    Habana,
}

internal static class HostKindText
{
    public static string Describe(this HostKind kind) =>
        kind switch
        {
            HostKind.CpuX86 => "CPU (x86)",
            HostKind.Graviton => "Graviton (Arm CPU)",
            HostKind.Gpu => "GPU",
            HostKind.Inferentia => "AWS Inferentia",
            HostKind.Trainium => "AWS Trainium",
            HostKind.Habana => "Habana Gaudi",
            _ => "unknown",
        };
}
