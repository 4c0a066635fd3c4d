using System.Collections.Generic;
using System.Collections.Immutable;
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
    public static List<(TextChange Change, bool Simplify)>? ForDocument(IEnumerable<PlannedEdit> edits, SyntaxNode root, SourceText text, bool skipFailed, SemanticModel? model = null)
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

            if (edit.Kind == PlannedEditKind.ReplaceSetter && ExpressionAt(edit.Location, root) is { } replaced && Setters.Find(replaced) is
                { Node: AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax initializer } member } && !edit.Settings.IsEmpty
                && edit.Settings.Any(s => SiblingSetting(initializer, member, s.Property) is not null))
            {
                // A property the initializer already sets gets the new value there: setting it twice does not compile (CS1912).
                var remaining = new List<PlannedSetting>();
                foreach (var setting in edit.Settings)
                {
                    if (SiblingSetting(initializer, member, setting.Property) is { } sibling)
                    {
                        changes.Add((new TextChange(sibling.Right.Span, setting.Code), setting.Code.Contains("global::")));
                    }
                    else
                    {
                        remaining.Add(setting);
                    }
                }

                if (remaining.Count == 0)
                {
                    AddListRemoval(fromLists, member);
                }
                else if (Replacement.Of(new Setter(member, null), remaining.ToImmutableArray(), text) is { } rest)
                {
                    changes.Add((rest, remaining.Any(s => s.Code.Contains("global::"))));
                }
                else if (!skipFailed)
                {
                    return null;
                }

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

            if (For(edit, root, text, model) is { } change)
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

        return JoinLiterals(changes, root, text);
    }

    /// <summary>
    /// <c>"/repo-eia:" + Images.Tag</c> where both sides are rewritten, the const's read as a literal (its other readers
    /// keep it): one literal, <c>"/repo:2.3.0-gpu"</c>, as the user would have written it.
    /// </summary>
    private static List<(TextChange Change, bool Simplify)> JoinLiterals(List<(TextChange Change, bool Simplify)> changes, SyntaxNode root, SourceText text)
    {
        var ordered = changes.OrderBy(c => c.Change.Span.Start).ToList();
        for (var i = 0; i + 1 < ordered.Count; i++)
        {
            var (before, after) = (ordered[i].Change, ordered[i + 1].Change);
            if (before.Span.End > after.Span.Start
                || text.ToString(TextSpan.FromBounds(before.Span.End, after.Span.Start)).Trim() != "+"
                || RegularLiteralAt(root, before.Span) is null
                || root.FindNode(after.Span, getInnermostNodeForTie: true) is not ExpressionSyntax read || read.Span != after.Span || read is LiteralExpressionSyntax
                || ValueOf(before.NewText) is not { } left || ValueOf(after.NewText) is not { } right)
            {
                continue;
            }

            ordered[i] = (new TextChange(TextSpan.FromBounds(before.Span.Start, after.Span.End), SymbolDisplay.FormatLiteral(left + right, quote: true)), false);
            ordered.RemoveAt(i + 1);
            i--;
        }

        return ordered;
    }

    private static LiteralExpressionSyntax? RegularLiteralAt(SyntaxNode root, TextSpan span) =>
        root.FindNode(span, getInnermostNodeForTie: true) is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression)
            && literal.Span == span && literal.Token.IsKind(SyntaxKind.StringLiteralToken) && literal.Token.Text.StartsWith("\"", System.StringComparison.Ordinal)
            ? literal
            : null;

    /// <summary>The value of a regular string literal a change writes, or null.</summary>
    private static string? ValueOf(string? code) =>
        code is { Length: >= 2 } && code[0] == '"' && SyntaxFactory.ParseExpression(code) is LiteralExpressionSyntax { Token: var token } literal
            && literal.IsKind(SyntaxKind.StringLiteralExpression) && token.IsKind(SyntaxKind.StringLiteralToken) && token.Text == code && !literal.ContainsDiagnostics
            ? token.ValueText
            : null;

    private static void AddListRemoval(Dictionary<SyntaxNode, HashSet<SyntaxNode>> fromLists, SyntaxNode element)
    {
        if (!fromLists.TryGetValue(element.Parent!, out var removed))
        {
            removed = new HashSet<SyntaxNode>();
            fromLists[element.Parent!] = removed;
        }

        removed.Add(element);
    }

    /// <summary>Another member of the initializer that sets <paramref name="property"/>.</summary>
    private static AssignmentExpressionSyntax? SiblingSetting(InitializerExpressionSyntax initializer, AssignmentExpressionSyntax member, string property) =>
        initializer.Expressions.OfType<AssignmentExpressionSyntax>()
            .FirstOrDefault(a => a != member && a.Left is IdentifierNameSyntax { Identifier.ValueText: var name } && name == property);

    /// <summary>The element of a list an edit removes, when it removes one.</summary>
    private static SyntaxNode? ListElement(PlannedEdit edit, SyntaxNode root) =>
        edit.Kind switch
        {
            PlannedEditKind.RemoveSetter when ExpressionAt(edit.Location, root) is { } value && Setters.Find(value) is { } setter => Removal.ListElementOf(setter),
            PlannedEditKind.RemoveElement when ExpressionAt(edit.Location, root) is { } element => Removal.ListElementOf(element),
            _ => null,
        };

    private static (TextChange Change, bool Simplify)? For(PlannedEdit edit, SyntaxNode root, SourceText text, SemanticModel? model)
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
                if (Setters.Find(value) is not { } found)
                {
                    return null;
                }

                if (Replacement.Of(found, edit.Settings, text, model) is { } replacement)
                {
                    return (replacement, edit.Settings.Any(s => s.Code.Contains("global::")));
                }

                // A lambda or member that returns the value it sets: the value keeps its type, the accelerator goes (null).
                return found.Node is AssignmentExpressionSyntax { Parent: ArrowExpressionClauseSyntax or LambdaExpressionSyntax } ? (Removal.Of(found, text), false) : null;
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
