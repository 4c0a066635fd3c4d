using System.Collections.Generic;
using System.Linq;
using EiAnalyzers.Diagnostics.FixPlans;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace EiAnalyzers.CodeFixes;

/// <summary>The text change of one planned edit on one document, or null when the document is not what the analyzer saw.</summary>
internal static class EditText
{
    /// <summary>
    /// The changes of <paramref name="edits"/> on one document: removals from one list are made together (so that the
    /// commas between them are right), the others one by one. Null when one cannot be made, unless
    /// <paramref name="skipFailed"/>, where it is left out.
    /// </summary>
    public static List<(TextChange Change, bool Simplify)>? ForDocument(IEnumerable<PlannedEdit> edits, SyntaxNode root, SourceText text, bool skipFailed)
    {
        var changes = new List<(TextChange Change, bool Simplify)>();
        var fromLists = new Dictionary<SyntaxNode, HashSet<SyntaxNode>>();
        var fromChains = new Dictionary<AssignmentExpressionSyntax, HashSet<AssignmentExpressionSyntax>>();
        foreach (var edit in edits)
        {
            if (edit.Kind == PlannedEditKind.RemoveSetter && ExpressionAt(edit.Location, root) is { } chained && Setters.Find(chained) is { } chainSetter
                && AssignmentChains.RootOf(chainSetter) is { } chainRoot)
            {
                if (!fromChains.TryGetValue(chainRoot, out var removedAssignments))
                {
                    removedAssignments = new HashSet<AssignmentExpressionSyntax>();
                    fromChains[chainRoot] = removedAssignments;
                }

                removedAssignments.Add(chainSetter.Node as AssignmentExpressionSyntax ?? (AssignmentExpressionSyntax)((ExpressionStatementSyntax)chainSetter.Node).Expression);
                continue;
            }

            if (ListElement(edit, root) is { } element)
            {
                if (!fromLists.TryGetValue(element.Parent!, out var removed))
                {
                    removed = new HashSet<SyntaxNode>();
                    fromLists[element.Parent!] = removed;
                }

                removed.Add(element);
                continue;
            }

            if (For(edit, root, text) is { } change)
            {
                changes.Add(change);
            }
            else if (!skipFailed)
            {
                return null;
            }
        }

        foreach (var pair in fromLists)
        {
            changes.AddRange(Removal.FromList(pair.Key, pair.Value, text).Select(c => (c, false)));
        }

        foreach (var pair in fromChains)
        {
            changes.Add((AssignmentChains.Without(pair.Key, pair.Value, text), false));
        }

        return changes;
    }

    /// <summary>The element of a list an edit removes, when it removes one.</summary>
    private static SyntaxNode? ListElement(PlannedEdit edit, SyntaxNode root) =>
        edit.Kind switch
        {
            PlannedEditKind.RemoveSetter when ExpressionAt(edit.Location, root) is { } value && Setters.Find(value) is { } setter => Removal.ListElementOf(setter),
            PlannedEditKind.RemoveElement when ExpressionAt(edit.Location, root) is { } element => Removal.ListElementOf(element),
            _ => null,
        };

    private static (TextChange Change, bool Simplify)? For(PlannedEdit edit, SyntaxNode root, SourceText text)
    {
        switch (edit.Kind)
        {
            case PlannedEditKind.ReplaceValue when ExpressionAt(edit.Location, root) is { } value && edit.Code is { } code:
                return (new TextChange(value.Span, code), code.Contains("global::"));
            case PlannedEditKind.RewriteText when edit.Code is { } newText:
                return LiteralText.Rewrite(root, edit.Location.SourceSpan, newText) is { } rewritten ? (rewritten, false) : null;
            case PlannedEditKind.RemoveSetter when ExpressionAt(edit.Location, root) is { } value:
                return Setters.Find(value) is { } setter ? (Removal.Of(setter, text), false) : null;
            case PlannedEditKind.RemoveElement when ExpressionAt(edit.Location, root) is { } element:
                return Removal.OfElement(element, text) is { } removal ? (removal, false) : null;
            case PlannedEditKind.ReplaceSetter when ExpressionAt(edit.Location, root) is { } value && !edit.Settings.IsEmpty:
                return Setters.Find(value) is { } found && Replacement.Of(found, edit.Settings, text) is { } replacement
                    ? (replacement, edit.Settings.Any(s => s.Code.Contains("global::")))
                    : null;
            default:
                return null;
        }
    }

    /// <summary>The expression at <paramref name="location"/>, when the document still has exactly it there.</summary>
    public static ExpressionSyntax? ExpressionAt(Location location, SyntaxNode root)
    {
        // An empty span is a value the parser invented for incomplete code (`InstanceType = ,`): nothing to rewrite.
        if (location.SourceTree != root.SyntaxTree || location.SourceSpan.IsEmpty || !root.FullSpan.Contains(location.SourceSpan))
        {
            return null;
        }

        var node = root.FindNode(location.SourceSpan, getInnermostNodeForTie: true);
        var expression = node switch
        {
            ExpressionSyntax value => value,
            ArgumentSyntax argument => argument.Expression,
            ExpressionElementSyntax element => element.Expression,
            _ => null,
        };

        // Walk out to the expression that spans exactly the location (a parenthesized value, a member access).
        while (expression is not null && expression.Span != location.SourceSpan && expression.Parent is ExpressionSyntax outer && outer.Span.Length <= location.SourceSpan.Length)
        {
            expression = outer;
        }

        return expression is not null && expression.Span == location.SourceSpan && !expression.ContainsDiagnostics ? expression : null;
    }
}
