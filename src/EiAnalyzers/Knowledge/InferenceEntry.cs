using System.Collections.Immutable;

namespace EiAnalyzers.Knowledge;

/// <summary>One entry of the Python SDK's <c>inference</c> scope, for a version that had an EI build.</summary>
internal sealed class InferenceEntry
{
    /// <param name="pyVersions">Space-separated, e.g. <c>"py2 py3"</c>; empty where the entry lists none.</param>
    public InferenceEntry(string version, string repository, string pyVersions, RegistryMap registries)
    {
        Version = version;
        Repository = repository;
        PyVersions = EiVersion.Split(pyVersions);
        Registries = registries;
    }

    public string Version { get; }

    public string Repository { get; }

    public ImmutableArray<string> PyVersions { get; }

    public RegistryMap Registries { get; }

    public override string ToString() => Version + " " + Repository;
}
