using System.Linq;
using EiAnalyzers.Generator;
using EiAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace EiAnalyzers.Tests.Generator;

/// <summary>
/// The generator reads a declaration from its syntax only where that gives exactly what binding gives: every
/// declaration of every golden shape is read both ways, and where the syntax answers, the two models are equal. The
/// literal declarations are read from syntax (the point of it), and a reference that could make a name ambiguous sends
/// every declaration to binding.
/// </summary>
public class SyntacticReadTests
{
    public static TheoryData<string> Shapes() => new(GoldenShapes.All.Keys);

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Where_the_syntax_answers_it_gives_the_bound_model(string shape)
    {
        foreach (var (syntactic, bound, declaration) in ReadBothWays(shape))
        {
            if (syntactic is not null)
            {
                Assert.True(syntactic == bound, $"{shape}: read from syntax differently from binding: {declaration}\n{syntactic}\n{bound}");
            }
        }
    }

    /// <summary>The malformed and the unusual declarations of the robustness tests, read both ways.</summary>
    public static TheoryData<string> RobustnessDeclarations()
    {
        var data = new TheoryData<string>();
        foreach (var row in EiAnalyzers.Tests.Robustness.BadDeclarationTests.Malformed().Concat(EiAnalyzers.Tests.Robustness.BadDeclarationTests.UnusualButValid()))
        {
            data.Add((string)row[1]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RobustnessDeclarations))]
    public void A_malformed_or_unusual_declaration_read_from_syntax_gives_the_bound_model(string declaration)
    {
        var source = "using System.Collections.Generic;\nusing SageMaker.ElasticInference;\nnamespace Declarations\n{\n" + declaration + "\n}\n";
        foreach (var (syntactic, bound, type) in ReadBothWays(TestReferences.All, new[] { source }))
        {
            Assert.True(syntactic is null || syntactic == bound, $"{type}: read from syntax differently from binding:\n{syntactic}\n{bound}");
        }
    }

    [Theory]
    [InlineData("with-sdk", 2)]
    [InlineData("every-framework", 17)]
    [InlineData("type-shapes", 11)] // all but the keyword-named class (bound, as its display escapes it)
    [InlineData("named-arguments", 2)]
    [InlineData("notebooks", 4)] // all but the one whose notebook is a constant
    [InlineData("attribute-lists", 3)]
    [InlineData("invalid-declarations", 11)] // all but the cast framework
    [InlineData("constants-and-expressions", 2)] // the verbatim and the escaped literals; the others are bound
    [InlineData("qualified-and-aliased", 3)] // the qualified ones and the suffixed name; the aliases are bound
    public void Literal_declarations_are_read_from_syntax(string shape, int syntactic)
    {
        Assert.Equal(syntactic, ReadBothWays(shape).Count(r => r.Syntactic is not null));
    }

    [Fact]
    public void A_referenced_public_type_named_EiFramework_sends_every_declaration_to_binding()
    {
        const string Declaration = """
            using SageMaker.ElasticInference;

            [EiModel("m", EiFramework.TensorFlow, "2.3")] internal static partial class Model { }
            """;
        using var image = new System.IO.MemoryStream();
        Assert.True(GeneratorHarness.Compilation(TestReferences.Net80, "namespace Other { public enum EiFramework { TensorFlow } }").WithAssemblyName("Other").Emit(image).Success);
        var withIt = GeneratorHarness.Compilation(TestReferences.All.Add(MetadataReference.CreateFromImage(image.ToArray())), Declaration);
        Assert.True(ReferencedBindingNames.AnyDefinedIn(withIt.References, default));
        Assert.False(ReferencedBindingNames.AnyDefinedIn(GeneratorHarness.Compilation(TestReferences.All, Declaration).References, default));
    }

    [Theory]
    [InlineData("using EiFramework = (int Id, string Name);", true)]
    [InlineData("using SageMaker = System.Collections.Generic.List<int>;", true)]
    [InlineData("using Pair = (int Id, string Name);", false)]
    public void A_using_alias_named_like_a_binding_name_sends_every_declaration_to_binding_whatever_it_aliases(string alias, bool declares)
    {
        // An alias of a tuple type has no Name (C# 12): the alias itself is what counts, in any file.
        var input = GeneratorHarness.Compilation(
            TestReferences.All,
            alias + "\nnamespace Other { class Uses { } }",
            "using SageMaker.ElasticInference;\nnamespace Declarations { [EiModel(\"m\", EiFramework.TensorFlow, \"2.3\")] internal static partial class Model { } }");
        var facts = DeclarationSyntaxFacts.Of(
            input, input.SyntaxTrees.SelectMany(tree => FileDeclarations.Of(tree, default).Types.Where(DeclarationNames.IsModelKind)), default);
        Assert.Equal(declares, facts.DeclaresBindingName);
    }

    /// <summary>Each declaration of a shape, read from syntax (null where it cannot be) and by binding.</summary>
    private static (ModelSpec? Syntactic, ModelSpec Bound, string Declaration)[] ReadBothWays(string shape)
    {
        var (references, sources, _) = GoldenShapes.All[shape];
        return ReadBothWays(references, sources.Select(GeneratorGoldenOutputTests.WithUsings).ToArray());
    }

    private static (ModelSpec? Syntactic, ModelSpec Bound, string Declaration)[] ReadBothWays(System.Collections.Generic.IEnumerable<MetadataReference> references, string[] sources)
    {
        var input = GeneratorHarness.Compilation(references, sources);
        GeneratorHarness.Driver().RunGeneratorsAndUpdateCompilation(input, out var output, out _);
        var attribute = output.GetTypeByMetadataName(EiAnalyzers.Declarations.ModelDeclaration.AttributeMetadataName)!;
        // As the generator sees the compilation: the input and its own post-initialization file.
        var facts = DeclarationSyntaxFacts.Of(
            input.AddSyntaxTrees(output.SyntaxTrees.Where(t => t.FilePath.EndsWith("/EiModelAttribute.g.cs", System.StringComparison.Ordinal))),
            input.SyntaxTrees.SelectMany(tree => FileDeclarations.Of(tree, default).Types.Where(DeclarationNames.IsModelKind)),
            default);
        return input.SyntaxTrees
            .SelectMany(tree => FileDeclarations.Of(tree, default).Types.Where(DeclarationNames.IsModelKind).Select(type => (tree, type)))
            .Select(pair =>
            {
                var (tree, type) = pair;
                var tracked = output.SyntaxTrees.Single(t => t.FilePath == tree.FilePath);
                var typeInOutput = FileDeclarations.Of(tracked, default).Types.Single(t => t.SpanStart == type.SpanStart);
                var symbol = (INamedTypeSymbol)output.GetSemanticModel(tracked).GetDeclaredSymbol(typeInOutput)!;
                var data = symbol.GetAttributes().FirstOrDefault(a => a.ApplicationSyntaxReference?.SyntaxTree == tracked && SymbolEqualityComparer.Default.Equals(a.AttributeClass, attribute));
                return (data, type, typeInOutput, symbol);
            })
            .Where(r => r.data is not null)
            .Select(r => (SyntacticModelReader.TryRead(r.type, facts, 1.5), ModelParser.Read(r.data!, r.symbol, r.typeInOutput, 1.5), r.type.Identifier.ValueText))
            .ToArray();
    }
}
