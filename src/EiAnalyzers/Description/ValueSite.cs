using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace EiAnalyzers.Description;

/// <summary>
/// One value set on a configuration object, as far as it is known at compile time, and where it is written.
/// Plain data (a location, texts, flags): no operation, symbol or syntax, so it can wait for the end of the
/// compilation, and a reader that is not C# could produce it too.
/// </summary>
internal sealed record ValueSite
{
    /// <summary>A value nothing is known of, not even where it is written (after a call that may change it).</summary>
    public static readonly ValueSite Unknown = new() { Location = Location.None, Code = "(unknown)" };

    /// <summary>Where the value is set: the diagnostic goes here, and a fix that replaces it writes here.</summary>
    public Location Location { get; init; } = Location.None;

    /// <summary>The value, with <see cref="TextPart.HoleChar"/> for each part only known at run time; null when nothing of it is known.</summary>
    public string? Pattern { get; init; }

    public bool IsNull { get; init; }

    /// <summary>An object that certainly exists (<c>new AsyncInferenceConfig()</c>), whatever it holds.</summary>
    public bool IsObject { get; init; }

    /// <summary>The code of a value known only at run time, to name it in a message.</summary>
    public string? Code { get; init; }

    /// <summary>How a replacement is written at <see cref="Location"/> (a literal, a field of the same class ...).</summary>
    public Spelling Spelling { get; init; } = Spelling.None;

    /// <summary>Where each part of the text is written, in order (for a fix that rewrites part of an image URI).</summary>
    public ImmutableArray<TextPart> Parts { get; init; } = ImmutableArray<TextPart>.Empty;

    /// <summary>
    /// Where the whole value was written when it flows from elsewhere (a local's, const's or argument's literal): a fix
    /// that corrects the value itself (not its use) writes there.
    /// </summary>
    public ValuePlace? Origin { get; init; }

    /// <summary>
    /// The service receives the text exactly as written (a CDK string, the notebook request's list of strings, a
    /// ConstantClass made with <c>new X("...")</c>), so its case matters; false where the SDK's ConstantClass maps it
    /// to its own spelling (<c>X.FindValue("...")</c>, the implicit conversion from string, a field of the class).
    /// </summary>
    public bool IsSentAsWritten { get; init; }

    /// <summary>The whole value, when it is known at compile time.</summary>
    public string? Text => Pattern is not null && Pattern.IndexOf(TextPart.HoleChar) < 0 ? Pattern : null;

    public bool IsKnown => Text is not null;

    /// <summary>Set to something: an object, or a value that is not null (possibly unknown).</summary>
    public bool IsSet => !IsNull;

    /// <summary>Set to an object or a value that certainly exists.</summary>
    public bool IsCertainlySet => IsObject || IsKnown;

    /// <summary>Neither a known value, nor null, nor an object: only known at run time.</summary>
    public bool IsRunTime => !IsNull && !IsObject && !IsKnown;

    // Compared by content (a record would compare the parts' arrays by reference): two paths that leave the same
    // values must be one state, or a loop would never settle.
    public bool Equals(ValueSite? other) =>
        other is not null
        && Location.Equals(other.Location)
        && Pattern == other.Pattern
        && IsNull == other.IsNull
        && IsObject == other.IsObject
        && Code == other.Code
        && IsSentAsWritten == other.IsSentAsWritten
        && Equals(Spelling, other.Spelling)
        && Equals(Origin, other.Origin)
        && Parts.SequenceEqual(other.Parts);

    public override int GetHashCode()
    {
        unchecked
        {
            var hash = Location.GetHashCode();
            hash = (hash * 31) + (Pattern?.GetHashCode() ?? 0);
            hash = (hash * 31) + (IsNull ? 1 : 0) + (IsObject ? 2 : 0) + (IsSentAsWritten ? 4 : 0);
            return (hash * 31) + Parts.Length;
        }
    }

    public override string ToString()
    {
        if (Text is { } text)
        {
            return text;
        }

        if (Pattern is { } pattern)
        {
            var builder = new StringBuilder();
            foreach (var c in pattern)
            {
                builder.Append(c == TextPart.HoleChar ? "{…}" : c.ToString());
            }

            return builder.ToString();
        }

        return IsNull ? "null" : Code ?? "(unknown)";
    }
}
