using System.Collections.Immutable;
using EiAnalyzers.Knowledge;
using Microsoft.CodeAnalysis;

namespace EiAnalyzers.Description;

/// <summary>The part of an <c>[EiModel]</c> declaration a problem is about, so that it is reported there.</summary>
internal enum DeclarationPart
{
    Attribute,
    Name,
    Framework,
    Version,
    ArtifactSize,
    Notebooks,
    Class,
}

/// <summary>What is wrong with a declaration, and where.</summary>
internal sealed record DeclarationProblem(DeclarationPart Part, string Message);

/// <summary>
/// A model declared with <c>[EiModel]</c>: what it says, where each part is written, and what is wrong with it.
/// </summary>
internal sealed record DeclaredModelDescription
{
    /// <summary>The fully qualified type name: duplicates are resolved by it, as the generator does.</summary>
    public string TypeName { get; init; } = "";

    public string Name { get; init; } = "";

    public FrameworkInfo Framework { get; init; } = EiCatalog.Other;

    public string Version { get; init; } = "";

    public int? SizeMb { get; init; }

    public ImmutableArray<string> Notebooks { get; init; } = ImmutableArray<string>.Empty;

    public ImmutableArray<DeclarationProblem> Problems { get; init; } = ImmutableArray<DeclarationProblem>.Empty;

    /// <summary>Where each part is written, indexed by <see cref="DeclarationPart"/>.</summary>
    public ImmutableArray<Location?> Locations { get; init; } = ImmutableArray<Location?>.Empty;

    public bool IsValid => Problems.IsEmpty;

    public Location? LocationOf(DeclarationPart part) => (int)part < Locations.Length ? Locations[(int)part] : null;
}
