using System;

namespace EiAnalyzers.Knowledge;

/// <summary>
/// An image tag, read into its parts: the Python SDK's short forms (<c>2.3.0-cpu</c>, <c>1.5.1-cpu-py3</c>) and the Deep
/// Learning Containers' long ones (<c>2.3.0-cpu-py37-ubuntu18.04</c>, <c>1.5.1-gpu-py36-cu101-ubuntu16.04</c>,
/// <c>2.3.0-cpu-py37-ubuntu18.04-v2.0</c>, <c>1.9.1-neuron-py37-sdk1.16.1-ubuntu18.04</c>) name the same image by
/// version, processor and py version. A part that holds <see cref="ImageReference.Hole"/> is left unread.
/// </summary>
internal sealed class ImageTag
{
    private ImageTag(string text)
    {
        Text = text;
    }

    public string Text { get; }

    /// <summary>The version at the start (<c>2.3.0</c> of <c>2.3.0-cpu-py37</c>), when the tag has one.</summary>
    public string? Version { get; private set; }

    /// <summary><c>cpu</c>, <c>gpu</c>, <c>inf</c>, <c>neuron</c> or <c>neuronx</c> when the tag names one.</summary>
    public string? Processor { get; private set; }

    /// <summary><c>py3</c>, <c>py37</c> ... when the tag names one.</summary>
    public string? PyVersion { get; private set; }

    /// <summary>The CUDA part of a GPU tag, e.g. <c>cu101</c>.</summary>
    public string? Cuda { get; private set; }

    /// <summary>The base image, e.g. <c>ubuntu18.04</c>.</summary>
    public string? OperatingSystem { get; private set; }

    /// <summary>The Neuron SDK version of a Neuron tag, e.g. <c>1.16.1</c>.</summary>
    public string? NeuronSdk { get; private set; }

    /// <summary>A release of the same image, e.g. <c>v2.0</c>.</summary>
    public string? Release { get; private set; }

    public static ImageTag Parse(string tag)
    {
        var result = new ImageTag(tag);
        var end = 0;
        while (end < tag.Length && (char.IsDigit(tag[end]) || tag[end] == '.'))
        {
            end++;
        }

        var versionEnds = end == tag.Length || tag[end] == '-';
        if (end > 0 && versionEnds && char.IsDigit(tag[end - 1]) && VersionText.IsVersion(tag.Substring(0, end)))
        {
            result.Version = tag.Substring(0, end);
        }

        foreach (var token in tag.Split('-'))
        {
            if (token.IndexOf(ImageReference.Hole) >= 0)
            {
                continue;
            }

            if (token is "cpu" or "gpu" or "inf" or "neuron" or "neuronx")
            {
                result.Processor ??= token;
            }
            else if (PyVersions.IsPyVersion(token))
            {
                result.PyVersion ??= token;
            }
            else if (IsNumbered(token, "cu"))
            {
                result.Cuda ??= token;
            }
            else if (IsNumbered(token, "ubuntu") || IsNumbered(token, "amzn") || IsNumbered(token, "al"))
            {
                result.OperatingSystem ??= token;
            }
            else if (IsNumbered(token, "sdk"))
            {
                result.NeuronSdk ??= token.Substring(3);
            }
            else if (IsNumbered(token, "v") && result.OperatingSystem is not null)
            {
                result.Release ??= token;
            }
        }

        return result;
    }

    /// <summary>
    /// Whether both tags name the same build: the same version and processor, and py versions that agree (equal, one
    /// missing, or a generic <c>py3</c> for a <c>py36</c>), so <c>1.5.1-cpu-py3</c> is <c>1.5.1-cpu-py36-ubuntu16.04</c>.
    /// </summary>
    public bool SameBuildAs(ImageTag other) =>
        Version is not null
        && string.Equals(Version, other.Version, StringComparison.Ordinal)
        && string.Equals(Processor, other.Processor, StringComparison.Ordinal)
        && PyVersionsAgree(PyVersion, other.PyVersion);

    private static bool PyVersionsAgree(string? a, string? b) =>
        a is null || b is null || a == b || IsGenericFor(a, b) || IsGenericFor(b, a);

    /// <summary><c>py3</c> (a major version only) stands for <c>py36</c>, <c>py310</c> ...</summary>
    private static bool IsGenericFor(string generic, string specific) =>
        generic.Length == 3 && specific.StartsWith(generic, StringComparison.Ordinal);

    /// <summary><paramref name="prefix"/> followed by a digit: <c>cu101</c>, <c>ubuntu18.04</c>, <c>sdk1.16.1</c>, <c>v2.0</c>.</summary>
    private static bool IsNumbered(string token, string prefix) =>
        token.Length > prefix.Length && token.StartsWith(prefix, StringComparison.Ordinal) && char.IsDigit(token[prefix.Length]);

    public override string ToString() => Text;
}
