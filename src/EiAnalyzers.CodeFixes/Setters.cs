using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EiAnalyzers.CodeFixes;

/// <summary>The code that sets a value: an assignment (in an initializer or on its own), or a list's <c>Add</c> statement.</summary>
internal sealed record Setter(SyntaxNode Node, ExpressionSyntax? Owner);

/// <summary>Finds, from a value the analyzer located, the code that sets it on its object.</summary>
internal static class Setters
{
    /// <summary>
    /// Walks out from <paramref name="value"/> through what only passes it on (a branch of <c>?:</c>, <c>??</c> or a
    /// switch, a cast, a ConstantClass constructor or FindValue, a list or array and its initializer) to the first
    /// assignment it is the value of, or the <c>Add</c> call that adds it.
    /// </summary>
    public static Setter? Find(ExpressionSyntax value)
    {
        SyntaxNode node = value;
        for (var depth = 0; depth < 16 && node.Parent is { } parent; depth++)
        {
            switch (parent)
            {
                case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } }:
                    // x.AcceleratorTypes.Add("...") as a statement: the statement; FindValue("...") passes the value on.
                    if (invocation.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Add" or "AddRange" or "Insert", Expression: var list }
                        && invocation.Parent is ExpressionStatementSyntax addStatement)
                    {
                        return new Setter(addStatement, list is MemberAccessExpressionSyntax member ? member.Expression : null);
                    }

                    node = invocation;
                    break;
                case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: BaseObjectCreationExpressionSyntax creation } }:
                    node = creation;
                    break;
                case ParenthesizedExpressionSyntax or CastExpressionSyntax or PostfixUnaryExpressionSyntax or ExpressionElementSyntax or CollectionExpressionSyntax
                    or ConditionalExpressionSyntax or SwitchExpressionArmSyntax or SwitchExpressionSyntax or BaseObjectCreationExpressionSyntax
                    or ImplicitArrayCreationExpressionSyntax or ArrayCreationExpressionSyntax:
                    node = parent;
                    break;
                case BinaryExpressionSyntax coalesce when coalesce.IsKind(SyntaxKind.CoalesceExpression):
                    node = parent;
                    break;
                case InitializerExpressionSyntax initializer when initializer.Parent is AssignmentExpressionSyntax member && member.Right == initializer:
                    // AcceleratorTypes = { "ml.eia2.medium" }
                    return Of(member);
                case InitializerExpressionSyntax:
                    node = parent;
                    break;
                case AssignmentExpressionSyntax assignment when assignment.Right == node:
                    return Of(assignment);
                default:
                    return null;
            }
        }

        return null;
    }

    /// <summary>An assignment in an initializer is the setter; one on its own goes with its statement.</summary>
    private static Setter Of(AssignmentExpressionSyntax assignment) =>
        new(
            assignment.Parent is ExpressionStatementSyntax statement ? statement : assignment,
            assignment.Left is MemberAccessExpressionSyntax access ? access.Expression : null);
}
