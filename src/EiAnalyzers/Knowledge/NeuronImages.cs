using System.Collections.Immutable;
using System.Linq;

namespace EiAnalyzers.Knowledge;

/// <summary>
/// The Neuron (AWS Inferentia) inference images of the Deep Learning Containers list (data/reference/). Their
/// framework versions differ from every EI version, and a model runs on Inferentia only once compiled with the Neuron
/// SDK: an EI model cannot be moved to Inferentia by a fix, only told what it would need.
/// </summary>
internal static class NeuronImages
{
    public static readonly ImmutableArray<DlcImage> All = ImmutableArray.Create(
        new DlcImage(EiCatalog.PyTorch, "pytorch-inference-neuron", "1.9.1-neuron-py37-sdk1.16.1-ubuntu18.04"),
        new DlcImage(EiCatalog.TensorFlow, "tensorflow-inference-neuron", "1.15.5-neuron-py37-sdk1.16.1-ubuntu18.04"),
        new DlcImage(EiCatalog.TensorFlow, "tensorflow-inference-neuron", "2.5.1-neuron-py37-sdk1.16.1-ubuntu18.04"),
        new DlcImage(EiCatalog.MXNet, "mxnet-inference-neuron", "1.8.0-neuron-py37-sdk1.16.1-ubuntu18.04"));

    /// <summary>The Neuron images of <paramref name="framework"/> (none for a framework without EI builds).</summary>
    public static ImmutableArray<DlcImage> Of(FrameworkInfo framework) => All.Where(i => i.Framework == framework).ToImmutableArray();

    /// <summary>The Neuron repository of <paramref name="framework"/>, e.g. <c>tensorflow-inference-neuron</c>, or null.</summary>
    public static string? RepositoryOf(FrameworkInfo framework) => All.FirstOrDefault(i => i.Framework == framework)?.Repository;

    /// <summary>Whether a Neuron image of the same version exists: false for every EI version (the model must be recompiled, and moved to another version).</summary>
    public static bool ExistsFor(FrameworkInfo framework, string version) =>
        framework.FindEiVersion(version) is { } ei && All.Any(i => i.Framework == framework && i.Parts.Version == ei.Version);
}
