using System.Collections.Immutable;
using System.Linq;

namespace EiAnalyzers.Knowledge;

/// <summary>How a framework or built-in algorithm relates to Elastic Inference.</summary>
internal enum EiSupport
{
    /// <summary>No EI build exists (XGBoost, scikit-learn, Hugging Face, most built-ins ...).</summary>
    None,

    /// <summary>EI-enabled builds exist for some versions (TensorFlow, MXNet, PyTorch).</summary>
    VersionedFramework,

    /// <summary>A built-in algorithm whose image supports EI (Image Classification, Object Detection).</summary>
    BuiltIn,
}

/// <summary>A member of the generated <c>EiFramework</c> enum, with what EI supports of it.</summary>
internal sealed class FrameworkInfo
{
    public FrameworkInfo(
        string member,
        int value,
        string displayName,
        EiSupport support,
        bool servedOnNotebooks,
        params EiVersion[] eiVersions)
    {
        Member = member;
        Value = value;
        DisplayName = displayName;
        Support = support;
        ServedOnNotebooks = servedOnNotebooks;
        EiVersions = eiVersions.ToImmutableArray();
    }

    /// <summary>The enum member name, e.g. <c>PyTorch</c>.</summary>
    public string Member { get; }

    /// <summary>The enum member's value: fixed, so a value cast from an integer means the same in every version.</summary>
    public int Value { get; }

    public string DisplayName { get; }

    public EiSupport Support { get; }

    /// <summary>Whether EI local mode on a notebook instance works (TensorFlow, MXNet; not PyTorch).</summary>
    public bool ServedOnNotebooks { get; }

    /// <summary>
    /// The framework a model without an EI build can be imported into to get one (ONNX: MXNet, ei-facts.md section 3),
    /// or null.
    /// </summary>
    public FrameworkInfo? ImportInto { get; init; }

    /// <summary>The model format the EI build requires (PyTorch: TorchScript), or null.</summary>
    public string? RequiredModelFormat { get; init; }

    public ImmutableArray<EiVersion> EiVersions { get; }

    public bool HasEiBuild => Support != EiSupport.None;

    /// <summary>The EI build of <paramref name="version"/> (a full version or an alias), or null when there is none.</summary>
    public EiVersion? FindEiVersion(string version)
    {
        foreach (var candidate in EiVersions)
        {
            if (candidate.Matches(version))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="version"/> has an EI build; built-ins are versioned by their image, not here.</summary>
    public bool SupportsVersion(string? version) =>
        Support switch
        {
            EiSupport.BuiltIn => true,
            EiSupport.VersionedFramework => version is not null && FindEiVersion(version) is not null,
            _ => false,
        };

    /// <summary>The supported versions, each once: the full versions (an alias names one of them, so it is not repeated).</summary>
    public string SupportedVersionsText => string.Join(", ", EiVersions.Select(v => v.Version));

    public override string ToString() => DisplayName;
}
