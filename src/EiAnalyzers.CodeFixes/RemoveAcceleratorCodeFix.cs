using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace EiAnalyzers.CodeFixes;

/// <summary>
/// Removes an accelerator that cannot work: on a model without an EI build (EI0002), PyTorch on a notebook (EI0003),
/// a host that is not a CPU instance (EI0006), an excluded feature (EI0010); or, for a notebook with several, every
/// accelerator but the first (EI0011).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveAcceleratorCodeFix)), Shared]
public sealed class RemoveAcceleratorCodeFix : EiCodeFixProvider
{
    private const string RemoveKey = "EI.RemoveAccelerator";
    private const string KeepFirstKey = "EI0011.KeepFirst";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        RuleIds.FrameworkWithoutEi, RuleIds.PyTorchOnNotebook, RuleIds.NonCpuHost, RuleIds.ExcludedFeature, RuleIds.MultipleNotebookAccelerators);

    internal override IEnumerable<FixAction> ActionsFor(Diagnostic diagnostic)
    {
        yield return diagnostic.Id == RuleIds.MultipleNotebookAccelerators
            ? new FixAction("Keep only the first accelerator type", KeepFirstKey)
            : new FixAction("Remove the accelerator", RemoveKey);
    }

    internal override bool Edit(FixSession session, Diagnostic diagnostic, string equivalenceKey)
    {
        if (session.ExpressionAt(diagnostic.Location) is not { } value)
        {
            return false;
        }

        if (equivalenceKey == KeepFirstKey)
        {
            return session.RemoveElement(value);
        }

        return session.AcceleratorSetter(value) is { } setter && session.Remove(setter);
    }
}
