using Microsoft.CodeAnalysis;

namespace EiAnalyzers.Description;

/// <summary>How a piece of a string is written in the source.</summary>
internal enum TextPartKind
{
    /// <summary>Known only at run time (a parameter, a call): cannot be rewritten.</summary>
    Hole,

    /// <summary>A whole string literal token (regular, verbatim or raw).</summary>
    Literal,

    /// <summary>The text between the holes of an interpolated string.</summary>
    InterpolatedText,

    /// <summary>Known, but not written as text anywhere a fix could rewrite (a ConstantClass field, a number).</summary>
    Fixed,
}

/// <summary>
/// A piece of a string value and where it is written: <c>$"{account}.dkr.ecr.{region}.amazonaws.com/" + Repository</c>
/// is a hole, a literal piece, a hole, a literal piece and a const's literal. A fix rewrites only the pieces it must.
/// </summary>
internal sealed record TextPart(string Text, TextPartKind Kind, Location Location)
{
    /// <summary>Marks, inside a pattern, a part only known at run time.</summary>
    public const char HoleChar = '\0';

    /// <summary>
    /// The piece is written in a declaration that other code can read too (a const, a static readonly field, a local
    /// read more than once): its symbol, so that a fix can tell whether every reader wants the same change.
    /// </summary>
    public string? SharedBy { get; init; }

    /// <summary>
    /// Where the value's own code reads the shared declaration this part is written in (<c>Images.CpuTag</c> in
    /// <c>Images.Registry + "/..." + Images.CpuTag</c>): a fix that must not change what other readers get writes there.
    /// </summary>
    public Location? ReadAt { get; init; }

    public bool IsRewritable => Kind is TextPartKind.Literal or TextPartKind.InterpolatedText;

    public static TextPart Hole(Location location) => new(HoleChar.ToString(), TextPartKind.Hole, location);
}
