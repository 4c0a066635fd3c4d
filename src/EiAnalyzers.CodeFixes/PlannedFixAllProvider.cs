using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using EiAnalyzers.Diagnostics.FixPlans;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace EiAnalyzers.CodeFixes;

/// <summary>
/// Fix All (IDE, <c>dotnet format</c>): the fix with the chosen equivalence key of every diagnostic in scope, all edits
/// made together on one solution (so that edits in one initializer, or one image const two variants share, never
/// conflict), across the documents they touch.
/// </summary>
internal sealed class PlannedFixAllProvider : FixAllProvider
{
    public static readonly PlannedFixAllProvider Instance = new();

    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() =>
        new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

    public override async Task<CodeAction?> GetFixAsync(FixAllContext context)
    {
        var diagnostics = new List<Diagnostic>();
        switch (context.Scope)
        {
            case FixAllScope.Document when context.Document is { } document:
                diagnostics.AddRange(await context.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false));
                break;
            case FixAllScope.Project:
                diagnostics.AddRange(await context.GetAllDiagnosticsAsync(context.Project).ConfigureAwait(false));
                break;
            case FixAllScope.Solution:
                foreach (var project in context.Solution.Projects)
                {
                    diagnostics.AddRange(await context.GetAllDiagnosticsAsync(project).ConfigureAwait(false));
                }

                break;
        }

        var edits = diagnostics
            .OrderBy(d => d.Location.SourceTree?.FilePath, System.StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .SelectMany(d => FixPlanCodec.Decode(d).Where(f => f.EquivalenceKey == context.CodeActionEquivalenceKey).Take(1))
            .SelectMany(f => f.Edits)
            .ToImmutableArray();
        if (edits.IsEmpty)
        {
            return null;
        }

        var solution = context.Solution;
        var title = FixPlanCodec.Decode(diagnostics.First(d => FixPlanCodec.Decode(d).Any(f => f.EquivalenceKey == context.CodeActionEquivalenceKey)))
            .First(f => f.EquivalenceKey == context.CodeActionEquivalenceKey).Title;

        // Made now, so that a Fix All none of whose edits can be made is not offered as one that changes nothing.
        if (await PlanApplier.ApplyAsync(solution, edits, context.CancellationToken, skipFailed: true).ConfigureAwait(false) is not { } fixedSolution
            || !fixedSolution.GetChanges(solution).GetProjectChanges().Any(p => p.GetChangedDocuments(onlyGetDocumentsWithTextChanges: true).Any()))
        {
            return null;
        }

        return CodeAction.Create(title, _ => Task.FromResult(fixedSolution), context.CodeActionEquivalenceKey);
    }
}
