using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace EiAnalyzers.Declarations;

/// <summary>
/// The values an <c>[EiModel]</c> attribute gives, before they are checked: read from its binding
/// (<see cref="From(AttributeData)"/>) or, by the generator, from its syntax where the arguments are literals.
/// </summary>
internal sealed class DeclarationValues
{
    public DeclarationValues(bool hasConstructorArguments, string? name, int? frameworkValue, string? version, int? artifactSizeMb, ImmutableArray<object?>? notebooks)
    {
        HasConstructorArguments = hasConstructorArguments;
        Name = name;
        FrameworkValue = frameworkValue;
        Version = version;
        ArtifactSizeMb = artifactSizeMb;
        Notebooks = notebooks;
    }

    /// <summary>The three constructor arguments bind (else the others are null).</summary>
    public bool HasConstructorArguments { get; }

    public string? Name { get; }

    public int? FrameworkValue { get; }

    public string? Version { get; }

    /// <summary>The last <c>ArtifactSizeMb</c> given as an int, or null.</summary>
    public int? ArtifactSizeMb { get; }

    /// <summary>The elements (strings, or what else was written) of the last <c>Notebooks</c> array that is not null, or null when there is none.</summary>
    public ImmutableArray<object?>? Notebooks { get; }

    public static DeclarationValues From(AttributeData attribute)
    {
        var arguments = attribute.ConstructorArguments;
        var hasArguments = attribute.AttributeConstructor is not null && arguments.Length == 3 && !arguments.Any(a => a.Kind == TypedConstantKind.Error);
        int? size = null;
        ImmutableArray<object?>? notebooks = null;
        foreach (var named in attribute.NamedArguments)
        {
            switch (named.Key)
            {
                case ModelDeclaration.ArtifactSizeProperty when named.Value.Value is int megabytes:
                    size = megabytes;
                    break;
                case ModelDeclaration.NotebooksProperty when named.Value.Kind == TypedConstantKind.Array && !named.Value.IsNull:
                    notebooks = named.Value.Values.Select(v => v.Value).ToImmutableArray();
                    break;
            }
        }

        return new DeclarationValues(
            hasArguments,
            hasArguments ? arguments[0].Value as string : null,
            hasArguments && arguments[1].Value is int value ? value : null,
            hasArguments ? arguments[2].Value as string : null,
            size,
            notebooks);
    }
}
