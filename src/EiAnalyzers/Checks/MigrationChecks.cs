using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using EiAnalyzers.Checks.Findings;
using EiAnalyzers.Checks.Fixes;
using EiAnalyzers.Description;
using EiAnalyzers.Knowledge;

namespace EiAnalyzers.Checks;

/// <summary>
/// EI0013: Elastic Inference is gone. For each accelerator that may be set, the migration that leaves it by what the
/// variant serves: a TensorFlow, MXNet or PyTorch model on an x86 CPU moves to a GPU host with the GPU build of the
/// same version; anything else only loses its accelerator (and an EI image, its EI build). A second fix keeps the
/// CPU host with the CPU build.
/// </summary>
internal static class MigrationChecks
{
    /// <summary>
    /// Reports the accelerators whose migration can be planned from this block alone (no model tied by name), or,
    /// with <paramref name="atCompilationEnd"/>, the others, with the whole compilation.
    /// </summary>
    public static void CheckVariant(VariantDescription variant, IModelDirectory directory, bool atCompilationEnd, CheckContext context)
    {
        foreach (var accelerator in variant.Alternatives.Select(a => a.Accelerator).Where(a => a is { IsSet: true }).Distinct())
        {
            var alternatives = variant.Alternatives.Where(a => Equals(a.Accelerator, accelerator)).ToList();
            if (alternatives.Any(a => a.Model?.NeedsCompilation == true) != atCompilationEnd)
            {
                continue;
            }

            var (plan, fixes) = Plan(variant, accelerator!, alternatives, directory);
            context.Report(new EndOfLife(accelerator!, plan) { Fixes = fixes });
        }
    }

    public static void CheckNotebook(NotebookDescription notebook, CheckContext context)
    {
        foreach (var alternative in notebook.Alternatives)
        {
            var accelerators = alternative.Accelerators.Where(e => e.IsSet).ToList();
            if (accelerators.Count == 0 && alternative.AcceleratorList is { IsSet: true } list && !alternative.AcceleratorsComplete)
            {
                // A list built at run time: an accelerator may be set, nothing else is known.
                accelerators.Add(list);
            }

            foreach (var accelerator in accelerators)
            {
                var edit = AcceleratorRemoval.Of(accelerator, notebook);
                context.Report(new EndOfLife(accelerator, new MigrationPlan(MigrationCase.Notebook) { AcceleratorAtRunTime = accelerator.IsRunTime })
                {
                    Fixes = ImmutableArray.Create(FixOption.Of(FixKind.Migrate, edit)),
                });
            }
        }
    }

    private const string InstanceTypeProperty = "InstanceType";

    private static (MigrationPlan Plan, ImmutableArray<FixOption> Fixes) Plan(
        VariantDescription variant, ValueSite accelerator, IReadOnlyList<VariantState> alternatives, IModelDirectory directory)
    {
        var served = alternatives.Select(a => ServedModels.For(a.Model, directory)).ToList();
        var hosts = alternatives.Select(a => a.InstanceType).Where(h => h is not null).Select(h => h!).Distinct().ToList();
        var classified = hosts.Select(h => (Host: h, Kind: EiCatalog.ClassifyInstanceType(h.Text))).ToList();
        var hostKinds = classified.Select(h => h.Kind).ToList();
        var images = served.SelectMany(s => s.Models).SelectMany(m => m.States).SelectMany(s => s.Containers)
            .Where(c => c.Image is not null)
            .Select(c => (Site: c.Image!, Reference: ImageReference.Parse(c.Image!.Pattern)))
            .Distinct()
            .ToList();
        var declared = served.Select(s => s.Declared).FirstOrDefault(d => d is not null);
        var framework = declared?.Framework ?? images.Select(i => i.Reference?.Known?.Framework).FirstOrDefault(f => f is not null);
        var version = declared?.Version ?? images.Select(i => i.Reference?.Version).FirstOrDefault(v => v is not null);
        var withoutEi = declared is { Framework.HasEiBuild: false }
            || (declared is null && images.Count > 0 && images.All(i => i.Reference?.Known is { Kind: ImageKind.NoEi }));
        var excluded = alternatives.Any(a => a.Serverless is { IsCertainlySet: true } || a.AsyncInference is { IsCertainlySet: true })
            || served.Any(s => s.Models.Any(m => m.States.Any(state => state.Containers.Any(IsMultiModel))));
        var remove = new RemoveSetter(accelerator);
        var basePlan = new MigrationPlan(MigrationCase.EiFramework)
        {
            Framework = framework,
            Version = version,
            AcceleratorAtRunTime = accelerator.IsRunTime,
        };

        if (excluded || withoutEi || (hostKinds.Count > 0 && hostKinds.All(k => k is not (HostKind.CpuX86 or HostKind.Unknown))))
        {
            // The accelerator never did anything here: only it goes (and an EI build of the image, for the host's processor).
            var @case = excluded ? MigrationCase.ExcludedFeature : withoutEi ? MigrationCase.FrameworkWithoutEi : MigrationCase.HostNotX86;
            var processor = excluded && alternatives.All(a => a.InstanceType is null) ? "cpu" : CommonProcessor(hostKinds);
            var switched = SwitchEiImages(images, processor);
            var plan = basePlan with { Case = @case, ImageAfter = Named(switched), NoImageForProcessor = switched is null && HasEiImage(images) };
            return (plan, Fixes(new FixOption(FixKind.Migrate, Concat(remove, switched))));
        }

        var known = served.Any(s => s.IsKnown);
        var edits = new List<Edit>();
        var x86Hosts = classified.Where(h => h.Kind == HostKind.CpuX86).Select(h => h.Host).ToList();

        // The hosts the GPU build needs moved: the x86 CPUs, and those the code does not show as anything else (a value
        // only known at run time, a family the catalog does not know): left as they are, the GPU image would run there.
        var movedHosts = classified.Where(h => h.Kind is HostKind.CpuX86 or HostKind.Unknown).Select(h => h.Host).ToList();
        if (hosts.Count == 0)
        {
            // No instance type written to change: the accelerator's setter becomes the instance type's.
            edits.Add(new ReplaceSetter(accelerator, ImmutableArray.Create(new PropertySetting(InstanceTypeProperty, TargetHost, variant.HostSpelling))));
        }
        else
        {
            edits.Add(remove);

            // The host moves to a GPU for every configuration that has it: an accelerator another branch sets on it
            // would be on a GPU (EI0006), so it goes with this one.
            edits.AddRange(variant.Alternatives
                .Where(a => a.Accelerator is { IsSet: true } other && !Equals(other, accelerator) && other.Location.IsInSource
                    && a.InstanceType is { } host && movedHosts.Contains(host))
                .Select(a => a.Accelerator!)
                .Distinct()
                .Select(other => new RemoveSetter(other)));
            edits.AddRange(movedHosts.Select(h => AcceleratorValueChecks.AtUse(h, TargetHost)));
        }

        if (!known)
        {
            var unknownPlan = basePlan with { Case = MigrationCase.UnknownModel, HostAfter = TargetHost, ImageNotSeen = true };
            return (unknownPlan, Fixes(new FixOption(FixKind.Migrate, edits.ToImmutableArray())));
        }

        // Built-in algorithms run the same image on a GPU; a framework image switches to the GPU build of its version.
        var gpu = SwitchFrameworkImages(images, "gpu");
        var cpu = SwitchFrameworkImages(images, "cpu");
        var frameworkPlan = basePlan with
        {
            HostAfter = TargetHost,
            ImageAfter = Named(gpu),
            CpuImageAfter = x86Hosts.Count > 0 ? Named(cpu) : null,
            ImageNotSeen = images.Count == 0,
            NoImageForProcessor = gpu is null && HasFrameworkImage(images),
        };

        var fixes = ImmutableArray.CreateBuilder<FixOption>();
        if (!frameworkPlan.NoImageForProcessor)
        {
            fixes.Add(new FixOption(FixKind.Migrate, edits.Concat(gpu?.Edits ?? ImmutableArray<Edit>.Empty).ToImmutableArray()));
        }

        if (x86Hosts.Count > 0 && x86Hosts.Count == hosts.Count && (cpu is not null || !HasFrameworkImage(images)))
        {
            fixes.Add(new FixOption(FixKind.MigrateKeepingCpuHost, ImmutableArray.Create<Edit>(remove).AddRange(cpu?.Edits ?? ImmutableArray<Edit>.Empty)));
        }

        return (frameworkPlan, fixes.ToImmutable());
    }

    /// <summary>AWS's recommended GPU replacement for EI (ei-facts.md section 6).</summary>
    public static string TargetHost => EiCatalog.MigrationHosts[0];

    private static ImmutableArray<FixOption> Fixes(params FixOption[] fixes) => fixes.ToImmutableArray();

    private static bool IsMultiModel(ContainerState container) =>
        container.Mode?.Text is { } mode && string.Equals(mode, EiCatalog.MultiModelMode, System.StringComparison.OrdinalIgnoreCase);

    private static ImmutableArray<Edit> Concat(Edit first, SwitchedImage? switched) =>
        ImmutableArray.Create(first).AddRange(switched?.Edits ?? ImmutableArray<Edit>.Empty);

    private static string? Named(SwitchedImage? switched) => switched is { Image.Length: > 0 } ? switched.Image : null;

    /// <summary>The processor every host has, when they agree on one an image exists for.</summary>
    private static string? CommonProcessor(List<HostKind> kinds)
    {
        var processors = kinds.Select(ImageChecks.ProcessorFor).Distinct().ToList();
        return processors.Count == 1 ? processors[0] : null;
    }

    private static bool HasEiImage(List<(ValueSite Site, ImageReference? Reference)> images) =>
        images.Any(i => i.Reference?.Known?.Kind == ImageKind.EiFramework);

    private static bool HasFrameworkImage(List<(ValueSite Site, ImageReference? Reference)> images) =>
        images.Any(i => i.Reference?.Known?.Kind is ImageKind.EiFramework or ImageKind.NonEiFramework);

    /// <summary>Every EI image switched to its build for <paramref name="processor"/>; null when one of them has none.</summary>
    private static SwitchedImage? SwitchEiImages(List<(ValueSite Site, ImageReference? Reference)> images, string? processor) =>
        Switch(images.Where(i => i.Reference?.Known?.Kind == ImageKind.EiFramework).ToList(), processor);

    /// <summary>Every framework image (EI or not) switched to its build for <paramref name="processor"/>.</summary>
    private static SwitchedImage? SwitchFrameworkImages(List<(ValueSite Site, ImageReference? Reference)> images, string processor) =>
        Switch(images.Where(i => i.Reference?.Known?.Kind == ImageKind.EiFramework
            || (i.Reference?.Known?.Kind == ImageKind.NonEiFramework && i.Reference.Processor != processor)).ToList(), processor);

    private static SwitchedImage? Switch(List<(ValueSite Site, ImageReference? Reference)> images, string? processor)
    {
        if (images.Count == 0)
        {
            return new SwitchedImage("", ImmutableArray<Edit>.Empty);
        }

        var edits = ImmutableArray.CreateBuilder<Edit>();
        string? first = null;
        foreach (var (site, reference) in images)
        {
            if (ImageSwitch.To(site, reference!, processor) is not { } switched)
            {
                return null;
            }

            first ??= switched.Image;
            edits.AddRange(switched.Edits);
        }

        return new SwitchedImage(first!, edits.ToImmutable());
    }
}
