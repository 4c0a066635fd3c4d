namespace EiAnalyzers;

/// <summary>
/// The keys of <c>Diagnostic.Properties</c>: what a fix needs, decided by the analyzer, so the fixes only read it.
/// </summary>
internal static class FixProperties
{
    /// <summary>The accelerator type a fix writes (EI0004, EI0005, EI0008, EI0014).</summary>
    public const string Replacement = "Replacement";

    /// <summary>The valid types closest to an unknown one, separated by ';' (EI0001).</summary>
    public const string Candidates = "Candidates";

    /// <summary>What carries the accelerator: <see cref="Variant"/> or <see cref="Notebook"/>.</summary>
    public const string Owner = "Owner";

    public const string Variant = "Variant";

    public const string Notebook = "Notebook";

    /// <summary>Set when the object has no instance to move (a serverless variant): EI0013's migrations do not apply.</summary>
    public const string NoHost = "NoHost";

    /// <summary>The role of each additional location, in order, separated by ';': <see cref="Origin"/> or <see cref="Host"/>.</summary>
    public const string LocationRoles = "LocationRoles";

    /// <summary>Where the value was written when it flows from a local or a field: the fix corrects it there.</summary>
    public const string Origin = "origin";

    /// <summary>An instance type value of the same variant or notebook (EI0013's migration replaces it).</summary>
    public const string Host = "host";

    /// <summary>A location shown with the diagnostic, not used by any fix.</summary>
    public const string Related = "related";
}
