using System.Collections.Immutable;
using EiAnalyzers.Checks.Fixes;
using Microsoft.CodeAnalysis;

namespace EiAnalyzers.Checks.Findings;

/// <summary>
/// Something wrong with a described configuration, as typed data: what, where, and the fixes that correct it. Knows
/// nothing of rule IDs' texts or of the code that was read; the diagnostics layer words and reports it.
/// </summary>
internal abstract record Finding(Location Location)
{
    public ImmutableArray<FixOption> Fixes { get; init; } = ImmutableArray<FixOption>.Empty;

    /// <summary>Other places shown with the diagnostic (the image a declaration disagrees with).</summary>
    public ImmutableArray<Location> Related { get; init; } = ImmutableArray<Location>.Empty;
}
