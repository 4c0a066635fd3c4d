using EiAnalyzers.Description;
using EiAnalyzers.Knowledge;
using Microsoft.CodeAnalysis;

namespace EiAnalyzers.Checks.Findings;

/// <summary>EI0015: a second declaration of a model name; the first (by type name) is used.</summary>
internal sealed record DuplicateDeclaration(Location Where, string Model, string FirstType) : Finding(Where);
