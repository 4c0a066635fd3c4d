namespace EiAnalyzers.Knowledge;

/// <summary>Where a non-EI inference image of the catalog comes from.</summary>
internal enum InferenceImageSource
{
    /// <summary>The Python SDK's <c>inference</c> scope: the tag is the one the SDK builds.</summary>
    PythonSdk,

    /// <summary>The Deep Learning Containers list (available_images.md), for a version the Python SDK lacks.</summary>
    DeepLearningContainers,
}

/// <summary>
/// The non-EI inference image AWS published for the same framework version as an EI image, for one processor: what
/// the migration away from EI switches a model to (rules.md, "Migration").
/// </summary>
internal sealed class InferenceImage
{
    public InferenceImage(FrameworkInfo framework, string version, string processor, string repository, string tag, RegistryMap registries, InferenceImageSource source)
    {
        Framework = framework;
        Version = version;
        Processor = processor;
        Repository = repository;
        Tag = tag;
        Registries = registries;
        Source = source;
    }

    public FrameworkInfo Framework { get; }

    /// <summary>The full version, e.g. <c>1.5.1</c>.</summary>
    public string Version { get; }

    /// <summary><c>cpu</c> or <c>gpu</c>.</summary>
    public string Processor { get; }

    public string Repository { get; }

    /// <summary>The tag, e.g. <c>2.3.0-gpu</c>, <c>1.3.1-cpu-py3</c>, <c>1.5.1-gpu-py36-cu101-ubuntu16.04</c>.</summary>
    public string Tag { get; }

    public RegistryMap Registries { get; }

    public InferenceImageSource Source { get; }

    /// <summary>The registry account of the repository in <paramref name="region"/>, or null where it is not served.</summary>
    public string? AccountIn(string region) => Registries.AccountIn(region);

    /// <summary>The image's URI in <paramref name="region"/>, or null where the repository is not served.</summary>
    public string? UriIn(string region) =>
        AccountIn(region) is { } account ? $"{Partitions.RegistryHost(account, region)}/{Repository}:{Tag}" : null;

    public override string ToString() => Repository + ":" + Tag;
}
