using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EiAnalyzers.Reading.Flow;

/// <summary>User-defined operators read by meaning: a <c>!=</c> declared as the negation of its type's <c>==</c>.</summary>
internal sealed partial class Conditions
{
    /// <summary>The answer of <see cref="EqualityNegatedBy"/> for each <c>!=</c> this block compares with: its declaration is read once.</summary>
    private Dictionary<IMethodSymbol, IMethodSymbol?>? negatedEqualities;

    private IMethodSymbol? EqualityNegatedByCached(IMethodSymbol inequality)
    {
        negatedEqualities ??= new Dictionary<IMethodSymbol, IMethodSymbol?>(SymbolEqualityComparer.Default);
        if (!negatedEqualities.TryGetValue(inequality, out var equality))
        {
            equality = EqualityNegatedBy(inequality);
            negatedEqualities[inequality] = equality;
        }

        return equality;
    }

    /// <summary>
    /// The <c>==</c> a type's <c>!=</c> is the negation of: a record's (both are the compiler's), or one of the project
    /// whose <c>!=</c> is written <c>!(a == b)</c> of its two parameters. Null for any other (a <c>!=</c> of its own).
    /// </summary>
    private static IMethodSymbol? EqualityNegatedBy(IMethodSymbol inequality)
    {
        var equality = inequality.ContainingType?.GetMembers("op_Equality").OfType<IMethodSymbol>().FirstOrDefault(m =>
            m.Parameters.Length == 2 && inequality.Parameters.Length == 2
            && SymbolEqualityComparer.Default.Equals(m.Parameters[0].Type, inequality.Parameters[0].Type)
            && SymbolEqualityComparer.Default.Equals(m.Parameters[1].Type, inequality.Parameters[1].Type));
        if (equality is null)
        {
            return null;
        }

        if (inequality.IsImplicitlyDeclared && equality.IsImplicitlyDeclared)
        {
            return equality;
        }

        if (inequality.DeclaringSyntaxReferences.Length != 1
            || inequality.DeclaringSyntaxReferences[0].GetSyntax() is not OperatorDeclarationSyntax declaration)
        {
            return null;
        }

        var body = declaration.ExpressionBody?.Expression
            ?? (declaration.Body?.Statements is [ReturnStatementSyntax { Expression: { } returned }] ? returned : null);
        while (body is ParenthesizedExpressionSyntax parenthesized)
        {
            body = parenthesized.Expression;
        }

        if (body is not PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalNotExpression, Operand: var negated })
        {
            return null;
        }

        while (negated is ParenthesizedExpressionSyntax inner)
        {
            negated = inner.Expression;
        }

        // !(a == b) or !(b == a) of the operator's own parameters: the == of these operand types is the type's own.
        var names = inequality.Parameters.Select(p => p.Name).ToList();
        return negated is BinaryExpressionSyntax
            {
                RawKind: (int)SyntaxKind.EqualsExpression,
                Left: IdentifierNameSyntax { Identifier.ValueText: var left },
                Right: IdentifierNameSyntax { Identifier.ValueText: var right },
            }
            && left != right && names.Contains(left) && names.Contains(right)
            ? equality
            : null;
    }
}
