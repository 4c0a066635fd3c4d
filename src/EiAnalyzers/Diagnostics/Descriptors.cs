using System.Collections.Immutable;
using System.Linq;
using EiAnalyzers.Knowledge;
using Microsoft.CodeAnalysis;

namespace EiAnalyzers;

/// <summary>
/// Every descriptor, one per rule ID, from one factory that sets the category and the help link. A rule that is also
/// decided once the whole compilation is known (a variant tied to a model by an equal name elsewhere) reports the
/// same descriptor from the end of the compilation; only a rule reported there alone carries the CompilationEnd tag.
/// Every fact a text states comes from the catalog.
/// </summary>
internal static class Descriptors
{
    public static readonly DiagnosticDescriptor UnknownAccelerator = Rule(
        RuleIds.UnknownAccelerator,
        "Unknown Elastic Inference accelerator type",
        "'{0}' is not an Elastic Inference accelerator type{1}; valid types: {2}",
        "Any string compiles as an accelerator type and nothing validates it before the endpoint fails to start. The SDK's "
        + "ConstantClass compares case-insensitively; a CDK string or a notebook's list is sent as written. The 'ml.' prefix and the "
        + "generation digit are required.",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor FrameworkWithoutEi = Rule(
        RuleIds.FrameworkWithoutEi,
        "Accelerator on a model without an Elastic Inference build",
        "Model '{0}' is {1}, which has no Elastic Inference build: remove accelerator '{2}'{3}",
        $"Only {Wording.And(EiCatalog.Frameworks.Where(f => f.Support == EiSupport.VersionedFramework).Select(f => f.DisplayName))} and the "
        + $"{Wording.And(EiCatalog.Frameworks.Where(f => f.Support == EiSupport.BuiltIn).Select(f => f.DisplayName.Replace("the ", "").Replace(" built-in algorithm", "")))} "
        + $"built-in algorithms have EI-enabled builds. {Naming.Capitalize(Wording.Advice(EiCatalog.Onnx)!)}.",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor PyTorchOnNotebook = Rule(
        RuleIds.PyTorchOnNotebook,
        "EI-enabled PyTorch on a notebook instance",
        "Notebook instance '{0}' serves PyTorch model '{1}', but EI-enabled PyTorch is not supported on notebook instances: remove accelerator '{2}' (local mode with EI works for {3})",
        $"Elastic Inference on a notebook instance serves models in local mode, which exists for {Wording.NotebookFrameworks} only.",
        DiagnosticSeverity.Error,
        compilationEndOnly: true);

    public static readonly DiagnosticDescriptor InsufficientMemory = Rule(
        RuleIds.InsufficientMemory,
        "Accelerator memory smaller than the model",
        "Accelerator '{0}' has {1} MiB of memory, less than the {2} MiB artifact of model '{3}'{4}",
        "AWS: start with at least as much accelerator memory as the model's file size; a model may use significantly more at run time.",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor LowHeadroom = Rule(
        RuleIds.LowMemoryHeadroom,
        "Accelerator memory headroom below the configured factor",
        "Accelerator '{0}' has {1} MiB of memory, {2}x the {3} MiB artifact of model '{4}', below the {5}x headroom of " + EiCatalog.HeadroomOptionKey + "{6}",
        $"A model may use significantly more accelerator memory than its file size. The factor is '{EiCatalog.HeadroomOptionKey}' in .editorconfig or "
        + $".globalconfig (default {Wording.Number(EiCatalog.DefaultHeadroom)}).",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor NonCpuHost = Rule(
        RuleIds.NonCpuHost,
        "Accelerator on a host that is not a CPU instance",
        "Accelerator '{0}' is attached to '{1}', {2} instance: {3}",
        "AWS: add an EI accelerator in addition to a CPU instance type. GPU, Inferentia, Trainium and Habana hosts are errors; Graviton "
        + "hosts are unverified at the service and reported as a warning.",
        DiagnosticSeverity.Error);

    /// <summary>No EI container exists for Graviton, but the service does not say so: a warning, not an error.</summary>
    public const DiagnosticSeverity GravitonSeverity = DiagnosticSeverity.Warning;

    public static readonly DiagnosticDescriptor UnsupportedVersion = Rule(
        RuleIds.UnsupportedVersion,
        "Framework version without an Elastic Inference build",
        "{0} {1} has no Elastic Inference build; supported {0} versions: {2}",
        "EI-enabled builds exist for "
        + Wording.And(EiCatalog.Frameworks.Where(f => f.Support == EiSupport.VersionedFramework).Select(f => $"{f.DisplayName} {f.SupportedVersionsText}"))
        + " (aws/sagemaker-python-sdk image_uri_config, scope 'eia').",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor EiImageWithoutAccelerator = Rule(
        RuleIds.EiImageWithoutAccelerator,
        "EI-enabled image without an accelerator",
        "Model '{0}' uses the EI-enabled image '{1}', but this variant has no accelerator: {2}",
        "An '-eia' image is built to run its model on an attached Elastic Inference accelerator, which no longer exists: use the "
        + "framework's image for the host's processor.",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor AcceleratorUnused = Rule(
        RuleIds.AcceleratorUnusedByImage,
        "Accelerator with an image that is not EI-enabled",
        "Accelerator '{0}' is attached to model '{1}', whose image '{2}' is not EI-enabled: the accelerator is paid for and unused; use the '{3}' image",
        "Only the '-eia' builds of " + Wording.And(EiCatalog.Frameworks.Where(f => f.Support == EiSupport.VersionedFramework).Select(f => f.DisplayName))
        + " use an attached accelerator; the regular images run on the host alone.",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor ExcludedFeature = Rule(
        RuleIds.ExcludedFeature,
        "Accelerator with a feature Elastic Inference excludes",
        "Accelerator '{0}' cannot be used with {1}: {2}",
        "Elastic Inference excludes multi-model containers, asynchronous inference and serverless variants (which have no instance to attach to).",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor MultipleNotebookAccelerators = Rule(
        RuleIds.MultipleNotebookAccelerators,
        "More than one accelerator on a notebook instance",
        "Notebook instance{0} has {1} accelerator types, but only one accelerator type can be associated with a notebook instance: remove '{2}'",
        "SDK documentation of AcceleratorTypes: currently, only one instance type can be associated with a notebook instance.",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor RegionWithoutEi = Rule(
        RuleIds.RegionWithoutEi,
        "Model image in a region without Elastic Inference",
        "Image '{0}' is in region '{1}', which did not offer Elastic Inference (offered in {2})",
        $"The Elastic Inference endpoint table lists {Wording.Count(EiCatalog.EiRegions.Length)} regions ({EiCatalog.EiRegionsText}); GovCloud and China never "
        + "offered it. The list is unverified at the service, so this is a warning.",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor EndOfLife = Rule(
        RuleIds.EndOfLife,
        "Elastic Inference is no longer available",
        "Amazon Elastic Inference reached end of life in {0} and is no longer available: {1}",
        $"AWS onboarded no new EI customers from April 2023 and EI reached end of life in {EiCatalog.EndOfLife}. The first fix migrates by what the "
        + $"variant serves (TensorFlow, MXNet and PyTorch to {EiCatalog.MigrationHosts[0]} with the GPU build of the same version; anything else "
        + "only loses its accelerator); the second keeps the CPU host with the CPU build.",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor PreferEia2 = Rule(
        RuleIds.PreferEia2,
        "Prefer eia2 over eia1",
        "'{0}' is a first-generation accelerator: '{1}' has the same throughput with twice the memory ({2} GiB instead of {3} GiB) at a lower price",
        "eia2 has double the memory of eia1 at the same throughput and costs less; eia1 was described by AWS as in deprecation mode.",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor InvalidDeclaration = Rule(
        RuleIds.InvalidDeclaration,
        "Invalid [EiModel] declaration",
        "Invalid [EiModel] declaration: {0}",
        "A model declaration needs a SageMaker model name, a framework, a version and, when given, a plausible artifact size; nothing is "
        + "generated for an invalid one.",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor ImageProcessorMismatch = Rule(
        RuleIds.ImageProcessorMismatch,
        "Image processor does not match the host",
        "Image '{0}' is built for {1}, but it is served by '{2}', {3} instance: {4}",
        "A '-gpu' image on a CPU host does not start (an error); a '-cpu' image on a GPU host runs without using the GPU it pays for (a warning). "
        + "An '-eia' image without an accelerator is EI0008.",
        DiagnosticSeverity.Error);

    /// <summary>A '-cpu' image on a GPU host runs, without the GPU: a warning, not an error.</summary>
    public const DiagnosticSeverity UnusedGpuSeverity = DiagnosticSeverity.Warning;

    public static readonly DiagnosticDescriptor InvalidOption = Rule(
        RuleIds.InvalidOption,
        "Invalid EiAnalyzers option",
        "{0} = '{1}' is not {2}; the default {3} is used",
        $"An EiAnalyzers option in .editorconfig or .globalconfig has a value it cannot use: '{EiCatalog.HeadroomOptionKey}' is a number from "
        + $"{Wording.Number(EiCatalog.MinHeadroom)} to {Wording.Number(EiCatalog.MaxHeadroom)}. Reported once per value, whatever the severity of the rules it configures.",
        DiagnosticSeverity.Warning,
        compilationEndOnly: true);

    public static readonly ImmutableArray<DiagnosticDescriptor> All = ImmutableArray.Create(
        UnknownAccelerator, FrameworkWithoutEi, PyTorchOnNotebook, InsufficientMemory, LowHeadroom, NonCpuHost, UnsupportedVersion,
        EiImageWithoutAccelerator, AcceleratorUnused, ExcludedFeature, MultipleNotebookAccelerators, RegionWithoutEi, EndOfLife, PreferEia2,
        InvalidDeclaration, ImageProcessorMismatch, InvalidOption);

    private static DiagnosticDescriptor Rule(
        string id, string title, string message, string description, DiagnosticSeverity severity, bool compilationEndOnly = false) =>
        compilationEndOnly
            ? new(id, title, message, RuleIds.Category, severity, isEnabledByDefault: true, description, RuleIds.HelpLinkBase + id + ".md", WellKnownDiagnosticTags.CompilationEnd)
            : new(id, title, message, RuleIds.Category, severity, isEnabledByDefault: true, description, RuleIds.HelpLinkBase + id + ".md");
}
