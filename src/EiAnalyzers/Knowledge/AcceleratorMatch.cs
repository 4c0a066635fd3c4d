namespace EiAnalyzers.Knowledge;

/// <summary>How a text names an accelerator type.</summary>
internal enum AcceleratorMatchKind
{
    /// <summary>Not one of the six, in any case (<c>eia2.medium</c>, <c>ml.eia.medium</c>, <c>" ml.eia2.medium"</c>).</summary>
    Unknown,

    /// <summary>One of the six, as the service spells it (<c>ml.eia2.medium</c>).</summary>
    Exact,

    /// <summary>
    /// One of the six in another case (<c>ML.EIA2.MEDIUM</c>). What the service receives depends on the path:
    /// AWSSDK.Core 4.1.0's <c>ConstantClass.FindValue</c> (and so the implicit conversion from string) looks the text up
    /// in a dictionary of the static fields with <c>StringComparer.OrdinalIgnoreCase</c> and returns the canonical
    /// field, whose <c>Value</c> is <c>ml.eia2.medium</c>; even <c>new ProductionVariantAcceleratorType("ML.EIA2.MEDIUM")</c>
    /// is sent canonical, because <c>ToString()</c> and the conversion to string return <c>Intern().Value</c>. A CDK string
    /// or a notebook's <c>List&lt;string&gt; AcceleratorTypes</c> is sent as written. Nothing trims: a text with spaces
    /// is a new instance with the text as written, so it is <see cref="Unknown"/>.
    /// </summary>
    WrongCase,
}

/// <summary>The answer of <see cref="EiCatalog.MatchAccelerator"/>: the kind of match and the accelerator, spelled canonically.</summary>
internal readonly struct AcceleratorMatch
{
    public AcceleratorMatch(AcceleratorMatchKind kind, AcceleratorInfo? accelerator)
    {
        Kind = kind;
        Accelerator = accelerator;
    }

    public AcceleratorMatchKind Kind { get; }

    /// <summary>The accelerator named, whose <see cref="AcceleratorInfo.Name"/> is the right case; null when unknown.</summary>
    public AcceleratorInfo? Accelerator { get; }

    public override string ToString() => Kind + (Accelerator is null ? "" : " " + Accelerator.Name);
}
