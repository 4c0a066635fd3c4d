using System.Linq;
using EiAnalyzers.Checks;
using EiAnalyzers.Checks.Findings;
using EiAnalyzers.Checks.Fixes;

namespace EiAnalyzers.Diagnostics;

/// <summary>What each fix is called in the light bulb: it says what it changes.</summary>
internal static class FixTitles
{
    public static string For(Finding finding, FixOption fix)
    {
        var replacement = fix.Edits.OfType<ReplaceValue>().Select(r => r.Value).FirstOrDefault();
        switch (fix.Kind)
        {
            case FixKind.ReplaceAccelerator:
                return $"Use '{replacement}'";
            case FixKind.RemoveAccelerator:
                return finding is InsufficientMemory ? "Remove the accelerator (none has enough memory for the model)" : "Remove the accelerator";
            case FixKind.KeepFirstAccelerator:
                return "Keep only the first accelerator type";
            case FixKind.SwitchImage:
                return finding switch
                {
                    EiImageWithoutAccelerator { Replacement: { } image } => $"Use image '{image}'",
                    ImageProcessorMismatch { Replacement: { } image } => $"Use image '{image}'",
                    _ => "Switch the image to the host's processor",
                };
            case FixKind.Migrate when finding is EndOfLife { Plan: var plan }:
                return Migrate(plan, fix);
            case FixKind.MigrateKeepingCpuHost when finding is EndOfLife { Plan: var plan }:
                return plan.CpuImageAfter is { } cpuImage
                    ? $"Remove the accelerator and keep the CPU host with image '{cpuImage}'"
                    : "Remove the accelerator and keep the CPU host";
            default:
                return "Fix " + fix.Kind;
        }
    }

    private static string Migrate(MigrationPlan plan, FixOption fix)
    {
        if (plan.Case == MigrationCase.Notebook)
        {
            return "Remove the accelerator from the notebook instance";
        }

        var moves = plan.HostAfter is { } host ? $" and move the host to {host}" : "";
        var image = plan.ImageAfter is { } after ? $" with image '{after}'" : "";
        return "Remove the accelerator" + moves + image;
    }
}
