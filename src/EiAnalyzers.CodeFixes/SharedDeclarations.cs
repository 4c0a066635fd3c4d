using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using EiAnalyzers.Diagnostics.FixPlans;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FindSymbols;

namespace EiAnalyzers.CodeFixes;

/// <summary>
/// A rewrite of text written in a shared declaration (a const an image is built from) is made there only when every
/// reader of the declaration is one this fix corrects; otherwise the value is written, as a literal, where this
/// configuration reads it, so that what the other readers get stays as it is.
/// </summary>
internal static class SharedDeclarations
{
    private const int MaxDepth = 8;

    public static async Task<ImmutableArray<PlannedEdit>> ResolveAsync(Solution solution, ImmutableArray<PlannedEdit> edits, CancellationToken cancellationToken)
    {
        if (!edits.Any(e => e.ReadAt is not null))
        {
            return edits;
        }

        // The uses every identical rewrite corrects (Fix All: each configuration that wants the same change).
        var wanted = edits.Where(e => e.ReadAt is not null)
            .GroupBy(e => (e.Location, e.Code))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ReadAt!).ToList());
        var inPlace = new Dictionary<(Location, string?), bool>();
        var resolved = ImmutableArray.CreateBuilder<PlannedEdit>();
        foreach (var edit in edits)
        {
            if (edit.ReadAt is not { } readAt || edit.TextAtRead is not { } textAtRead)
            {
                resolved.Add(edit);
                continue;
            }

            var key = (edit.Location, edit.Code);
            if (!inPlace.TryGetValue(key, out var here))
            {
                here = await OnlyWantedReadersAsync(solution, edit.Location, wanted[key], cancellationToken).ConfigureAwait(false);
                inPlace[key] = here;
            }

            resolved.Add(here
                ? edit with { ReadAt = null, TextAtRead = null }
                : new PlannedEdit(PlannedEditKind.ReplaceValue, readAt) { Code = SymbolDisplay.FormatLiteral(textAtRead, quote: true) });
        }

        return resolved.ToImmutable();
    }

    /// <summary>Whether the declaration the text at <paramref name="written"/> is in is read only at <paramref name="uses"/> (through other consts too).</summary>
    private static async Task<bool> OnlyWantedReadersAsync(Solution solution, Location written, List<Location> uses, CancellationToken cancellationToken)
    {
        if (await DeclaredAtAsync(solution, written, cancellationToken).ConfigureAwait(false) is not { } symbol)
        {
            // Not in a declaration: the text is written where it is used.
            return true;
        }

        return await OnlyAtAsync(solution, symbol, uses, 0, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<bool> OnlyAtAsync(Solution solution, ISymbol symbol, List<Location> uses, int depth, CancellationToken cancellationToken)
    {
        var references = await SymbolFinder.FindReferencesAsync(symbol, solution, cancellationToken).ConfigureAwait(false);
        foreach (var location in references.SelectMany(r => r.Locations).Select(l => l.Location))
        {
            if (uses.Any(u => u.SourceTree == location.SourceTree && u.SourceSpan.Contains(location.SourceSpan)))
            {
                continue;
            }

            // Read by another declaration (a const built from this one): its readers read this one too.
            if (depth < MaxDepth && await DeclaredAtAsync(solution, location, cancellationToken).ConfigureAwait(false) is { } outer
                && !SymbolEqualityComparer.Default.Equals(outer, symbol)
                && await OnlyAtAsync(solution, outer, uses, depth + 1, cancellationToken).ConfigureAwait(false))
            {
                continue;
            }

            return false;
        }

        return true;
    }

    /// <summary>The field or local whose initializer holds <paramref name="location"/>, or null.</summary>
    private static async Task<ISymbol?> DeclaredAtAsync(Solution solution, Location location, CancellationToken cancellationToken)
    {
        if (location.SourceTree is not { } tree || solution.GetDocument(tree) is not { } document
            || await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not { } root
            || !root.FullSpan.Contains(location.SourceSpan))
        {
            return null;
        }

        var declarator = root.FindNode(location.SourceSpan, getInnermostNodeForTie: true).AncestorsAndSelf()
            .OfType<VariableDeclaratorSyntax>()
            .FirstOrDefault(d => d.Initializer is { } initializer && initializer.Value.Span.Contains(location.SourceSpan));
        if (declarator is null || await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false) is not { } model)
        {
            return null;
        }

        return model.GetDeclaredSymbol(declarator, cancellationToken);
    }
}
