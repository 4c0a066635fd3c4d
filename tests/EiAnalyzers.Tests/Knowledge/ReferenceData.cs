using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using EiAnalyzers.Knowledge;
using EiAnalyzers.Tests.Infrastructure;

namespace EiAnalyzers.Tests.Knowledge;

/// <summary>
/// AWS's own tables, copied in data/reference/ (its README names each source), read the way the Python SDK reads
/// them. The expectations of the Knowledge tests come from here, never from the catalog.
/// </summary>
internal static class ReferenceData
{
    public static string Folder { get; } = Path.Combine(TestReferences.RepositoryRoot, "data", "reference");

    private static readonly Dictionary<string, JsonElement> Cache = new();

    public static JsonElement Json(string file)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(file, out var root))
            {
                root = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, file))).RootElement;
                Cache[file] = root;
            }

            return root;
        }
    }

    /// <summary>tensorflow.json, mxnet.json or pytorch.json.</summary>
    public static JsonElement Config(FrameworkInfo framework) => Json(framework.Member.ToLowerInvariant() + ".json");

    public static readonly FrameworkInfo[] EiFrameworks = { EiCatalog.TensorFlow, EiCatalog.MXNet, EiCatalog.PyTorch };

    public static readonly (FrameworkInfo Framework, string File)[] BuiltIns =
    {
        (EiCatalog.ImageClassification, "image-classification.json"),
        (EiCatalog.ObjectDetection, "object-detection.json"),
    };

    public static IReadOnlyList<string> Strings(JsonElement element, string property) =>
        element.TryGetProperty(property, out var array) ? array.EnumerateArray().Select(e => e.GetString()!).ToList() : Array.Empty<string>();

    public static SortedDictionary<string, string> Map(JsonElement element) =>
        new(element.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!), StringComparer.Ordinal);

    /// <summary>
    /// The entries of a scope's version as the SDK's image_uris.py sees them: one with its <c>py_versions</c>, or, where
    /// the version is keyed by py version (mxnet inference 1.4.1), one per key, with that key as its only py version.
    /// </summary>
    public static IEnumerable<(string Repository, IReadOnlyList<string> PyVersions, SortedDictionary<string, string> Registries)> Entries(JsonElement version)
    {
        if (version.TryGetProperty("repository", out var repository))
        {
            yield return (repository.GetString()!, Strings(version, "py_versions"), Map(version.GetProperty("registries")));
            yield break;
        }

        foreach (var py in version.EnumerateObject())
        {
            yield return (py.Value.GetProperty("repository").GetString()!, new[] { py.Name }, Map(py.Value.GetProperty("registries")));
        }
    }

    /// <summary>The newest py version, as read here: <c>py&lt;major&gt;&lt;minor&gt;</c>, a major alone older than its minors.</summary>
    public static string? NewestPy(IEnumerable<string> pyVersions) =>
        pyVersions.OrderBy(p => p[2] - '0').ThenBy(p => p.Length == 3 ? -1 : int.Parse(p.Substring(3))).LastOrDefault();

    /// <summary>The SDK's tag: "-".join of version, processor and the py version where there is one.</summary>
    public static string Tag(string version, string processor, string? py) => string.Join("-", new[] { version, processor, py }.Where(p => p is not null));

    /// <summary>The regions where the Elastic Inference service had an endpoint, and the DNS suffix of their partition.</summary>
    public static (IReadOnlyList<string> Regions, string DnsSuffix) EiRegions()
    {
        var regions = new List<string>();
        string? suffix = null;
        foreach (var partition in Json("ei-endpoints-pre-removal.json").EnumerateObject())
        {
            var ei = Strings(partition.Value, "ei");
            if (ei.Count > 0)
            {
                regions.AddRange(ei);
                suffix = partition.Value.GetProperty("dnsSuffix").GetString();
            }
        }

        return (regions, suffix!);
    }

    /// <summary>
    /// The DNS suffix of a region's partition: botocore's <c>regionRegex</c> of each partition, written here (the copied
    /// endpoint extract has the suffixes, not the patterns).
    /// </summary>
    public static string DnsSuffix(string region)
    {
        var partition = region.StartsWith("cn-", StringComparison.Ordinal) ? "aws-cn"
            : region.StartsWith("us-gov-", StringComparison.Ordinal) ? "aws-us-gov"
            : region.StartsWith("us-isob-", StringComparison.Ordinal) ? "aws-iso-b"
            : region.StartsWith("us-isof-", StringComparison.Ordinal) ? "aws-iso-f"
            : region.StartsWith("us-iso-", StringComparison.Ordinal) ? "aws-iso"
            : region.StartsWith("eu-isoe-", StringComparison.Ordinal) ? "aws-iso-e"
            : "aws";
        return Json("ei-endpoints-pre-removal.json").GetProperty(partition).GetProperty("dnsSuffix").GetString()!;
    }

    /// <summary>The image URIs of a Deep Learning Containers list, without its comments.</summary>
    public static IReadOnlyList<ListedUri> DlcList(string file) =>
        File.ReadAllLines(Path.Combine(Folder, file))
            .Where(line => line.Length > 0 && !line.StartsWith("#", StringComparison.Ordinal))
            .Select(ListedUri.Parse)
            .ToList();

    /// <summary>One line of a DLC list: <c>{account}.dkr.ecr.{region}.amazonaws.com/{repository}:{tag}</c>.</summary>
    public sealed record ListedUri(string Account, string Region, string Repository, string Tag)
    {
        public static ListedUri Parse(string uri)
        {
            var host = uri.Substring(0, uri.IndexOf('/'));
            var path = uri.Substring(host.Length + 1);
            var labels = host.Split('.');
            return new ListedUri(labels[0], labels[3], path.Substring(0, path.IndexOf(':')), path.Substring(path.IndexOf(':') + 1));
        }

        /// <summary>The version at the start of the tag.</summary>
        public string Version => Tag.Substring(0, Tag.IndexOf('-'));

        public string Processor => Tag.Split('-')[1];
    }
}
