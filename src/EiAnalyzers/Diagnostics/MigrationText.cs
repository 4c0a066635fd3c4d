using EiAnalyzers.Checks;
using EiAnalyzers.Description;
using EiAnalyzers.Knowledge;

namespace EiAnalyzers.Diagnostics;

/// <summary>EI0013's message after its first clause: what the accelerator is, and what the migration does for this case.</summary>
internal static class MigrationText
{
    public static string Describe(ValueSite accelerator, MigrationPlan plan)
    {
        var what = plan.AcceleratorAtRunTime
            ? $"an accelerator may be set ({accelerator.Code ?? accelerator.ToString()}), and would be rejected"
            : $"accelerator '{accelerator}' will be rejected";
        return what + "; " + Advice(plan);
    }

    private static string Advice(MigrationPlan plan)
    {
        var framework = plan.Framework is { } f ? f.DisplayName + (plan.Version is { } v ? " " + v : "") : "the model";
        switch (plan.Case)
        {
            case MigrationCase.Notebook:
                return "remove it from the notebook instance";
            case MigrationCase.FrameworkWithoutEi:
                return $"remove it: {framework} never used it";
            case MigrationCase.HostNotX86:
                return "remove it: the host is not an x86 CPU instance, which Elastic Inference attached to" + ImageAfter(plan);
            case MigrationCase.ExcludedFeature:
                return "remove it: Elastic Inference never applied to this variant" + ImageAfter(plan);
            case MigrationCase.UnknownModel:
                return $"remove it, move the host to {plan.HostAfter} and switch the model's image to the GPU build of its framework" + Inferentia;
            default:
                if (plan.NoImageForProcessor)
                {
                    return $"AWS published no GPU image of {framework}: serve the model with a version that has one, then remove the accelerator";
                }

                var gpu = plan.ImageAfter is { } image ? $" with image '{image}'" : plan.ImageNotSeen ? " and switch the model's image to the GPU build of " + framework : "";
                var cpu = plan.CpuImageAfter is { } cpuImage ? $", or keep the CPU host with image '{cpuImage}'" : "";
                return $"remove it and move the host to {plan.HostAfter}{gpu}{cpu}" + Inferentia;
        }
    }

    private static string ImageAfter(MigrationPlan plan) =>
        plan.ImageAfter is { } image ? $"; switch the image to '{image}'" : plan.NoImageForProcessor ? "; AWS published no image of this version for the host's processor" : "";

    /// <summary>AWS also recommends Inferentia, which needs what no fix can do.</summary>
    private static string Inferentia =>
        $"; AWS Inferentia ({EiCatalog.MigrationHosts[1]}) needs the model compiled with AWS Neuron first";
}
