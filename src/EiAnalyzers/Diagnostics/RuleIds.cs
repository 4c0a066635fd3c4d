namespace EiAnalyzers;

/// <summary>The rule IDs (fixed: tests, docs and users' .editorconfig files use them).</summary>
internal static class RuleIds
{
    public const string UnknownAccelerator = "EI0001";
    public const string FrameworkWithoutEi = "EI0002";
    public const string PyTorchOnNotebook = "EI0003";
    public const string InsufficientMemory = "EI0004";
    public const string LowMemoryHeadroom = "EI0005";
    public const string NonCpuHost = "EI0006";
    public const string UnsupportedVersion = "EI0007";
    public const string EiImageWithoutAccelerator = "EI0008";
    public const string AcceleratorUnusedByImage = "EI0009";
    public const string ExcludedFeature = "EI0010";
    public const string MultipleNotebookAccelerators = "EI0011";
    public const string RegionWithoutEi = "EI0012";
    public const string EndOfLife = "EI0013";
    public const string PreferEia2 = "EI0014";
    public const string InvalidDeclaration = "EI0015";
    public const string ImageProcessorMismatch = "EI0016";
    public const string InvalidOption = "EI0017";

    public const string Category = "ElasticInference";

    /// <summary>Every rule's help link is this plus its ID and ".md": from EiAnalyzersRepositoryUrl (Directory.Build.props).</summary>
    public const string HelpLinkBase = RepositoryInfo.RulePagesBase;
}
