using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace EiAnalyzers.Knowledge;

/// <summary>
/// Every Elastic Inference fact the generator, the analyzers and the fixes use, written once, as typed values (the
/// English of the diagnostics is Diagnostics/Wording.cs). Sources are ../shared/ei-facts.md (section numbers below
/// refer to it) and AWS's own tables in data/reference/, with which the Knowledge tests compare every fact.
/// </summary>
internal static class EiCatalog
{
    // ---- Section 1: accelerator types --------------------------------------------------------------------------

    public static readonly ImmutableArray<AcceleratorInfo> Accelerators = ImmutableArray.Create(
        new AcceleratorInfo(1, "medium", 1, 8, 1),
        new AcceleratorInfo(1, "large", 2, 16, 2),
        new AcceleratorInfo(1, "xlarge", 4, 32, 4),
        new AcceleratorInfo(2, "medium", 1, 8, 2),
        new AcceleratorInfo(2, "large", 2, 16, 4),
        new AcceleratorInfo(2, "xlarge", 4, 32, 8));

    /// <summary>The accelerators in the order a fix prefers them: eia2 (twice the memory, lower price) first, then by memory.</summary>
    public static readonly ImmutableArray<AcceleratorInfo> AcceleratorsByPreference =
        Accelerators.OrderByDescending(a => a.Generation).ThenBy(a => a.MemoryGb).ToImmutableArray();

    /// <summary>The accelerator named <paramref name="value"/>, in any case, as the SDK's ConstantClass finds it (no trimming).</summary>
    public static AcceleratorInfo? FindAccelerator(string? value)
    {
        if (value is null)
        {
            return null;
        }

        foreach (var accelerator in Accelerators)
        {
            if (string.Equals(accelerator.Name, value, StringComparison.OrdinalIgnoreCase))
            {
                return accelerator;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether <paramref name="text"/> names an accelerator exactly, in another case, or not at all. Where the value is
    /// sent as written (a CDK string, a notebook's <c>List&lt;string&gt;</c>) only <see cref="AcceleratorMatchKind.Exact"/>
    /// is right; the SDK's ConstantClass sends a wrong case canonically (see <see cref="AcceleratorMatchKind.WrongCase"/>).
    /// </summary>
    public static AcceleratorMatch MatchAccelerator(string? text)
    {
        if (FindAccelerator(text) is not { } accelerator)
        {
            return new AcceleratorMatch(AcceleratorMatchKind.Unknown, null);
        }

        var exact = string.Equals(accelerator.Name, text, StringComparison.Ordinal);
        return new AcceleratorMatch(exact ? AcceleratorMatchKind.Exact : AcceleratorMatchKind.WrongCase, accelerator);
    }

    public static AcceleratorInfo? FindAcceleratorByGeneratedName(string name) =>
        Accelerators.FirstOrDefault(a => a.GeneratedName == name);

    public static AcceleratorInfo? FindAcceleratorBySdkFieldName(string name) =>
        Accelerators.FirstOrDefault(a => a.SdkFieldName == name);

    /// <summary>The eia2 type of the same size (same throughput, twice the memory), for an eia1 type.</summary>
    public static AcceleratorInfo? SecondGenerationOf(AcceleratorInfo accelerator) =>
        accelerator.Generation == 1 ? Accelerators.First(a => a.Generation == 2 && a.Size == accelerator.Size) : null;

    public static string AcceleratorNamesText => string.Join(", ", Accelerators.Select(a => a.Name));

    // ---- Section 3: frameworks, EI versions, images ------------------------------------------------------------
    // The tables agree with the Python SDK's image_uri_config (data/reference/): the Knowledge tests compare every
    // version, alias, repository, py version and registry account with it.

    /// <summary>The processor of every EI image (the <c>eia</c> scopes list <c>cpu</c> only).</summary>
    public const string EiProcessor = "cpu";

    /// <summary>The one version of the built-in algorithms' images (image-classification.json, object-detection.json).</summary>
    public const string BuiltInVersion = "1";

    public static readonly FrameworkInfo Other = new("Other", 0, "a framework without EI support", EiSupport.None, false);

    public static readonly FrameworkInfo TensorFlow = new(
        "TensorFlow", 1, "TensorFlow", EiSupport.VersionedFramework, servedOnNotebooks: true,
        new EiVersion("1.10.0", "1.10", "sagemaker-tensorflow-eia", "py2", Registries.SageMakerFrameworksWithoutOsaka),
        new EiVersion("1.11.0", "1.11", "sagemaker-tensorflow-serving-eia", "", Registries.SageMakerFrameworksWithoutOsaka),
        new EiVersion("1.12.0", "1.12", "sagemaker-tensorflow-serving-eia", "", Registries.SageMakerFrameworksWithoutOsaka),
        new EiVersion("1.13.0", "1.13", "sagemaker-tensorflow-serving-eia", "", Registries.SageMakerFrameworksWithoutOsaka),
        new EiVersion("1.14.0", "1.14", "tensorflow-inference-eia", "", Registries.DeepLearningContainersOfEiEra),
        new EiVersion("1.15.0", "1.15", "tensorflow-inference-eia", "", Registries.DeepLearningContainersOfEiEra),
        new EiVersion("2.0.0", "2.0", "tensorflow-inference-eia", "", Registries.DeepLearningContainersOfEiEra),
        new EiVersion("2.3.0", "2.3", "tensorflow-inference-eia", "", Registries.DeepLearningContainersOfEiEra));

    public static readonly FrameworkInfo MXNet = new(
        "MXNet", 2, "Apache MXNet", EiSupport.VersionedFramework, servedOnNotebooks: true,
        new EiVersion("1.3.0", "1.3", "sagemaker-mxnet-eia", "py2 py3", Registries.SageMakerFrameworks),
        new EiVersion("1.4.0", "", "sagemaker-mxnet-serving-eia", "py2 py3", Registries.SageMakerFrameworks),
        new EiVersion("1.4.1", "1.4", "mxnet-inference-eia", "py2 py3", Registries.DeepLearningContainersOfEiEra),
        new EiVersion("1.5.1", "1.5", "mxnet-inference-eia", "py2 py3", Registries.DeepLearningContainersOfEiEra),
        new EiVersion("1.7.0", "1.7", "mxnet-inference-eia", "py3", Registries.DeepLearningContainersOfEiEra));

    public static readonly FrameworkInfo PyTorch = new(
        "PyTorch", 3, "PyTorch", EiSupport.VersionedFramework, servedOnNotebooks: false,
        new EiVersion("1.3.1", "1.3", "pytorch-inference-eia", "py3", Registries.DeepLearningContainers.Only(
            "ap-northeast-1 ap-northeast-2 ap-northeast-3 ap-south-1 ap-south-2 ap-southeast-1 ap-southeast-2 ap-southeast-3 " +
            "ap-southeast-4 ca-central-1 ca-west-1 cn-north-1 cn-northwest-1 eu-central-1 eu-central-2 eu-north-1 eu-south-2 " +
            "eu-west-1 us-east-1 us-east-2 us-west-2")),
        new EiVersion("1.5.1", "1.5", "pytorch-inference-eia", "py3", Registries.DeepLearningContainers.Only(
            "ap-northeast-1 ap-northeast-2 ap-south-2 ap-southeast-3 ap-southeast-4 ca-west-1 eu-central-2 eu-south-2 " +
            "eu-west-1 us-east-1 us-east-2 us-west-2")))
    {
        RequiredModelFormat = "TorchScript",
    };

    /// <summary>An ONNX model gets EI by being imported into MXNet and served as an MXNet model (ei-facts.md section 3).</summary>
    public static readonly FrameworkInfo Onnx = new("Onnx", 4, "ONNX", EiSupport.None, false) { ImportInto = MXNet };

    public static readonly FrameworkInfo XGBoost = new("XGBoost", 5, "XGBoost", EiSupport.None, false);

    public static readonly FrameworkInfo ScikitLearn = new("ScikitLearn", 6, "scikit-learn", EiSupport.None, false);

    public static readonly FrameworkInfo HuggingFace = new("HuggingFace", 7, "Hugging Face", EiSupport.None, false);

    public static readonly FrameworkInfo ImageClassification = new(
        "ImageClassification", 8, "the Image Classification built-in algorithm", EiSupport.BuiltIn, servedOnNotebooks: true);

    public static readonly FrameworkInfo ObjectDetection = new(
        "ObjectDetection", 9, "the Object Detection built-in algorithm", EiSupport.BuiltIn, servedOnNotebooks: true);

    public static readonly FrameworkInfo LinearLearner = new("LinearLearner", 10, "the Linear Learner built-in algorithm", EiSupport.None, false);

    public static readonly FrameworkInfo KMeans = new("KMeans", 11, "the k-means built-in algorithm", EiSupport.None, false);

    /// <summary>The members of the generated <c>EiFramework</c> enum, in value order.</summary>
    public static readonly ImmutableArray<FrameworkInfo> Frameworks = ImmutableArray.Create(
        Other, TensorFlow, MXNet, PyTorch, Onnx, XGBoost, ScikitLearn, HuggingFace, ImageClassification, ObjectDetection,
        LinearLearner, KMeans);

    public static FrameworkInfo? FindFramework(int value) => Frameworks.FirstOrDefault(f => f.Value == value);

    /// <summary>Every repository the image reader knows. An image not listed here is "unknown", never guessed at.</summary>
    public static readonly ImmutableArray<ImageRepositoryInfo> ImageRepositories = ImmutableArray.Create(
        // EI-enabled framework images.
        new ImageRepositoryInfo("sagemaker-tensorflow-eia", ImageKind.EiFramework, TensorFlow, "TensorFlow (EI)"),
        new ImageRepositoryInfo("sagemaker-tensorflow-serving-eia", ImageKind.EiFramework, TensorFlow, "TensorFlow Serving (EI)"),
        new ImageRepositoryInfo("tensorflow-inference-eia", ImageKind.EiFramework, TensorFlow, "TensorFlow (EI)"),
        new ImageRepositoryInfo("sagemaker-mxnet-eia", ImageKind.EiFramework, MXNet, "Apache MXNet (EI)"),
        new ImageRepositoryInfo("sagemaker-mxnet-serving-eia", ImageKind.EiFramework, MXNet, "Apache MXNet Serving (EI)"),
        new ImageRepositoryInfo("mxnet-inference-eia", ImageKind.EiFramework, MXNet, "Apache MXNet (EI)"),
        new ImageRepositoryInfo("pytorch-inference-eia", ImageKind.EiFramework, PyTorch, "PyTorch (EI)"),
        // The same frameworks without EI: an attached accelerator is never used.
        new ImageRepositoryInfo("tensorflow-inference", ImageKind.NonEiFramework, TensorFlow, "TensorFlow"),
        new ImageRepositoryInfo("tensorflow-training", ImageKind.NonEiFramework, TensorFlow, "TensorFlow (training)"),
        new ImageRepositoryInfo("sagemaker-tensorflow", ImageKind.NonEiFramework, TensorFlow, "TensorFlow"),
        new ImageRepositoryInfo("sagemaker-tensorflow-serving", ImageKind.NonEiFramework, TensorFlow, "TensorFlow Serving"),
        new ImageRepositoryInfo("sagemaker-tensorflow-scriptmode", ImageKind.NonEiFramework, TensorFlow, "TensorFlow"),
        new ImageRepositoryInfo("tensorflow-inference-graviton", ImageKind.NonEiFramework, TensorFlow, "TensorFlow (Graviton)"),
        new ImageRepositoryInfo("mxnet-inference", ImageKind.NonEiFramework, MXNet, "Apache MXNet"),
        new ImageRepositoryInfo("mxnet-training", ImageKind.NonEiFramework, MXNet, "Apache MXNet (training)"),
        new ImageRepositoryInfo("sagemaker-mxnet", ImageKind.NonEiFramework, MXNet, "Apache MXNet"),
        new ImageRepositoryInfo("sagemaker-mxnet-serving", ImageKind.NonEiFramework, MXNet, "Apache MXNet Serving"),
        new ImageRepositoryInfo("pytorch-inference", ImageKind.NonEiFramework, PyTorch, "PyTorch"),
        new ImageRepositoryInfo("pytorch-training", ImageKind.NonEiFramework, PyTorch, "PyTorch (training)"),
        new ImageRepositoryInfo("sagemaker-pytorch", ImageKind.NonEiFramework, PyTorch, "PyTorch"),
        new ImageRepositoryInfo("pytorch-inference-graviton", ImageKind.NonEiFramework, PyTorch, "PyTorch (Graviton)"),
        // The two built-in algorithms that support EI.
        new ImageRepositoryInfo("image-classification", ImageKind.EiBuiltIn, ImageClassification, "Image Classification (built-in)"),
        new ImageRepositoryInfo("object-detection", ImageKind.EiBuiltIn, ObjectDetection, "Object Detection (built-in)"),
        // Everything else known has no EI build.
        new ImageRepositoryInfo("sagemaker-xgboost", ImageKind.NoEi, XGBoost, "XGBoost"),
        new ImageRepositoryInfo("xgboost", ImageKind.NoEi, XGBoost, "XGBoost (built-in)"),
        new ImageRepositoryInfo("sagemaker-scikit-learn", ImageKind.NoEi, ScikitLearn, "scikit-learn"),
        new ImageRepositoryInfo("huggingface-", ImageKind.NoEi, HuggingFace, "Hugging Face", isPrefix: true),
        new ImageRepositoryInfo("linear-learner", ImageKind.NoEi, LinearLearner, "Linear Learner (built-in)"),
        new ImageRepositoryInfo("kmeans", ImageKind.NoEi, KMeans, "k-means (built-in)"),
        new ImageRepositoryInfo("knn", ImageKind.NoEi, null, "k-nearest neighbors (built-in)"),
        new ImageRepositoryInfo("pca", ImageKind.NoEi, null, "PCA (built-in)"),
        new ImageRepositoryInfo("ipinsights", ImageKind.NoEi, null, "IP Insights (built-in)"),
        new ImageRepositoryInfo("randomcutforest", ImageKind.NoEi, null, "Random Cut Forest (built-in)"),
        new ImageRepositoryInfo("blazingtext", ImageKind.NoEi, null, "BlazingText (built-in)"),
        new ImageRepositoryInfo("seq2seq", ImageKind.NoEi, null, "Sequence-to-Sequence (built-in)"),
        new ImageRepositoryInfo("factorization-machines", ImageKind.NoEi, null, "Factorization Machines (built-in)"),
        new ImageRepositoryInfo("ntm", ImageKind.NoEi, null, "Neural Topic Model (built-in)"),
        new ImageRepositoryInfo("lda", ImageKind.NoEi, null, "LDA (built-in)"),
        new ImageRepositoryInfo("object2vec", ImageKind.NoEi, null, "Object2Vec (built-in)"),
        new ImageRepositoryInfo("semantic-segmentation", ImageKind.NoEi, null, "Semantic Segmentation (built-in)"),
        new ImageRepositoryInfo("forecasting-deepar", ImageKind.NoEi, null, "DeepAR (built-in)"),
        new ImageRepositoryInfo("sagemaker-sparkml-serving", ImageKind.NoEi, null, "SparkML Serving"),
        new ImageRepositoryInfo("djl-inference", ImageKind.NoEi, null, "DJL / large model inference"),
        new ImageRepositoryInfo("sagemaker-tritonserver", ImageKind.NoEi, null, "NVIDIA Triton"));

    public static ImageRepositoryInfo? FindRepository(string repository)
    {
        foreach (var candidate in ImageRepositories)
        {
            var matches = candidate.IsPrefix
                ? repository.StartsWith(candidate.Name, StringComparison.Ordinal)
                : string.Equals(candidate.Name, repository, StringComparison.Ordinal);
            if (matches)
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>
    /// The EI image of a declared model in <paramref name="region"/>, exactly as the Python SDK builds it
    /// (<c>{account}.dkr.ecr.{region}.{dns suffix}/{repository}:{tag}</c>, tag <see cref="EiVersion.Tag"/>), or null
    /// outside the EI regions and where none exists.
    /// </summary>
    public static string? EiImageUri(FrameworkInfo framework, string version, string region)
    {
        if (!EiRegions.Contains(region))
        {
            return null;
        }

        switch (framework.Support)
        {
            case EiSupport.VersionedFramework:
                var build = framework.FindEiVersion(version);
                return build?.Registries.AccountIn(region) is { } account
                    ? $"{Partitions.RegistryHost(account, region)}/{build.Repository}:{build.Tag}"
                    : null;
            case EiSupport.BuiltIn:
                var repository = ImageRepositories.First(r => r.Framework == framework && r.Kind == ImageKind.EiBuiltIn).Name;
                return Registries.BuiltInAlgorithms.AccountIn(region) is { } builtInAccount
                    ? $"{Partitions.RegistryHost(builtInAccount, region)}/{repository}:{BuiltInVersion}"
                    : null;
            default:
                return null;
        }
    }

    /// <summary>
    /// The non-EI inference image of the same version as an EI build, for <paramref name="processor"/> (<c>cpu</c> or
    /// <c>gpu</c>), or null where AWS published none (see <see cref="InferenceImages.For"/>).
    /// </summary>
    public static InferenceImage? InferenceImageFor(FrameworkInfo framework, string version, string processor) =>
        InferenceImages.For(framework, version, processor);

    /// <summary>The URI of <see cref="InferenceImageFor"/> in <paramref name="region"/> (any region its repository is served in), or null.</summary>
    public static string? InferenceImageUri(FrameworkInfo framework, string version, string processor, string region) =>
        InferenceImages.For(framework, version, processor)?.UriIn(region);

    // ---- Section 2: hosts ---------------------------------------------------------------------------------------

    /// <summary>Classifies <c>ml.&lt;family&gt;.&lt;size&gt;</c> (case-insensitive) by the family's name (<see cref="InstanceFamily"/>).</summary>
    public static HostKind ClassifyInstanceType(string? instanceType) => InstanceTypes.Classify(instanceType);

    public static string? InstanceFamilyOf(string? instanceType) => InstanceTypes.FamilyOf(instanceType);

    /// <summary>The value of an SDK instance-type field: <c>MlC52xlarge</c> is <c>ml.c5.2xlarge</c> (<see cref="InstanceTypes.FromSdkFieldName"/>).</summary>
    public static string? InstanceTypeFromSdkFieldName(string fieldName) => InstanceTypes.FromSdkFieldName(fieldName);

    /// <summary>AWS's recommended replacement hosts after EI's end of life (section 6): the GPU ml.g4dn.xlarge, or AWS Inferentia.</summary>
    public static readonly ImmutableArray<string> MigrationHosts = ImmutableArray.Create("ml.g4dn.xlarge", "ml.inf1.xlarge");

    // ---- Section 2: notebooks -----------------------------------------------------------------------------------

    /// <summary>"Currently, only one instance type can be associated with a notebook instance."</summary>
    public const int MaxNotebookAccelerators = 1;

    // ---- Section 2: features EI excludes --------------------------------------------------------------------------

    /// <summary>The container mode of a multi-model endpoint (ContainerDefinition.Mode), which EI cannot be used with.</summary>
    public const string MultiModelMode = "MultiModel";

    // ---- Section 5: regions -------------------------------------------------------------------------------------

    /// <summary>
    /// The regions of the Elastic Inference endpoint table (botocore endpoints.json before the service was removed;
    /// unverified at the service: warning level only), in the order the messages list them.
    /// </summary>
    public static readonly ImmutableArray<string> EiRegions = ImmutableArray.Create(
        "us-east-1", "us-east-2", "us-west-2", "eu-west-1", "ap-northeast-1", "ap-northeast-2");

    public static string EiRegionsText => string.Join(", ", EiRegions);

    // ---- Section 6: end of life ---------------------------------------------------------------------------------

    /// <summary>From when AWS onboarded no new EI customers (2023-04-15).</summary>
    public const string NoNewCustomersFrom = "April 2023";

    public const string EndOfLife = "April 2024";

    // ---- Memory headroom ----------------------------------------------------------------------------------------

    public const string HeadroomOptionKey = "ei_memory_headroom";

    public const double DefaultHeadroom = 1.5;

    /// <summary>A factor below 1 would allow an artifact larger than the memory; above 10 no accelerator could ever be large enough.</summary>
    public const double MinHeadroom = 1.0;

    public const double MaxHeadroom = 10.0;

    /// <summary>The smallest accelerator (eia2 first) whose memory is at least <paramref name="factor"/> times the artifact.</summary>
    public static AcceleratorInfo? SmallestFitting(int sizeMb, double factor)
    {
        foreach (var accelerator in AcceleratorsByPreference)
        {
            if (accelerator.MemoryMb >= sizeMb * factor)
            {
                return accelerator;
            }
        }

        return null;
    }
}
