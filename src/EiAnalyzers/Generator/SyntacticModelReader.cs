using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using EiAnalyzers.Declarations;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EiAnalyzers.Generator;

/// <summary>
/// Reads an <c>[EiModel]</c> declaration from its syntax alone, where that gives exactly what binding it would: the
/// attribute named <c>EiModel</c> or <c>EiModelAttribute</c> (imported, or qualified with <c>SageMaker.ElasticInference</c>),
/// string, null and int literals, <c>EiFramework.X</c>, <c>new[] { ... }</c> of literals, positional or named arguments,
/// and the class checked from the syntax of all its parts. Anything else (a constant, an alias, a cast, an expression,
/// an escaped keyword name, a name that something declared could shadow) returns null, and the caller binds the
/// declaration. Binding is what costs: the first one in a compilation builds its symbols and binds its references.
/// </summary>
internal static class SyntacticModelReader
{
    private static readonly ImmutableArray<string> ParameterNames = ImmutableArray.Create("name", "framework", "frameworkVersion");

    private const string QualifiedNamespace = ModelDeclaration.AttributeNamespace;
    private const string GlobalNamespace = "global::" + ModelDeclaration.AttributeNamespace;

    /// <summary>The model <paramref name="type"/> declares, or null where only binding can tell.</summary>
    public static ModelSpec? TryRead(TypeDeclarationSyntax type, DeclarationSyntaxFacts facts, double headroom)
    {
        var key = DeclarationSyntaxFacts.KeyOf(type, type.SyntaxTree);
        var candidates = type.AttributeLists.SelectMany(list => list.Attributes)
            .Where(a => DeclarationNames.SimpleName(a.Name) is ModelDeclaration.AttributeName or ModelDeclaration.AttributeTypeName)
            .ToList();
        if (facts.DeclaresBindingName || candidates.Count != 1 || facts.Type(key) is not { ModelAttributes: 1 } typeFacts
            || candidates[0] is not { ArgumentList: { } arguments } attribute || attribute.ContainsDiagnostics
            || ((AttributeListSyntax)attribute.Parent!).Target is { } target && !target.Identifier.IsKind(SyntaxKind.TypeKeyword)
            || !NamesTheAttribute(attribute, facts))
        {
            return null;
        }

        var values = ReadValues(arguments, ImportsNamespace(type, facts));
        var chain = type.AncestorsAndSelf().OfType<TypeDeclarationSyntax>().ToList();
        var namespaces = type.Ancestors().OfType<BaseNamespaceDeclarationSyntax>().Reverse()
            .SelectMany(ns => ns.Name.DescendantNodesAndSelf().OfType<SimpleNameSyntax>().Select(n => n.Identifier.ValueText))
            .ToList();
        if (values is null || chain.Any(t => IsKeyword(t.Identifier.ValueText) || (t.TypeParameterList?.Parameters.Any(p => IsKeyword(p.Identifier.ValueText)) ?? false))
            || namespaces.Any(IsKeyword))
        {
            return null;
        }

        var classProblems = ClassIsServable(type, chain, typeFacts, facts)
            ? Enumerable.Empty<DeclarationProblem>()
            : new[] { new DeclarationProblem(DeclarationPart.Class, "the class cannot get the generated members") };
        var declaration = ModelDeclaration.Check(values, classProblems);
        var ns = namespaces.Count == 0 ? null : string.Join(".", namespaces);
        var typeName = "global::" + (ns is null ? "" : ns + ".") + string.Join(".", chain.AsEnumerable().Reverse().Select(DisplayName));
        return ModelParser.Create(typeName, ns, type, declaration, headroom);
    }

    /// <summary>As <c>ModelDeclaration.ReadClass</c> decides from the symbol (whose messages the analyzer reports).</summary>
    private static bool ClassIsServable(TypeDeclarationSyntax type, List<TypeDeclarationSyntax> chain, DeclarationSyntaxFacts.TypeFacts typeFacts, DeclarationSyntaxFacts facts) =>
        !chain.Any(t => t.Modifiers.Any(SyntaxKind.FileKeyword))
        && !GeneratedMembers.All.Contains(type.Identifier.ValueText)
        && !(type.TypeParameterList?.Parameters.Any(p => GeneratedMembers.All.Contains(p.Identifier.ValueText)) ?? false)
        && typeFacts.GeneratedMemberNames.IsEmpty
        && chain.All(t => facts.Type(DeclarationSyntaxFacts.KeyOf(t, t.SyntaxTree)) is { IsPartial: true });

    /// <summary><c>EiModel</c> where the namespace is imported, or qualified with it.</summary>
    private static bool NamesTheAttribute(AttributeSyntax attribute, DeclarationSyntaxFacts facts) => attribute.Name switch
    {
        IdentifierNameSyntax => ImportsNamespace(attribute, facts),
        QualifiedNameSyntax { Left: var left, Right: IdentifierNameSyntax } => DeclarationSyntaxFacts.NameText(left) is QualifiedNamespace or GlobalNamespace,
        _ => false,
    };

    /// <summary>The generated namespace is imported where <paramref name="node"/> is, or encloses it.</summary>
    private static bool ImportsNamespace(SyntaxNode node, DeclarationSyntaxFacts facts)
    {
        if (facts.ImportsGlobally)
        {
            return true;
        }

        foreach (var scope in node.Ancestors())
        {
            var usings = scope switch
            {
                CompilationUnitSyntax unit => unit.Usings,
                BaseNamespaceDeclarationSyntax ns => ns.Usings,
                _ => default,
            };
            if (usings.Any(u => u.Alias is null && u.StaticKeyword.RawKind == 0 && u.Name is { } name && DeclarationSyntaxFacts.NameText(name) is QualifiedNamespace or GlobalNamespace))
            {
                return true;
            }

            if (scope is BaseNamespaceDeclarationSyntax declared && FullName(declared) is var full && (full == QualifiedNamespace || full.StartsWith(QualifiedNamespace + ".", System.StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static string FullName(BaseNamespaceDeclarationSyntax ns) =>
        string.Join(".", ns.AncestorsAndSelf().OfType<BaseNamespaceDeclarationSyntax>().Reverse().Select(n => DeclarationSyntaxFacts.NameText(n.Name)));

    /// <summary>The attribute's values when every argument is one the syntax reads exactly; null otherwise.</summary>
    private static DeclarationValues? ReadValues(AttributeArgumentListSyntax list, bool frameworkImported)
    {
        var constructor = new ExpressionSyntax?[3];
        var position = 0;
        var outOfPosition = false;
        int? size = null;
        ImmutableArray<object?>? notebooks = null;
        var named = new HashSet<string>();
        foreach (var argument in list.Arguments)
        {
            if (argument.NameEquals is { } property)
            {
                var propertyName = property.Name.Identifier.ValueText;
                if (!named.Add(propertyName))
                {
                    return null;
                }

                switch (propertyName)
                {
                    case ModelDeclaration.ArtifactSizeProperty when Int(argument.Expression) is int megabytes:
                        size = megabytes;
                        break;
                    case ModelDeclaration.NotebooksProperty when argument.Expression.IsKind(SyntaxKind.NullLiteralExpression):
                        break;
                    case ModelDeclaration.NotebooksProperty when Strings(argument.Expression) is { } values:
                        notebooks = values;
                        break;
                    default:
                        return null;
                }

                continue;
            }

            // A constructor argument by position, or by its parameter's name; none by position after one named out of its position.
            var index = argument.NameColon is { } parameter ? ParameterNames.IndexOf(parameter.Name.Identifier.ValueText) : position;
            if (named.Count > 0 || index < 0 || index >= constructor.Length || constructor[index] is not null || (argument.NameColon is null && outOfPosition))
            {
                return null;
            }

            outOfPosition |= index != position;
            constructor[index] = argument.Expression;
            position++;
        }

        if (constructor.Any(e => e is null)
            || !TryString(constructor[0]!, out var name) || Framework(constructor[1]!, frameworkImported) is not int framework || !TryString(constructor[2]!, out var version))
        {
            return null;
        }

        return new DeclarationValues(hasConstructorArguments: true, name, framework, version, size, notebooks);
    }

    private static bool TryString(ExpressionSyntax expression, out string? value)
    {
        value = null;
        switch (expression)
        {
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                value = (string?)literal.Token.Value;
                return true;
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.NullLiteralExpression):
                return true;
            default:
                return false;
        }
    }

    private static int? Int(ExpressionSyntax expression) => expression switch
    {
        LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.NumericLiteralExpression) && literal.Token.Value is int value => value,
        PrefixUnaryExpressionSyntax { OperatorToken.RawKind: (int)SyntaxKind.MinusToken, Operand: LiteralExpressionSyntax literal }
            when literal.IsKind(SyntaxKind.NumericLiteralExpression) && literal.Token.Value is int value => -value,
        _ => null,
    };

    /// <summary><c>EiFramework.X</c> (imported, or qualified) for a member X of the generated enum.</summary>
    private static int? Framework(ExpressionSyntax expression, bool imported)
    {
        if (expression is not MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression, Name: IdentifierNameSyntax member } access)
        {
            return null;
        }

        var enumName = access.Expression switch
        {
            IdentifierNameSyntax identifier when imported => identifier.Identifier.ValueText,
            MemberAccessExpressionSyntax or AliasQualifiedNameSyntax => access.Expression.ToString().Replace(" ", ""),
            _ => null,
        };
        return enumName is "EiFramework" or QualifiedNamespace + ".EiFramework" or GlobalNamespace + ".EiFramework"
            ? EiAnalyzers.Knowledge.EiCatalog.Frameworks.FirstOrDefault(f => f.Member == member.Identifier.ValueText)?.Value
            : null;
    }

    /// <summary><c>new[] { "a", ... }</c>, <c>new string[] { ... }</c> or <c>new string[0]</c> of string and null literals.</summary>
    private static ImmutableArray<object?>? Strings(ExpressionSyntax expression)
    {
        InitializerExpressionSyntax? initializer;
        switch (expression)
        {
            case ImplicitArrayCreationExpressionSyntax implicitArray:
                initializer = implicitArray.Initializer;
                if (!initializer.Expressions.Any(e => e.IsKind(SyntaxKind.StringLiteralExpression)))
                {
                    return null;
                }

                break;
            case ArrayCreationExpressionSyntax { Type: { ElementType: PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.StringKeyword }, RankSpecifiers: [{ Sizes: [var size] }] } } array:
                initializer = array.Initializer;
                if (initializer is null)
                {
                    return size is LiteralExpressionSyntax { Token.Value: 0 } ? ImmutableArray<object?>.Empty : null;
                }

                if (size is not OmittedArraySizeExpressionSyntax)
                {
                    return null;
                }

                break;
            default:
                return null;
        }

        var values = ImmutableArray.CreateBuilder<object?>();
        foreach (var element in initializer.Expressions)
        {
            if (!TryString(element, out var value))
            {
                return null;
            }

            values.Add(value);
        }

        return values.ToImmutable();
    }

    private static string DisplayName(TypeDeclarationSyntax type) =>
        type.Identifier.ValueText + (type.TypeParameterList is { } parameters ? "<" + string.Join(", ", parameters.Parameters.Select(p => p.Identifier.ValueText)) + ">" : "");

    /// <summary>A name the display of the symbol would escape or that could mean something else: bound instead.</summary>
    private static bool IsKeyword(string name) => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None;
}
