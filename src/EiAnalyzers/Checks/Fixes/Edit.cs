using System.Collections.Immutable;
using EiAnalyzers.Description;

namespace EiAnalyzers.Checks.Fixes;

/// <summary>
/// One change a fix makes, said in terms of the description (values and where they are written), not of syntax:
/// the diagnostics layer writes it into the diagnostic, and the code fix carries it out.
/// </summary>
internal abstract record Edit;

/// <summary>Removes the code that sets <see cref="Value"/> (its assignment, its <c>Add</c> call, its list).</summary>
internal sealed record RemoveSetter(ValueSite Value) : Edit;

/// <summary>Removes one element of a list of accelerators, keeping the others.</summary>
internal sealed record RemoveElement(ValueSite Element) : Edit;

/// <summary>Writes <see cref="Value"/> at <see cref="Place"/>, in the place's spelling (a literal, a field of the same class).</summary>
internal sealed record ReplaceValue(ValuePlace Place, string Value) : Edit;

/// <summary>
/// Replaces the code that sets <see cref="Value"/> with property settings on the same object, e.g. the accelerator's
/// assignment becomes <c>InstanceType = ...</c> (and <c>DisassociateAcceleratorTypes = true</c> for a notebook update).
/// </summary>
internal sealed record ReplaceSetter(ValueSite Value, ImmutableArray<PropertySetting> Settings) : Edit;

/// <summary>One property set by <see cref="ReplaceSetter"/>: its name, its value and how the value is spelled.</summary>
internal sealed record PropertySetting(string Property, string Value, Spelling Spelling);

/// <summary>Rewrites the text of one literal (or interpolated text) where part of a value is written.</summary>
internal sealed record RewriteText(TextPart Part, string Text) : Edit
{
    /// <summary>
    /// For a part written in a shared declaration: the new text of everything the value reads at
    /// <see cref="TextPart.ReadAt"/>, written there instead when other code reads the declaration too.
    /// </summary>
    public string? TextAtRead { get; init; }
}
