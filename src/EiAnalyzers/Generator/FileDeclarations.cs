using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using EiAnalyzers.Declarations;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EiAnalyzers.Generator;

/// <summary>
/// What one file declares, read in one walk of its declarations (types are never declared in method bodies, usings
/// never inside a type) and kept as long as its syntax tree: what finding the <c>[EiModel]</c> candidates needs (the
/// attribute names on its classes and records, its using aliases to <c>EiModel</c>) and what the syntactic read of
/// them needs (<see cref="DeclarationSyntaxFacts"/>). One walk and one cache entry per file: a build reads each file
/// once, a keystroke only the file it changed.
/// </summary>
internal sealed class FileDeclarations
{
    private static readonly ConditionalWeakTable<SyntaxTree, FileDeclarations> Cache = new();

    private FileDeclarations(string[] attributeNames, string[] aliasNames, bool declaresBindingName, bool importsGlobally, TypeDeclarationSyntax[] types)
    {
        AttributeNames = attributeNames;
        AliasNames = aliasNames;
        DeclaresBindingName = declaresBindingName;
        ImportsGlobally = importsGlobally;
        Types = types;
    }

    /// <summary>The simple names of the attributes on its classes and records.</summary>
    public string[] AttributeNames { get; }

    /// <summary>Its using aliases whose target is named <c>EiModel</c> or <c>EiModelAttribute</c>.</summary>
    public string[] AliasNames { get; }

    /// <summary>It declares a type, member, type parameter, alias or nested namespace with a binding name (<see cref="DeclarationSyntaxFacts.BindingNames"/>).</summary>
    public bool DeclaresBindingName { get; }

    /// <summary>It has <c>global using SageMaker.ElasticInference;</c>.</summary>
    public bool ImportsGlobally { get; }

    /// <summary>Its type declarations, nested ones included, in the order of the file.</summary>
    public TypeDeclarationSyntax[] Types { get; }

    public static FileDeclarations Of(SyntaxTree tree, CancellationToken cancellationToken) =>
        Cache.TryGetValue(tree, out var read) ? read : Cache.GetValue(tree, t => Read(t.GetRoot(cancellationToken)));

    private static FileDeclarations Read(SyntaxNode root)
    {
        var attributeNames = new HashSet<string>(System.StringComparer.Ordinal);
        HashSet<string>? aliasNames = null;
        var declares = false;
        var imports = false;
        var types = new List<TypeDeclarationSyntax>();
        foreach (var node in root.DescendantNodes(static n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax))
        {
            switch (node)
            {
                case UsingDirectiveSyntax directive:
                    if (directive.Alias is { } alias)
                    {
                        declares |= DeclarationSyntaxFacts.IsBindingName(alias.Name.Identifier.ValueText);
                        if (directive.Name is { } target && DeclarationNames.SimpleName(target) is ModelDeclaration.AttributeName or ModelDeclaration.AttributeTypeName)
                        {
                            (aliasNames ??= new HashSet<string>(System.StringComparer.Ordinal)).Add(alias.Name.Identifier.ValueText);
                        }
                    }

                    imports |= directive.GlobalKeyword.RawKind != 0 && directive.Alias is null && directive.StaticKeyword.RawKind == 0
                        && directive.Name is { } imported && DeclarationSyntaxFacts.NameText(imported) is ModelDeclaration.AttributeNamespace or "global::" + ModelDeclaration.AttributeNamespace;
                    break;
                case ExternAliasDirectiveSyntax externAlias:
                    declares |= DeclarationSyntaxFacts.IsBindingName(externAlias.Identifier.ValueText);
                    break;
                case BaseNamespaceDeclarationSyntax ns:
                    // SageMaker (and SageMaker.ElasticInference) first in a top-level namespace is the generated namespace itself.
                    var names = ns.Name.DescendantNodesAndSelf().OfType<SimpleNameSyntax>().Select(n => n.Identifier.ValueText).ToList();
                    var own = ns.Parent is BaseNamespaceDeclarationSyntax ? 0 : names.Count >= 2 && names[0] == "SageMaker" && names[1] == "ElasticInference" ? 2 : 1;
                    declares |= names.Skip(own).Any(DeclarationSyntaxFacts.IsBindingName);
                    break;
                case TypeDeclarationSyntax type:
                    declares = declares || DeclaresBindingNameIn(type);
                    types.Add(type);
                    if (DeclarationNames.IsModelKind(type))
                    {
                        foreach (var list in type.AttributeLists)
                        {
                            foreach (var attribute in list.Attributes)
                            {
                                attributeNames.Add(DeclarationNames.SimpleName(attribute.Name));
                            }
                        }
                    }

                    break;
                case BaseTypeDeclarationSyntax other:
                    declares |= DeclarationSyntaxFacts.IsBindingName(other.Identifier.ValueText);
                    break;
                case DelegateDeclarationSyntax @delegate:
                    declares |= DeclarationSyntaxFacts.IsBindingName(@delegate.Identifier.ValueText)
                        || (@delegate.TypeParameterList?.Parameters.Any(p => DeclarationSyntaxFacts.IsBindingName(p.Identifier.ValueText)) ?? false);
                    break;
            }
        }

        return new FileDeclarations(
            attributeNames.ToArray(), aliasNames?.ToArray() ?? System.Array.Empty<string>(), declares, imports, types.ToArray());
    }

    private static bool DeclaresBindingNameIn(TypeDeclarationSyntax type) =>
        DeclarationSyntaxFacts.IsBindingName(type.Identifier.ValueText)
        || (type.TypeParameterList?.Parameters.Any(p => DeclarationSyntaxFacts.IsBindingName(p.Identifier.ValueText)) ?? false)
        || DeclarationSyntaxFacts.DeclaredNames(type).Any(DeclarationSyntaxFacts.IsBindingName);
}
