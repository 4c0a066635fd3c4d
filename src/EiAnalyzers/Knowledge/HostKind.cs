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
}
