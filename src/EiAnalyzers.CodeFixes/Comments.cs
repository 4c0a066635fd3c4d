using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace EiAnalyzers.CodeFixes;

/// <summary>A fix keeps every comment: one inside the code it removes stays where that code was.</summary>
internal static class Comments
{
    public static TextChange Kept(TextChange change, SyntaxNode root, SourceText text)
    {
        var comments = root.DescendantTrivia(change.Span)
            .Where(t => (t.IsKind(SyntaxKind.SingleLineCommentTrivia) || t.IsKind(SyntaxKind.MultiLineCommentTrivia)) && change.Span.Contains(t.Span))
            .Where(t => change.NewText is null || !change.NewText.Contains(t.ToString()))
            .ToList();
        if (comments.Count == 0)
        {
            return change;
        }

        var line = text.Lines.GetLineFromPosition(change.Span.Start);
        var indent = new string(' ', text.ToString(TextSpan.FromBounds(line.Start, change.Span.Start)).TakeWhile(char.IsWhiteSpace).Count());
        var wholeLines = change.Span.Start == line.Start && change.Span.End > 0 && text[change.Span.End - 1] == '\n';
        var kept = new StringBuilder(change.NewText ?? "");
        foreach (var comment in comments)
        {
            if (wholeLines)
            {
                kept.Append(indent).Append(comment.ToString()).Append('\n');
            }
            else
            {
                if (kept.Length > 0 && kept[kept.Length - 1] is not (' ' or '\n'))
                {
                    kept.Append(' ');
                }

                // A line comment ends its line: what follows goes to the next one.
                kept.Append(comment.ToString()).Append(comment.IsKind(SyntaxKind.SingleLineCommentTrivia) ? "\n" + indent : " ");
            }
        }

        return new TextChange(change.Span, kept.ToString());
    }
}
