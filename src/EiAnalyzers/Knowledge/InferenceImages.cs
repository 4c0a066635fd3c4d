using System;
using System.Collections.Immutable;
using System.Linq;

namespace EiAnalyzers.Knowledge;

/// <summary>
/// The non-EI images of the EI versions (data/reference/: the Python SDK's <c>inference</c> scope, and the Deep
/// Learning Containers list where the SDK lacks a version). Only the EI versions are listed: they are what a
/// migration away from EI needs, and a wrong or missing one fails the Knowledge tests.
/// </summary>
internal static class InferenceImages
{
    /// <summary>The processors of the <c>inference</c> scope of tensorflow.json, mxnet.json and pytorch.json.</summary>
    public static readonly ImmutableArray<string> Processors = ImmutableArray.Create("cpu", "gpu");



    public static readonly ImmutableArray<InferenceEntry> TensorFlow = ImmutableArray.Create(
        new InferenceEntry("1.10.0", "sagemaker-tensorflow", "py2", Registries.SageMakerFrameworksWithoutOsaka),
        new InferenceEntry("1.11.0", "sagemaker-tensorflow-serving", "", Registries.SageMakerFrameworksWithoutOsaka),
        new InferenceEntry("1.12.0", "sagemaker-tensorflow-serving", "", Registries.SageMakerFrameworksWithoutOsaka),
        new InferenceEntry("1.13.0", "tensorflow-inference", "", Registries.DeepLearningContainers),
        new InferenceEntry("1.14.0", "tensorflow-inference", "", Registries.DeepLearningContainers),
        new InferenceEntry("1.15.0", "tensorflow-inference", "", Registries.DeepLearningContainers),
        new InferenceEntry("2.0.0", "tensorflow-inference", "", Registries.DeepLearningContainers),
        new InferenceEntry("2.3.0", "tensorflow-inference", "", Registries.DeepLearningContainers));

    /// <summary>MXNet 1.4.1 is keyed by py version in the SDK: one repository per py version. 1.5.1 is not listed.</summary>
    public static readonly ImmutableArray<InferenceEntry> MXNet = ImmutableArray.Create(
        new InferenceEntry("1.3.0", "sagemaker-mxnet", "py2 py3", Registries.SageMakerFrameworksWithoutOsaka),
        new InferenceEntry("1.4.0", "sagemaker-mxnet-serving", "py2 py3", Registries.SageMakerFrameworksWithoutOsaka),
        new InferenceEntry("1.4.1", "sagemaker-mxnet-serving", "py2", Registries.SageMakerFrameworksWithoutOsaka),
        new InferenceEntry("1.4.1", "mxnet-inference", "py3", Registries.DeepLearningContainersOfEiEra),
        new InferenceEntry("1.7.0", "mxnet-inference", "py3", Registries.DeepLearningContainersOfEiEra));

    /// <summary>PyTorch 1.5.1 is not listed (the SDK has 1.5.0): see <see cref="DeepLearningContainerTags"/>.</summary>
    public static readonly ImmutableArray<InferenceEntry> PyTorch = ImmutableArray.Create(
        new InferenceEntry("1.3.1", "pytorch-inference", "py2 py3", Registries.DeepLearningContainers));

    /// <summary>
    /// Tags of the Deep Learning Containers list for EI versions the SDK lacks (PyTorch 1.5.1). The list's URIs are
    /// us-east-1 examples; in other regions the account is the one the SDK lists for the same repository.
    /// </summary>
    public static readonly ImmutableArray<DlcImage> DeepLearningContainerTags = ImmutableArray.Create(
        new DlcImage(EiCatalog.PyTorch, "pytorch-inference", "1.5.1-gpu-py36-cu101-ubuntu16.04"),
        new DlcImage(EiCatalog.PyTorch, "pytorch-inference", "1.5.1-cpu-py36-ubuntu16.04"));

    /// <summary>The registries of a Deep Learning Containers tag: the ones the SDK lists for its repository's 1.5.0 entry.</summary>
    public static RegistryMap RegistriesOf(DlcImage image) => Registries.DeepLearningContainers;

    public static ImmutableArray<InferenceEntry> SdkEntriesOf(FrameworkInfo framework) =>
        framework == EiCatalog.TensorFlow ? TensorFlow
        : framework == EiCatalog.MXNet ? MXNet
        : framework == EiCatalog.PyTorch ? PyTorch
        : ImmutableArray<InferenceEntry>.Empty;

    /// <summary>
    /// The non-EI inference image of the EI version <paramref name="version"/> (an alias is resolved by the EI entry)
    /// for <paramref name="processor"/> (<c>cpu</c> or <c>gpu</c>): the Python SDK's tag (the newest py version where the
    /// entry lists several), else the Deep Learning Containers tag; null where neither has the version, so that no fix
    /// ever invents a tag (MXNet 1.5.1).
    /// </summary>
    public static InferenceImage? For(FrameworkInfo framework, string version, string processor)
    {
        if (framework.FindEiVersion(version) is not { } ei || !Processors.Contains(processor))
        {
            return null;
        }

        var full = ei.Version;
        InferenceEntry? best = null;
        string? bestPy = null;
        foreach (var entry in SdkEntriesOf(framework).Where(e => e.Version == full))
        {
            var py = PyVersions.Newest(entry.PyVersions);
            if (best is null || (py is not null && (bestPy is null || PyVersions.Compare(py, bestPy) > 0)))
            {
                (best, bestPy) = (entry, py);
            }
        }

        if (best is not null)
        {
            return new InferenceImage(
                framework, full, processor, best.Repository, SdkTags.Format(full, processor, bestPy), best.Registries, InferenceImageSource.PythonSdk);
        }

        foreach (var image in DeepLearningContainerTags)
        {
            if (image.Framework == framework && image.Parts.Version == full && string.Equals(image.Parts.Processor, processor, StringComparison.Ordinal))
            {
                return new InferenceImage(
                    framework, full, processor, image.Repository, image.Tag, RegistriesOf(image), InferenceImageSource.DeepLearningContainers);
            }
        }

        return null;
    }
}
