using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace EiAnalyzers.Diagnostics.FixPlans;

/// <summary>What a code fix does at one place, as the analyzer decided it.</summary>
internal enum PlannedEditKind
{
    /// <summary>Remove the code that sets the value at the location (its assignment, its Add call, its list).</summary>
    RemoveSetter,

    /// <summary>Remove the one list element at the location.</summary>
    RemoveElement,

    /// <summary>Write the C# expression <see cref="PlannedEdit.Code"/> in place of the expression at the location.</summary>
    ReplaceValue,

    /// <summary>Replace the code that sets the value at the location with <see cref="PlannedEdit.Settings"/> on the same object.</summary>
    ReplaceSetter,

    /// <summary>Give the literal (or interpolated text) at the location the text <see cref="PlannedEdit.Code"/>.</summary>
    RewriteText,
}

/// <summary>One property a <see cref="PlannedEditKind.ReplaceSetter"/> edit sets, and the C# expression of its value.</summary>
internal sealed record PlannedSetting(string Property, string Code);

/// <summary>One edit of a fix, read back from a diagnostic.</summary>
internal sealed record PlannedEdit(PlannedEditKind Kind, Location Location)
{
    /// <summary>The C# expression to write (<see cref="PlannedEditKind.ReplaceValue"/>), or the new text (<see cref="PlannedEditKind.RewriteText"/>).</summary>
    public string? Code { get; init; }

    public ImmutableArray<PlannedSetting> Settings { get; init; } = ImmutableArray<PlannedSetting>.Empty;

    /// <summary>
    /// A <see cref="PlannedEditKind.RewriteText"/> in a shared declaration: where the value reads it, and the text to
    /// write there (as a literal) when other code reads the declaration too.
    /// </summary>
    public Location? ReadAt { get; init; }

    public string? TextAtRead { get; init; }
}

/// <summary>One fix of a diagnostic, read back from it: its equivalence key, its title and its edits.</summary>
internal sealed record PlannedFix(string EquivalenceKey, string Title, ImmutableArray<PlannedEdit> Edits);
