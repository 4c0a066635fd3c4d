using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace EiAnalyzers.CodeFixes;

/// <summary>
/// Removes a setter or a list element by text: its characters, its comma, and its line when nothing else is left on
/// it. Comments stay where they are; what remains still parses (a braceless body becomes <c>{ }</c>, an assignment
/// used as a value becomes that value).
/// </summary>
internal static class Removal
{
    /// <summary>The node a setter's removal takes out of a list (an initializer's member), or null when it is not in one.</summary>
    public static SyntaxNode? ListElementOf(Setter setter) =>
        setter.Node is ExpressionSyntax { Parent: InitializerExpressionSyntax } member ? member : null;

    /// <summary>The node an element's removal takes out of its list, or null when it is not in one.</summary>
    public static SyntaxNode? ListElementOf(ExpressionSyntax element)
    {
        SyntaxNode target = element.Parent is ExpressionElementSyntax expressionElement ? expressionElement : element;
        return target.Parent is InitializerExpressionSyntax or CollectionExpressionSyntax ? target : null;
    }

    public static TextChange Of(Setter setter, SourceText text)
    {
        switch (setter.Node)
        {
            case StatementSyntax statement:
                return OfStatement(statement, text);
            case AssignmentExpressionSyntax assignment:
                return OfAssignmentInExpression(assignment, text);
            default:
                return new TextChange(setter.Node.Span, "");
        }
    }

    /// <summary>One element that is not in a list: the statement that adds it.</summary>
    public static TextChange? OfElement(ExpressionSyntax element, SourceText text) =>
        element.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax { Parent: ExpressionStatementSyntax statement } } }
            ? OfStatement(statement, text)
            : null;

    /// <summary>
    /// Elements removed from one list (an initializer's members, a collection's elements), together: each run of
    /// removed elements goes with the commas that separate it from what stays, and the lines it leaves empty.
    /// </summary>
    public static ImmutableArray<TextChange> FromList(SyntaxNode list, ICollection<SyntaxNode> removed, SourceText text)
    {
        var items = list switch
        {
            InitializerExpressionSyntax initializer => initializer.Expressions.GetWithSeparators(),
            CollectionExpressionSyntax collection => collection.Elements.GetWithSeparators(),
            _ => default,
        };
        var changes = ImmutableArray.CreateBuilder<TextChange>();
        var nodes = Enumerable.Range(0, items.Count).Where(i => items[i].IsNode).ToList();
        for (var n = 0; n < nodes.Count; n++)
        {
            if (!removed.Contains(items[nodes[n]].AsNode()!))
            {
                continue;
            }

            var first = nodes[n];
            while (n + 1 < nodes.Count && removed.Contains(items[nodes[n + 1]].AsNode()!))
            {
                n++;
            }

            var last = nodes[n];
            changes.Add(Run(items, first, last, text));
        }

        return changes.ToImmutable();
    }

    /// <summary>The removal of the elements <paramref name="first"/> to <paramref name="last"/> (indexes with separators) of a list.</summary>
    private static TextChange Run(SyntaxNodeOrTokenList items, int first, int last, SourceText text)
    {
        var start = items[first].Span.Start;
        var end = items[last].Span.End;
        var hasAfter = last + 1 < items.Count && items[last + 1].IsToken;
        var hasBefore = first > 0 && items[first - 1].IsToken;
        if (hasAfter)
        {
            // "A = 1, " goes with its comma, and the spaces up to the next element on the same line.
            end = items[last + 1].Span.End;
            while (end < text.Length && text[end] == ' ')
            {
                end++;
            }

            return WholeLineIfEmptied(TextSpan.FromBounds(start, end), text);
        }

        if (hasBefore)
        {
            var comma = items[first - 1].Span;
            if (!Crosses(text, comma.End, start))
            {
                // The last elements on the line of the comma before them: ", A = 1" goes; a comment after it stays.
                return new TextChange(TextSpan.FromBounds(comma.Start, end), "");
            }

            // The last elements on lines of their own: the comma before them goes (not what follows it), and their lines.
            var line = WholeLineIfEmptied(TextSpan.FromBounds(start, end), text);
            return new TextChange(TextSpan.FromBounds(comma.Start, line.Span.End), text.ToString(TextSpan.FromBounds(comma.End, line.Span.Start)));
        }

        // The only elements: in `{ A = 1 }` one of the spaces around them goes too.
        var span = TextSpan.FromBounds(start, end);
        if (span.Start > 0 && span.End < text.Length && text[span.Start - 1] == ' ' && text[span.End] == ' ')
        {
            span = TextSpan.FromBounds(span.Start, span.End + 1);
        }

        return WholeLineIfEmptied(span, text);
    }

    private static TextChange OfStatement(StatementSyntax statement, SourceText text)
    {
        if (statement.Parent is GlobalStatementSyntax global)
        {
            return WholeLineIfEmptied(global.Span, text);
        }

        // The body of a braceless if, else or loop cannot just go: the code would no longer mean the same, or parse.
        if (statement.Parent is not (BlockSyntax or SwitchSectionSyntax))
        {
            return new TextChange(statement.Span, "{ }");
        }

        return WholeLineIfEmptied(statement.Span, text);
    }

    /// <summary>
    /// An assignment used as a value: in <c>w.X = v.X = "..."</c> its value stays in its place; as the body of a lambda or
    /// of an expression-bodied member (which may or may not return it) it sets null, which removes the value and
    /// compiles either way.
    /// </summary>
    private static TextChange OfAssignmentInExpression(AssignmentExpressionSyntax assignment, SourceText text) =>
        assignment.Parent is LambdaExpressionSyntax or ArrowExpressionClauseSyntax
            ? new TextChange(assignment.Right.Span, "null")
            : new TextChange(assignment.Span, assignment.Right.ToString());

    /// <summary>The span, with its whole line when nothing but spaces is left on it.</summary>
    private static TextChange WholeLineIfEmptied(TextSpan span, SourceText text)
    {
        var line = text.Lines.GetLineFromPosition(span.Start);
        if (text.Lines.GetLineFromPosition(span.End).LineNumber != line.LineNumber)
        {
            return new TextChange(span, "");
        }

        var beforeBlank = IsBlank(text, line.Start, span.Start);
        var afterBlank = IsBlank(text, span.End, line.End);
        return beforeBlank && afterBlank && line.EndIncludingLineBreak > line.End
            ? new TextChange(TextSpan.FromBounds(line.Start, line.EndIncludingLineBreak), "")
            : new TextChange(span, "");
    }

    private static bool IsBlank(SourceText text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a line break lies between the two positions.</summary>
    private static bool Crosses(SourceText text, int start, int end) =>
        Enumerable.Range(start, end - start).Any(i => text[i] == '\n' || text[i] == '\r');
}
