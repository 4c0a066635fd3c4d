using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace EiAnalyzers.Diagnostics.FixPlans;

/// <summary>
/// Writes the fixes the analyzer planned into a diagnostic (its properties, and its additional locations for the
/// places they edit), and reads them back for the code fixes: the one contract between the two assemblies.
/// </summary>
internal static class FixPlanCodec
{
    private const string CountKey = "EI.Fixes";
    private const string FixKey = "EI.Fix";
    private const string EditsSuffix = ".Edits";
    private const char FieldSeparator = '|';
    private const char EditSeparator = ';';
    private const int PrimaryIndex = -1;

    /// <summary>The properties and additional locations that carry <paramref name="fixes"/>, after <paramref name="related"/>.</summary>
    public static (ImmutableDictionary<string, string?> Properties, ImmutableArray<Location> Locations) Encode(
        IReadOnlyList<PlannedFix> fixes, IReadOnlyList<Location> related, Location primary)
    {
        var locations = new List<Location>(related);
        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        if (fixes.Count == 0)
        {
            return (properties.ToImmutable(), locations.ToImmutableArray());
        }

        properties[CountKey] = fixes.Count.ToString(CultureInfo.InvariantCulture);
        for (var i = 0; i < fixes.Count; i++)
        {
            var fix = fixes[i];
            properties[FixKey + i] = Join(fix.EquivalenceKey, fix.Title);
            properties[FixKey + i + EditsSuffix] = string.Join(EditSeparator.ToString(), fix.Edits.Select(e => EncodeEdit(e, locations, primary)));
        }

        return (properties.ToImmutable(), locations.ToImmutableArray());
    }

    /// <summary>The fixes a diagnostic carries; an edit whose location is missing makes its fix unusable, so it is dropped.</summary>
    public static ImmutableArray<PlannedFix> Decode(Diagnostic diagnostic)
    {
        var properties = diagnostic.Properties;
        if (!properties.TryGetValue(CountKey, out var countText) || !int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return ImmutableArray<PlannedFix>.Empty;
        }

        var fixes = ImmutableArray.CreateBuilder<PlannedFix>();
        for (var i = 0; i < count; i++)
        {
            if (!properties.TryGetValue(FixKey + i, out var header) || header is null
                || !properties.TryGetValue(FixKey + i + EditsSuffix, out var editsText) || editsText is null)
            {
                continue;
            }

            var fields = Split(header, FieldSeparator);
            var edits = Split(editsText, EditSeparator).Where(e => e.Length > 0).Select(e => DecodeEdit(e, diagnostic.Location, diagnostic.AdditionalLocations)).ToList();
            if (fields.Count == 2 && edits.All(e => e is not null))
            {
                fixes.Add(new PlannedFix(Unescape(fields[0]), Unescape(fields[1]), edits.Select(e => e!).ToImmutableArray()));
            }
        }

        return fixes.ToImmutable();
    }

    private static string EncodeEdit(PlannedEdit edit, List<Location> locations, Location primary)
    {
        // Most edits are at the diagnostic's own location: only the others become additional locations.
        var index = IndexOf(edit.Location, locations, primary);
        var fields = new List<string> { ((int)edit.Kind).ToString(CultureInfo.InvariantCulture), index.ToString(CultureInfo.InvariantCulture) };
        if (edit.Kind is PlannedEditKind.ReplaceValue or PlannedEditKind.RewriteText)
        {
            fields.Add(edit.Code ?? "");
        }

        if (edit.Kind == PlannedEditKind.RewriteText && edit.ReadAt is { } readAt && edit.TextAtRead is { } textAtRead)
        {
            fields.Add(IndexOf(readAt, locations, primary).ToString(CultureInfo.InvariantCulture));
            fields.Add(textAtRead);
        }

        foreach (var setting in edit.Settings)
        {
            fields.Add(setting.Property);
            fields.Add(setting.Code);
        }

        return string.Join(FieldSeparator.ToString(), fields.Select(Escape));
    }

    private static int IndexOf(Location location, List<Location> locations, Location primary)
    {
        if (location.Equals(primary))
        {
            return PrimaryIndex;
        }

        var index = locations.IndexOf(location);
        if (index < 0)
        {
            locations.Add(location);
            index = locations.Count - 1;
        }

        return index;
    }

    private static PlannedEdit? DecodeEdit(string text, Location primary, IReadOnlyList<Location> locations)
    {
        var fields = Split(text, FieldSeparator).Select(Unescape).ToList();
        if (fields.Count < 2 || !int.TryParse(fields[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var kindNumber)
            || !int.TryParse(fields[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var index)
            || index < PrimaryIndex || index >= locations.Count || kindNumber < 0 || kindNumber > (int)PlannedEditKind.RewriteText)
        {
            return null;
        }

        var edit = new PlannedEdit((PlannedEditKind)kindNumber, index == PrimaryIndex ? primary : locations[index]);
        switch (edit.Kind)
        {
            case PlannedEditKind.ReplaceValue or PlannedEditKind.RewriteText when fields.Count == 3:
                return edit with { Code = fields[2] };
            case PlannedEditKind.RewriteText when fields.Count == 5
                && int.TryParse(fields[3], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var readIndex)
                && readIndex >= PrimaryIndex && readIndex < locations.Count:
                return edit with { Code = fields[2], ReadAt = readIndex == PrimaryIndex ? primary : locations[readIndex], TextAtRead = fields[4] };
            case PlannedEditKind.ReplaceSetter when fields.Count >= 4 && fields.Count % 2 == 0:
                var settings = ImmutableArray.CreateBuilder<PlannedSetting>();
                for (var i = 2; i < fields.Count; i += 2)
                {
                    settings.Add(new PlannedSetting(fields[i], fields[i + 1]));
                }

                return edit with { Settings = settings.ToImmutable() };
            case PlannedEditKind.RemoveSetter or PlannedEditKind.RemoveElement when fields.Count == 2:
                return edit;
            default:
                return null;
        }
    }

    private static string Join(params string[] fields) => string.Join(FieldSeparator.ToString(), fields.Select(Escape));

    // Separators inside a field are escaped, so that any text (a literal, a URI) survives the round trip.
    private static string Escape(string field) =>
        field.Replace("\\", "\\\\").Replace(FieldSeparator.ToString(), "\\p").Replace(EditSeparator.ToString(), "\\s");

    private static string Unescape(string field)
    {
        var builder = new StringBuilder(field.Length);
        for (var i = 0; i < field.Length; i++)
        {
            if (field[i] == '\\' && i + 1 < field.Length)
            {
                i++;
                builder.Append(field[i] switch { 'p' => FieldSeparator, 's' => EditSeparator, var other => other });
            }
            else
            {
                builder.Append(field[i]);
            }
        }

        return builder.ToString();
    }

    /// <summary>Splits at separators that are not escaped.</summary>
    private static List<string> Split(string text, char separator)
    {
        var parts = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == separator)
            {
                parts.Add(text.Substring(start, i - start));
                start = i + 1;
            }
        }

        parts.Add(text.Substring(start));
        return parts;
    }
}
