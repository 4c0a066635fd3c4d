using System.Linq;
using System.Reflection;
using EiAnalyzers.Knowledge;
using Xunit;

namespace EiAnalyzers.Tests.Knowledge;

/// <summary>The EI catalog against ei-facts.md, and the readers that rest on it.</summary>
public class CatalogTests
{
    [Theory]
    [InlineData("ml.eia1.medium", 1, 1, 8, 1)]
    [InlineData("ml.eia1.large", 1, 2, 16, 2)]
    [InlineData("ml.eia1.xlarge", 1, 4, 32, 4)]
    [InlineData("ml.eia2.medium", 2, 1, 8, 2)]
    [InlineData("ml.eia2.large", 2, 2, 16, 4)]
    [InlineData("ml.eia2.xlarge", 2, 4, 32, 8)]
    public void Accelerators_match_the_seed_table(string name, int generation, double f32, double f16, int memoryGb)
    {
        var accelerator = EiCatalog.FindAccelerator(name.ToUpperInvariant());
        Assert.NotNull(accelerator);
        Assert.Equal(name, accelerator!.Name);
        Assert.Equal(generation, accelerator.Generation);
        Assert.Equal(f32, accelerator.F32Tflops);
        Assert.Equal(f16, accelerator.F16Tflops);
        Assert.Equal(memoryGb, accelerator.MemoryGb);
        Assert.Equal(memoryGb * 1024, accelerator.MemoryMb);
    }

    [Fact]
    public void Sdk_field_names_of_the_accelerators_exist_in_the_sdk()
    {
        var sdk = typeof(Amazon.SageMaker.ProductionVariantAcceleratorType);
        var fields = sdk.GetFields(BindingFlags.Static | BindingFlags.Public).Select(f => f.Name).OrderBy(n => n);
        Assert.Equal(EiCatalog.Accelerators.Select(a => a.SdkFieldName).OrderBy(n => n), fields);
    }

    [Fact]
    public void Every_instance_type_field_of_the_sdk_maps_back_to_its_value_and_its_family_is_classified()
    {
        foreach (var type in new[] { typeof(Amazon.SageMaker.ProductionVariantInstanceType), typeof(Amazon.SageMaker.InstanceType) })
        {
            foreach (var field in type.GetFields(BindingFlags.Static | BindingFlags.Public))
            {
                var value = ((Amazon.Runtime.ConstantClass)field.GetValue(null)!).Value;
                Assert.Equal(value, EiCatalog.InstanceTypeFromSdkFieldName(field.Name));
                Assert.Equal(field.Name, Naming.ToSdkFieldName(value));
                Assert.NotEqual(HostKind.Unknown, EiCatalog.ClassifyInstanceType(value));
            }
        }
    }

    [Theory]
    [InlineData("ml.c5.xlarge", "CpuX86")]
    [InlineData("ML.M5.2XLARGE", "CpuX86")]
    [InlineData("ml.t2.medium", "CpuX86")]
    [InlineData("ml.c6g.xlarge", "Graviton")]
    [InlineData("ml.r7gd.large", "Graviton")]
    [InlineData("ml.g4dn.xlarge", "Gpu")]
    [InlineData("ml.p6-b200.48xlarge", "Gpu")]
    [InlineData("ml.inf1.xlarge", "Inferentia")]
    [InlineData("ml.trn1n.32xlarge", "Trainium")]
    [InlineData("ml.dl1.24xlarge", "Habana")]
    [InlineData("ml.x9.large", "CpuX86")]
    [InlineData("ml.q9.large", "Unknown")]
    [InlineData("c5.xlarge", "Unknown")]
    [InlineData("", "Unknown")]
    public void Instance_types_are_classified_by_the_family_name(string instanceType, string kind)
    {
        Assert.Equal(System.Enum.Parse<HostKind>(kind), EiCatalog.ClassifyInstanceType(instanceType));
    }

    [Theory]
    [InlineData("MlC52xlarge", "ml.c5.2xlarge")]
    [InlineData("MlC5dXlarge", "ml.c5d.xlarge")]
    [InlineData("MlG4dnXlarge", "ml.g4dn.xlarge")]
    [InlineData("MlInf16xlarge", "ml.inf1.6xlarge")]
    [InlineData("MlP4de24xlarge", "ml.p4de.24xlarge")]
    [InlineData("MlTrn1n32xlarge", "ml.trn1n.32xlarge")]
    [InlineData("MlX9Large", "ml.x9.large")]
    [InlineData("Something", null)]
    public void Sdk_field_names_map_back_to_instance_types(string field, string? value)
    {
        Assert.Equal(value, EiCatalog.InstanceTypeFromSdkFieldName(field));
    }

    [Theory]
    [InlineData("TensorFlow", "2.3", true)]
    [InlineData("TensorFlow", "2.3.0", true)]
    [InlineData("TensorFlow", "2.2", false)]
    [InlineData("TensorFlow", "2.1.0", false)]
    [InlineData("TensorFlow", "1.10", true)]
    [InlineData("MXNet", "1.4", true)]
    [InlineData("MXNet", "1.4.0", true)]
    [InlineData("MXNet", "1.5.0", false)]
    [InlineData("MXNet", "1.7.0", true)]
    [InlineData("PyTorch", "1.3.1", true)]
    [InlineData("PyTorch", "1.5", true)]
    [InlineData("PyTorch", "1.8.1", false)]
    [InlineData("PyTorch", "1.4.0", false)]
    [InlineData("XGBoost", "1.7", false)]
    [InlineData("ImageClassification", "1", true)]
    public void EI_versions_match_the_python_sdk(string framework, string version, bool supported)
    {
        Assert.Equal(supported, EiCatalog.Frameworks.Single(f => f.Member == framework).SupportsVersion(version));
    }

    [Fact]
    public void Framework_values_are_stable()
    {
        Assert.Equal(
            new[] { "Other", "TensorFlow", "MXNet", "PyTorch", "Onnx", "XGBoost", "ScikitLearn", "HuggingFace", "ImageClassification", "ObjectDetection", "LinearLearner", "KMeans" },
            EiCatalog.Frameworks.OrderBy(f => f.Value).Select(f => f.Member));
    }

    [Theory]
    [InlineData("763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference-eia:2.3.0-cpu-py37-ubuntu18.04", "763104351884", "us-east-1", "aws", "tensorflow-inference-eia", "2.3.0", "cpu", "EiFramework")]
    [InlineData("763104351884.dkr.ecr.us-west-2.amazonaws.com/pytorch-inference-eia:1.5.1-cpu-py3", "763104351884", "us-west-2", "aws", "pytorch-inference-eia", "1.5.1", "cpu", "EiFramework")]
    [InlineData("727897471807.dkr.ecr.cn-north-1.amazonaws.com.cn/pytorch-inference:1.8.1-gpu", "727897471807", "cn-north-1", "aws-cn", "pytorch-inference", "1.8.1", "gpu", "NonEiFramework")]
    [InlineData("811284229777.dkr.ecr.us-east-1.amazonaws.com/image-classification:1", "811284229777", "us-east-1", "aws", "image-classification", "1", null, "EiBuiltIn")]
    [InlineData("683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.0-1-cpu-py3", "683313688378", "us-east-1", "aws", "sagemaker-xgboost", "1.0", "cpu", "NoEi")]
    [InlineData("763104351884.dkr.ecr.us-east-1.amazonaws.com/huggingface-pytorch-inference:1.13.1-transformers4.26.0-cpu-py39", "763104351884", "us-east-1", "aws", "huggingface-pytorch-inference", "1.13.1", "cpu", "NoEi")]
    [InlineData("382416733822.dkr.ecr.us-east-1.amazonaws.com/kmeans:latest", "382416733822", "us-east-1", "aws", "kmeans", null, null, "NoEi")]
    public void Image_uris_are_read(string uri, string account, string region, string partition, string repository, string? version, string? processor, string kind)
    {
        var image = ImageReference.Parse(uri)!;
        Assert.Equal(account, image.Account);
        Assert.Equal(region, image.Region);
        Assert.Equal(partition, image.Partition);
        Assert.Equal(repository, image.Repository);
        Assert.Equal(version, image.Version);
        Assert.Equal(processor, image.Processor);
        Assert.Equal(System.Enum.Parse<ImageKind>(kind), image.Known!.Kind);
    }

    [Fact]
    public void Unknown_and_partly_known_images_are_never_guessed()
    {
        const char hole = ImageReference.Hole;
        Assert.Null(ImageReference.Parse(null));
        Assert.Null(ImageReference.Parse("no-slash-here"));
        Assert.Null(ImageReference.Parse($"{hole}.dkr.ecr.{hole}.amazonaws.com/{hole}:1.0"));
        Assert.False(ImageReference.Parse("123456789012.dkr.ecr.us-east-1.amazonaws.com/my-server:3")!.IsKnown);
        Assert.False(ImageReference.Parse("registry.example.com/team/pytorch-inference-eia:1.5.1")!.IsKnown);

        var partial = ImageReference.Parse($"{hole}.dkr.ecr.{hole}.amazonaws.com/pytorch-inference-eia:1.5.1-cpu")!;
        Assert.Equal(ImageKind.EiFramework, partial.Known!.Kind);
        Assert.Null(partial.Account);
        Assert.Null(partial.Region);
        Assert.Equal("1.5.1", partial.Version);

        var accountUnknown = ImageReference.Parse($"{hole}.dkr.ecr.eu-central-1.amazonaws.com/tensorflow-inference:2.3.0-cpu")!;
        Assert.Equal("eu-central-1", accountUnknown.Region);

        var tagUnknown = ImageReference.Parse($"763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference-eia:{hole}")!;
        Assert.True(tagUnknown.IsKnown);
        Assert.Null(tagUnknown.Version);

        var versionCut = ImageReference.Parse($"763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference-eia:2.{hole}-cpu")!;
        Assert.Null(versionCut.Version);
    }

    [Theory]
    [InlineData("eia2.xlarge", "ml.eia2.xlarge")]
    [InlineData("ml.eia.medium", "ml.eia2.medium")]
    [InlineData("EIA1.LARGE", "ml.eia1.large")]
    [InlineData("ml.eia2.mediun", "ml.eia2.medium")]
    [InlineData("ml.eia3.large", "ml.eia2.large")]
    public void Closest_accelerators(string typo, string closest)
    {
        Assert.Equal(closest, AcceleratorSuggestions.For(typo).First().Name);
    }

    [Fact]
    public void Smallest_fitting_prefers_eia2_and_respects_the_factor()
    {
        Assert.Equal("ml.eia2.medium", EiCatalog.SmallestFitting(98, 1.5)!.Name);
        Assert.Equal("ml.eia2.medium", EiCatalog.SmallestFitting(1300, 1.5)!.Name);
        Assert.Equal("ml.eia2.large", EiCatalog.SmallestFitting(1500, 1.5)!.Name);
        Assert.Equal("ml.eia2.medium", EiCatalog.SmallestFitting(1500, 1.0)!.Name);
        Assert.Equal("ml.eia2.xlarge", EiCatalog.SmallestFitting(8192, 1.0)!.Name);
        Assert.Null(EiCatalog.SmallestFitting(8193, 1.0));
    }

    [Theory]
    [InlineData("2.3", true)]
    [InlineData("1.5.1", true)]
    [InlineData("1", true)]
    [InlineData("1.2.3.4", true)]
    [InlineData("1.2.3.4.5", false)]
    [InlineData("latest", false)]
    [InlineData("1..2", false)]
    [InlineData("1.", false)]
    [InlineData(".1", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Versions_are_versions(string? text, bool valid)
    {
        Assert.Equal(valid, VersionText.IsVersion(text));
    }
}
