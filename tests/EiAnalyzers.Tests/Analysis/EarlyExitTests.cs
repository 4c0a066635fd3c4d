using System.Linq;
using System.Threading.Tasks;
using EiAnalyzers.Reading;
using EiAnalyzers.Tests.Infrastructure;
using EiAnalyzers.Tests.Robustness;
using Xunit;

namespace EiAnalyzers.Tests.Analysis;

/// <summary>
/// The analyzer leaves at once a compilation with nothing for it: no SDK or CDK type and no <c>[EiModel]</c>
/// declaration, even though the generator's output (the attribute, the constants) is in every project with the package.
/// </summary>
public class EarlyExitTests
{
    private const string Plain = "namespace App { public class Service { public int Run() => 42; } }";

    private const string BadDeclaration = """
        using SageMaker.ElasticInference;

        namespace App
        {
            [EiModel("m", EiFramework.PyTorch, "latest")]
            public partial class Model { }
        }
        """;

    [Fact]
    public void A_project_without_sagemaker_types_or_declarations_is_left_at_once()
    {
        var (output, _) = GeneratorHarness.Generate(GeneratorHarness.Compilation(TestReferences.Net80, Plain));
        Assert.NotNull(output.GetTypeByMetadataName("SageMaker.ElasticInference.EiModelAttribute"));
        Assert.Null(KnownSymbols.Resolve(output));
    }

    [Fact]
    public async Task A_project_with_declarations_but_no_sagemaker_types_is_still_checked()
    {
        var (output, _) = GeneratorHarness.Generate(GeneratorHarness.Compilation(TestReferences.Net80, Plain, BadDeclaration));
        Assert.NotNull(KnownSymbols.Resolve(output));
        var failures = new System.Collections.Generic.List<Failure>();
        var diagnostics = await Engine.AnalyzeAsync(output, failures.Add);
        Assert.Empty(failures);
        Assert.Contains(diagnostics, d => d.Id == "EI0015");
    }

    [Fact]
    public void A_project_with_sagemaker_types_is_checked_without_declarations()
    {
        var (output, _) = GeneratorHarness.Generate(GeneratorHarness.Compilation(TestReferences.All, Plain));
        Assert.True(KnownSymbols.Resolve(output) is { HasConfigurationTypes: true });
    }

    [Fact]
    public void Without_the_generated_table_declarations_are_read()
    {
        // The analyzer alone (no generator run): the attribute is declared by hand, no table counts the declarations.
        var attribute = "namespace SageMaker.ElasticInference { public sealed class EiModelAttribute : System.Attribute { } }";
        var compilation = GeneratorHarness.Compilation(TestReferences.Net80, Plain, attribute);
        Assert.NotNull(KnownSymbols.Resolve(compilation));
    }

    [Fact]
    public void The_generated_table_counts_every_declaration_valid_or_not()
    {
        var valid = """
            using SageMaker.ElasticInference;

            namespace App
            {
                [EiModel("n", EiFramework.TensorFlow, "2.3")]
                public partial class Valid { }
            }
            """;
        var (none, _) = GeneratorHarness.Generate(GeneratorHarness.Compilation(TestReferences.Net80, Plain));
        var (two, _) = GeneratorHarness.Generate(GeneratorHarness.Compilation(TestReferences.Net80, Plain, BadDeclaration, valid));
        Assert.Equal(0, Count(none));
        Assert.Equal(2, Count(two));

        static object? Count(Microsoft.CodeAnalysis.Compilation compilation) =>
            compilation.GetTypeByMetadataName("SageMaker.ElasticInference.EiCompatibility")!
                .GetMembers("DeclarationCount").OfType<Microsoft.CodeAnalysis.IFieldSymbol>().Single().ConstantValue;
    }
}
