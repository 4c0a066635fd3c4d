using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using EiAnalyzers.Declarations;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EiAnalyzers.Generator;

/// <summary>
/// What the syntactic read of the declarations needs to know of the whole compilation, from syntax only (one cached <see cref="FileDeclarations"/> per file): whether any
/// declaration could make <c>EiModel</c>, <c>EiFramework</c> or <c>SageMaker</c> bind to something else, which files
/// import the generated namespace globally, and for each type named like a declaration or one of its containing types
/// (by its full name, parts merged) whether a part is partial, which generated member names it declares, and how many
/// <c>[EiModel]</c> attributes it carries. A keystroke reads only the file it changed; the per-type facts only for the few types the declarations name, not for every type of the project.
/// </summary>
internal sealed class DeclarationSyntaxFacts
{
    /// <summary>The names whose declaration anywhere could change what the attribute and its arguments bind to.</summary>
    public static readonly ImmutableArray<string> BindingNames = ImmutableArray.Create(
        ModelDeclaration.AttributeName, ModelDeclaration.AttributeTypeName, "EiFramework", "SageMaker", "ElasticInference");

    // Asked of every member name of every file: a HashSet, not an ImmutableHashSet.
    private static readonly HashSet<string> BindingNameSet = new(BindingNames, StringComparer.Ordinal);

    public static bool IsBindingName(string name) => BindingNameSet.Contains(name);

    private readonly Dictionary<string, TypeFacts> types;

    private DeclarationSyntaxFacts(bool declaresBindingName, bool importsGlobally, Dictionary<string, TypeFacts> types)
    {
        DeclaresBindingName = declaresBindingName;
        ImportsGlobally = importsGlobally;
        this.types = types;
    }

    /// <summary>Some file declares a type, member, type parameter, alias or nested namespace with a <see cref="BindingNames"/> name.</summary>
    public bool DeclaresBindingName { get; }

    /// <summary>Some file has <c>global using SageMaker.ElasticInference;</c>.</summary>
    public bool ImportsGlobally { get; }

    public TypeFacts? Type(string key) => types.TryGetValue(key, out var facts) ? facts : null;

    /// <summary>
    /// The facts the syntactic read of <paramref name="declarations"/> needs: the whole compilation's binding names and
    /// global imports, and the merged parts of every type named like one of them or one of their containing types (a
    /// key and a set for those only: the other types of the project are never looked up).
    /// </summary>
    public static DeclarationSyntaxFacts Of(Compilation compilation, IEnumerable<TypeDeclarationSyntax> declarations, CancellationToken cancellationToken)
    {
        var wanted = new HashSet<string>(
            declarations.SelectMany(d => d.AncestorsAndSelf().OfType<TypeDeclarationSyntax>()).Select(t => t.Identifier.ValueText),
            StringComparer.Ordinal);
        var declares = false;
        var imports = false;
        var types = new Dictionary<string, TypeFacts>(StringComparer.Ordinal);
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (IsOwnDeclarationsFile(tree))
            {
                continue;
            }

            var file = FileDeclarations.Of(tree, cancellationToken);
            declares |= file.DeclaresBindingName;
            imports |= file.ImportsGlobally;
            foreach (var type in file.Types)
            {
                if (wanted.Contains(type.Identifier.ValueText))
                {
                    var key = KeyOf(type, tree);
                    var part = FactsOf(type, tree);
                    types[key] = types.TryGetValue(key, out var merged) ? merged.With(part) : part;
                }
            }
        }

        return new DeclarationSyntaxFacts(declares, imports, types);
    }

    /// <summary>The generator's own post-initialization file, which declares EiModelAttribute and EiFramework themselves.</summary>
    private static bool IsOwnDeclarationsFile(SyntaxTree tree)
    {
        var path = tree.FilePath;
        var folder = typeof(EiModelGenerator).FullName;
        return path.EndsWith(folder + "/" + Emitter.DeclarationsHint, StringComparison.Ordinal)
            || path.EndsWith(folder + "\\" + Emitter.DeclarationsHint, StringComparison.Ordinal);
    }

    /// <summary>A type's key: its namespace and containing types with their arities; a file-local one's file first.</summary>
    public static string KeyOf(TypeDeclarationSyntax type, SyntaxTree tree)
    {
        var parts = new List<string>();
        var isFileLocal = false;
        for (SyntaxNode? node = type; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case TypeDeclarationSyntax declaration:
                    parts.Add(declaration.Identifier.ValueText + "`" + (declaration.TypeParameterList?.Parameters.Count ?? 0));
                    isFileLocal |= declaration.Modifiers.Any(SyntaxKind.FileKeyword);
                    break;
                case BaseNamespaceDeclarationSyntax ns:
                    parts.Add(NameText(ns.Name));
                    break;
            }
        }

        parts.Reverse();
        return (isFileLocal ? tree.FilePath + "|" : "") + string.Join(".", parts);
    }

    /// <summary>A name as written, without trivia: <c>SageMaker.ElasticInference</c>, <c>global::SageMaker.ElasticInference</c>.</summary>
    public static string NameText(NameSyntax name) => name switch
    {
        QualifiedNameSyntax qualified => NameText(qualified.Left) + "." + NameText(qualified.Right),
        AliasQualifiedNameSyntax aliased => aliased.Alias.Identifier.ValueText + "::" + NameText(aliased.Name),
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        _ => name.ToString(),
    };

    /// <summary>What one part of a type says.</summary>
    private static TypeFacts FactsOf(TypeDeclarationSyntax type, SyntaxTree tree) => new(
        type.Modifiers.Any(SyntaxKind.PartialKeyword),
        tree.FilePath.EndsWith(GeneratedMembers.FileSuffix, StringComparison.Ordinal)
            ? ImmutableHashSet<string>.Empty
            : DeclaredNames(type).Where(GeneratedMembers.All.Contains).ToImmutableHashSet(StringComparer.Ordinal),
        type.AttributeLists.SelectMany(l => l.Attributes).Count(a => DeclarationNames.SimpleName(a.Name) is ModelDeclaration.AttributeName or ModelDeclaration.AttributeTypeName));

    /// <summary>The names of the members a type's part declares (nested types, fields, properties, events, methods, record parameters).</summary>
    public static IEnumerable<string> DeclaredNames(TypeDeclarationSyntax type)
    {
        if (type is RecordDeclarationSyntax { ParameterList: { } parameters })
        {
            foreach (var parameter in parameters.Parameters)
            {
                yield return parameter.Identifier.ValueText;
            }
        }

        foreach (var member in type.Members)
        {
            switch (member)
            {
                case BaseFieldDeclarationSyntax field:
                    foreach (var variable in field.Declaration.Variables)
                    {
                        yield return variable.Identifier.ValueText;
                    }

                    break;
                case PropertyDeclarationSyntax { ExplicitInterfaceSpecifier: null } property:
                    yield return property.Identifier.ValueText;
                    break;
                case EventDeclarationSyntax { ExplicitInterfaceSpecifier: null } @event:
                    yield return @event.Identifier.ValueText;
                    break;
                case MethodDeclarationSyntax { ExplicitInterfaceSpecifier: null } method:
                    yield return method.Identifier.ValueText;
                    break;
                case BaseTypeDeclarationSyntax nested:
                    yield return nested.Identifier.ValueText;
                    break;
                case DelegateDeclarationSyntax @delegate:
                    yield return @delegate.Identifier.ValueText;
                    break;
            }
        }
    }

    /// <summary>What the parts of one type in one file say.</summary>
    internal sealed class TypeFacts
    {
        public TypeFacts(bool isPartial, ImmutableHashSet<string> generatedMemberNames, int modelAttributes)
        {
            IsPartial = isPartial;
            GeneratedMemberNames = generatedMemberNames;
            ModelAttributes = modelAttributes;
        }

        /// <summary>A part has the partial modifier.</summary>
        public bool IsPartial { get; }

        /// <summary>The generated member names its parts declare (outside this package's generated files).</summary>
        public ImmutableHashSet<string> GeneratedMemberNames { get; }

        /// <summary>How many attributes that may be <c>[EiModel]</c> its parts carry.</summary>
        public int ModelAttributes { get; }

        public TypeFacts With(TypeFacts other) =>
            new(IsPartial || other.IsPartial, GeneratedMemberNames.Union(other.GeneratedMemberNames), ModelAttributes + other.ModelAttributes);
    }
}
