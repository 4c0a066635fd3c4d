using System.Threading.Tasks;
using EiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace EiAnalyzers.Tests.Checks;

/// <summary>EI0015 (invalid declarations) and EI0007 (declared versions without an EI build).</summary>
public class DeclarationTests
{
    [Fact]
    public async Task Valid_declarations_get_nothing()
    {
        await Verify.Analyzer(Verify.Usings + """
            [EiModel("resnet50", EiFramework.TensorFlow, "2.3", ArtifactSizeMb = 98)]
            internal static partial class Resnet50 { }

            [EiModel("bert-qa", EiFramework.PyTorch, "1.5.1", ArtifactSizeMb = 1300, Notebooks = new[] { "nlp-dev" })]
            internal static partial class BertQa { }

            [EiModel(name: "ssd", framework: EiFramework.ObjectDetection, frameworkVersion: "1")]
            public partial class Ssd { }

            [EiModel("churn", EiFramework.XGBoost, "1.7")]
            internal static partial class Churn { }

            namespace Models
            {
                public static partial class Outer
                {
                    [EiModel("inner-model", EiFramework.MXNet, "1.4", ArtifactSizeMb = 10)]
                    internal static partial class Inner { }
                }
            }
            """);
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"bert_qa\"")]
    [InlineData("\"-starts-with-hyphen\"")]
    [InlineData("\"a-name-that-is-far-too-long-for-sagemaker-which-allows-sixty-three\"")]
    [InlineData("null")]
    public async Task Invalid_names_are_reported_on_the_name(string name)
    {
        await Verify.Analyzer(Verify.Usings + $$"""
            [EiModel({|EI0015:{{name}}|}, EiFramework.TensorFlow, "2.3")]
            internal static partial class Model { }
            """);
    }

    [Theory]
    [InlineData("latest")]
    [InlineData("1..2")]
    [InlineData("")]
    [InlineData("v2.3")]
    [InlineData("2.3.0.1.5")]
    public async Task Versions_that_are_not_versions_are_reported_on_the_version(string version)
    {
        await Verify.Analyzer(Verify.Usings + $$"""
            [EiModel("model", EiFramework.TensorFlow, {|EI0015:"{{version}}"|})]
            internal static partial class Model { }
            """);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("2000000")]
    public async Task Sizes_that_cannot_be_are_reported_on_the_size(string size)
    {
        await Verify.Analyzer(Verify.Usings + $$"""
            [EiModel("model", EiFramework.TensorFlow, "2.3", ArtifactSizeMb = {|EI0015:{{size}}|})]
            internal static partial class Model { }
            """);
    }

    [Fact]
    public async Task Unknown_framework_values_cast_from_integers_are_reported()
    {
        await Verify.Analyzer(Verify.Usings + """
            [EiModel("model", {|EI0015:(EiFramework)42|}, "2.3")]
            internal static partial class Model { }
            """);
    }

    [Fact]
    public async Task Invalid_notebook_names_are_reported()
    {
        await Verify.Analyzer(Verify.Usings + """
            [EiModel("model", EiFramework.TensorFlow, "2.3", Notebooks = {|EI0015:new[] { "ok-name", "not ok" }|})]
            internal static partial class Model { }
            """);
    }

    [Fact]
    public async Task A_class_that_is_not_partial_is_reported()
    {
        await Verify.Analyzer(Verify.Usings + """
            [EiModel("model", EiFramework.TensorFlow, "2.3")]
            internal static class {|EI0015:Model|} { }

            static class Outer
            {
                [EiModel("nested", EiFramework.TensorFlow, "2.3")]
                internal static partial class {|EI0015:Nested|} { }
            }
            """);
    }

    [Fact]
    public async Task Duplicate_names_are_reported_on_every_declaration_but_the_first_by_type_name()
    {
        await Verify.Analyzer(Verify.Usings + """
            [EiModel("shared", EiFramework.TensorFlow, "2.3")]
            internal static partial class Alpha { }

            [EiModel({|EI0015:"SHARED"|}, EiFramework.MXNet, "1.7")]
            internal static partial class Beta { }
            """);
    }

    [Fact]
    public async Task Missing_arguments_are_reported_besides_the_compiler_error()
    {
        await Verify.Analyzer(Verify.Usings + """
            [{|EI0015:{|CS7036:EiModel("model", EiFramework.TensorFlow)|}|}]
            internal static partial class Model { }
            """);
    }

    [Theory]
    [InlineData("EiFramework.PyTorch", "1.8.1")]
    [InlineData("EiFramework.PyTorch", "1.4")]
    [InlineData("EiFramework.TensorFlow", "2.2")]
    [InlineData("EiFramework.TensorFlow", "2.1.0")]
    [InlineData("EiFramework.TensorFlow", "2.4")]
    [InlineData("EiFramework.MXNet", "1.6.0")]
    [InlineData("EiFramework.MXNet", "1.8")]
    public async Task Declared_versions_without_an_EI_build_are_EI0007_on_the_version(string framework, string version)
    {
        await Verify.Analyzer(Verify.Usings + $$"""
            [EiModel("model", {{framework}}, {|EI0007:"{{version}}"|})]
            internal static partial class Model { }
            """);
    }

    [Theory]
    [InlineData("EiFramework.PyTorch", "1.3.1")]
    [InlineData("EiFramework.PyTorch", "1.5")]
    [InlineData("EiFramework.TensorFlow", "1.10")]
    [InlineData("EiFramework.TensorFlow", "2.0.0")]
    [InlineData("EiFramework.MXNet", "1.4")]
    [InlineData("EiFramework.MXNet", "1.4.0")]
    [InlineData("EiFramework.XGBoost", "1.7")]
    [InlineData("EiFramework.ImageClassification", "1")]
    public async Task Declared_versions_with_an_EI_build_or_non_EI_frameworks_get_no_EI0007(string framework, string version)
    {
        await Verify.Analyzer(Verify.Usings + $$"""
            [EiModel("model", {{framework}}, "{{version}}")]
            internal static partial class Model { }
            """);
    }

    [Fact]
    public async Task EI0007_message_lists_the_supported_versions()
    {
        await Verify.Analyzer(
            Verify.Usings + """
            [EiModel("model", EiFramework.PyTorch, {|#0:"1.8.1"|})]
            internal static partial class Model { }
            """,
            editorConfig: null,
            Verify.Diagnostic(Descriptors.UnsupportedVersion).WithLocation(0).WithArguments("PyTorch", "1.8.1", "1.3.1, 1.5.1"));
    }
}
