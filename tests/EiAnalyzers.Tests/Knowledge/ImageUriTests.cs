using System.Collections.Generic;
using System.Linq;
using EiAnalyzers.Knowledge;
using Xunit;

namespace EiAnalyzers.Tests.Knowledge;

/// <summary>
/// The URIs the catalog builds against the ones the Python SDK builds from the same tables (data/reference/):
/// <c>{account}.dkr.ecr.{region}.{dns suffix}/{repository}:{tag}</c>.
/// </summary>
public class ImageUriTests
{
    private static readonly string[] NotEiRegions = { "eu-central-1", "cn-north-1", "us-gov-west-1", "ap-southeast-2", "sa-east-1", "", "US-EAST-1" };

    [Fact]
    public void EI_image_uris_are_the_python_sdks_in_the_EI_regions_and_null_elsewhere()
    {
        var (eiRegions, dnsSuffix) = ReferenceData.EiRegions();
        var checkedUris = 0;
        foreach (var framework in ReferenceData.EiFrameworks)
        {
            var eia = ReferenceData.Config(framework).GetProperty("eia");
            var aliases = eia.GetProperty("version_aliases").EnumerateObject().ToDictionary(a => a.Name, a => a.Value.GetString()!);
            foreach (var version in eia.GetProperty("versions").EnumerateObject())
            {
                var entry = ReferenceData.Entries(version.Value).Single();
                var tag = ReferenceData.Tag(version.Name, "cpu", ReferenceData.NewestPy(entry.PyVersions));
                var written = aliases.Where(a => a.Value == version.Name).Select(a => a.Key).Append(version.Name);
                foreach (var text in written)
                {
                    foreach (var region in eiRegions)
                    {
                        var expected = entry.Registries.TryGetValue(region, out var account)
                            ? $"{account}.dkr.ecr.{region}.{dnsSuffix}/{entry.Repository}:{tag}"
                            : null;
                        Assert.Equal(expected, EiCatalog.EiImageUri(framework, text, region));
                        checkedUris++;
                    }

                    foreach (var region in entry.Registries.Keys.Except(eiRegions).Concat(NotEiRegions))
                    {
                        Assert.Null(EiCatalog.EiImageUri(framework, text, region));
                    }
                }
            }
        }

        Assert.Equal(6 * (8 + 8 + 5 + 4 + 2 + 2), checkedUris);
    }

    [Fact]
    public void Built_in_image_uris_are_the_python_sdks_in_the_EI_regions_and_null_elsewhere()
    {
        var (eiRegions, dnsSuffix) = ReferenceData.EiRegions();
        foreach (var (framework, file) in ReferenceData.BuiltIns)
        {
            var (name, entry) = ReferenceData.Json(file).GetProperty("versions").EnumerateObject().Select(v => (v.Name, ReferenceData.Entries(v.Value).Single())).Single();
            foreach (var region in eiRegions)
            {
                Assert.Equal($"{entry.Registries[region]}.dkr.ecr.{region}.{dnsSuffix}/{entry.Repository}:{name}", EiCatalog.EiImageUri(framework, name, region));
            }

            Assert.All(entry.Registries.Keys.Except(eiRegions).Concat(NotEiRegions), region => Assert.Null(EiCatalog.EiImageUri(framework, name, region)));
        }
    }

    [Theory]
    [InlineData("TensorFlow", "1.10", "520713654638.dkr.ecr.us-east-1.amazonaws.com/sagemaker-tensorflow-eia:1.10.0-cpu-py2")]
    [InlineData("TensorFlow", "1.13.0", "520713654638.dkr.ecr.us-east-1.amazonaws.com/sagemaker-tensorflow-serving-eia:1.13.0-cpu")]
    [InlineData("TensorFlow", "2.3", "763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference-eia:2.3.0-cpu")]
    [InlineData("MXNet", "1.3", "520713654638.dkr.ecr.us-east-1.amazonaws.com/sagemaker-mxnet-eia:1.3.0-cpu-py3")]
    [InlineData("MXNet", "1.4.0", "520713654638.dkr.ecr.us-east-1.amazonaws.com/sagemaker-mxnet-serving-eia:1.4.0-cpu-py3")]
    [InlineData("MXNet", "1.7", "763104351884.dkr.ecr.us-east-1.amazonaws.com/mxnet-inference-eia:1.7.0-cpu-py3")]
    [InlineData("PyTorch", "1.5.1", "763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference-eia:1.5.1-cpu-py3")]
    [InlineData("PyTorch", "1.3", "763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference-eia:1.3.1-cpu-py3")]
    [InlineData("PyTorch", "1.8.1", null)]
    [InlineData("TensorFlow", "2.2", null)]
    [InlineData("XGBoost", "1.7", null)]
    public void EI_image_uris_by_hand(string framework, string version, string? uri)
    {
        Assert.Equal(uri, EiCatalog.EiImageUri(EiCatalog.Frameworks.Single(f => f.Member == framework), version, "us-east-1"));
    }

    [Fact]
    public void Inference_images_are_the_python_sdks_or_the_DLC_lists_for_every_EI_version_processor_and_region()
    {
        var dlc = ReferenceData.DlcList("dlc_inference_tags.txt");
        foreach (var framework in ReferenceData.EiFrameworks)
        {
            var eia = ReferenceData.Config(framework).GetProperty("eia");
            var inference = ReferenceData.Config(framework).GetProperty("inference");
            var aliases = eia.GetProperty("version_aliases").EnumerateObject().ToDictionary(a => a.Name, a => a.Value.GetString()!);
            foreach (var version in eia.GetProperty("versions").EnumerateObject().Select(v => v.Name))
            {
                foreach (var processor in ReferenceData.Strings(inference, "processors"))
                {
                    // Expected: the SDK's inference entry of the same full version (newest py over its entries), else the
                    // DLC list's tag of the same version and processor, else nothing.
                    string? repository = null, tag = null;
                    SortedDictionary<string, string>? registries = null;
                    if (inference.GetProperty("versions").TryGetProperty(version, out var entryJson))
                    {
                        var entries = ReferenceData.Entries(entryJson).ToList();
                        var py = ReferenceData.NewestPy(entries.SelectMany(e => e.PyVersions));
                        var entry = entries.Single(e => py is null || e.PyVersions.Contains(py));
                        (repository, tag, registries) = (entry.Repository, ReferenceData.Tag(version, processor, py), entry.Registries);
                    }
                    else if (dlc.SingleOrDefault(u => u.Repository == framework.Member.ToLowerInvariant() + "-inference" && u.Version == version && u.Processor == processor) is { } listed)
                    {
                        // The list's URI is an example in one region: elsewhere, the SDK's table of the same repository and minor line.
                        var sameLine = inference.GetProperty("version_aliases").GetProperty(string.Join(".", version.Split('.').Take(2))).GetString()!;
                        var line = ReferenceData.Entries(inference.GetProperty("versions").GetProperty(sameLine)).Single(e => e.Repository == listed.Repository);
                        (repository, tag, registries) = (listed.Repository, listed.Tag, line.Registries);
                    }

                    foreach (var text in aliases.Where(a => a.Value == version).Select(a => a.Key).Append(version))
                    {
                        var image = EiCatalog.InferenceImageFor(framework, text, processor);
                        if (repository is null)
                        {
                            Assert.Null(image);
                            continue;
                        }

                        Assert.NotNull(image);
                        Assert.Equal((repository, tag, version, processor), (image!.Repository, image.Tag, image.Version, image.Processor));
                        foreach (var (region, account) in registries!)
                        {
                            Assert.Equal(account, image.AccountIn(region));
                            Assert.Equal($"{account}.dkr.ecr.{region}.{ReferenceData.DnsSuffix(region)}/{repository}:{tag}", EiCatalog.InferenceImageUri(framework, text, processor, region));
                        }

                        Assert.Equal(registries.Keys, image.Registries.Regions);
                    }
                }
            }
        }
    }

    [Theory]
    [InlineData("TensorFlow", "2.3", "gpu", "tensorflow-inference:2.3.0-gpu")]
    [InlineData("TensorFlow", "1.10", "cpu", "sagemaker-tensorflow:1.10.0-cpu-py2")]
    [InlineData("TensorFlow", "1.11.0", "gpu", "sagemaker-tensorflow-serving:1.11.0-gpu")]
    [InlineData("MXNet", "1.4", "cpu", "mxnet-inference:1.4.1-cpu-py3")]
    [InlineData("MXNet", "1.3.0", "gpu", "sagemaker-mxnet:1.3.0-gpu-py3")]
    [InlineData("MXNet", "1.5.1", "gpu", null)]
    [InlineData("MXNet", "1.5", "cpu", null)]
    [InlineData("PyTorch", "1.3.1", "gpu", "pytorch-inference:1.3.1-gpu-py3")]
    [InlineData("PyTorch", "1.5.1", "gpu", "pytorch-inference:1.5.1-gpu-py36-cu101-ubuntu16.04")]
    [InlineData("PyTorch", "1.5", "cpu", "pytorch-inference:1.5.1-cpu-py36-ubuntu16.04")]
    [InlineData("PyTorch", "1.8.1", "gpu", null)]
    [InlineData("PyTorch", "1.5.1", "neuron", null)]
    [InlineData("XGBoost", "1.7", "cpu", null)]
    public void Inference_images_by_hand(string framework, string version, string processor, string? image)
    {
        Assert.Equal(image, EiCatalog.InferenceImageFor(EiCatalog.Frameworks.Single(f => f.Member == framework), version, processor)?.ToString());
    }

    [Fact]
    public void Inference_image_uris_keep_the_region_and_its_partition()
    {
        Assert.Equal("763104351884.dkr.ecr.eu-west-1.amazonaws.com/pytorch-inference:1.5.1-gpu-py36-cu101-ubuntu16.04",
            EiCatalog.InferenceImageUri(EiCatalog.PyTorch, "1.5.1", "gpu", "eu-west-1"));
        Assert.Equal("727897471807.dkr.ecr.cn-north-1.amazonaws.com.cn/tensorflow-inference:2.3.0-gpu",
            EiCatalog.InferenceImageUri(EiCatalog.TensorFlow, "2.3", "gpu", "cn-north-1"));
        Assert.Equal("520713654638.dkr.ecr.us-west-2.amazonaws.com/sagemaker-tensorflow:1.10.0-cpu-py2",
            EiCatalog.InferenceImageUri(EiCatalog.TensorFlow, "1.10", "cpu", "us-west-2"));
        Assert.Null(EiCatalog.InferenceImageUri(EiCatalog.TensorFlow, "1.10", "cpu", "il-central-1"));
        Assert.Null(EiCatalog.InferenceImageUri(EiCatalog.MXNet, "1.5.1", "cpu", "us-east-1"));
    }
}
