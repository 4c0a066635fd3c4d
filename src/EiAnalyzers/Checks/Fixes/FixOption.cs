using System.Collections.Immutable;

namespace EiAnalyzers.Checks.Fixes;

/// <summary>
/// One fix offered for a finding: its kind (with the rule, its equivalence key) and its edits. The diagnostics layer
/// names it from them ("Use 'ml.eia2.large'", "Move to ml.g4dn.xlarge ...").
/// </summary>
internal sealed record FixOption(FixKind Kind, ImmutableArray<Edit> Edits)
{
    /// <summary>Which of several fixes of the same kind this is (EI0001's candidates), 0 otherwise.</summary>
    public int Index { get; init; }

    public static FixOption Of(FixKind kind, params Edit[] edits) => new(kind, ImmutableArray.Create(edits));
}
