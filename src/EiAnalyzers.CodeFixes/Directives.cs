using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace EiAnalyzers.CodeFixes;

/// <summary>
/// A fix keeps the preprocessor directives balanced: a change that takes out part of an <c>#if</c> ... <c>#endif</c>
/// group (the <c>#if</c> and <c>#else</c> before a removed value, its <c>#endif</c> after it) either takes the whole
/// group, when only the group's closing lines are left outside it, or is not made.
/// </summary>
internal static class Directives
{
    /// <summary>The change, widened to whole conditional groups where it can be; null when it would leave a directive unbalanced.</summary>
    public static TextChange? Balanced(TextChange change, SyntaxNode root, SourceText text)
    {
        var span = change.Span;
        var directives = DirectivesIn(root, span);
        if (directives.Count == 0)
        {
            return change;
        }

        // A directive only partly in the span (its line cut) cannot be balanced.
        if (root.DescendantTrivia(span, descendIntoTrivia: false).Any(t => t.IsDirective && t.Span.OverlapsWith(span) && !span.Contains(t.Span)))
        {
            return null;
        }

        var open = 0;
        foreach (var directive in directives)
        {
            switch (Kind(directive))
            {
                case DirectiveKind.Open:
                    open++;
                    break;
                case DirectiveKind.Middle when open == 0:
                case DirectiveKind.Close when open == 0:
                    // The span starts inside a group it does not open: the group's start would stay, its end would go.
                    return null;
                case DirectiveKind.Close:
                    open--;
                    break;
                case DirectiveKind.Other:
                    break;
            }
        }

        if (open == 0)
        {
            return change;
        }

        // Groups opened in the span: their #endif (and nothing else but blank lines) may follow; then the change takes
        // them, from the start of its first line when only indentation is before it.
        var end = span.End;
        foreach (var directive in DirectivesAfter(root, end))
        {
            if (!IsBlank(text, end, text.Lines.GetLineFromPosition(directive.SpanStart).Start))
            {
                return null;
            }

            if (Kind(directive) != DirectiveKind.Close)
            {
                return null;
            }

            end = text.Lines.GetLineFromPosition(directive.Span.End).EndIncludingLineBreak;
            if (--open == 0)
            {
                break;
            }
        }

        if (open != 0)
        {
            return null;
        }

        var start = span.Start;
        var firstLine = text.Lines.GetLineFromPosition(start);
        if (IsBlank(text, firstLine.Start, start))
        {
            start = firstLine.Start;
        }

        return new TextChange(TextSpan.FromBounds(start, end), change.NewText ?? "");
    }

    private enum DirectiveKind
    {
        Open,
        Middle,
        Close,
        Other,
    }

    private static DirectiveKind Kind(SyntaxTrivia directive) =>
        directive.Kind() switch
        {
            SyntaxKind.IfDirectiveTrivia or SyntaxKind.RegionDirectiveTrivia => DirectiveKind.Open,
            SyntaxKind.ElifDirectiveTrivia or SyntaxKind.ElseDirectiveTrivia => DirectiveKind.Middle,
            SyntaxKind.EndIfDirectiveTrivia or SyntaxKind.EndRegionDirectiveTrivia => DirectiveKind.Close,
            _ => DirectiveKind.Other,
        };

    /// <summary>The directives written inside <paramref name="span"/>, in order.</summary>
    private static List<SyntaxTrivia> DirectivesIn(SyntaxNode root, TextSpan span) =>
        root.DescendantTrivia(span, descendIntoTrivia: false)
            .Where(t => t.IsDirective && span.Contains(t.Span))
            .OrderBy(t => t.SpanStart)
            .ToList();

    /// <summary>The directives written from <paramref name="position"/> on, in order.</summary>
    private static IEnumerable<SyntaxTrivia> DirectivesAfter(SyntaxNode root, int position) =>
        root.DescendantTrivia(TextSpan.FromBounds(position, root.FullSpan.End), descendIntoTrivia: false)
            .Where(t => t.IsDirective && t.SpanStart >= position)
            .OrderBy(t => t.SpanStart);

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
}
