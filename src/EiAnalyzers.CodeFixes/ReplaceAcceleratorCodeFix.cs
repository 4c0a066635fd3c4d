using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using EiAnalyzers.Knowledge;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace EiAnalyzers.CodeFixes;

/// <summary>
/// Replaces an accelerator type: with the closest valid types (EI0001), the smallest that fits (EI0004), the
/// smallest with headroom (EI0005), or the eia2 of the same size (EI0014).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReplaceAcceleratorCodeFix)), Shared]
public sealed class ReplaceAcceleratorCodeFix : EiCodeFixProvider
{
    private const int MaxCandidates = 3;
    private const string CandidateKey = RuleIds.UnknownAccelerator + ".Candidate";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        RuleIds.UnknownAccelerator, RuleIds.InsufficientMemory, RuleIds.LowMemoryHeadroom, RuleIds.PreferEia2);

    internal override IEnumerable<FixAction> ActionsFor(Diagnostic diagnostic)
    {
        if (diagnostic.Id == RuleIds.UnknownAccelerator)
        {
            var candidates = Candidates(diagnostic);
            for (var i = 0; i < candidates.Count; i++)
            {
                yield return new FixAction($"Use '{candidates[i].Name}'", CandidateKey + i);
            }
        }
        else if (ReplacementOf(diagnostic) is { } replacement)
        {
            yield return new FixAction($"Use '{replacement.Name}'", diagnostic.Id + ".Replace");
        }
    }

    internal override bool Edit(FixSession session, Diagnostic diagnostic, string equivalenceKey)
    {
        var accelerator = diagnostic.Id == RuleIds.UnknownAccelerator
            ? Candidates(diagnostic).ElementAtOrDefault(CandidateIndex(equivalenceKey))
            : ReplacementOf(diagnostic);
        return accelerator is not null && session.ValueToCorrect(diagnostic) is { } value && session.ReplaceAccelerator(value, accelerator);
    }

    private static List<AcceleratorInfo> Candidates(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(FixProperties.Candidates, out var names) && names is not null
            ? names.Split(';').Select(EiCatalog.FindAccelerator).Where(a => a is not null).Select(a => a!).Take(MaxCandidates).ToList()
            : new List<AcceleratorInfo>();

    private static int CandidateIndex(string equivalenceKey) =>
        equivalenceKey.StartsWith(CandidateKey, System.StringComparison.Ordinal)
        && int.TryParse(equivalenceKey.Substring(CandidateKey.Length), out var index)
            ? index
            : -1;
}
