using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using EiAnalyzers.Knowledge;
using Xunit;

namespace EiAnalyzers.Tests.Knowledge;

/// <summary>
/// Every fact of the catalog's framework tables against AWS's own (data/reference/): EI versions, aliases,
/// repositories, py versions, processors, registry accounts per region, the non-EI inference images of the EI versions,
/// the Neuron images, the built-ins and the regions. Each failure names the fact that differs.
/// </summary>
public class ReferenceTablesTests
{
    [Fact]
    public void EI_scopes_agree_with_the_python_sdk()
    {
        var problems = new List<string>();
        foreach (var framework in ReferenceData.EiFrameworks)
        {
            var eia = ReferenceData.Config(framework).GetProperty("eia");
            var name = framework.Member + " eia";
            Same(problems, name + " processors", ReferenceData.Strings(eia, "processors"), new[] { EiCatalog.EiProcessor });

            var versions = eia.GetProperty("versions");
            Same(problems, name + " versions", versions.EnumerateObject().Select(v => v.Name), framework.EiVersions.Select(v => v.Version));
            Same(
                problems, name + " aliases",
                eia.GetProperty("version_aliases").EnumerateObject().Select(a => a.Name + "=" + a.Value.GetString()),
                framework.EiVersions.SelectMany(v => v.Aliases.Select(a => a + "=" + v.Version)));

            foreach (var version in versions.EnumerateObject())
            {
                var entry = ReferenceData.Entries(version.Value).Single();
                var catalog = framework.FindEiVersion(version.Name);
                if (catalog is null)
                {
                    continue;
                }

                var at = $"{name} {version.Name}";
                Same(problems, at + " repository", new[] { entry.Repository }, new[] { catalog.Repository });
                Same(problems, at + " py_versions", entry.PyVersions, catalog.PyVersions);
                Same(problems, at + " registries", Pairs(entry.Registries), Pairs(catalog.Registries));
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Inference_images_of_the_EI_versions_agree_with_the_python_sdk_and_the_DLC_list()
    {
        var problems = new List<string>();
        var dlc = ReferenceData.DlcList("dlc_inference_tags.txt").Where(u => !u.Repository.EndsWith("-neuron", StringComparison.Ordinal)).ToList();
        foreach (var framework in ReferenceData.EiFrameworks)
        {
            var inference = ReferenceData.Config(framework).GetProperty("inference");
            var name = framework.Member + " inference";
            Same(problems, name + " processors", ReferenceData.Strings(inference, "processors"), InferenceImages.Processors);

            var versions = inference.GetProperty("versions");
            var catalogEntries = InferenceImages.SdkEntriesOf(framework);
            Same(
                problems, name + " versions listed (the EI versions the SDK has)",
                framework.EiVersions.Select(v => v.Version).Where(v => versions.TryGetProperty(v, out _)),
                catalogEntries.Select(e => e.Version).Distinct());

            foreach (var ei in framework.EiVersions)
            {
                var at = $"{name} {ei.Version}";
                var catalog = catalogEntries.Where(e => e.Version == ei.Version).ToList();
                if (versions.TryGetProperty(ei.Version, out var version))
                {
                    Same(
                        problems, at,
                        ReferenceData.Entries(version).SelectMany(e => Facts(e.Repository, e.PyVersions, Pairs(e.Registries))),
                        catalog.SelectMany(e => Facts(e.Repository, e.PyVersions, Pairs(e.Registries))));
                    Same(problems, at + " DLC tags (the SDK has it)", Array.Empty<string>(), DlcTagsOf(framework, ei.Version));
                    continue;
                }

                // Not in the SDK: the Deep Learning Containers list's tags of the same repository, if any.
                var repository = framework.Member.ToLowerInvariant() + "-inference";
                var listed = dlc.Where(u => u.Repository == repository && u.Version == ei.Version).ToList();
                Same(problems, at + " DLC tags", listed.Select(u => u.Repository + ":" + u.Tag), DlcTagsOf(framework, ei.Version));
                foreach (var image in InferenceImages.DeepLearningContainerTags.Where(i => i.Framework == framework && i.Parts.Version == ei.Version))
                {
                    // The list's URIs are examples in one region; elsewhere the SDK's table of the repository's same minor line.
                    var minor = string.Join(".", ei.Version.Split('.').Take(2));
                    var sameLine = inference.GetProperty("version_aliases").GetProperty(minor).GetString()!;
                    var registries = ReferenceData.Entries(versions.GetProperty(sameLine)).Single(e => e.Repository == repository).Registries;
                    Same(problems, at + " " + image.Tag + " registries", Pairs(registries), Pairs(InferenceImages.RegistriesOf(image)));
                    var example = listed.Single(u => u.Tag == image.Tag);
                    Same(problems, at + " " + image.Tag + " example account", new[] { example.Account }, new[] { InferenceImages.RegistriesOf(image).AccountIn(example.Region)! });
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Neuron_images_agree_with_the_DLC_list_and_none_has_an_EI_version()
    {
        var listed = ReferenceData.DlcList("dlc_inference_tags.txt").Where(u => u.Repository.EndsWith("-neuron", StringComparison.Ordinal)).ToList();
        Assert.Equal(listed.Select(u => u.Repository + ":" + u.Tag).OrderBy(t => t), NeuronImages.All.Select(i => i.Repository + ":" + i.Tag).OrderBy(t => t));
        foreach (var image in NeuronImages.All)
        {
            Assert.StartsWith(image.Framework.Member.ToLowerInvariant() + "-", image.Repository, StringComparison.Ordinal);
            Assert.Equal("neuron", image.Parts.Processor);
            Assert.Equal(Registries.DeepLearningContainers.AccountIn("us-east-1"), listed.Single(u => u.Tag == image.Tag).Account);
        }

        foreach (var framework in ReferenceData.EiFrameworks)
        {
            Assert.Equal(framework.Member.ToLowerInvariant() + "-inference-neuron", NeuronImages.RepositoryOf(framework));
            Assert.All(framework.EiVersions, v => Assert.False(NeuronImages.ExistsFor(framework, v.Version)));
        }

        Assert.Null(NeuronImages.RepositoryOf(EiCatalog.XGBoost));
    }

    [Fact]
    public void Built_in_algorithms_agree_with_the_python_sdk()
    {
        foreach (var (framework, file) in ReferenceData.BuiltIns)
        {
            var versions = ReferenceData.Json(file).GetProperty("versions");
            Assert.Equal(new[] { EiCatalog.BuiltInVersion }, versions.EnumerateObject().Select(v => v.Name));
            var entry = ReferenceData.Entries(versions.GetProperty(EiCatalog.BuiltInVersion)).Single();
            Assert.Equal(entry.Repository, EiCatalog.ImageRepositories.Single(r => r.Framework == framework && r.Kind == ImageKind.EiBuiltIn).Name);
            Assert.Equal(Pairs(entry.Registries), Pairs(Registries.BuiltInAlgorithms));
        }
    }

    [Fact]
    public void Regions_and_partitions_agree_with_the_endpoint_table()
    {
        var (regions, _) = ReferenceData.EiRegions();
        Assert.Equal(regions.OrderBy(r => r, StringComparer.Ordinal), EiCatalog.EiRegions.OrderBy(r => r, StringComparer.Ordinal));

        var partitions = ReferenceData.Json("ei-endpoints-pre-removal.json");
        Assert.Equal(
            partitions.EnumerateObject().Select(p => p.Name + " " + p.Value.GetProperty("dnsSuffix").GetString()),
            Partitions.All.Select(p => p.Name + " " + p.DnsSuffix));
        foreach (var region in new[] { "us-east-1", "eu-west-1", "cn-north-1", "cn-northwest-1", "us-gov-west-1", "us-iso-east-1", "us-isob-east-1", "us-isof-south-1", "eu-isoe-west-1", "mx-central-1" })
        {
            Assert.Equal(ReferenceData.DnsSuffix(region), Partitions.Of(region).DnsSuffix);
        }
    }

    [Fact]
    public void The_DLC_list_of_EI_images_reads_as_the_catalogs_EI_builds()
    {
        foreach (var listed in ReferenceData.DlcList("dlc_eia_tags.txt"))
        {
            var reference = ImageReference.Parse($"{listed.Account}.dkr.ecr.{listed.Region}.amazonaws.com/{listed.Repository}:{listed.Tag}")!;
            var framework = reference.Known!.Framework!;
            var build = framework.FindEiVersion(reference.Version!)!;
            Assert.Equal(build.Repository, reference.Repository);
            Assert.Equal(build.Registries.AccountIn(listed.Region), reference.Account);
            // The same build for one of the py versions the SDK lists (py27 is a py2 image, py36 a py3 one).
            var sdkTags = build.PyVersions.IsEmpty ? new[] { build.Tag } : build.PyVersions.Select(py => build.Version + "-cpu-" + py).ToArray();
            Assert.True(sdkTags.Any(tag => ImageTag.Parse(tag).SameBuildAs(reference.TagParts!)), $"{listed.Tag} is not read as any of {string.Join(", ", sdkTags)}");
        }
    }

    private static IEnumerable<string> Pairs(SortedDictionary<string, string> registries) => registries.Select(p => p.Key + "=" + p.Value);

    private static IEnumerable<string> Pairs(RegistryMap registries) => registries.Accounts.Select(p => p.Key + "=" + p.Value);

    /// <summary>An entry as separate facts: its py versions, and each registry, under its repository.</summary>
    private static IEnumerable<string> Facts(string repository, IEnumerable<string> pyVersions, IEnumerable<string> registries) =>
        registries.Select(r => $"{repository} {r}").Prepend($"{repository} py_versions [{string.Join(" ", pyVersions)}]");

    private static IEnumerable<string> DlcTagsOf(FrameworkInfo framework, string version) =>
        InferenceImages.DeepLearningContainerTags.Where(i => i.Framework == framework && i.Parts.Version == version).Select(i => i.Repository + ":" + i.Tag);

    /// <summary>Records each fact missing from one side or the other, so that one run names every difference.</summary>
    private static void Same(List<string> problems, string what, IEnumerable<string> aws, IEnumerable<string> catalog)
    {
        var expected = aws.ToList();
        var actual = catalog.ToList();
        var before = problems.Count;
        foreach (var missing in expected.Except(actual, StringComparer.Ordinal))
        {
            problems.Add($"{what}: AWS lists '{missing}', the catalog does not");
        }

        foreach (var extra in actual.Except(expected, StringComparer.Ordinal))
        {
            problems.Add($"{what}: the catalog has '{extra}', AWS does not");
        }

        if (expected.Count != actual.Count && problems.Count == before)
        {
            problems.Add($"{what}: AWS lists {expected.Count}, the catalog {actual.Count}");
        }
    }
}
