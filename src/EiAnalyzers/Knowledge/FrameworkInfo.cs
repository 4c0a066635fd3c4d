using System;
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

/// <summary>One EI-enabled framework version and the image repository that serves it (ei-facts.md section 3).</summary>
internal sealed class EiVersion
{
    public EiVersion(string version, string repository, string account, params string[] aliases)
    {
        Version = version;
        Repository = repository;
        Account = account;
        Aliases = aliases.ToImmutableArray();
    }

    /// <summary>The full version, e.g. <c>1.5.1</c>.</summary>
    public string Version { get; }

    /// <summary>Short forms the Python SDK accepts, e.g. <c>1.5</c>.</summary>
    public ImmutableArray<string> Aliases { get; }

    public string Repository { get; }

    /// <summary>The ECR account of the image in the EI regions.</summary>
    public string Account { get; }

    public bool Matches(string version) =>
        string.Equals(Version, version, StringComparison.Ordinal) || Aliases.Contains(version, StringComparer.Ordinal);
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
        string? advice,
        params EiVersion[] eiVersions)
    {
        Member = member;
        Value = value;
        DisplayName = displayName;
        Support = support;
        ServedOnNotebooks = servedOnNotebooks;
        Advice = advice;
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

    /// <summary>What to do instead when the framework has no EI build, or null.</summary>
    public string? Advice { get; }

    public ImmutableArray<EiVersion> EiVersions { get; }

    public bool HasEiBuild => Support != EiSupport.None;

    /// <summary>The EI build of <paramref name="version"/>, or null when there is none.</summary>
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

    /// <summary>The supported versions as the Python SDK prints them: full versions, then aliases.</summary>
    public string SupportedVersionsText =>
        string.Join(", ", EiVersions.Select(v => v.Version).Concat(EiVersions.SelectMany(v => v.Aliases)));

    public override string ToString() => DisplayName;
}
