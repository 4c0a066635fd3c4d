using System.Collections.Generic;
using System.Collections.Immutable;
using EiAnalyzers.Knowledge;
using Microsoft.CodeAnalysis;

namespace EiAnalyzers;

/// <summary>
/// Every descriptor, in one place. Rules that can also be decided only once the whole compilation is known (a
/// variant tied to a model by an equal string elsewhere) have a twin tagged <c>CompilationEnd</c>, reported from the
/// build (and the IDE's full analysis); the twin shares the ID, texts and severity.
/// </summary>
internal static class Descriptors
{
    private const string Category = RuleIds.Category;
    private const string End = WellKnownDiagnosticTags.CompilationEnd;

    private static string HelpLink(string id) => RuleIds.HelpLinkBase + id + ".md";

    // EI0001
    private const string UnknownAcceleratorTitle = "Unknown Elastic Inference accelerator type";
    private const string UnknownAcceleratorMessage = "'{0}' is not an Elastic Inference accelerator type{1}; valid types: {2}";
    private const string UnknownAcceleratorDescription =
        "Any string compiles as an accelerator type and nothing validates it before the endpoint fails to start. Values are compared case-insensitively; the 'ml.' prefix and the generation digit are required.";

    public static readonly DiagnosticDescriptor UnknownAccelerator = new(
        RuleIds.UnknownAccelerator, UnknownAcceleratorTitle, UnknownAcceleratorMessage, Category, DiagnosticSeverity.Error,
        isEnabledByDefault: true, UnknownAcceleratorDescription, HelpLink(RuleIds.UnknownAccelerator));

    // EI0002
    private const string FrameworkWithoutEiTitle = "Accelerator on a model without an Elastic Inference build";
    private const string FrameworkWithoutEiMessage = "Model '{0}' is {1}, which has no Elastic Inference build: remove accelerator '{2}'{3}";
    private static readonly string FrameworkWithoutEiDescription =
        $"Only {Wording.EiFrameworks} have EI-enabled builds. Any other model is exported to {EiCatalog.Onnx.DisplayName}, imported into {EiCatalog.Onnx.ImportInto!.Member} and served as {EiCatalog.Onnx.ImportInto.Member}.";

    public static readonly DiagnosticDescriptor FrameworkWithoutEi = new(
        RuleIds.FrameworkWithoutEi, FrameworkWithoutEiTitle, FrameworkWithoutEiMessage, Category, DiagnosticSeverity.Error,
        isEnabledByDefault: true, FrameworkWithoutEiDescription, HelpLink(RuleIds.FrameworkWithoutEi));

    public static readonly DiagnosticDescriptor FrameworkWithoutEiInBuild = new(
        RuleIds.FrameworkWithoutEi, FrameworkWithoutEiTitle, FrameworkWithoutEiMessage, Category, DiagnosticSeverity.Error,
        isEnabledByDefault: true, FrameworkWithoutEiDescription, HelpLink(RuleIds.FrameworkWithoutEi), End);

    // EI0003
    private const string PyTorchOnNotebookTitle = "EI-enabled PyTorch on a notebook instance";
    private static readonly string PyTorchOnNotebookMessage =
        "Notebook instance '{0}' serves PyTorch model '{1}', but EI-enabled PyTorch is not supported on notebook instances: remove accelerator '{2}' (local mode with EI works for " + Wording.NotebookFrameworks + ")";
    private static readonly string PyTorchOnNotebookDescription =
        $"Elastic Inference on a notebook instance serves models in local mode, which exists for {Wording.NotebookFrameworks} only.";

    public static readonly DiagnosticDescriptor PyTorchOnNotebookInBuild = new(
        RuleIds.PyTorchOnNotebook, PyTorchOnNotebookTitle, PyTorchOnNotebookMessage, Category, DiagnosticSeverity.Error,
        isEnabledByDefault: true, PyTorchOnNotebookDescription, HelpLink(RuleIds.PyTorchOnNotebook), End);

    // EI0004
    private const string InsufficientMemoryTitle = "Accelerator memory smaller than the model";
    private const string InsufficientMemoryMessage = "Accelerator '{0}' has {1} MiB of memory, less than the {2} MiB artifact of model '{3}'{4}";
    private const string InsufficientMemoryDescription =
        "AWS: start with at least as much accelerator memory as the model's file size; a model may use significantly more at run time.";

    public static readonly DiagnosticDescriptor InsufficientMemory = new(
        RuleIds.InsufficientMemory, InsufficientMemoryTitle, InsufficientMemoryMessage, Category, DiagnosticSeverity.Error,
        isEnabledByDefault: true, InsufficientMemoryDescription, HelpLink(RuleIds.InsufficientMemory));

    public static readonly DiagnosticDescriptor InsufficientMemoryInBuild = new(
        RuleIds.InsufficientMemory, InsufficientMemoryTitle, InsufficientMemoryMessage, Category, DiagnosticSeverity.Error,
        isEnabledByDefault: true, InsufficientMemoryDescription, HelpLink(RuleIds.InsufficientMemory), End);

    // EI0005
    private const string LowHeadroomTitle = "Accelerator memory headroom below the configured factor";
    private const string LowHeadroomMessage =
        "Accelerator '{0}' has {1} MiB of memory, {2}x the {3} MiB artifact of model '{4}', below the {5}x headroom of " + EiCatalog.HeadroomOptionKey + "{6}";
    private static readonly string LowHeadroomDescription =
        $"A model may use significantly more accelerator memory than its file size. The factor is '{EiCatalog.HeadroomOptionKey}' in .editorconfig or .globalconfig (default {Wording.Number(EiCatalog.DefaultHeadroom)}).";

    public static readonly DiagnosticDescriptor LowHeadroom = new(
        RuleIds.LowMemoryHeadroom, LowHeadroomTitle, LowHeadroomMessage, Category, DiagnosticSeverity.Warning,
        isEnabledByDefault: true, LowHeadroomDescription, HelpLink(RuleIds.LowMemoryHeadroom));

    public static readonly DiagnosticDescriptor LowHeadroomInBuild = new(
        RuleIds.LowMemoryHeadroom, LowHeadroomTitle, LowHeadroomMessage, Category, DiagnosticSeverity.Warning,
        isEnabledByDefault: true, LowHeadroomDescription, HelpLink(RuleIds.LowMemoryHeadroom), End);

    private const string InvalidHeadroomTitle = "Invalid " + EiCatalog.HeadroomOptionKey + " value";
    private const string InvalidHeadroomMessage = EiCatalog.HeadroomOptionKey + " = '{0}' is not a number from {1} to {2}; " + RuleIds.LowMemoryHeadroom + " uses the default {3}x";

    public static readonly DiagnosticDescriptor InvalidHeadroomOption = new(
        RuleIds.LowMemoryHeadroom, InvalidHeadroomTitle, InvalidHeadroomMessage, Category, DiagnosticSeverity.Warning,
        isEnabledByDefault: true, LowHeadroomDescription, HelpLink(RuleIds.LowMemoryHeadroom));

    public static readonly DiagnosticDescriptor InvalidHeadroomOptionInBuild = new(
        RuleIds.LowMemoryHeadroom, InvalidHeadroomTitle, InvalidHeadroomMessage, Category, DiagnosticSeverity.Warning,
        isEnabledByDefault: true, LowHeadroomDescription, HelpLink(RuleIds.LowMemoryHeadroom), End);

    // EI0006
    private const string NonCpuHostTitle = "Accelerator on a host that is not a CPU instance";
    private const string NonCpuHostMessage = "Accelerator '{0}' is attached to '{1}', {2} instance: {3}";
    private const string NonCpuHostDescription =
        "AWS: add an EI accelerator in addition to a CPU instance type. GPU, Inferentia, Trainium and Habana hosts are errors; Graviton hosts are unverified at the service and reported as a warning.";

    /// <summary>Reported as an error, or with warning severity for Graviton hosts (see <see cref="GravitonSeverity"/>).</summary>
    public static readonly DiagnosticDescriptor NonCpuHost = new(
        RuleIds.NonCpuHost, NonCpuHostTitle, NonCpuHostMessage, Category, DiagnosticSeverity.Error,
        isEnabledByDefault: true, NonCpuHostDescription, HelpLink(RuleIds.NonCpuHost));

    /// <summary>No EI container exists for Graviton, but the service does not say so: a warning, not an error.</summary>
    public const DiagnosticSeverity GravitonSeverity = DiagnosticSeverity.Warning;

    // EI0007
    private const string UnsupportedVersionTitle = "Framework version without an Elastic Inference build";
    private const string UnsupportedVersionMessage = "{0} {1} has no Elastic Inference build; supported {0} versions: {2}";
    private static readonly string UnsupportedVersionDescription =
        $"EI-enabled builds exist for {Wording.EiVersionsByFramework} (aws/sagemaker-python-sdk image_uri_config, key 'eia').";

    public static readonly DiagnosticDescriptor UnsupportedVersion = new(
        RuleIds.UnsupportedVersion, UnsupportedVersionTitle, UnsupportedVersionMessage, Category, DiagnosticSeverity.Error,
        isEnabledByDefault: true, UnsupportedVersionDescription, HelpLink(RuleIds.UnsupportedVersion));

    public static readonly DiagnosticDescriptor UnsupportedVersionInBuild = new(
        RuleIds.UnsupportedVersion, UnsupportedVersionTitle, UnsupportedVersionMessage, Category, DiagnosticSeverity.Error,
        isEnabledByDefault: true, UnsupportedVersionDescription, HelpLink(RuleIds.UnsupportedVersion), End);

    // EI0008
    private const string EiImageWithoutAcceleratorTitle = "EI-enabled image without an accelerator";
    private const string EiImageWithoutAcceleratorMessage =
        "Model '{0}' uses the EI-enabled image '{1}', but this variant has no accelerator: {2}";
    private const string EiImageWithoutAcceleratorDescription =
        "An '-eia' image is built to run its model on an attached Elastic Inference accelerator.";

    public static readonly DiagnosticDescriptor EiImageWithoutAccelerator = new(
        RuleIds.EiImageWithoutAccelerator, EiImageWithoutAcceleratorTitle, EiImageWithoutAcceleratorMessage, Category,
        DiagnosticSeverity.Warning, isEnabledByDefault: true, EiImageWithoutAcceleratorDescription, HelpLink(RuleIds.EiImageWithoutAccelerator));

    public static readonly DiagnosticDescriptor EiImageWithoutAcceleratorInBuild = new(
        RuleIds.EiImageWithoutAccelerator, EiImageWithoutAcceleratorTitle, EiImageWithoutAcceleratorMessage, Category,
        DiagnosticSeverity.Warning, isEnabledByDefault: true, EiImageWithoutAcceleratorDescription, HelpLink(RuleIds.EiImageWithoutAccelerator), End);

    // EI0009
    private const string AcceleratorUnusedTitle = "Accelerator with an image that is not EI-enabled";
    private const string AcceleratorUnusedMessage =
        "Accelerator '{0}' is attached to model '{1}', whose image '{2}' is not EI-enabled: the accelerator is paid for and unused; use the '{3}' image";
    private const string AcceleratorUnusedDescription =
        "Only the '-eia' builds of TensorFlow, MXNet and PyTorch use an attached accelerator; the regular images run on the host alone.";

    public static readonly DiagnosticDescriptor AcceleratorUnused = new(
        RuleIds.AcceleratorUnusedByImage, AcceleratorUnusedTitle, AcceleratorUnusedMessage, Category, DiagnosticSeverity.Warning,
        isEnabledByDefault: true, AcceleratorUnusedDescription, HelpLink(RuleIds.AcceleratorUnusedByImage));

    public static readonly DiagnosticDescriptor AcceleratorUnusedInBuild = new(
        RuleIds.AcceleratorUnusedByImage, AcceleratorUnusedTitle, AcceleratorUnusedMessage, Category, DiagnosticSeverity.Warning,
        isEnabledByDefault: true, AcceleratorUnusedDescription, HelpLink(RuleIds.AcceleratorUnusedByImage), End);

    // EI0010
    private const string ExcludedFeatureTitle = "Accelerator with a feature Elastic Inference excludes";
    private const string ExcludedFeatureMessage = "Accelerator '{0}' cannot be used with {1}: {2}";
    private const string ExcludedFeatureDescription =
        "Elastic Inference excludes multi-model containers, asynchronous inference and serverless variants (which have no instance to attach to).";

    public static readonly DiagnosticDescriptor ExcludedFeature = new(
        RuleIds.ExcludedFeature, ExcludedFeatureTitle, ExcludedFeatureMessage, Category, DiagnosticSeverity.Error,
        isEnabledByDefault: true, ExcludedFeatureDescription, HelpLink(RuleIds.ExcludedFeature));

    public static readonly DiagnosticDescriptor ExcludedFeatureInBuild = new(
        RuleIds.ExcludedFeature, ExcludedFeatureTitle, ExcludedFeatureMessage, Category, DiagnosticSeverity.Error,
        isEnabledByDefault: true, ExcludedFeatureDescription, HelpLink(RuleIds.ExcludedFeature), End);

    // EI0011
    private const string MultipleNotebookAcceleratorsTitle = "More than one accelerator on a notebook instance";
    private static readonly string MultipleNotebookAcceleratorsMessage =
        "Notebook instance{0} has {1} accelerator types, but only " + Wording.Count(EiCatalog.MaxNotebookAccelerators) + " accelerator type can be associated with a notebook instance: remove '{2}'";
    private static readonly string MultipleNotebookAcceleratorsDescription =
        $"SDK documentation of AcceleratorTypes: currently, only {Wording.Count(EiCatalog.MaxNotebookAccelerators)} instance type can be associated with a notebook instance.";

    public static readonly DiagnosticDescriptor MultipleNotebookAccelerators = new(
        RuleIds.MultipleNotebookAccelerators, MultipleNotebookAcceleratorsTitle, MultipleNotebookAcceleratorsMessage, Category,
        DiagnosticSeverity.Error, isEnabledByDefault: true, MultipleNotebookAcceleratorsDescription, HelpLink(RuleIds.MultipleNotebookAccelerators));

    // EI0012
    private const string RegionWithoutEiTitle = "Model image in a region without Elastic Inference";
    private const string RegionWithoutEiMessage = "Image '{0}' is in region '{1}', which did not offer Elastic Inference (offered in {2})";
    private static readonly string RegionWithoutEiDescription =
        $"The Elastic Inference endpoint table lists {Wording.Count(EiCatalog.EiRegions.Length)} regions; GovCloud and China never offered it. The list is unverified at the service, so this is a warning.";

    public static readonly DiagnosticDescriptor RegionWithoutEi = new(
        RuleIds.RegionWithoutEi, RegionWithoutEiTitle, RegionWithoutEiMessage, Category, DiagnosticSeverity.Warning,
        isEnabledByDefault: true, RegionWithoutEiDescription, HelpLink(RuleIds.RegionWithoutEi));

    public static readonly DiagnosticDescriptor RegionWithoutEiInBuild = new(
        RuleIds.RegionWithoutEi, RegionWithoutEiTitle, RegionWithoutEiMessage, Category, DiagnosticSeverity.Warning,
        isEnabledByDefault: true, RegionWithoutEiDescription, HelpLink(RuleIds.RegionWithoutEi), End);

    // EI0013
    private const string EndOfLifeTitle = "Elastic Inference is no longer available";
    private const string EndOfLifeMessage =
        "Amazon Elastic Inference reached end of life in {1} and is no longer available: accelerator '{0}' will be rejected; remove it and move the host to {2}";
    private static readonly string EndOfLifeDescription =
        $"From {EiCatalog.NoNewCustomersFrom} AWS onboarded no new EI customers and EI reached end of life in {EiCatalog.EndOfLife}. AWS recommends {Wording.MigrationHostsDescribed}.";

    public static readonly DiagnosticDescriptor EndOfLife = new(
        RuleIds.EndOfLife, EndOfLifeTitle, EndOfLifeMessage, Category, DiagnosticSeverity.Warning,
        isEnabledByDefault: true, EndOfLifeDescription, HelpLink(RuleIds.EndOfLife));

    // EI0014
    private const string PreferEia2Title = "Prefer eia2 over eia1";
    private const string PreferEia2Message =
        "'{0}' is a first-generation accelerator: '{1}' has the same throughput with twice the memory ({2} GiB instead of {3} GiB) at a lower price";
    private const string PreferEia2Description =
        "eia2 has double the memory of eia1 at the same throughput and costs less; eia1 was described by AWS as in deprecation mode.";

    public static readonly DiagnosticDescriptor PreferEia2 = new(
        RuleIds.PreferEia2, PreferEia2Title, PreferEia2Message, Category, DiagnosticSeverity.Info,
        isEnabledByDefault: true, PreferEia2Description, HelpLink(RuleIds.PreferEia2));

    // EI0015
    private const string InvalidDeclarationTitle = "Invalid [EiModel] declaration";
    private const string InvalidDeclarationMessage = "Invalid [EiModel] declaration: {0}";
    private const string InvalidDeclarationDescription =
        "A model declaration needs a SageMaker model name, a framework, a version and, when given, a plausible artifact size; nothing is generated for an invalid one.";

    public static readonly DiagnosticDescriptor InvalidDeclaration = new(
        RuleIds.InvalidDeclaration, InvalidDeclarationTitle, InvalidDeclarationMessage, Category, DiagnosticSeverity.Error,
        isEnabledByDefault: true, InvalidDeclarationDescription, HelpLink(RuleIds.InvalidDeclaration));

    public static readonly DiagnosticDescriptor InvalidDeclarationInBuild = new(
        RuleIds.InvalidDeclaration, InvalidDeclarationTitle, InvalidDeclarationMessage, Category, DiagnosticSeverity.Error,
        isEnabledByDefault: true, InvalidDeclarationDescription, HelpLink(RuleIds.InvalidDeclaration), End);

    /// <summary>The compilation-end twin of a descriptor that has one (rules decided once the whole compilation is known).</summary>
    public static DiagnosticDescriptor ForBuild(DiagnosticDescriptor descriptor) =>
        BuildTwins.TryGetValue(descriptor, out var twin) ? twin : descriptor;

    private static readonly Dictionary<DiagnosticDescriptor, DiagnosticDescriptor> BuildTwins = new()
    {
        [FrameworkWithoutEi] = FrameworkWithoutEiInBuild,
        [InsufficientMemory] = InsufficientMemoryInBuild,
        [LowHeadroom] = LowHeadroomInBuild,
        [InvalidHeadroomOption] = InvalidHeadroomOptionInBuild,
        [UnsupportedVersion] = UnsupportedVersionInBuild,
        [EiImageWithoutAccelerator] = EiImageWithoutAcceleratorInBuild,
        [AcceleratorUnused] = AcceleratorUnusedInBuild,
        [ExcludedFeature] = ExcludedFeatureInBuild,
        [RegionWithoutEi] = RegionWithoutEiInBuild,
        [InvalidDeclaration] = InvalidDeclarationInBuild,
    };

    public static readonly ImmutableArray<DiagnosticDescriptor> All = ImmutableArray.Create(
        UnknownAccelerator,
        FrameworkWithoutEi, FrameworkWithoutEiInBuild,
        PyTorchOnNotebookInBuild,
        InsufficientMemory, InsufficientMemoryInBuild,
        LowHeadroom, LowHeadroomInBuild, InvalidHeadroomOption, InvalidHeadroomOptionInBuild,
        NonCpuHost,
        UnsupportedVersion, UnsupportedVersionInBuild,
        EiImageWithoutAccelerator, EiImageWithoutAcceleratorInBuild,
        AcceleratorUnused, AcceleratorUnusedInBuild,
        ExcludedFeature, ExcludedFeatureInBuild,
        MultipleNotebookAccelerators,
        RegionWithoutEi, RegionWithoutEiInBuild,
        EndOfLife,
        PreferEia2,
        InvalidDeclaration, InvalidDeclarationInBuild);
}
