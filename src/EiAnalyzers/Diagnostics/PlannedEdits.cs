using System.Collections.Immutable;
using System.Linq;
using EiAnalyzers.Checks.Fixes;
using EiAnalyzers.Description;
using EiAnalyzers.Diagnostics.FixPlans;
using EiAnalyzers.Knowledge;

namespace EiAnalyzers.Diagnostics;

/// <summary>Turns the checks' edits into the planned edits a diagnostic carries: values become the C# code that writes them.</summary>
internal static class PlannedEdits
{
    public static PlannedEdit Of(Edit edit) =>
        edit switch
        {
            RemoveSetter remove => new PlannedEdit(PlannedEditKind.RemoveSetter, remove.Value.Location),
            RemoveElement element => new PlannedEdit(PlannedEditKind.RemoveElement, element.Element.Location),
            ReplaceValue replace => new PlannedEdit(PlannedEditKind.ReplaceValue, replace.Place.Location) { Code = Code(replace.Value, replace.Place.Spelling) },
            ReplaceSetter setter => new PlannedEdit(PlannedEditKind.ReplaceSetter, setter.Value.Location)
            {
                Settings = setter.Settings.Select(s => new PlannedSetting(s.Property, Code(s.Value, s.Spelling))).ToImmutableArray(),
            },
            RewriteText rewrite => new PlannedEdit(PlannedEditKind.RewriteText, rewrite.Part.Location)
            {
                Code = rewrite.Text,
                ReadAt = rewrite.TextAtRead is null ? null : rewrite.Part.ReadAt,
                TextAtRead = rewrite.Part.ReadAt is null ? null : rewrite.TextAtRead,
            },
            _ => throw new System.ArgumentException("An edit without a plan: " + edit.GetType().Name, nameof(edit)),
        };

    /// <summary>
    /// The C# that writes <paramref name="value"/> in <paramref name="spelling"/>: a literal, the SDK ConstantClass field its
    /// naming rule gives (<c>ml.g4dn.xlarge</c> is <c>MlG4dnXlarge</c>), the generated constant, or the code itself.
    /// </summary>
    public static string Code(string value, Spelling spelling)
    {
        var qualifier = spelling.Qualifier is { Length: > 0 } q ? q + "." : "";
        switch (spelling.Kind)
        {
            case SpellingKind.ConstantClassField:
                return qualifier + Naming.ToSdkFieldName(value);
            case SpellingKind.GeneratedConstant when EiCatalog.FindAccelerator(value) is { } accelerator:
                return qualifier + accelerator.GeneratedName;
            case SpellingKind.Code:
                return value;
            default:
                return Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(value, quote: true);
        }
    }
}
