using System.Collections.Immutable;
using EiAnalyzers.Description;
using EiAnalyzers.Knowledge;

namespace EiAnalyzers.Checks.Findings;

/// <summary>EI0001: a value that is not one of the accelerator types (or one in the wrong case where the service receives it as written).</summary>
internal sealed record UnknownAccelerator(ValueSite Value, ImmutableArray<AcceleratorInfo> Candidates, bool IsInstanceType) : Finding(Value.Location)
{
    /// <summary>The type it names in another case, where the value is sent as written (<c>ML.EIA2.MEDIUM</c>).</summary>
    public AcceleratorInfo? WrongCaseOf { get; init; }
}
