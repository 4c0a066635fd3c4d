using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace EiAnalyzers.CodeFixes;

/// <summary>One action a fix offers for a diagnostic: its title and its equivalence key (shared by Fix All).</summary>
internal readonly struct FixAction
{
    public FixAction(string title, string equivalenceKey)
    {
        Title = title;
        EquivalenceKey = equivalenceKey;
    }

    public string Title { get; }

    public string EquivalenceKey { get; }
}

/// <summary>
/// The shape of every EiAnalyzers fix: the analyzer decided what to write (diagnostic properties), the fix only
/// edits. An action is offered only when its edit can be made; Fix All applies the same edit to each diagnostic of a
/// document in one pass, so edits in one initializer never conflict.
/// </summary>
public abstract class EiCodeFixProvider : CodeFixProvider
{
    public sealed override FixAllProvider GetFixAllProvider() =>
        FixAllProvider.Create(async (context, document, diagnostics) =>
            (Document?)await ApplyAsync(document, diagnostics, context.CodeActionEquivalenceKey, context.CancellationToken).ConfigureAwait(false));

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            foreach (var action in ActionsFor(diagnostic))
            {
                // Offer only what can be done: a dry run of the edit on this diagnostic.
                var session = await FixSession.CreateAsync(context.Document, context.CancellationToken).ConfigureAwait(false);
                if (session is null || !Edit(session, diagnostic, action.EquivalenceKey))
                {
                    continue;
                }

                var single = ImmutableArray.Create(diagnostic);
                context.RegisterCodeFix(
                    CodeAction.Create(action.Title, token => ApplyAsync(context.Document, single, action.EquivalenceKey, token), action.EquivalenceKey),
                    diagnostic);
            }
        }
    }

    /// <summary>The accelerator the analyzer chose for the fix to write (EI0004, EI0005, EI0008, EI0014), or null.</summary>
    internal static Knowledge.AcceleratorInfo? ReplacementOf(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(FixProperties.Replacement, out var name) ? Knowledge.EiCatalog.FindAccelerator(name) : null;

    /// <summary>The actions offered for <paramref name="diagnostic"/>.</summary>
    internal abstract IEnumerable<FixAction> ActionsFor(Diagnostic diagnostic);

    /// <summary>Makes the edit of <paramref name="equivalenceKey"/> for one diagnostic; false when it cannot be made.</summary>
    internal abstract bool Edit(FixSession session, Diagnostic diagnostic, string equivalenceKey);

    private async Task<Document> ApplyAsync(Document document, ImmutableArray<Diagnostic> diagnostics, string? equivalenceKey, CancellationToken cancellationToken)
    {
        var session = await FixSession.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        if (session is null || equivalenceKey is null)
        {
            return document;
        }

        var applied = false;
        foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
        {
            if (ActionsFor(diagnostic).Any(a => a.EquivalenceKey == equivalenceKey))
            {
                applied |= Edit(session, diagnostic, equivalenceKey);
            }
        }

        return applied ? await session.GetChangedDocumentAsync(cancellationToken).ConfigureAwait(false) : document;
    }
}
