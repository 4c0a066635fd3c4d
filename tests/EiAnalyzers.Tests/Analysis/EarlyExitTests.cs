using System.Linq;
using System.Threading.Tasks;
using EiAnalyzers.Reading;
using EiAnalyzers.Tests.Infrastructure;
using EiAnalyzers.Tests.Robustness;
using Microsoft.CodeAnalysis.CSharp;
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
    public void Only_the_declared_types_are_remembered()
    {
        // The symbol action asks for every type of the compilation: a type without the attribute is answered, not stored.
        var plain = string.Concat(Enumerable.Range(0, 40).Select(i => $"namespace App {{ public class Plain{i} {{ }} }}\n"));
        var (output, _) = GeneratorHarness.Generate(GeneratorHarness.Compilation(TestReferences.Net80, plain, BadDeclaration));
        var known = KnownSymbols.Resolve(output)!;
        var types = output.SyntaxTrees
            .SelectMany(tree => tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>()
                .Select(type => (Microsoft.CodeAnalysis.INamedTypeSymbol)output.GetSemanticModel(tree).GetDeclaredSymbol(type)!))
            .ToList();
        Assert.True(types.Count > 40);
        var declared = types.Where(type => known.DeclarationOf(type) is not null).ToList();
        Assert.Equal("Model", Assert.Single(declared).Name);
        Assert.Equal(1, known.RememberedDeclarations);
        Assert.Same(known.DeclarationOf(declared[0]), known.DeclarationOf(declared[0]));
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
