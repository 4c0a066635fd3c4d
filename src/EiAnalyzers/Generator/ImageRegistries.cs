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

    private readonly Dictionary<ModelSpec, IReadOnlyList<WrittenImage>> images;
    private readonly IReadOnlyList<IReadOnlyList<(string Region, string Host)>> hosts;

    private ImageRegistries(Dictionary<ModelSpec, IReadOnlyList<WrittenImage>> images, IReadOnlyList<IReadOnlyList<(string Region, string Host)>> hosts)
    {
        this.images = images;
        this.hosts = hosts;
    }

    /// <summary>One image member of a model: its name, its summary, and its URI in each region (null where none).</summary>
    public sealed record ImageMember(string Name, string Summary, IReadOnlyList<(string Region, string? Uri)> Uris);

    /// <summary>An image as a registry method and the path after the host, e.g. <c>/pytorch-inference:1.5.1-cpu-py3</c>.</summary>
    public sealed record SplitImage(string RegistryMethod, string Path);

    /// <summary>An image member as the model's file writes it: through its registry, or with its own switch where <paramref name="Split"/> is null.</summary>
    public sealed record WrittenImage(ImageMember Member, SplitImage? Split);

    /// <summary>The images of <paramref name="models"/> and the registries they come from, numbered in ordinal order of their hosts.</summary>
    public static ImageRegistries For(IEnumerable<ModelSpec> models)
    {
        // Many models share a framework version, and its images are the same: each is looked up and split once.
        var byVersion = new Dictionary<(int Framework, string Version), List<(ImageMember Member, HostsAndPath? Split)>>();
        var split = models.ToDictionary(model => model, model =>
        {
            var version = (model.FrameworkValue, model.Version);
            if (!byVersion.TryGetValue(version, out var members))
            {
                byVersion[version] = members = CatalogImagesOf(model).Select(member => (Member: member, Split: Split(member.Uris))).ToList();
            }

            return members;
        });
        var distinct = new SortedDictionary<string, IReadOnlyList<(string Region, string Host)>>(System.StringComparer.Ordinal);
        foreach (var member in split.Values.SelectMany(members => members))
        {
            if (member.Split is { } parts)
            {
                distinct[parts.Key] = parts.Hosts;
            }
        }

        var numbers = distinct.Keys.Select((key, index) => (key, index)).ToDictionary(k => k.key, k => k.index + 1, System.StringComparer.Ordinal);
        var images = split.ToDictionary(
            entry => entry.Key,
            entry => (IReadOnlyList<WrittenImage>)entry.Value
                .Select(m => new WrittenImage(m.Member, m.Split is { } parts ? new SplitImage(MethodName(numbers[parts.Key]), parts.Path) : null))
                .ToList());
        return new ImageRegistries(images, distinct.Values.ToList());
    }

    public bool IsEmpty => hosts.Count == 0;

    /// <summary>The image members of <paramref name="model"/>, one of the models this was made <see cref="For"/>.</summary>
    public IReadOnlyList<WrittenImage> ImagesOf(ModelSpec model) => images[model];

    /// <summary>
    /// The EI image and the CPU and GPU inference images (without EI) of the model's framework version, as the catalog
    /// gives them in each region: the migration off EI switches to the latter.
    /// </summary>
    private static IEnumerable<ImageMember> CatalogImagesOf(ModelSpec model)
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

    /// <summary>The URIs of an image split into their hosts by region and the path they share; the key names the hosts.</summary>
    private sealed record HostsAndPath(string Key, IReadOnlyList<(string Region, string Host)> Hosts, string Path);

    /// <summary>
    /// The hosts and the common path of the URIs, keyed by the hosts; null when there is none, or when a URI has no
    /// <c>/</c> or the paths differ by region (the image is then written out per region, as before).
    /// </summary>
    private static HostsAndPath? Split(IReadOnlyList<(string Region, string? Uri)> uris)
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

        return path is null ? null : new HostsAndPath(string.Join("\n", hosts.Select(h => h.Region + " " + h.Host)), hosts, path);
    }
}
