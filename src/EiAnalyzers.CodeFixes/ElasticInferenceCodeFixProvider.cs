using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using EiAnalyzers.Diagnostics.FixPlans;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace EiAnalyzers.CodeFixes;

/// <summary>
/// The one code fix provider: it carries out the fixes the analyzer planned and wrote into each diagnostic (what to
/// remove, replace or rewrite, and where), and works out no meaning of its own. A fix is offered only when every one
/// of its edits can be made.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ElasticInferenceCodeFixProvider)), Shared]
public sealed class ElasticInferenceCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        RuleIds.UnknownAccelerator, RuleIds.FrameworkWithoutEi, RuleIds.PyTorchOnNotebook, RuleIds.InsufficientMemory, RuleIds.LowMemoryHeadroom,
        RuleIds.NonCpuHost, RuleIds.EiImageWithoutAccelerator, RuleIds.ExcludedFeature, RuleIds.MultipleNotebookAccelerators, RuleIds.EndOfLife,
        RuleIds.PreferEia2, RuleIds.ImageProcessorMismatch);

    public override FixAllProvider GetFixAllProvider() => PlannedFixAllProvider.Instance;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var solution = context.Document.Project.Solution;
        foreach (var diagnostic in context.Diagnostics)
        {
            foreach (var fix in FixPlanCodec.Decode(diagnostic))
            {
                // Offer only what can be done: a dry run of every edit.
                if (await PlanApplier.ApplyAsync(solution, fix.Edits, context.CancellationToken).ConfigureAwait(false) is null)
                {
                    continue;
                }

                var edits = fix.Edits;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        fix.Title,
                        async token => await PlanApplier.ApplyAsync(solution, edits, token).ConfigureAwait(false) ?? solution,
                        fix.EquivalenceKey),
                    diagnostic);
            }
        }
    }
}
