using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using EiAnalyzers.Checks;
using EiAnalyzers.Checks.Findings;
using EiAnalyzers.Checks.Fixes;
using EiAnalyzers.Description;
using EiAnalyzers.Diagnostics.FixPlans;
using EiAnalyzers.Knowledge;
using Microsoft.CodeAnalysis;

namespace EiAnalyzers.Diagnostics;

/// <summary>
/// Turns a finding into its diagnostic: the rule's descriptor, the message's arguments (built from the finding's
/// data and the catalog), the severity where it depends on the case, and the fixes written into it.
/// </summary>
internal static class FindingReporter
{
    public static Diagnostic Create(Finding finding)
    {
        var (descriptor, severity, arguments) = Describe(finding);
        var fixes = finding.Fixes.Select((f, i) => Plan(descriptor.Id, finding, f, i)).ToList();
        var (properties, locations) = FixPlanCodec.Encode(fixes, finding.Related, finding.Location);
        return Diagnostic.Create(descriptor, finding.Location, severity, locations, properties, arguments);
    }

    private static (DiagnosticDescriptor Descriptor, DiagnosticSeverity Severity, object?[] Arguments) Describe(Finding finding)
    {
        switch (finding)
        {
            case UnknownAccelerator unknown:
                var text = unknown.Value.Text ?? unknown.Value.ToString();
                var hint = unknown.WrongCaseOf is { } canonical ? $" (the service receives it as written: write '{canonical.Name}')"
                    : unknown.IsInstanceType ? $" ('{text}' is an instance type: set it as InstanceType)"
                    : $" (did you mean {string.Join(" or ", unknown.Candidates.Select(c => "'" + c.Name + "'"))}?)";
                return Rule(Descriptors.UnknownAccelerator, text, hint, EiCatalog.AcceleratorNamesText);
            case FrameworkWithoutEi noEi:
                var what = noEi.Repository is { } repository
                    ? $"{repository.DisplayName} (image '{repository.Name}')"
                    : $"{noEi.Framework?.DisplayName} (declared)";
                return Rule(Descriptors.FrameworkWithoutEi, noEi.Model, what, noEi.Info.Name, AdviceOf(noEi.Framework));
            case PyTorchOnNotebook notebook:
                return Rule(Descriptors.PyTorchOnNotebook, notebook.Notebook, notebook.Model, notebook.Info.Name, Wording.NotebookFrameworks);
            case InsufficientMemory memory:
                var largest = EiCatalog.AcceleratorsByPreference.OrderByDescending(a => a.MemoryMb).First();
                var suggestion = memory.Fit is null
                    ? $"; no accelerator has enough memory (the largest, {largest.Name}, has {largest.MemoryMb} MiB)"
                    : $"; the smallest that fits is '{memory.Fit.Name}'";
                return Rule(Descriptors.InsufficientMemory, memory.Info.Name, memory.Info.MemoryMb, memory.SizeMb, memory.Model, suggestion);
            case LowHeadroom headroom:
                return Rule(
                    Descriptors.LowHeadroom, headroom.Info.Name, headroom.Info.MemoryMb, Wording.Number((double)headroom.Info.MemoryMb / headroom.SizeMb),
                    headroom.SizeMb, headroom.Model, Wording.Number(headroom.Factor), headroom.Fit is null ? "" : $"; use '{headroom.Fit.Name}'");
            case NonCpuHost host:
                var graviton = host.Kind == HostKind.Graviton;
                return (Descriptors.NonCpuHost, graviton ? Descriptors.GravitonSeverity : Descriptors.NonCpuHost.DefaultSeverity, new object?[]
                {
                    host.Info.Name, host.Host.Text, host.Kind.Describe(),
                    graviton ? "EI containers are x86 images and none exists for Graviton (unverified at the service)" : "Elastic Inference attaches only to CPU instances",
                });
            case UnsupportedVersion version:
                return Rule(Descriptors.UnsupportedVersion, version.Framework.DisplayName, version.Version, version.Framework.SupportedVersionsText);
            case EiImageWithoutAccelerator eiImage:
                var advice = eiImage.Replacement is { } replacement
                    ? $"use '{replacement}', the image for '{eiImage.Host?.Text}' ({eiImage.HostKind.Describe()} instance), without '-eia'"
                    : eiImage.Host?.Text is { } hostText
                        ? $"'{hostText}' is {eiImage.HostKind.Describe()} instance, so use the image without '-eia'"
                        : "use the image of the same framework for the host's processor, without '-eia'";
                return Rule(Descriptors.EiImageWithoutAccelerator, eiImage.Model, eiImage.Image.Text, advice);
            case AcceleratorUnused unused:
                return Rule(Descriptors.AcceleratorUnused, unused.Info.Name, unused.Model, unused.Image.Text, unused.EiRepository);
            case ExcludedFeature excluded:
                var (feature, reason) = excluded.Feature switch
                {
                    EiExcludedFeature.Serverless => ("a serverless variant (ServerlessConfig)", "a serverless variant has no instance to attach an accelerator to, and serverless inference excludes accelerators"),
                    EiExcludedFeature.AsynchronousInference => ("asynchronous inference (AsyncInferenceConfig)", "Amazon Elastic Inference endpoints are among the exclusions of asynchronous inference"),
                    _ => ("a multi-model container (Mode = MultiModel)", "multi-model-enabled containers cannot be used with Amazon Elastic Inference"),
                };
                return Rule(Descriptors.ExcludedFeature, excluded.Info.Name, feature, reason);
            case MultipleNotebookAccelerators multiple:
                return Rule(Descriptors.MultipleNotebookAccelerators, multiple.Notebook is null ? "" : $" '{multiple.Notebook}'", multiple.Count, multiple.Extra.ToString());
            case RegionWithoutEi region:
                return Rule(Descriptors.RegionWithoutEi, region.Reference.Text, region.Region, EiCatalog.EiRegionsText);
            case EndOfLife endOfLife:
                return Rule(Descriptors.EndOfLife, EiCatalog.EndOfLife, MigrationText.Describe(endOfLife.Accelerator, endOfLife.Plan));
            case PreferEia2 eia2:
                return Rule(Descriptors.PreferEia2, eia2.Eia1.Name, eia2.Eia2.Name, eia2.Eia2.MemoryGb, eia2.Eia1.MemoryGb);
            case InvalidDeclaration invalid:
                return Rule(Descriptors.InvalidDeclaration, invalid.Reason);
            case DuplicateDeclaration duplicate:
                return Rule(
                    Descriptors.InvalidDeclaration,
                    $"the model name '{duplicate.Model}' is already declared by {duplicate.FirstType.Replace("global::", "")}; nothing is generated for this declaration");
            case DeclarationDisagreesWithImage disagreement:
                var declared = disagreement.Declared;
                return Rule(
                    Descriptors.InvalidDeclaration,
                    $"model '{declared.Name}' is declared as {declared.Framework.DisplayName} {declared.Version}, but it is created with image "
                    + $"'{disagreement.Image.Text}' ({disagreement.ImageFramework.DisplayName}{(disagreement.Image.Version is null ? "" : " " + disagreement.Image.Version)}); the rules use the image");
            case ImageProcessorMismatch mismatch:
                var unusedGpu = mismatch.HostKind == HostKind.Gpu;
                var consequence = unusedGpu ? "the GPU is paid for and unused" : "the container does not start without a GPU";
                var switchTo = mismatch.Replacement is { } image ? $"; use '{image}'" : "";
                return (Descriptors.ImageProcessorMismatch, unusedGpu ? Descriptors.UnusedGpuSeverity : Descriptors.ImageProcessorMismatch.DefaultSeverity, new object?[]
                {
                    mismatch.Reference.Text, mismatch.Reference.Processor == "gpu" ? "GPUs" : "CPUs", mismatch.Host.Text, mismatch.HostKind.Describe(), consequence + switchTo,
                });
            case InvalidOption option:
                return Rule(
                    Descriptors.InvalidOption, option.Key, option.Text,
                    $"a number from {Wording.Number(EiCatalog.MinHeadroom)} to {Wording.Number(EiCatalog.MaxHeadroom)}", Wording.Number(EiCatalog.DefaultHeadroom) + "x");
            default:
                throw new System.ArgumentException("A finding without a rule: " + finding.GetType().Name, nameof(finding));
        }
    }

    private static (DiagnosticDescriptor, DiagnosticSeverity, object?[]) Rule(DiagnosticDescriptor descriptor, params object?[] arguments) =>
        (descriptor, descriptor.DefaultSeverity, arguments);

    private static string AdviceOf(FrameworkInfo? framework) => framework is null ? "" : Wording.AdviceClause(framework);

    /// <summary>A fix as the code fixes read it: its equivalence key, its title, its edits.</summary>
    private static PlannedFix Plan(string ruleId, Finding finding, FixOption fix, int position) =>
        new(EquivalenceKey(ruleId, position == 0 ? null : fix.Kind, fix.Index), FixTitles.For(finding, fix), fix.Edits.Select(PlannedEdits.Of).ToImmutableArray());

    /// <summary>
    /// The key Fix All and <c>dotnet format</c> group by. Every diagnostic of a rule has the same first key,
    /// <c>EI00NN.Fix</c> (whatever its case needs), so one run fixes them all; other fixes are keyed by their kind.
    /// </summary>
    public static string EquivalenceKey(string ruleId, FixKind? kind, int index = 0) =>
        ruleId + "." + (kind is null ? PrimaryFix : kind.ToString() + (index == 0 ? "" : index.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public const string PrimaryFix = "Fix";
}
