namespace EiAnalyzers.Knowledge;

/// <summary>What a known container image repository is, as far as EI is concerned (ei-facts.md sections 3-4).</summary>
internal enum ImageKind
{
    /// <summary>An EI-enabled framework image (<c>*-eia</c>).</summary>
    EiFramework,

    /// <summary>A non-EI image of a framework that has EI builds (<c>pytorch-inference</c>): an accelerator is unused.</summary>
    NonEiFramework,

    /// <summary>A built-in algorithm whose image supports EI (<c>image-classification</c>, <c>object-detection</c>).</summary>
    EiBuiltIn,

    /// <summary>Anything else known: no EI build at all (XGBoost, scikit-learn, Hugging Face, other built-ins).</summary>
    NoEi,
}

internal sealed class ImageRepositoryInfo
{
    public ImageRepositoryInfo(string name, ImageKind kind, FrameworkInfo? framework, string displayName, bool isPrefix = false)
    {
        Name = name;
        Kind = kind;
        Framework = framework;
        DisplayName = displayName;
        IsPrefix = isPrefix;
    }

    /// <summary>The repository name, or its prefix when <see cref="IsPrefix"/> (<c>huggingface-</c>).</summary>
    public string Name { get; }

    public bool IsPrefix { get; }

    public ImageKind Kind { get; }

    /// <summary>The framework the image serves, when it is one the <c>EiFramework</c> enum names.</summary>
    public FrameworkInfo? Framework { get; }

    /// <summary>What the image is, in words: "XGBoost", "the Linear Learner built-in algorithm".</summary>
    public string DisplayName { get; }

    public bool IsEiEnabled => Kind is ImageKind.EiFramework or ImageKind.EiBuiltIn;

    public override string ToString() => Name;
}
