using System;
using System.Collections.Generic;
using System.Linq;
using EiAnalyzers.Declarations;
using EiAnalyzers.Knowledge;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EiAnalyzers.Generator;

/// <summary>A declared model as the emitter needs it: plain values only (no symbol, syntax or compilation).</summary>
internal sealed record ModelSpec(
    string TypeName,
    string? Namespace,
    EquatableArray<string> TypeDeclarations,
    bool IsValid,
    string Name,
    int FrameworkValue,
    string Version,
    int ArtifactSizeMb,
    EquatableArray<string> Notebooks,
    double Headroom)
{
    public FrameworkInfo Framework => EiCatalog.FindFramework(FrameworkValue) ?? EiCatalog.Other;

    public int? SizeMb => ArtifactSizeMb > 0 ? ArtifactSizeMb : null;
}

/// <summary>Every declared model of the compilation, sorted by type name so the output never depends on file order.</summary>
internal sealed record ModelSet(EquatableArray<ModelSpec> Models)
{
    public static ModelSet Create(IEnumerable<ModelSpec> models)
    {
        var sorted = models.OrderBy(m => m.TypeName, StringComparer.Ordinal).ToList();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var types = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<ModelSpec>(sorted.Count);
        foreach (var model in sorted)
        {
            // The first declaration (by type name) keeps a name; the analyzer reports the others (EI0015). A type gets
            // its members once, even when [EiModel] is written on two of its parts (CS0579): its file name is its own.
            var isDuplicate = model.IsValid && (!types.Add(model.TypeName) || !names.Add(model.Name));
            result.Add(isDuplicate ? model with { IsValid = false } : model);
        }

        return new ModelSet(result.ToEquatableArray());
    }

    public IEnumerable<ModelSpec> Valid => Models.Where(m => m.IsValid);
}

internal static class ModelParser
{
    /// <summary>The model <paramref name="attribute"/> declares on <paramref name="type"/>, declared by <paramref name="target"/>.</summary>
    public static ModelSpec Read(AttributeData attribute, INamedTypeSymbol type, SyntaxNode target, double headroom) => Create(
        type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
        type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : null,
        target,
        ModelDeclaration.Read(attribute, type),
        headroom);

    /// <summary>The model of <paramref name="declaration"/> on the type named <paramref name="typeName"/> (as the symbol displays it), declared by <paramref name="target"/>.</summary>
    public static ModelSpec Create(string typeName, string? typeNamespace, SyntaxNode target, ModelDeclaration declaration, double headroom)
    {
        return new ModelSpec(
            TypeName: typeName,
            Namespace: typeNamespace,
            TypeDeclarations: TypeDeclarations(target).ToEquatableArray(),
            IsValid: declaration.IsValid,
            Name: declaration.Name ?? "",
            FrameworkValue: declaration.FrameworkValue ?? 0,
            Version: declaration.Version ?? "",
            ArtifactSizeMb: declaration.ArtifactSizeMb ?? 0,
            Notebooks: declaration.Notebooks.ToEquatableArray(),
            Headroom: headroom);
    }

    /// <summary><c>partial class Outer</c>, ..., <c>partial class Model</c>: outermost first.</summary>
    private static IEnumerable<string> TypeDeclarations(SyntaxNode target)
    {
        var declarations = new List<string>();
        for (var node = target; node is not null; node = node.Parent)
        {
            if (node is TypeDeclarationSyntax type)
            {
                var keyword = type is RecordDeclarationSyntax record && record.ClassOrStructKeyword.Text.Length > 0
                    ? "record " + record.ClassOrStructKeyword.Text
                    : type.Keyword.Text;
                declarations.Add($"partial {keyword} {type.Identifier.Text}{type.TypeParameterList}");
            }
        }

        declarations.Reverse();
        return declarations;
    }
}
