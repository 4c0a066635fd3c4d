using System.Collections.Immutable;
using EiAnalyzers.Checks.Fixes;
using EiAnalyzers.Description;

namespace EiAnalyzers.Checks;

/// <summary>How an accelerator is removed: its setter goes; an existing notebook must also be told to let its accelerator go.</summary>
internal static class AcceleratorRemoval
{
    private const string DisassociateProperty = "DisassociateAcceleratorTypes";

    public static Edit Of(ValueSite accelerator, NotebookDescription? notebook = null) =>
        notebook is { IsUpdate: true }
            ? new ReplaceSetter(accelerator, ImmutableArray.Create(new PropertySetting(DisassociateProperty, "true", Spelling.Code)))
            : new RemoveSetter(accelerator);

    public static ImmutableArray<FixOption> Fix(ValueSite accelerator, NotebookDescription? notebook = null) =>
        ImmutableArray.Create(FixOption.Of(FixKind.RemoveAccelerator, Of(accelerator, notebook)));
}
