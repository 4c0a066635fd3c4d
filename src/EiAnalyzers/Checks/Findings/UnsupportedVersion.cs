using EiAnalyzers.Description;
using EiAnalyzers.Knowledge;
using Microsoft.CodeAnalysis;

namespace EiAnalyzers.Checks.Findings;

/// <summary>EI0007: a framework version with no EI-enabled build.</summary>
internal sealed record UnsupportedVersion(Location Where, FrameworkInfo Framework, string Version) : Finding(Where);
