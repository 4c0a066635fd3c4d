using System.Threading.Tasks;
using EiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace EiAnalyzers.Tests.Analysis;

/// <summary>
/// The analyzer says nothing about generated code, as the analysis driver defines it: a generated file (by
/// <c>generated_code</c> in .editorconfig, by its name or by an auto-generated header), a <c>#line hidden</c> region, and
/// a declaration marked <c>[GeneratedCode]</c> (the member or a type around it, unless written in several parts). Every test
/// has a control: the same code outside generated code is reported.
/// </summary>
public class GeneratedCodeTests
{
    private const string Off = "dotnet_diagnostic.EI0013.severity = none\ndotnet_diagnostic.EI0014.severity = none\n";

    private const string Unknown = "new ProductionVariant { ModelName = \"m\", AcceleratorType = \"ml.eia9.huge\" }";

    private const string Reported = "new ProductionVariant { ModelName = \"m\", AcceleratorType = {|EI0001:\"ml.eia9.huge\"|} }";

    [Fact]
    public async Task A_type_marked_GeneratedCode_is_quiet()
    {
        await Verify.Analyzer(Verify.Usings + $$"""
            [System.CodeDom.Compiler.GeneratedCode("tool", "1.0")]
            class Generated
            {
                ProductionVariant Variant() => {{Unknown}};

                class Nested
                {
                    ProductionVariant Variant() => {{Unknown}};
                }
            }

            class Written
            {
                ProductionVariant Variant() => {{Reported}};
            }
            """, Off);
    }

    [Fact]
    public async Task A_member_marked_GeneratedCode_is_quiet_and_its_siblings_are_not()
    {
        await Verify.Analyzer(Verify.Usings + $$"""
            using System.CodeDom.Compiler;

            class Deploy
            {
                [GeneratedCode("tool", "1.0")]
                ProductionVariant Generated() => {{Unknown}};

                [GeneratedCodeAttribute("tool", "1.0")]
                ProductionVariant GeneratedProperty { get { return {{Unknown}}; } }

                [GeneratedCode("tool", "1.0")]
                ProductionVariant generatedField = {{Unknown}};

                ProductionVariant Written() => {{Reported}};
            }
            """, Off);
    }

    [Fact]
    public async Task The_attribute_on_a_partial_type_does_not_mark_its_parts_but_on_a_member_in_it_does()
    {
        // As for the analysis driver: the attribute on a type written in several parts cannot say which part it
        // marks, so it marks none; a member marked in one part is generated code.
        var generatedPart = Verify.Usings + $$"""
            namespace App
            {
                [System.CodeDom.Compiler.GeneratedCode("tool", "1.0")]
                partial class Endpoints
                {
                    ProductionVariant SamePart() => {{Reported}};

                    [System.CodeDom.Compiler.GeneratedCode("tool", "1.0")]
                    ProductionVariant MarkedMember() => {{Unknown}};
                }
            }
            """;
        var writtenPart = Verify.Usings + $$"""
            namespace App
            {
                partial class Endpoints
                {
                    ProductionVariant OtherPart() => {{Reported}};
                }
            }
            """;
        await Verify.Analyzer(new[] { ("/0/EndpointsPart.cs", generatedPart), ("/0/Endpoints.cs", writtenPart) }, Off);
    }

    [Fact]
    public async Task An_accessor_marked_GeneratedCode_is_quiet_and_a_marked_local_function_is_not()
    {
        // As for the driver: an accessor is a declaration of its own; a local function is not a member.
        await Verify.Analyzer(Verify.Usings + $$"""
            using System.CodeDom.Compiler;

            class Deploy
            {
                ProductionVariant Variant
                {
                    [GeneratedCode("tool", "1.0")]
                    get { return {{Unknown}}; }
                }

                ProductionVariant Run()
                {
                    return Local();

                    [GeneratedCode("tool", "1.0")]
                    ProductionVariant Local() => {{Reported}};
                }
            }
            """, Off);
    }

    [Fact]
    public async Task The_attribute_through_a_using_alias_is_recognised()
    {
        await Verify.Analyzer(Verify.Usings + $$"""
            using Tool = System.CodeDom.Compiler.GeneratedCodeAttribute;

            [Tool("tool", "1.0")]
            class Generated
            {
                ProductionVariant Variant() => {{Unknown}};
            }

            class Written
            {
                ProductionVariant Variant() => {{Reported}};
            }
            """, Off);
    }

    [Fact]
    public async Task An_attribute_of_the_same_name_elsewhere_is_not_GeneratedCode()
    {
        await Verify.Analyzer(Verify.Usings + $$"""
            sealed class GeneratedCodeAttribute : Attribute { }

            [GeneratedCode]
            class NotGenerated
            {
                ProductionVariant Variant() => {{Reported}};
            }
            """, Off);
    }

    [Fact]
    public async Task A_line_hidden_region_is_quiet()
    {
        // In a file with a hidden region, the lines before its first #line directive count as hidden too.
        await Verify.Analyzer(Verify.Usings + $$"""
            class Deploy
            {
                ProductionVariant BeforeTheFirstDirective() => {{Unknown}};
            #line hidden
                ProductionVariant Hidden() => {{Unknown}};
            #line default
                ProductionVariant Written() => {{Reported}};
            }
            """, Off);
    }

    [Theory]
    [InlineData("/0/Endpoints.g.cs")]
    [InlineData("/0/Endpoints.generated.cs")]
    [InlineData("/0/Endpoints.Designer.cs")]
    [InlineData("/0/Endpoints.g.i.cs")]
    [InlineData("/0/TemporaryGeneratedFile_Endpoints.cs")]
    public async Task A_file_named_as_generated_is_quiet(string path)
    {
        await Verify.Analyzer(new[] { (path, Verify.Usings + $"class Generated {{ ProductionVariant Variant() => {Unknown}; }}"), ("/0/Written.cs", Verify.Usings + $"class Written {{ ProductionVariant Variant() => {Reported}; }}") }, Off);
    }

    [Theory]
    [InlineData("// <auto-generated/>\n")]
    [InlineData("//------------------------------------------------------------------------------\n// <auto-generated>\n//     This code was generated by a tool.\n// </auto-generated>\n//------------------------------------------------------------------------------\n")]
    [InlineData("/* <autogenerated /> */\n")]
    public async Task A_file_with_an_auto_generated_header_is_quiet(string header)
    {
        await Verify.Analyzer(new[] { ("/0/Generated.cs", header + Verify.Usings + $"class Generated {{ ProductionVariant Variant() => {Unknown}; }}"), ("/0/Written.cs", Verify.Usings + $"class Written {{ ProductionVariant Variant() => {Reported}; }}") }, Off);
    }

    [Fact]
    public async Task Editorconfig_generated_code_decides_before_the_name()
    {
        var config = Off + "\n[/0/Marked.cs]\ngenerated_code = true\n\n[/0/Written.g.cs]\ngenerated_code = false\n";
        await Verify.Analyzer(
            new[]
            {
                ("/0/Marked.cs", Verify.Usings + $"class Marked {{ ProductionVariant Variant() => {Unknown}; }}"),
                ("/0/Written.g.cs", Verify.Usings + $"class Written {{ ProductionVariant Variant() => {Reported}; }}"),
            },
            config);
    }

    [Fact]
    public async Task A_diagnostic_of_the_compilation_end_in_generated_code_is_quiet()
    {
        // The variant and the XGBoost model are tied by their name across files: EI0002 is decided at the end of the
        // compilation, and is still not reported in generated code.
        var models = Verify.Usings + """
            static class Models
            {
                public static CreateModelRequest Abalone() => new CreateModelRequest
                {
                    ModelName = "abalone",
                    Containers = new List<ContainerDefinition>
                    {
                        new ContainerDefinition { Image = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.0-1-cpu-py3" },
                    },
                };
            }
            """;
        var endpoints = Verify.Usings + """
            [System.CodeDom.Compiler.GeneratedCode("tool", "1.0")]
            static class GeneratedEndpoints
            {
                public static ProductionVariant Abalone() => new ProductionVariant
                {
                    ModelName = "abalone",
                    InstanceType = ProductionVariantInstanceType.MlM5Large,
                    AcceleratorType = ProductionVariantAcceleratorType.MlEia2Medium,
                };
            }

            static class Endpoints
            {
                public static ProductionVariant Abalone() => new ProductionVariant
                {
                    ModelName = "abalone",
                    InstanceType = ProductionVariantInstanceType.MlM5Large,
                    AcceleratorType = {|EI0002:ProductionVariantAcceleratorType.MlEia2Medium|},
                };
            }
            """;
        await Verify.Analyzer(new[] { ("/0/Models.cs", models), ("/0/Endpoints.cs", endpoints) }, Off);
    }
}
