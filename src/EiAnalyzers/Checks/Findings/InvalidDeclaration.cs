using EiAnalyzers.Description;
using EiAnalyzers.Knowledge;
using Microsoft.CodeAnalysis;

namespace EiAnalyzers.Checks.Findings;

/// <summary>EI0015: a declaration the generator cannot generate for, with the reason.</summary>
internal sealed record InvalidDeclaration(Location Where, string Reason) : Finding(Where);
