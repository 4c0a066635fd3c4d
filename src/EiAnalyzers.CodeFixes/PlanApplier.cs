using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using EiAnalyzers.Diagnostics.FixPlans;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.Text;

namespace EiAnalyzers.CodeFixes;

/// <summary>
/// Makes planned edits on a solution, as text changes computed from each document's syntax: only the characters an
/// edit must change change, so every comment and the layout of everything else stay as they are. Identical edits
/// (two variants that share an image const) are made once.
/// </summary>
internal static class PlanApplier
{
    /// <summary>
    /// The solution with every edit made; null when one cannot be made (its place moved, or the code around it is not
    /// what it was), unless <paramref name="skipFailed"/>, where such an edit is left out.
    /// </summary>
    public static async Task<Solution?> ApplyAsync(Solution solution, ImmutableArray<PlannedEdit> edits, CancellationToken cancellationToken, bool skipFailed = false)
    {
        var byDocument = new Dictionary<DocumentId, List<PlannedEdit>>();
        foreach (var edit in edits.Distinct())
        {
            if (edit.Location.SourceTree is not { } tree || solution.GetDocument(tree) is not { } document)
            {
                if (skipFailed)
                {
                    continue;
                }

                return null;
            }

            if (!byDocument.TryGetValue(document.Id, out var list))
            {
                list = new List<PlannedEdit>();
                byDocument[document.Id] = list;
            }

            list.Add(edit);
        }

        foreach (var pair in byDocument)
        {
            var document = solution.GetDocument(pair.Key)!;
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return skipFailed ? solution : null;
            }

            if (EditText.ForDocument(pair.Value, root, text, skipFailed) is not { } computed)
            {
                return null;
            }

            var changes = new List<(TextChange Change, bool Simplify)>();
            foreach (var change in computed.Select(c => (Change: Comments.Kept(c.Change, root, text), c.Simplify)).OrderBy(c => c.Change.Span.Start))
            {
                // The same change twice (two variants that share an image const) is made once; a conflicting one is not made.
                if (changes.Any(c => c.Change.Equals(change.Change)))
                {
                    continue;
                }

                if (Overlaps(changes, change.Change))
                {
                    if (skipFailed)
                    {
                        continue;
                    }

                    return null;
                }

                changes.Add(change);
            }

            var changed = document.WithText(text.WithChanges(changes.Select(c => c.Change)));
            changed = await SimplifyAsync(changed, changes, cancellationToken).ConfigureAwait(false);
            solution = changed.Project.Solution;
        }

        return solution;
    }

    private static bool Overlaps(List<(TextChange Change, bool Simplify)> changes, TextChange change) =>
        changes.Any(c => c.Change.Span.OverlapsWith(change.Span)
            || (c.Change.Span.IsEmpty && change.Span.Contains(c.Change.Span.Start))
            || (change.Span.IsEmpty && c.Change.Span.Contains(change.Span.Start))
            || (c.Change.Span.Start == change.Span.Start && c.Change.Span.IsEmpty && change.Span.IsEmpty));

    /// <summary>A fully qualified name written by a fix is reduced to what the file's usings need.</summary>
    private static async Task<Document> SimplifyAsync(Document document, List<(TextChange Change, bool Simplify)> changes, CancellationToken cancellationToken)
    {
        var spans = new List<TextSpan>();
        var shift = 0;
        foreach (var (change, simplify) in changes.OrderBy(c => c.Change.Span.Start))
        {
            if (simplify)
            {
                spans.Add(new TextSpan(change.Span.Start + shift, change.NewText?.Length ?? 0));
            }

            shift += (change.NewText?.Length ?? 0) - change.Span.Length;
        }

        if (spans.Count == 0 || await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not { } root)
        {
            return document;
        }

        // The names the fix wrote fully qualified (global::...) are marked, so that only they are reduced.
        var written = root.DescendantNodes(n => spans.Any(s => n.FullSpan.OverlapsWith(s)))
            .OfType<MemberAccessExpressionSyntax>()
            .Where(n => spans.Any(s => s.Contains(n.Span)) && n.ToString().StartsWith("global::", System.StringComparison.Ordinal))
            .ToList();
        var marked = root.ReplaceNodes(written, (_, current) => current.WithAdditionalAnnotations(Simplifier.Annotation));
        return await Simplifier.ReduceAsync(document.WithSyntaxRoot(marked), Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
