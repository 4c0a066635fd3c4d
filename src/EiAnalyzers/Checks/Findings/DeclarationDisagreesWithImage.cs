using EiAnalyzers.Description;
using EiAnalyzers.Knowledge;
using Microsoft.CodeAnalysis;

namespace EiAnalyzers.Checks.Findings;

/// <summary>EI0015: a declaration whose framework or version disagrees with the image the model is created with.</summary>
internal sealed record DeclarationDisagreesWithImage(Location Where, DeclaredModelDescription Declared, ImageReference Image, FrameworkInfo ImageFramework)
    : Finding(Where);
