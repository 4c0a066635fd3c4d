using EiAnalyzers.Description;

namespace EiAnalyzers.Reading.Values;

/// <summary>
/// What an expression evaluates to while a code block is read: a text (a string, a ConstantClass value, a number), a
/// configuration object or list the block created or writes to, the name of such a model object, or nothing known.
/// Values are compared by content, so that two paths that leave the same values are one.
/// </summary>
internal abstract record Value
{
    public static readonly Value Unknown = new UnknownValue();
}

/// <summary>A text, as far as it is known, with where each of its parts is written.</summary>
internal sealed record TextValue(ValueSite Site) : Value
{
    /// <summary>The declared model whose generated <c>Name</c> constant this is (<c>ModelName = BertQa.Name</c>), or null.</summary>
    public DeclaredModelDescription? DeclaredBy { get; init; }

    /// <summary>
    /// How the SDK holds the text when it became a ConstantClass value: false when its <c>FindValue</c> (or the
    /// implicit conversion from string, which calls it) found it, case-insensitively, and holds its own spelling; true
    /// when <c>new X("...")</c> holds it as written; null for a plain text, whose case matters where it is sent.
    /// </summary>
    public bool? SentAsWritten { get; init; }

    /// <summary>The text as a ConstantClass of the SDK finds it (<c>X.FindValue(text)</c>, <c>X x = text</c>): in the SDK's spelling.</summary>
    public TextValue FoundBySdk() => this with { SentAsWritten = false };

    /// <summary>The text as <c>new X(text)</c> holds it: as written, and so the service receives it.</summary>
    public TextValue HeldAsWritten() => this with { SentAsWritten = true };
}

/// <summary>A configuration object or list tracked in this block, by its id in the block's state.</summary>
internal sealed record ObjectValue(int Object) : Value;

/// <summary>The name of a tracked model object (<c>model.AttrModelName</c>, <c>request.ModelName</c>), and its text if known.</summary>
internal sealed record ModelNameValue(int Model, ValueSite Site) : Value;

/// <summary>Nothing is known: not a text, not an object the block tracks.</summary>
internal sealed record UnknownValue : Value;
