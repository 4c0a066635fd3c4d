using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using EiAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace EiAnalyzers.Tests.Generator;

/// <summary>
/// The generator's output, byte for byte, for every shape a declaration can be written in: the files under
/// <c>Generator/Expected/</c> were written by the generator as it was before it read declarations from syntax, and any
/// change of the output shows here. Set <c>EIANALYZERS_WRITE_EXPECTED=1</c> to write them again after an intended change,
/// and review the diff.
/// </summary>
public class GeneratorGoldenOutputTests
{
    private const string Usings = "using SageMaker.ElasticInference;\n\n";

    /// <summary>The shapes: a name (the folder of its expected files) and the declarations.</summary>
    public static TheoryData<string> Shapes() => new(GoldenShapes.All.Keys);

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Output_is_byte_for_byte_the_expected_output(string shape)
    {
        var (references, sources, options) = GoldenShapes.All[shape];
        var compilation = GeneratorHarness.Compilation(references, sources.Select(WithUsings).ToArray());
        var run = GeneratorHarness.Driver(options).RunGenerators(compilation).GetRunResult();
        Assert.Empty(run.Diagnostics);

        // The declaration-independent files are the same in every shape: they are kept once, in the shapes named for them.
        var generated = run.Results.Single().GeneratedSources
            .Where(s => GoldenShapes.KeepsIndependentFiles(shape) || !GoldenShapes.IsIndependent(s.HintName))
            .ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);
        var folder = Path.Combine(TestReferences.RepositoryRoot, "tests", "EiAnalyzers.Tests", "Generator", "Expected", shape);

        if (Environment.GetEnvironmentVariable("EIANALYZERS_WRITE_EXPECTED") == "1")
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            Directory.CreateDirectory(folder);
            foreach (var (hint, text) in generated)
            {
                File.WriteAllBytes(Path.Combine(folder, hint), Encoding.UTF8.GetBytes(text));
            }

            return;
        }

        Assert.True(Directory.Exists(folder), $"no expected output for shape '{shape}': run with EIANALYZERS_WRITE_EXPECTED=1");
        var expected = Directory.GetFiles(folder).ToDictionary(Path.GetFileName, path => Encoding.UTF8.GetString(File.ReadAllBytes(path)), StringComparer.Ordinal);
        Assert.Equal(expected.Keys.OrderBy(k => k, StringComparer.Ordinal), generated.Keys.OrderBy(k => k, StringComparer.Ordinal));
        foreach (var (hint, text) in expected)
        {
            Assert.True(text == generated[hint], $"{shape}/{hint} differs from the expected output:\n{FirstDifference(text, generated[hint])}");
        }
    }

    /// <summary>The generated namespace imported, after the file's global usings (which must come first).</summary>
    internal static string WithUsings(string source)
    {
        var firstLine = source.StartsWith("global using", StringComparison.Ordinal) ? source.IndexOf('\n') + 1 : 0;
        return source.Insert(firstLine, Usings);
    }

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "<end>";
            var a = i < actualLines.Length ? actualLines[i] : "<end>";
            if (e != a)
            {
                return $"line {i + 1}\nexpected: {e}\nactual:   {a}";
            }
        }

        return "(line endings or a trailing difference)";
    }
}

/// <summary>The declaration shapes of <see cref="GeneratorGoldenOutputTests"/>.</summary>
internal static class GoldenShapes
{
    private const string WithSdk = "with-sdk";
    private const string WithoutSdk = "without-sdk";

    public static bool IsIndependent(string hint) => hint is "EiModelAttribute.g.cs" or "EiAccelerators.g.cs" or "EiCompilerAttributes.g.cs";

    public static bool KeepsIndependentFiles(string shape) => shape is WithSdk or WithoutSdk;

    public static readonly IReadOnlyDictionary<string, (IEnumerable<MetadataReference> References, string[] Sources, GeneratorHarness.Options? Options)> All =
        new Dictionary<string, (IEnumerable<MetadataReference>, string[], GeneratorHarness.Options?)>(StringComparer.Ordinal)
        {
            [WithSdk] = Shape("""
                namespace App
                {
                    [EiModel("resnet50", EiFramework.TensorFlow, "2.3", ArtifactSizeMb = 98)]
                    internal static partial class Resnet50 { }

                    [EiModel("bert-qa", EiFramework.PyTorch, "1.5.1", ArtifactSizeMb = 1300, Notebooks = new[] { "nlp-dev" })]
                    internal static partial class BertQa { }
                }
                """),
            [WithoutSdk] = (TestReferences.Net80, new[] { """
                [EiModel("resnet50", EiFramework.TensorFlow, "2.3", ArtifactSizeMb = 98)]
                internal static partial class Resnet50 { }
                """ }, null),
            ["no-declaration"] = Shape("namespace App { internal static class Nothing { } }"),
            ["every-framework"] = Shape("""
                namespace Frameworks;

                [EiModel("tf-110", EiFramework.TensorFlow, "1.10")] internal static partial class Tf110 { }
                [EiModel("tf-113", EiFramework.TensorFlow, "1.13.0", ArtifactSizeMb = 3000)] internal static partial class Tf113 { }
                [EiModel("tf-22", EiFramework.TensorFlow, "2.2")] internal static partial class Tf22 { }
                [EiModel("mx-13", EiFramework.MXNet, "1.3")] internal static partial class Mx13 { }
                [EiModel("mx-140", EiFramework.MXNet, "1.4.0", ArtifactSizeMb = 7000)] internal static partial class Mx140 { }
                [EiModel("mx-17", EiFramework.MXNet, "1.7.0")] internal static partial class Mx17 { }
                [EiModel("pt-131", EiFramework.PyTorch, "1.3.1", ArtifactSizeMb = 1)] internal static partial class Pt131 { }
                [EiModel("pt-181", EiFramework.PyTorch, "1.8.1")] internal static partial class Pt181 { }
                [EiModel("onnx", EiFramework.Onnx, "1.0")] internal static partial class OnnxModel { }
                [EiModel("xgb", EiFramework.XGBoost, "1.7")] internal static partial class Xgb { }
                [EiModel("sklearn", EiFramework.ScikitLearn, "1.2")] internal static partial class Sklearn { }
                [EiModel("hf", EiFramework.HuggingFace, "4.26")] internal static partial class Hf { }
                [EiModel("ic", EiFramework.ImageClassification, "1", ArtifactSizeMb = 4096)] internal static partial class Ic { }
                [EiModel("od", EiFramework.ObjectDetection, "1")] internal static partial class Od { }
                [EiModel("ll", EiFramework.LinearLearner, "1")] internal static partial class Ll { }
                [EiModel("km", EiFramework.KMeans, "1")] internal static partial class Km { }
                [EiModel("other", EiFramework.Other, "3")] internal static partial class OtherModel { }
                """),
            ["named-arguments"] = Shape("""
                namespace App
                {
                    [EiModel(frameworkVersion: "2.3", name: "reordered", framework: EiFramework.TensorFlow)] internal static partial class Reordered { }
                    [EiModel("positional-then-named", EiFramework.MXNet, frameworkVersion: "1.7", Notebooks = new string[] { "lab-a", "lab-b" }, ArtifactSizeMb = 10)] internal static partial class Mixed { }
                }
                """),
            ["qualified-and-aliased"] = Shape(
                """
                using Ei = SageMaker.ElasticInference;
                using Declares = SageMaker.ElasticInference.EiModelAttribute;

                namespace App
                {
                    [global::SageMaker.ElasticInference.EiModelAttribute("fully-qualified", global::SageMaker.ElasticInference.EiFramework.TensorFlow, "2.3")] internal static partial class FullyQualified { }
                    [SageMaker.ElasticInference.EiModel("qualified", SageMaker.ElasticInference.EiFramework.MXNet, "1.7")] internal static partial class Qualified { }
                    [Ei.EiModel("namespace-alias", Ei.EiFramework.PyTorch, "1.5")] internal static partial class NamespaceAlias { }
                    [Declares("type-alias", EiFramework.TensorFlow, "1.15")] internal static partial class TypeAlias { }
                    [EiModelAttribute("attribute-suffix", EiFramework.TensorFlow, "2.0")] internal static partial class Suffix { }
                }
                """,
                "global using GlobalDeclares = SageMaker.ElasticInference.EiModelAttribute;\nnamespace App { [GlobalDeclares(\"global-alias\", EiFramework.MXNet, \"1.4\")] internal static partial class GlobalAlias { } }"),
            ["constants-and-expressions"] = Shape("""""
                using static SageMaker.ElasticInference.EiFramework;

                namespace App
                {
                    internal static class Names
                    {
                        public const string Model = "from-const";
                        public const EiFramework Framework = EiFramework.MXNet;
                        public const string Version = "1.7";
                        public const int Size = 50;
                        public const string Prefix = "joined";
                    }

                    [EiModel(Names.Model, Names.Framework, Names.Version, ArtifactSizeMb = Names.Size * 2)] internal static partial class FromConsts { }
                    [EiModel(Names.Prefix + "-name", EiFramework.TensorFlow, "2." + "3")] internal static partial class Concatenated { }
                    [EiModel($"{Names.Prefix}-interpolated", TensorFlow, "2.3")] internal static partial class Interpolated { }
                    [EiModel(nameof(NameOf), (EiFramework)2, "1.5.1", ArtifactSizeMb = 1024 + 276)] internal static partial class NameOf { }
                    [EiModel(@"verbatim", EiFramework.TensorFlow, @"2.3", ArtifactSizeMb = 0x40)] internal static partial class Verbatim { }
                    [EiModel("\u0065scaped", EiFramework.TensorFlow, "2.3", ArtifactSizeMb = 1_000)] internal static partial class Escaped { }
                    [EiModel(""""raw"""", EiFramework.TensorFlow, """2.3""", ArtifactSizeMb = +7)] internal static partial class Raw { }
                    [EiModel("char-size", EiFramework.TensorFlow, "2.3", ArtifactSizeMb = 'a')] internal static partial class CharSize { }
                    [EiModel("parenthesized", (EiFramework.TensorFlow), ("2.3"), ArtifactSizeMb = (98))] internal static partial class Parenthesized { }
                }
                """""),
            ["notebooks"] = Shape("""
                namespace App
                {
                    [EiModel("implicit-array", EiFramework.TensorFlow, "2.3", Notebooks = new[] { "lab-1", "lab-2" })] internal static partial class ImplicitArray { }
                    [EiModel("typed-array", EiFramework.TensorFlow, "2.3", Notebooks = new string[] { "lab-3" })] internal static partial class TypedArray { }
                    [EiModel("empty-array", EiFramework.TensorFlow, "2.3", Notebooks = new string[0])] internal static partial class EmptyArray { }
                    [EiModel("null-notebooks", EiFramework.TensorFlow, "2.3", Notebooks = null)] internal static partial class NullNotebooks { }
                    [EiModel("const-notebook", EiFramework.TensorFlow, "2.3", Notebooks = new[] { Labs.First })] internal static partial class ConstNotebook { }
                    internal static class Labs { public const string First = "lab-const"; }
                }
                """),
            ["type-shapes"] = Shape(
                """
                [EiModel("global-namespace", EiFramework.TensorFlow, "2.3")] internal static partial class GlobalNamespace { }

                namespace Outer.Inner
                {
                    [EiModel("record-class", EiFramework.TensorFlow, "2.3")] internal sealed partial record RecordClass(int Version);
                    [EiModel("explicit-record-class", EiFramework.TensorFlow, "2.3")] public partial record class ExplicitRecordClass;
                    [EiModel("generic", EiFramework.TensorFlow, "2.3")] internal partial class Generic<T> where T : class { }
                    [EiModel("two-type-parameters", EiFramework.TensorFlow, "2.3")] internal partial class Two<TKey, TValue> { }
                    [EiModel("sealed", EiFramework.TensorFlow, "2.3")] public sealed partial class SealedModel { }
                    [EiModel("keyword-name", EiFramework.TensorFlow, "2.3")] internal static partial class @class { }
                    [EiModel("non-ascii", EiFramework.TensorFlow, "2.3")] internal static partial class Modèle { }

                    internal partial class Container<T>
                    {
                        [EiModel("nested-in-generic", EiFramework.TensorFlow, "2.3")] internal static partial class Nested { }
                    }

                    internal partial struct Holder
                    {
                        internal partial record Inner
                        {
                            [EiModel("nested-in-struct-and-record", EiFramework.TensorFlow, "2.3")] internal static partial class Deep { }
                        }
                    }
                }

                namespace Outer
                {
                    namespace Nested.Namespaces
                    {
                        [EiModel("nested-namespaces", EiFramework.TensorFlow, "2.3")] internal static partial class InNestedNamespaces { }
                    }
                }
                """,
                "namespace Split { [EiModel(\"partial-in-two-files\", EiFramework.MXNet, \"1.7\")] internal static partial class PartialModel { } }",
                "namespace Split { internal static partial class PartialModel { internal static int Extra => 1; } }"),
            ["attribute-lists"] = Shape("""
                namespace App
                {
                    [System.Serializable, EiModel("shared-list", EiFramework.TensorFlow, "2.3")] internal partial class SharedList { }
                    [System.Obsolete] [EiModel("second-list", EiFramework.TensorFlow, "2.3")] internal static partial class SecondList { }
                    [type: EiModel("targeted", EiFramework.TensorFlow, "2.3")] internal static partial class Targeted { }
                }
                """),
            ["invalid-declarations"] = Shape("""
                namespace App
                {
                    [EiModel("", EiFramework.TensorFlow, "2.3")] internal static partial class EmptyName { }
                    [EiModel("ok", EiFramework.TensorFlow, "latest")] internal static partial class BadVersion { }
                    [EiModel("sized", EiFramework.TensorFlow, "2.3", ArtifactSizeMb = -1)] internal static partial class NegativeSize { }
                    [EiModel("huge", EiFramework.TensorFlow, "2.3", ArtifactSizeMb = 2000000)] internal static partial class HugeSize { }
                    [EiModel("cast", (EiFramework)99, "2.3")] internal static partial class BadFramework { }
                    [EiModel("not-partial", EiFramework.TensorFlow, "2.3")] internal static class NotPartial { }
                    internal static class NotPartialOuter { [EiModel("outer-not-partial", EiFramework.TensorFlow, "2.3")] internal static partial class Inner { } }
                    [EiModel("twice", EiFramework.TensorFlow, "2.3")] internal static partial class First { }
                    [EiModel("TWICE", EiFramework.MXNet, "1.7")] internal static partial class Second { }
                    [EiModel("bad-notebook", EiFramework.TensorFlow, "2.3", Notebooks = new[] { "not ok" })] internal static partial class BadNotebook { }
                    [EiModel("has-name", EiFramework.TensorFlow, "2.3")] internal static partial class HasName { internal const string Name = "other"; }
                    [EiModel(null, EiFramework.TensorFlow, null)] internal static partial class Nulls { }
                }
                """),
            ["headroom-option"] = (TestReferences.All, new[] { """
                [EiModel("bert-qa", EiFramework.PyTorch, "1.5.1", ArtifactSizeMb = 1300)] internal static partial class BertQa { }
                [EiModel("resnet50", EiFramework.TensorFlow, "2.3", ArtifactSizeMb = 98)] internal static partial class Resnet50 { }
                """ }, new GeneratorHarness.Options(new Dictionary<string, string> { ["ei_memory_headroom"] = "3" })),
        };

    private static (IEnumerable<MetadataReference>, string[], GeneratorHarness.Options?) Shape(params string[] sources) => (TestReferences.All, sources, null);
}
