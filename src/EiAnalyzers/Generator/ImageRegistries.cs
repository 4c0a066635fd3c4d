using System.Collections.Generic;
using System.Linq;
using EiAnalyzers.Declarations;
using EiAnalyzers.Knowledge;

namespace EiAnalyzers.Generator;

/// <summary>
/// The image URIs of a project's models, each split into its registry's host in a region (account, region, partition)
/// and the path after it (repository and tag), which is the same in every region. A model's image members then
/// call one host switch per registry, written once in <c>EiImageRegistries</c>, instead of a switch over some 30
/// regions per model and image (7 KB of a model's 11 KB file).
/// </summary>
internal sealed class ImageRegistries
{
    public const string ClassName = "EiImageRegistries";
    public const string Hint = ClassName + ".g.cs";

    private readonly Dictionary<string, int> numbers;
    private readonly List<IReadOnlyList<(string Region, string Host)>> hosts;

    private ImageRegistries(Dictionary<string, int> numbers, List<IReadOnlyList<(string Region, string Host)>> hosts)
    {
        this.numbers = numbers;
        this.hosts = hosts;
    }

    /// <summary>One image member of a model: its name, its summary, and its URI in each region (null where none).</summary>
    public sealed record ImageMember(string Name, string Summary, IReadOnlyList<(string Region, string? Uri)> Uris);

    /// <summary>An image as a registry method and the path after the host, e.g. <c>/pytorch-inference:1.5.1-cpu-py3</c>.</summary>
    public sealed record SplitImage(string RegistryMethod, string Path);

    /// <summary>The registries the images of <paramref name="models"/> come from, numbered in ordinal order of their hosts.</summary>
    public static ImageRegistries For(IEnumerable<ModelSpec> models)
    {
        var distinct = new SortedDictionary<string, IReadOnlyList<(string Region, string Host)>>(System.StringComparer.Ordinal);
        foreach (var member in models.SelectMany(ImagesOf))
        {
            if (Split(member.Uris) is { } split)
            {
                distinct[split.Key] = split.Hosts;
            }
        }

        var numbers = new Dictionary<string, int>(System.StringComparer.Ordinal);
        foreach (var key in distinct.Keys)
        {
            numbers.Add(key, numbers.Count + 1);
        }

        return new ImageRegistries(numbers, distinct.Values.ToList());
    }

    public bool IsEmpty => hosts.Count == 0;

    /// <summary>
    /// The EI image and the CPU and GPU inference images (without EI) of the model's framework version, as the catalog
    /// gives them in each region: the migration off EI switches to the latter.
    /// </summary>
    public static IEnumerable<ImageMember> ImagesOf(ModelSpec model)
    {
        var framework = model.Framework;
        yield return new ImageMember(
            GeneratedMembers.EiImageUri,
            "The EI-enabled image of this model in <paramref name=\"region\"/>, or null where none exists.",
            EiCatalog.EiRegions.Select(region => (region, EiCatalog.EiImageUri(framework, model.Version, region))).ToList());

        foreach (var (member, processor) in new[] { (GeneratedMembers.CpuImageUri, "cpu"), (GeneratedMembers.GpuImageUri, "gpu") })
        {
            var image = framework.Support == EiSupport.VersionedFramework ? EiCatalog.InferenceImageFor(framework, model.Version, processor) : null;
            yield return new ImageMember(
                member,
                $"The {processor.ToUpperInvariant()} inference image (without EI) of this model's framework version in <paramref name=\"region\"/>, or null where AWS published none.",
                (image?.Registries.Regions ?? Enumerable.Empty<string>()).Select(region => (region, image!.UriIn(region))).ToList());
        }
    }

    /// <summary>The image as a registry method and a path, or null when it has no URI or its URIs do not split so.</summary>
    public SplitImage? Of(ImageMember member) =>
        Split(member.Uris) is { } split && numbers.TryGetValue(split.Key, out var number)
            ? new SplitImage(MethodName(number), split.Path)
            : null;

    /// <summary>The shared class: one method per registry, returning its host in a region, or null where it has none.</summary>
    public string Source()
    {
        var w = new CodeWriter();
        w.Line(Emitter.Header.TrimEnd('\n'));
        w.Open("namespace " + Emitter.Ns);
        w.Line("/// <summary>The registry hosts of the images of this project's models, by region.</summary>");
        w.Line(Emitter.Embedded);
        w.Line(Emitter.GeneratedCode);
        w.Open("internal static class " + ClassName);
        for (var i = 0; i < hosts.Count; i++)
        {
            if (i > 0)
            {
                w.Line();
            }

            Emitter.RegionSwitch(
                w,
                MethodName(i + 1),
                $"The registry host in <paramref name=\"region\"/> of images published in {hosts[i].Count} regions, or null elsewhere.",
                hosts[i].Select(h => (h.Region, (string?)h.Host)));
        }

        w.Close();
        w.Close();
        return w.ToString();
    }

    private static string MethodName(int number) => "Registry" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// The hosts and the common path of the URIs, keyed by the hosts; null when there is none, or when a URI has no
    /// <c>/</c> or the paths differ by region (the image is then written out per region, as before).
    /// </summary>
    private static (string Key, IReadOnlyList<(string Region, string Host)> Hosts, string Path)? Split(IReadOnlyList<(string Region, string? Uri)> uris)
    {
        var hosts = new List<(string Region, string Host)>();
        string? path = null;
        foreach (var (region, uri) in uris)
        {
            if (uri is null)
            {
                continue;
            }

            var slash = uri.IndexOf('/');
            var rest = slash > 0 ? uri.Substring(slash) : null;
            if (rest is null || (path is not null && path != rest))
            {
                return null;
            }

            path = rest;
            hosts.Add((region, uri.Substring(0, slash)));
        }

        return path is null ? null : (string.Join("\n", hosts.Select(h => h.Region + " " + h.Host)), hosts, path);
    }
}
