using System;
using System.Collections.Immutable;
using System.Linq;

namespace EiAnalyzers.Knowledge;

/// <summary>
/// One EI-enabled framework version, as the Python SDK's <c>eia</c> scope lists it (ei-facts.md section 3): its
/// aliases, repository, py versions and the account that serves it in each region.
/// </summary>
internal sealed class EiVersion
{
    /// <param name="aliases">Space-separated short forms, e.g. <c>"1.5"</c>; empty for none.</param>
    /// <param name="pyVersions">Space-separated, e.g. <c>"py2 py3"</c>; empty where the entry lists none.</param>
    public EiVersion(string version, string aliases, string repository, string pyVersions, RegistryMap registries)
    {
        Version = version;
        Aliases = Split(aliases);
        Repository = repository;
        PyVersions = Split(pyVersions);
        Registries = registries;
        PyVersion = Knowledge.PyVersions.Newest(PyVersions);
        Tag = SdkTags.Format(version, EiCatalog.EiProcessor, PyVersion);
    }

    /// <summary>The full version, e.g. <c>1.5.1</c>.</summary>
    public string Version { get; }

    /// <summary>Short forms the Python SDK accepts, e.g. <c>1.5</c>.</summary>
    public ImmutableArray<string> Aliases { get; }

    public string Repository { get; }

    /// <summary>The py versions the entry lists, as listed (none for most TensorFlow entries).</summary>
    public ImmutableArray<string> PyVersions { get; }

    /// <summary>The py version of the tag: the newest listed, or null.</summary>
    public string? PyVersion { get; }

    /// <summary>The tag the Python SDK builds: <c>1.5.1-cpu-py3</c>, <c>2.3.0-cpu</c>.</summary>
    public string Tag { get; }

    public RegistryMap Registries { get; }

    public bool Matches(string version) =>
        string.Equals(Version, version, StringComparison.Ordinal) || Aliases.Contains(version, StringComparer.Ordinal);

    public override string ToString() => Version;

    internal static ImmutableArray<string> Split(string words) =>
        words.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).ToImmutableArray();
}
