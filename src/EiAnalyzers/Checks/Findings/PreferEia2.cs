using EiAnalyzers.Description;
using EiAnalyzers.Knowledge;

namespace EiAnalyzers.Checks.Findings;

/// <summary>EI0014: eia1 where the eia2 of the same size has twice the memory.</summary>
internal sealed record PreferEia2(ValueSite Accelerator, AcceleratorInfo Eia1, AcceleratorInfo Eia2) : Finding(Accelerator.Location);
