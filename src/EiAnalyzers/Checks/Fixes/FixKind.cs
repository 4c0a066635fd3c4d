namespace EiAnalyzers.Checks.Fixes;

/// <summary>
/// The kinds of fix. With the rule, a kind is the fix's equivalence key: Fix All and <c>dotnet format</c> apply the
/// same kind to every diagnostic of a rule, each with its own edits.
/// </summary>
internal enum FixKind
{
    /// <summary>Write another accelerator type (the closest valid one, one that fits, eia2).</summary>
    ReplaceAccelerator,

    /// <summary>Remove an accelerator that cannot work.</summary>
    RemoveAccelerator,

    /// <summary>Keep only the first accelerator of a notebook.</summary>
    KeepFirstAccelerator,

    /// <summary>Leave Elastic Inference by what the variant serves (the migration of EI0013).</summary>
    Migrate,

    /// <summary>Leave Elastic Inference on the same CPU host, with the CPU build of the framework.</summary>
    MigrateKeepingCpuHost,

    /// <summary>Switch the image to the build for the host's processor.</summary>
    SwitchImage,
}
