using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace EiAnalyzers.CodeFixes;

/// <summary>EI0008: an EI-enabled image without an accelerator; adds the smallest accelerator that fits.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddAcceleratorCodeFix)), Shared]
public sealed class AddAcceleratorCodeFix : EiCodeFixProvider
{
    private const string Key = "EI0008.AddAccelerator";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.EiImageWithoutAccelerator);

    internal override IEnumerable<FixAction> ActionsFor(Diagnostic diagnostic)
    {
        if (ReplacementOf(diagnostic) is { } accelerator)
        {
            yield return new FixAction($"Add accelerator '{accelerator.Name}'", Key);
        }
    }

    internal override bool Edit(FixSession session, Diagnostic diagnostic, string equivalenceKey) =>
        ReplacementOf(diagnostic) is { } accelerator
        && session.ExpressionAt(diagnostic.Location) is { } modelName
        && session.AddAccelerator(modelName, accelerator);
}
