namespace EiAnalyzers.Description;

/// <summary>How a value of the same kind is written at a value's place, so that a replacement keeps the user's style.</summary>
internal enum SpellingKind
{
    /// <summary>Nothing can be written here (an expression of another type, or no place at all).</summary>
    None,

    /// <summary>A string literal.</summary>
    StringLiteral,

    /// <summary>A static field of the same class, with the same qualifier: <c>ProductionVariantInstanceType.MlG4dnXlarge</c>.</summary>
    ConstantClassField,

    /// <summary>A field of the generated <c>EiAccelerators</c>, with the same qualifier.</summary>
    GeneratedConstant,

    /// <summary>The value is C# code, written as it is (<c>true</c>).</summary>
    Code,
}

/// <summary>
/// The spelling of a value's place: its kind and the qualifier written before the field name (as the user wrote it,
/// or the type's name where the place holds no field yet).
/// </summary>
internal sealed record Spelling(SpellingKind Kind, string? Qualifier = null)
{
    public static readonly Spelling None = new(SpellingKind.None);

    public static readonly Spelling StringLiteral = new(SpellingKind.StringLiteral);

    public static readonly Spelling Code = new(SpellingKind.Code);
}
