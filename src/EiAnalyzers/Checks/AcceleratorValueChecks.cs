using System;
using System.Collections.Immutable;
using System.Linq;
using EiAnalyzers.Checks.Findings;
using EiAnalyzers.Checks.Fixes;
using EiAnalyzers.Description;
using EiAnalyzers.Knowledge;

namespace EiAnalyzers.Checks;

/// <summary>The checks of an accelerator value by itself: EI0001 (not a type) and EI0014 (eia1).</summary>
internal static class AcceleratorValueChecks
{
    /// <summary>Checks the value and returns the accelerator it names, or null when it is unknown or invalid.</summary>
    public static AcceleratorInfo? Check(ValueSite accelerator, CheckContext context, NotebookDescription? notebook = null)
    {
        if (accelerator.Text is not { } text)
        {
            return null;
        }

        var info = EiCatalog.FindAccelerator(text);
        if (info is null)
        {
            // An instance type in the accelerator's place is a different mistake: no accelerator is "closest" to it.
            var isInstanceType = EiCatalog.ClassifyInstanceType(text) != HostKind.Unknown;
            var candidates = isInstanceType ? ImmutableArray<AcceleratorInfo>.Empty : AcceleratorSuggestions.For(text);
            context.Report(new UnknownAccelerator(accelerator, candidates, isInstanceType)
            {
                Fixes = isInstanceType
                    ? AcceleratorRemoval.Fix(accelerator, notebook)
                    : candidates.Select((c, i) => FixOption.Of(FixKind.ReplaceAccelerator, AtOrigin(accelerator, c.Name)) with { Index = i }).ToImmutableArray(),
            });
            return null;
        }

        // Sent as written (a CDK string, a notebook's list of strings), the service compares exactly.
        if (accelerator.IsSentAsWritten && !string.Equals(info.Name, text, StringComparison.Ordinal))
        {
            context.Report(new UnknownAccelerator(accelerator, ImmutableArray.Create(info), false)
            {
                WrongCaseOf = info,
                Fixes = ImmutableArray.Create(FixOption.Of(FixKind.ReplaceAccelerator, AtOrigin(accelerator, info.Name))),
            });
            return null;
        }

        if (EiCatalog.SecondGenerationOf(info) is { } eia2)
        {
            context.Report(new PreferEia2(accelerator, info, eia2)
            {
                Fixes = ImmutableArray.Create(FixOption.Of(FixKind.ReplaceAccelerator, AtOrigin(accelerator, eia2.Name))),
            });
        }

        return info;
    }

    /// <summary>
    /// A correction of the value itself (it is wrong for every reader): written where the value is written, a const's
    /// or local's literal included.
    /// </summary>
    public static Edit AtOrigin(ValueSite value, string replacement) =>
        new ReplaceValue(value.Origin ?? new ValuePlace(value.Location, value.Spelling), replacement);

    /// <summary>
    /// A correction for this use only (it depends on the model served here): written at the use, so that a const other
    /// configurations read stays as it is.
    /// </summary>
    public static Edit AtUse(ValueSite value, string replacement) =>
        new ReplaceValue(new ValuePlace(value.Location, value.Spelling), replacement);
}
