namespace EiAnalyzers.Knowledge;

/// <summary>The processor behind an instance family (ei-facts.md section 2), read from the family's name.</summary>
internal enum HostKind
{
    /// <summary>A family whose name says nothing the catalog knows: never guessed at.</summary>
    Unknown,
    CpuX86,
    Graviton,
    Gpu,
    Inferentia,
    Trainium,
    Habana,
}
