using EiAnalyzers.Knowledge;

namespace EiAnalyzers.Checks;

/// <summary>What a variant or notebook serves, as far as the migration off Elastic Inference is concerned.</summary>
internal enum MigrationCase
{
    /// <summary>A TensorFlow, MXNet or PyTorch model on an x86 CPU host: to a GPU host with the GPU build.</summary>
    EiFramework,

    /// <summary>A model whose framework never had EI: the accelerator never did anything; only it goes.</summary>
    FrameworkWithoutEi,

    /// <summary>A host that is not an x86 CPU (GPU, Graviton, Inferentia ...): only the accelerator goes.</summary>
    HostNotX86,

    /// <summary>Serverless, multi-model or asynchronous: EI never applied; only the accelerator goes.</summary>
    ExcludedFeature,

    /// <summary>A notebook instance: only the accelerator goes.</summary>
    Notebook,

    /// <summary>A model the code read does not show (run-time values): to a GPU host; the image is the user's to switch.</summary>
    UnknownModel,
}

/// <summary>
/// How EI0013's fixes leave Elastic Inference for one accelerator: the case, the host after, the images after (for
/// the message), and why an image cannot be switched where it cannot.
/// </summary>
internal sealed record MigrationPlan(MigrationCase Case)
{
    /// <summary>The instance type the host moves to, or null when it stays.</summary>
    public string? HostAfter { get; init; }

    /// <summary>The image the first fix switches to, or null when the image stays or is not known.</summary>
    public string? ImageAfter { get; init; }

    /// <summary>The image the second fix (same CPU host) switches to, or null when there is no second fix.</summary>
    public string? CpuImageAfter { get; init; }

    /// <summary>The framework and version served, when known (to name them and Inferentia's needs).</summary>
    public FrameworkInfo? Framework { get; init; }

    public string? Version { get; init; }

    /// <summary>The image is only known at run time or not seen: the message tells the user to switch it.</summary>
    public bool ImageNotSeen { get; init; }

    /// <summary>AWS published no image of this version for the new processor: no fix that would invent one.</summary>
    public bool NoImageForProcessor { get; init; }

    /// <summary>The accelerator's value is only known at run time: one may be set, not one that certainly is.</summary>
    public bool AcceleratorAtRunTime { get; init; }
}
