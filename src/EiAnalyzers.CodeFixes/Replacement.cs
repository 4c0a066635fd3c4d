using System.Collections.Immutable;
using System.Linq;
using EiAnalyzers.Diagnostics.FixPlans;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace EiAnalyzers.CodeFixes;

/// <summary>
/// Replaces a setter with other property settings on the same object, in the setter's own form: members of the
/// same initializer, or statements on the same object (a braceless body becomes a block holding them).
/// </summary>
internal static class Replacement
{
    public static TextChange? Of(Setter setter, ImmutableArray<PlannedSetting> settings, SourceText text, SemanticModel? model = null)
    {
        var indent = IndentOf(setter.Node, text);
        switch (setter.Node)
        {
            case AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax initializer } member:
                var multiline = text.Lines.GetLineFromPosition(initializer.OpenBraceToken.SpanStart).LineNumber
                    != text.Lines.GetLineFromPosition(initializer.CloseBraceToken.SpanStart).LineNumber;
                var separator = multiline ? ",\n" + indent : ", ";
                return new TextChange(member.Span, string.Join(separator, settings.Select(s => s.Property + " = " + s.Code)));
            case AssignmentExpressionSyntax { Parent: ArrowExpressionClauseSyntax or LambdaExpressionSyntax } body when setter.Owner is { } bodyOwner:
                // The body of an expression-bodied member or a lambda whose value nothing uses: one assignment in the same
                // place (a returned value would change type, so that one keeps the value's type: its removal sets null).
                if (settings.Length == 1 && model is not null && ReturnsVoid(body, model))
                {
                    return new TextChange(body.Span, bodyOwner + "." + settings[0].Property + " = " + settings[0].Code);
                }

                return null;
            case StatementSyntax statement when setter.Owner is { } owner:
                var statements = settings.Select(s => owner + "." + s.Property + " = " + s.Code + ";").ToList();
                if (statement.Parent is BlockSyntax or SwitchSectionSyntax or GlobalStatementSyntax)
                {
                    return new TextChange(statement.Span, string.Join("\n" + indent, statements));
                }

                // The body of a braceless if, else or loop: one block, so that every setting stays under it.
                return new TextChange(statement.Span, "{ " + string.Join(" ", statements) + " }");
            default:
                return null;
        }
    }

    /// <summary>Whether the lambda or member <paramref name="body"/> is the body of returns nothing.</summary>
    public static bool ReturnsVoid(ExpressionSyntax body, SemanticModel model)
    {
        var symbol = body.Parent switch
        {
            LambdaExpressionSyntax lambda => model.GetSymbolInfo(lambda).Symbol,
            ArrowExpressionClauseSyntax { Parent: { } member } => model.GetDeclaredSymbol(member),
            _ => null,
        };
        return symbol is IMethodSymbol { ReturnsVoid: true };
    }

    /// <summary>The spaces before the node on its line.</summary>
    private static string IndentOf(SyntaxNode node, SourceText text)
    {
        var line = text.Lines.GetLineFromPosition(node.SpanStart);
        var length = 0;
        while (line.Start + length < node.SpanStart && char.IsWhiteSpace(text[line.Start + length]))
        {
            length++;
        }

        return text.ToString(new TextSpan(line.Start, length));
    }
}
