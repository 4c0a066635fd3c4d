using EiAnalyzers.Description;
using EiAnalyzers.Knowledge;

namespace EiAnalyzers.Checks.Findings;

/// <summary>EI0006: an accelerator on a host that is not an x86 CPU instance.</summary>
internal sealed record NonCpuHost(ValueSite Accelerator, AcceleratorInfo Info, ValueSite Host, HostKind Kind) : Finding(Accelerator.Location);
