using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using EiAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace EiAnalyzers.Tests.Generator;

/// <summary>What the generator emits: compiled and executed, so that the tests check behaviour, not text.</summary>
public class GeneratorOutputTests
{
    private const string Declarations = """
        using SageMaker.ElasticInference;

        namespace Shop.Models
        {
            [EiModel("resnet50", EiFramework.TensorFlow, "2.3", ArtifactSizeMb = 98)]
            internal static partial class Resnet50 { }

            [EiModel("bert-qa", EiFramework.PyTorch, "1.5.1", ArtifactSizeMb = 1300, Notebooks = new[] { "nlp-dev" })]
            public static partial class BertQa { }

            [EiModel("churn", EiFramework.XGBoost, "1.7")]
            internal static partial class Churn { }

            [EiModel("old-torch", EiFramework.PyTorch, "1.8.1", ArtifactSizeMb = 10)]
            internal static partial class OldTorch { }

            public static partial class Catalog
            {
                [EiModel("classifier", EiFramework.ImageClassification, "1", ArtifactSizeMb = 3000)]
                internal partial class Classifier { }
            }
        }

        [EiModel("global-model", EiFramework.MXNet, "1.4", ArtifactSizeMb = 7000)]
        internal static partial class GlobalModel { }

        [EiModel("record-model", EiFramework.TensorFlow, "2.3")]
        internal sealed partial record RecordModel(int Version);

        [EiModel("generic-model", EiFramework.TensorFlow, "2.3")]
        internal partial class GenericModel<T> { }

        public static class Table
        {
            public static object Rows => EiCompatibility.Rows;
        }
        """;

    private static Assembly Build(string source = Declarations)
    {
        var (output, _) = GeneratorHarness.Generate(GeneratorHarness.Compilation(TestReferences.All, source));
        return GeneratorHarness.Load(output);
    }

    private static object? Static(Assembly assembly, string type, string member) => Static(assembly.GetType(type, throwOnError: true)!, member);

    private static object? Static(Type t, string member)
    {
        const BindingFlags flags = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic;
        return t.GetField(member, flags)?.GetValue(null) ?? t.GetProperty(member, flags)?.GetValue(null);
    }

    private static string Name(object accelerator) => (string)accelerator.GetType().GetProperty("Name")!.GetValue(accelerator)!;

    private static List<string> Names(object? accelerators) => ((IEnumerable)accelerators!).Cast<object>().Select(Name).ToList();

    [Fact]
    public void Model_members_carry_the_declaration()
    {
        var assembly = Build();
        Assert.Equal("resnet50", Static(assembly, "Shop.Models.Resnet50", "Name"));
        Assert.Equal("2.3", Static(assembly, "Shop.Models.Resnet50", "FrameworkVersion"));
        Assert.Equal(98, Static(assembly, "Shop.Models.Resnet50", "ArtifactSizeMb"));
        Assert.Equal("TensorFlow", Static(assembly, "Shop.Models.Resnet50", "Framework")!.ToString());
        Assert.Equal(0, Static(assembly, "Shop.Models.Churn", "ArtifactSizeMb"));
        Assert.Equal("classifier", Static(assembly, "Shop.Models.Catalog+Classifier", "Name"));
        Assert.Equal("global-model", Static(assembly, "GlobalModel", "Name"));
        Assert.Equal("record-model", Static(assembly, "RecordModel", "Name"));
        Assert.Equal("generic-model", Static(assembly.GetType("GenericModel`1")!.MakeGenericType(typeof(int)), "Name"));
    }

    [Fact]
    public void Compatible_accelerators_follow_the_rules()
    {
        var assembly = Build();
        var all = new[] { "ml.eia1.medium", "ml.eia1.large", "ml.eia1.xlarge", "ml.eia2.medium", "ml.eia2.large", "ml.eia2.xlarge" };
        Assert.Equal(all, Names(Static(assembly, "Shop.Models.Resnet50", "EndpointAccelerators")));
        Assert.Equal(all, Names(Static(assembly, "Shop.Models.Resnet50", "NotebookAccelerators")));

        // 1300 MiB: eia1.medium (1 GiB) is too small; PyTorch cannot use EI on a notebook.
        Assert.Equal(all.Skip(1), Names(Static(assembly, "Shop.Models.BertQa", "EndpointAccelerators")));
        Assert.Empty(Names(Static(assembly, "Shop.Models.BertQa", "NotebookAccelerators")));

        Assert.Empty(Names(Static(assembly, "Shop.Models.Churn", "EndpointAccelerators")));
        Assert.Empty(Names(Static(assembly, "Shop.Models.OldTorch", "EndpointAccelerators")));

        // 3000 MiB: only 4 and 8 GiB accelerators.
        Assert.Equal(new[] { "ml.eia1.xlarge", "ml.eia2.large", "ml.eia2.xlarge" }, Names(Static(assembly, "Shop.Models.Catalog+Classifier", "EndpointAccelerators")));

        // 7000 MiB: only eia2.xlarge, and not with the 1.5x headroom.
        Assert.Equal(new[] { "ml.eia2.xlarge" }, Names(Static(assembly, "GlobalModel", "EndpointAccelerators")));
    }

    [Fact]
    public void Smallest_accelerator_has_the_headroom_and_prefers_eia2()
    {
        var assembly = Build();
        Assert.Equal("ml.eia2.medium", Name(Static(assembly, "Shop.Models.Resnet50", "SmallestAccelerator")!));
        Assert.Equal("ml.eia2.medium", Name(Static(assembly, "Shop.Models.BertQa", "SmallestAccelerator")!));
        Assert.Equal("ml.eia2.xlarge", Name(Static(assembly, "Shop.Models.Catalog+Classifier", "SmallestAccelerator")!));
        Assert.Null(Static(assembly, "Shop.Models.Churn", "SmallestAccelerator"));
        Assert.Null(Static(assembly, "GlobalModel", "SmallestAccelerator"));
    }

    [Fact]
    public void Headroom_of_the_smallest_accelerator_comes_from_the_options()
    {
        var options = new GeneratorHarness.Options(new Dictionary<string, string> { ["ei_memory_headroom"] = "2" });
        var (output, _) = GeneratorHarness.Generate(GeneratorHarness.Compilation(TestReferences.All, Declarations), options);
        var assembly = GeneratorHarness.Load(output);
        Assert.Equal("ml.eia2.large", Name(Static(assembly, "Shop.Models.BertQa", "SmallestAccelerator")!));
    }

    [Fact]
    public void EI_image_uri_exists_only_where_EI_does()
    {
        var assembly = Build();
        string? Uri(string type, string region) =>
            (string?)assembly.GetType(type)!.GetMethod("EiImageUri", BindingFlags.Static | BindingFlags.NonPublic)!.Invoke(null, new object[] { region });

        Assert.Equal("763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference-eia:2.3.0-cpu", Uri("Shop.Models.Resnet50", "us-east-1"));
        Assert.Equal("763104351884.dkr.ecr.eu-west-1.amazonaws.com/pytorch-inference-eia:1.5.1-cpu-py3", Uri("Shop.Models.BertQa", "eu-west-1"));
        Assert.Equal("763104351884.dkr.ecr.us-west-2.amazonaws.com/mxnet-inference-eia:1.4.1-cpu-py3", Uri("GlobalModel", "us-west-2"));
        Assert.Equal("811284229777.dkr.ecr.us-east-1.amazonaws.com/image-classification:1", Uri("Shop.Models.Catalog+Classifier", "us-east-1"));
        Assert.Null(Uri("Shop.Models.Resnet50", "eu-central-1"));
        Assert.Null(Uri("Shop.Models.Churn", "us-east-1"));
        Assert.Null(Uri("Shop.Models.OldTorch", "us-east-1"));
    }

    /// <summary>
    /// Every image member of every framework version the catalog knows (and one it does not), in every region any image
    /// is published in and one where none is: the generated methods, which ask a shared registry for the host, return
    /// exactly the catalog's URI.
    /// </summary>
    [Fact]
    public void Image_members_return_the_catalog_uri_in_every_region()
    {
        var models = EiAnalyzers.Knowledge.EiCatalog.Frameworks
            .SelectMany(f => f.EiVersions.Select(v => (Framework: f, v.Version)).DefaultIfEmpty((Framework: f, Version: "1.0")).Append((Framework: f, Version: "0.0.1")))
            .Distinct()
            .Select((m, i) => (m.Framework, m.Version, Type: "M" + i))
            .ToList();
        var source = string.Join("\n", models.Select(m =>
            $"[EiModel(\"m-{m.Type}\", EiFramework.{m.Framework.Member}, \"{m.Version}\")] internal static partial class {m.Type} {{ }}"));
        var (output, _) = GeneratorHarness.Generate(GeneratorHarness.Compilation(TestReferences.All, "using SageMaker.ElasticInference;\n" + source));
        Assert.Contains(output.SyntaxTrees, t => t.FilePath.EndsWith("EiImageRegistries.g.cs", StringComparison.Ordinal));
        var assembly = GeneratorHarness.Load(output);

        var regions = models
            .SelectMany(m => EiAnalyzers.Knowledge.InferenceImages.Processors
                .Select(p => EiAnalyzers.Knowledge.EiCatalog.InferenceImageFor(m.Framework, m.Version, p))
                .SelectMany(image => image?.Registries.Regions ?? Enumerable.Empty<string>()))
            .Concat(EiAnalyzers.Knowledge.EiCatalog.EiRegions)
            .Append("xx-nowhere-1")
            .Distinct()
            .ToList();
        Assert.True(regions.Count > 20, "the catalog's images are published in more regions than these: " + string.Join(", ", regions));

        var compared = 0;
        foreach (var (framework, version, type) in models)
        {
            var generated = assembly.GetType(type, throwOnError: true)!;
            string? Call(string member, string region) =>
                (string?)generated.GetMethod(member, BindingFlags.Static | BindingFlags.NonPublic)!.Invoke(null, new object[] { region });

            foreach (var region in regions)
            {
                var versioned = framework.Support == EiAnalyzers.Knowledge.EiSupport.VersionedFramework;
                Assert.Equal(EiAnalyzers.Knowledge.EiCatalog.EiImageUri(framework, version, region), Call("EiImageUri", region));
                Assert.Equal(versioned ? EiAnalyzers.Knowledge.EiCatalog.InferenceImageFor(framework, version, "cpu")?.UriIn(region) : null, Call("CpuImageUri", region));
                Assert.Equal(versioned ? EiAnalyzers.Knowledge.EiCatalog.InferenceImageFor(framework, version, "gpu")?.UriIn(region) : null, Call("GpuImageUri", region));
                compared++;
            }
        }

        Assert.True(compared > 500, $"only {compared} (model, region) pairs compared");
    }

    /// <summary>
    /// The region switch of a registry is written once, in EiImageRegistries, however many models and images use it: the
    /// models' files name no registry host. Models of the same framework version share their registries.
    /// </summary>
    [Fact]
    public void Registry_hosts_are_written_once_per_registry()
    {
        const string source = """
            using SageMaker.ElasticInference;
            [EiModel("a", EiFramework.PyTorch, "1.5.1")] internal partial class A { }
            [EiModel("b", EiFramework.PyTorch, "1.5.1")] internal partial class B { }
            [EiModel("c", EiFramework.PyTorch, "1.5.1")] internal partial class C { }
            """;
        var run = GeneratorHarness.Driver().RunGenerators(GeneratorHarness.Compilation(TestReferences.All, source)).GetRunResult();
        var sources = run.Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);

        var registries = sources["EiImageRegistries.g.cs"];
        var methods = registries.Split('\n').Count(line => line.TrimStart().StartsWith("internal static string Registry", StringComparison.Ordinal));
        var framework = EiAnalyzers.Knowledge.EiCatalog.Frameworks.Single(f => f.Member == "PyTorch");
        var distinctRegistries = new[]
        {
            EiAnalyzers.Knowledge.EiCatalog.EiRegions.Select(r => EiAnalyzers.Knowledge.EiCatalog.EiImageUri(framework, "1.5.1", r)),
            InferenceUris(framework, "cpu"),
            InferenceUris(framework, "gpu"),
        }.Select(uris => string.Join(" ", uris.Where(u => u is not null).Select(u => u!.Substring(0, u.IndexOf('/'))))).Distinct().Count();
        Assert.Equal(distinctRegistries, methods);

        var models = sources.Where(s => s.Key.EndsWith(".EiModel.g.cs", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, models.Count);
        Assert.All(models, model => Assert.DoesNotContain("dkr.ecr", model.Value, StringComparison.Ordinal));
        Assert.All(models, model => Assert.Contains("EiImageRegistries.Registry", model.Value, StringComparison.Ordinal));

        static IEnumerable<string?> InferenceUris(EiAnalyzers.Knowledge.FrameworkInfo framework, string processor) =>
            EiAnalyzers.Knowledge.EiCatalog.InferenceImageFor(framework, "1.5.1", processor) is { } image
                ? image.Registries.Regions.Select(image.UriIn)
                : Enumerable.Empty<string?>();
    }

    [Fact]
    public void Compatibility_table_has_a_row_per_model_accelerator_and_host_with_reasons()
    {
        var assembly = Build();
        var rows = ((IEnumerable)Static(assembly, "Table", "Rows")!).Cast<object>().ToList();
        string Text(object row) => row.ToString()!;
        Assert.Equal(8 * 6 * 2, rows.Count);
        Assert.Contains(rows, r => Text(r).StartsWith("bert-qa | ml.eia1.medium | endpoint | incompatible: EI0004", StringComparison.Ordinal));
        Assert.Contains(rows, r => Text(r).StartsWith("bert-qa | ml.eia2.xlarge | notebook | incompatible: EI0003", StringComparison.Ordinal));
        Assert.Contains(rows, r => Text(r).StartsWith("churn | ml.eia2.medium | endpoint | incompatible: EI0002", StringComparison.Ordinal));
        Assert.Contains(rows, r => Text(r).StartsWith("old-torch | ml.eia2.medium | endpoint | incompatible: EI0007", StringComparison.Ordinal));
        Assert.Contains(rows, r => Text(r) == "resnet50 | ml.eia1.medium | endpoint | compatible");
        Assert.Contains(rows, r => Text(r).StartsWith("classifier | ml.eia1.xlarge | endpoint | compatible, EI0005", StringComparison.Ordinal));

        var row = rows.First(r => Text(r).StartsWith("bert-qa | ml.eia1.medium | endpoint", StringComparison.Ordinal));
        Assert.False((bool)row.GetType().GetProperty("IsCompatible")!.GetValue(row)!);
        Assert.Contains("1024 MiB", (string)row.GetType().GetProperty("Reason")!.GetValue(row)!);
    }

    [Fact]
    public void Accelerator_constants_convert_to_string_and_to_the_sdk_types()
    {
        // Compiles only if EiAccelerator converts directly to each target (C# chains no two user conversions).
        GeneratorHarness.Generate(GeneratorHarness.Compilation(TestReferences.All, """
            using System.Collections.Generic;
            using Amazon.SageMaker;
            using Amazon.SageMaker.Model;
            using Amazon.CDK.AWS.Sagemaker;
            using SageMaker.ElasticInference;

            static class Use
            {
                static void Run()
                {
                    var sdk = new ProductionVariant { AcceleratorType = EiAccelerators.Eia2Medium };
                    var notebook = new CreateNotebookInstanceRequest { AcceleratorTypes = new List<string> { EiAccelerators.Eia2Large } };
                    NotebookInstanceAcceleratorType typed = EiAccelerators.Eia1Medium;
                    var cdk = new CfnEndpointConfig.ProductionVariantProperty { AcceleratorType = EiAccelerators.Eia2Medium };
                    var cdkNotebook = new CfnNotebookInstanceProps { AcceleratorTypes = new string[] { EiAccelerators.Eia2Xlarge } };
                    string text = EiAccelerators.All[0];
                }
            }
            """));
    }

    [Fact]
    public void Without_the_sdk_the_constants_still_compile()
    {
        var (output, run) = GeneratorHarness.Generate(GeneratorHarness.Compilation(TestReferences.Net80, Declarations));
        Assert.DoesNotContain("Amazon.SageMaker", GeneratorHarness.Text(run, "EiAccelerators.g.cs"));
        var assembly = GeneratorHarness.Load(output);
        Assert.Equal(6, Names(Static(assembly, "SageMaker.ElasticInference.EiAccelerators", "All")).Count);
    }

    [Fact]
    public void Generated_types_are_internal_and_embedded()
    {
        var (output, _) = GeneratorHarness.Generate(GeneratorHarness.Compilation(TestReferences.All, Declarations));
        foreach (var name in new[] { "EiAccelerator", "EiAccelerators", "EiCompatibility", "EiCompatibilityRow", "EiFramework", "EiHost", "EiModelAttribute" })
        {
            var type = output.GetTypeByMetadataName("SageMaker.ElasticInference." + name);
            Assert.NotNull(type);
            Assert.Equal(Accessibility.Internal, type!.DeclaredAccessibility);
            Assert.Contains(type.GetAttributes(), a => a.AttributeClass?.ToDisplayString() == "Microsoft.CodeAnalysis.EmbeddedAttribute");
        }
    }

    [Fact]
    public void Two_projects_with_the_package_and_InternalsVisibleTo_do_not_clash()
    {
        var library = GeneratorHarness.Compilation(TestReferences.All, """
            [assembly: System.Runtime.CompilerServices.InternalsVisibleTo("Consumer")]
            namespace Lib
            {
                [SageMaker.ElasticInference.EiModel("lib-model", SageMaker.ElasticInference.EiFramework.TensorFlow, "2.3")]
                public static partial class LibModel { }
            }
            """).WithAssemblyName("Lib");
        var (libraryOutput, _) = GeneratorHarness.Generate(library);
        var consumer = GeneratorHarness.Compilation(TestReferences.All.Add(libraryOutput.ToMetadataReference()), """
            using SageMaker.ElasticInference;

            static class Use
            {
                static string Accelerator => EiAccelerators.Eia2Medium;
                static string LibName => Lib.LibModel.Name;
            }
            """);
        GeneratorHarness.Generate(consumer);
    }

    [Fact]
    public void Nothing_is_emitted_for_malformed_declarations_and_the_project_still_compiles()
    {
        var (_, run) = GeneratorHarness.Generate(GeneratorHarness.Compilation(TestReferences.All, """
            using SageMaker.ElasticInference;

            [EiModel("", EiFramework.TensorFlow, "2.3")] static partial class EmptyName { }
            [EiModel("ok", EiFramework.TensorFlow, "latest")] static partial class BadVersion { }
            [EiModel("sized", EiFramework.TensorFlow, "2.3", ArtifactSizeMb = -1)] static partial class BadSize { }
            [EiModel("cast", (EiFramework)99, "2.3")] static partial class BadFramework { }
            [EiModel("not-partial", EiFramework.TensorFlow, "2.3")] static class NotPartial { }
            [EiModel("twice", EiFramework.TensorFlow, "2.3")] static partial class First { }
            [EiModel("twice", EiFramework.MXNet, "1.7")] static partial class Second { }
            """));
        var hints = run.Results.Single().GeneratedSources.Select(s => s.HintName).ToList();
        Assert.Contains(hints, h => h.StartsWith("First.", StringComparison.Ordinal) && h.EndsWith(".EiModel.g.cs", StringComparison.Ordinal));
        Assert.DoesNotContain(hints, h => h.Contains("Second") || h.Contains("EmptyName") || h.Contains("BadVersion") || h.Contains("BadSize") || h.Contains("BadFramework") || h.Contains("NotPartial"));
    }

    [Fact]
    public void Generated_code_is_csharp_7_3()
    {
        var compilation = GeneratorHarness.Compilation(TestReferences.All, Declarations.Replace("public static object Rows => EiCompatibility.Rows;", "public static object Rows { get { return EiCompatibility.Rows; } }"));
        var driver = GeneratorHarness.Driver().RunGenerators(compilation);
        var options = GeneratorHarness.ParseOptions.WithLanguageVersion(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp7_3);
        // A model declared as a record gets a record part (the user's code is C# 9 already); everything else is C# 7.3.
        foreach (var tree in driver.GetRunResult().GeneratedTrees.Where(t => !t.ToString().Contains("partial record ")))
        {
            var reparsed = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(tree.GetText(), options);
            Assert.Empty(reparsed.GetDiagnostics());
        }
    }
}
