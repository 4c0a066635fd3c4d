using System.Collections.Immutable;
using System.Linq;
using EiAnalyzers.Knowledge;
using Microsoft.CodeAnalysis;

namespace EiAnalyzers.Declarations;

/// <summary>An <c>[EiModel]</c> class as the analyzers see it: the declaration, where it is written, and whether it is usable.</summary>
internal sealed class DeclaredModel
{
    private DeclaredModel(INamedTypeSymbol type, AttributeData attribute, ModelDeclaration declaration)
    {
        Declaration = declaration;
        TypeName = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        Locations = Enumerate(attribute, type);
    }

    public ModelDeclaration Declaration { get; }

    /// <summary>The fully qualified type name: duplicates are resolved by it, as the generator does.</summary>
    public string TypeName { get; }

    /// <summary>Where each part of the declaration is written, indexed by <see cref="DeclarationPart"/>.</summary>
    public ImmutableArray<Location?> Locations { get; }

    public bool IsValid => Declaration.IsValid;

    public string Name => Declaration.Name ?? "";

    public FrameworkInfo Framework => Declaration.Framework ?? EiCatalog.Other;

    public string Version => Declaration.Version ?? "";

    public int? SizeMb => Declaration.ArtifactSizeMb;

    public ImmutableArray<string> Notebooks => Declaration.Notebooks;

    public Location? LocationOf(DeclarationPart part) => Locations[(int)part];

    /// <summary>The declaration on <paramref name="type"/>, or null when it has no <c>[EiModel]</c>.</summary>
    public static DeclaredModel? Read(INamedTypeSymbol type, INamedTypeSymbol attributeType)
    {
        var attribute = type.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attributeType));
        return attribute is null ? null : new DeclaredModel(type, attribute, ModelDeclaration.Read(attribute, type));
    }

    private static ImmutableArray<Location?> Enumerate(AttributeData attribute, INamedTypeSymbol type)
    {
        var parts = (DeclarationPart[])System.Enum.GetValues(typeof(DeclarationPart));
        return parts.Select(part => ModelDeclaration.LocationOf(attribute, part, type)).ToImmutableArray();
    }
}
