using System.Collections.Immutable;
using System.Linq;
using EiAnalyzers.Declarations;
using EiAnalyzers.Description;
using EiAnalyzers.Knowledge;
using Microsoft.CodeAnalysis;

namespace EiAnalyzers.Reading;

/// <summary>Reads an <c>[EiModel]</c> class into its neutral description (through the one declaration reader the generator uses too).</summary>
internal static class DeclarationReader
{
    /// <summary>Every part of a declaration, in the order of <see cref="DeclaredModelDescription.Locations"/> (read once: reflection is slow).</summary>
    private static readonly Declarations.DeclarationPart[] Parts = (Declarations.DeclarationPart[])System.Enum.GetValues(typeof(Declarations.DeclarationPart));

    /// <summary>Whether <paramref name="type"/> has an <c>[EiModel]</c> (its attributes are bound once, by the compiler too).</summary>
    public static bool HasAttribute(INamedTypeSymbol type, INamedTypeSymbol attributeType) => AttributeOn(type, attributeType) is not null;

    /// <summary>The declaration on <paramref name="type"/>, or null when it has no <c>[EiModel]</c>.</summary>
    public static DeclaredModelDescription? Read(INamedTypeSymbol type, INamedTypeSymbol attributeType)
    {
        if (AttributeOn(type, attributeType) is not { } attribute)
        {
            return null;
        }

        var declaration = ModelDeclaration.Read(attribute, type);
        return new DeclaredModelDescription
        {
            TypeName = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            Name = declaration.Name ?? "",
            Framework = declaration.Framework ?? EiCatalog.Other,
            Version = declaration.Version ?? "",
            SizeMb = declaration.ArtifactSizeMb,
            Notebooks = declaration.Notebooks,
            Problems = declaration.Problems
                .Select(p => new Description.DeclarationProblem((Description.DeclarationPart)(int)p.Part, p.Message))
                .ToImmutableArray(),
            Locations = Parts.Select(part => ModelDeclaration.LocationOf(attribute, part, type)).ToImmutableArray(),
        };
    }

    private static AttributeData? AttributeOn(INamedTypeSymbol type, INamedTypeSymbol attributeType)
    {
        foreach (var attribute in type.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType))
            {
                return attribute;
            }
        }

        return null;
    }
}
