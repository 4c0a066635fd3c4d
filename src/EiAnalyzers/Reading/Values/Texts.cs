using System.Collections.Immutable;
using System.Linq;
using System.Text;
using EiAnalyzers.Description;
using Microsoft.CodeAnalysis;

namespace EiAnalyzers.Reading.Values;

/// <summary>Builds the texts of values: from their parts, by concatenation, and for what is only known at run time.</summary>
internal static class Texts
{
    /// <summary>Longer texts are not image URIs or accelerator types: they are read as unknown (and a loop cannot grow them forever).</summary>
    private const int MaxLength = 1024;

    public static ValueSite Null(Location location) => new() { Location = location, IsNull = true };

    public static ValueSite Object(Location location, string code) => new() { Location = location, IsObject = true, Code = code };

    /// <summary>A value only known at run time, named by its code.</summary>
    public static ValueSite RunTime(SyntaxNode syntax) =>
        new() { Location = syntax.GetLocation(), Code = Shorten(syntax.ToString()), Parts = ImmutableArray.Create(TextPart.Hole(syntax.GetLocation())) };

    /// <summary>A text made of <paramref name="parts"/>, read at <paramref name="location"/>.</summary>
    public static ValueSite FromParts(ImmutableArray<TextPart> parts, Location location, string? code = null)
    {
        var pattern = new StringBuilder();
        foreach (var part in parts)
        {
            pattern.Append(part.Text);
            if (pattern.Length > MaxLength)
            {
                return new ValueSite { Location = location, Code = code, Parts = ImmutableArray.Create(TextPart.Hole(location)) };
            }
        }

        return new ValueSite { Location = location, Pattern = pattern.ToString(), Parts = parts, Code = code };
    }

    /// <summary>One piece of known text written at <paramref name="location"/>.</summary>
    public static ValueSite Known(string text, TextPartKind kind, Location location, string? sharedBy = null) =>
        FromParts(ImmutableArray.Create(new TextPart(text, kind, location) { SharedBy = sharedBy }), location);

    /// <summary>The parts of <paramref name="value"/> as a piece of a longer text: null is empty, unknown is a hole.</summary>
    public static ImmutableArray<TextPart> PartsOf(ValueSite value, Location location)
    {
        if (value.IsNull)
        {
            return ImmutableArray<TextPart>.Empty;
        }

        return value.Pattern is null || value.Parts.IsEmpty ? ImmutableArray.Create(TextPart.Hole(location)) : value.Parts;
    }

    /// <summary>The same parts, now read from a declaration other code can read too.</summary>
    public static ValueSite SharedBy(ValueSite value, string symbol) =>
        value with { Parts = value.Parts.Select(p => p.Kind == TextPartKind.Hole ? p : p with { SharedBy = p.SharedBy ?? symbol }).ToImmutableArray() };

    /// <summary>How an unknown value is named in a message: its code, on one line and not too long.</summary>
    public static string Shorten(string code)
    {
        var line = string.Join(" ", code.Split(new[] { '\r', '\n' }, System.StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()));
        return line.Length <= 60 ? line : line.Substring(0, 57) + "...";
    }
}
