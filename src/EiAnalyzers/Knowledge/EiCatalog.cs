using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace EiAnalyzers.Knowledge;

/// <summary>
/// Every Elastic Inference fact the generator, the analyzers and the fixes use, written once.
/// Sources are in ../shared/ei-facts.md; section numbers below refer to it.
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

    /// <summary>The accelerator named <paramref name="value"/>; the SDK compares case-insensitively.</summary>
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

    public static AcceleratorInfo? FindAcceleratorByGeneratedName(string name) =>
        Accelerators.FirstOrDefault(a => a.GeneratedName == name);

    public static AcceleratorInfo? FindAcceleratorBySdkFieldName(string name) =>
        Accelerators.FirstOrDefault(a => a.SdkFieldName == name);

    /// <summary>The eia2 type of the same size (same throughput, twice the memory), for an eia1 type.</summary>
    public static AcceleratorInfo? SecondGenerationOf(AcceleratorInfo accelerator) =>
        accelerator.Generation == 1 ? Accelerators.First(a => a.Generation == 2 && a.Size == accelerator.Size) : null;

    public static string AcceleratorNamesText => string.Join(", ", Accelerators.Select(a => a.Name));

    // ---- Section 3: frameworks, EI versions, images ------------------------------------------------------------

    /// <summary>ECR account of the deep learning container images (tensorflow-inference-eia ...) in the EI regions.</summary>
    public const string DeepLearningContainersAccount = "763104351884";

    /// <summary>ECR account of the older EI images (TensorFlow up to 1.13, MXNet up to 1.4.0).</summary>
    public const string LegacyEiAccount = "520713654638";

    public static readonly FrameworkInfo Other = new("Other", 0, "a framework without EI support", EiSupport.None, false, null);

    public static readonly FrameworkInfo TensorFlow = new(
        "TensorFlow", 1, "TensorFlow", EiSupport.VersionedFramework, servedOnNotebooks: true, advice: null,
        new EiVersion("1.10.0", "sagemaker-tensorflow-eia", LegacyEiAccount, "1.10"),
        new EiVersion("1.11.0", "sagemaker-tensorflow-serving-eia", LegacyEiAccount, "1.11"),
        new EiVersion("1.12.0", "sagemaker-tensorflow-serving-eia", LegacyEiAccount, "1.12"),
        new EiVersion("1.13.0", "sagemaker-tensorflow-serving-eia", LegacyEiAccount, "1.13"),
        new EiVersion("1.14.0", "tensorflow-inference-eia", DeepLearningContainersAccount, "1.14"),
        new EiVersion("1.15.0", "tensorflow-inference-eia", DeepLearningContainersAccount, "1.15"),
        new EiVersion("2.0.0", "tensorflow-inference-eia", DeepLearningContainersAccount, "2.0"),
        new EiVersion("2.3.0", "tensorflow-inference-eia", DeepLearningContainersAccount, "2.3"));

    public static readonly FrameworkInfo MXNet = new(
        "MXNet", 2, "Apache MXNet", EiSupport.VersionedFramework, servedOnNotebooks: true, advice: null,
        new EiVersion("1.3.0", "sagemaker-mxnet-eia", LegacyEiAccount, "1.3"),
        new EiVersion("1.4.0", "sagemaker-mxnet-serving-eia", LegacyEiAccount),
        new EiVersion("1.4.1", "mxnet-inference-eia", DeepLearningContainersAccount, "1.4"),
        new EiVersion("1.5.1", "mxnet-inference-eia", DeepLearningContainersAccount, "1.5"),
        new EiVersion("1.7.0", "mxnet-inference-eia", DeepLearningContainersAccount, "1.7"));

    public static readonly FrameworkInfo PyTorch = new(
        "PyTorch", 3, "PyTorch", EiSupport.VersionedFramework, servedOnNotebooks: false,
        advice: "the model must be saved as TorchScript",
        new EiVersion("1.3.1", "pytorch-inference-eia", DeepLearningContainersAccount, "1.3"),
        new EiVersion("1.5.1", "pytorch-inference-eia", DeepLearningContainersAccount, "1.5"));

    public static readonly FrameworkInfo Onnx = new(
        "Onnx", 4, "ONNX", EiSupport.None, false,
        "import the ONNX model into MXNet and serve it as an MXNet model");

    public static readonly FrameworkInfo XGBoost = new("XGBoost", 5, "XGBoost", EiSupport.None, false, null);

    public static readonly FrameworkInfo ScikitLearn = new("ScikitLearn", 6, "scikit-learn", EiSupport.None, false, null);

    public static readonly FrameworkInfo HuggingFace = new("HuggingFace", 7, "Hugging Face", EiSupport.None, false, null);

    public static readonly FrameworkInfo ImageClassification = new(
        "ImageClassification", 8, "the Image Classification built-in algorithm", EiSupport.BuiltIn, servedOnNotebooks: true, advice: null);

    public static readonly FrameworkInfo ObjectDetection = new(
        "ObjectDetection", 9, "the Object Detection built-in algorithm", EiSupport.BuiltIn, servedOnNotebooks: true, advice: null);

    public static readonly FrameworkInfo LinearLearner = new(
        "LinearLearner", 10, "the Linear Learner built-in algorithm", EiSupport.None, false, null);

    public static readonly FrameworkInfo KMeans = new("KMeans", 11, "the k-means built-in algorithm", EiSupport.None, false, null);

    /// <summary>The members of the generated <c>EiFramework</c> enum, in value order.</summary>
    public static readonly ImmutableArray<FrameworkInfo> Frameworks = ImmutableArray.Create(
        Other, TensorFlow, MXNet, PyTorch, Onnx, XGBoost, ScikitLearn, HuggingFace, ImageClassification, ObjectDetection,
        LinearLearner, KMeans);

    public static FrameworkInfo? FindFramework(int value) => Frameworks.FirstOrDefault(f => f.Value == value);

    /// <summary>Built-in algorithm image accounts by region (aws/sagemaker-python-sdk image_uri_config, image-classification.json).</summary>
    private static readonly ImmutableDictionary<string, string> BuiltInAccounts = new Dictionary<string, string>
    {
        ["us-east-1"] = "811284229777",
        ["us-east-2"] = "825641698319",
        ["us-west-2"] = "433757028032",
        ["eu-west-1"] = "685385470294",
        ["ap-northeast-1"] = "501404015308",
        ["ap-northeast-2"] = "306986355934",
    }.ToImmutableDictionary(StringComparer.Ordinal);

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

    /// <summary>The EI image of a declared model in <paramref name="region"/>, or null where none exists.</summary>
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
                return build is null ? null : $"{build.Account}.dkr.ecr.{region}.amazonaws.com/{build.Repository}:{build.Version}-cpu";
            case EiSupport.BuiltIn:
                var repository = ImageRepositories.First(r => r.Framework == framework && r.Kind == ImageKind.EiBuiltIn).Name;
                return BuiltInAccounts.TryGetValue(region, out var account)
                    ? $"{account}.dkr.ecr.{region}.amazonaws.com/{repository}:1"
                    : null;
            default:
                return null;
        }
    }

    // ---- Section 2: hosts ---------------------------------------------------------------------------------------

    /// <summary>Every instance family of the SDK (endpoint and notebook), classified. Nothing outside it is guessed at.</summary>
    public static readonly ImmutableDictionary<string, HostKind> InstanceFamilies = BuildFamilies();

    /// <summary>Families longest first, so that <c>c5d</c> is tried before <c>c5</c> when reading SDK field names.</summary>
    internal static readonly ImmutableArray<string> FamiliesLongestFirst =
        InstanceFamilies.Keys.OrderByDescending(f => f.Length).ThenBy(f => f, StringComparer.Ordinal).ToImmutableArray();

    private static ImmutableDictionary<string, HostKind> BuildFamilies()
    {
        var families = new Dictionary<string, HostKind>(StringComparer.Ordinal);
        void Add(HostKind kind, string names)
        {
            foreach (var name in names.Split(' '))
            {
                families[name] = kind;
            }
        }

        Add(HostKind.CpuX86, "c4 c5 c5d c6i c6id c6in c7i m4 m5 m5d m6i m6id m7i r5 r5d r6i r6id r7i t2 t3");
        Add(HostKind.Graviton, "c6g c6gd c6gn c7g c8g m6g m6gd m8g r6g r6gd r7gd r8g");
        Add(HostKind.Gpu, "g4dn g5 g6 g6e g7e p2 p3 p3dn p4d p4de p5 p5e p5en p6-b200");
        Add(HostKind.Inferentia, "inf1 inf2");
        Add(HostKind.Trainium, "trn1 trn1n trn2");
        Add(HostKind.Habana, "dl1");
        return families.ToImmutableDictionary(StringComparer.Ordinal);
    }

    /// <summary>Classifies <c>ml.&lt;family&gt;.&lt;size&gt;</c> (case-insensitive); anything else is <see cref="HostKind.Unknown"/>.</summary>
    public static HostKind ClassifyInstanceType(string? instanceType)
    {
        var family = InstanceFamilyOf(instanceType);
        return family is not null && InstanceFamilies.TryGetValue(family, out var kind) ? kind : HostKind.Unknown;
    }

    public static string? InstanceFamilyOf(string? instanceType)
    {
        if (instanceType is null)
        {
            return null;
        }

        var parts = instanceType.Trim().ToLowerInvariant().Split('.');
        return parts.Length == 3 && parts[0] == "ml" && parts[2].Length > 0 ? parts[1] : null;
    }

    /// <summary>
    /// The value of an SDK instance-type field (<c>MlC52xlarge</c> is <c>ml.c5.2xlarge</c>): from metadata a static
    /// readonly field's initializer is invisible, so the naming rule is applied backwards over the known families.
    /// </summary>
    public static string? InstanceTypeFromSdkFieldName(string fieldName)
    {
        if (!fieldName.StartsWith("Ml", StringComparison.Ordinal))
        {
            return null;
        }

        var rest = fieldName.Substring(2);
        foreach (var family in FamiliesLongestFirst)
        {
            var familyName = Naming.ToSdkFieldName(family);
            if (rest.StartsWith(familyName, StringComparison.Ordinal))
            {
                var size = rest.Substring(familyName.Length).ToLowerInvariant();
                if (IsInstanceSize(size))
                {
                    return "ml." + family + "." + size;
                }
            }
        }

        return null;
    }

    private static bool IsInstanceSize(string size)
    {
        var index = 0;
        while (index < size.Length && char.IsDigit(size[index]))
        {
            index++;
        }

        var word = size.Substring(index);
        return word is "xlarge" or "large" or "medium" or "small" or "micro" or "nano" or "metal"
            && (index == 0 || word == "xlarge");
    }

    /// <summary>AWS's recommended replacement hosts after EI's end of life (section 6): the GPU ml.g4dn.xlarge, or AWS Inferentia.</summary>
    public static readonly ImmutableArray<string> MigrationHosts = ImmutableArray.Create("ml.g4dn.xlarge", "ml.inf1.xlarge");

    // ---- Section 2: notebooks -----------------------------------------------------------------------------------

    /// <summary>"Currently, only one instance type can be associated with a notebook instance."</summary>
    public const int MaxNotebookAccelerators = 1;

    // ---- Section 5: regions -------------------------------------------------------------------------------------

    /// <summary>The regions of the Elastic Inference endpoint table (unverified at the service: warning level only).</summary>
    public static readonly ImmutableArray<string> EiRegions = ImmutableArray.Create(
        "us-east-1", "us-east-2", "us-west-2", "eu-west-1", "ap-northeast-1", "ap-northeast-2");

    public static string EiRegionsText => string.Join(", ", EiRegions);

    // ---- Section 6: end of life ---------------------------------------------------------------------------------

    public const string EndOfLife = "April 2024";

    // ---- EI0005: memory headroom --------------------------------------------------------------------------------

    public const string HeadroomOptionKey = "ei_memory_headroom";

    public const double DefaultHeadroom = 1.5;

    /// <summary>A factor below 1 contradicts EI0004; above 10 no accelerator could ever be large enough.</summary>
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
