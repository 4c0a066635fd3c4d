using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using EiAnalyzers.Analysis;
using EiAnalyzers.Reading;
using EiAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace EiAnalyzers.Tests.Analysis;

/// <summary>
/// What the analyzer decides at compilation start without binding (<see cref="StartFacts"/>): it may over-approximate,
/// never under-approximate what the symbols then say, and it registers nothing for a project with neither SageMaker
/// references nor declarations.
/// </summary>
public class StartFactsTests
{
    private const string Plain = "namespace App { public class Service { public int Run() => 42; } }";

    private const string Declaration = """
        using SageMaker.ElasticInference;

        namespace App
        {
            [EiModel("m", EiFramework.TensorFlow, "2.3")]
            public partial class Model { }
        }
        """;

    [Fact]
    public void The_names_of_every_shape_are_those_a_compilation_with_both_libraries_resolves()
    {
        var known = KnownSymbols.Resolve(GeneratorHarness.Compilation(TestReferences.All, Plain))!;
        Assert.Equal(known.RelevantNames.All.OrderBy(n => n, System.StringComparer.Ordinal), RelevantNames.OfAllShapes.All.OrderBy(n => n, System.StringComparer.Ordinal));
        var sdkOnly = KnownSymbols.Resolve(GeneratorHarness.Compilation(TestReferences.Net80.AddRange(TestReferences.AwsSdk), Plain))!;
        Assert.Subset(RelevantNames.OfAllShapes.All.ToHashSet(), sdkOnly.RelevantNames.All.ToHashSet());
        Assert.True(sdkOnly.RelevantNames.All.Count < RelevantNames.OfAllShapes.All.Count);
    }

    [Fact]
    public void SageMaker_references_are_seen_by_their_file_names_and_an_unknown_file_may_be_one()
    {
        Assert.False(StartFacts.MayReferenceSageMaker(GeneratorHarness.Compilation(TestReferences.Net80, Plain)));
        Assert.True(StartFacts.MayReferenceSageMaker(GeneratorHarness.Compilation(TestReferences.Net80.AddRange(TestReferences.AwsSdk), Plain)));
        Assert.True(StartFacts.MayReferenceSageMaker(GeneratorHarness.Compilation(TestReferences.Net80.AddRange(TestReferences.Cdk), Plain)));

        // An image in memory may be one; another project's compilation (as the IDE references a project) is told by its name.
        var library = GeneratorHarness.Compilation(TestReferences.Net80, "public class Lib { }");
        using var stream = new System.IO.MemoryStream();
        Assert.True(library.Emit(stream).Success);
        var image = MetadataReference.CreateFromImage(stream.ToArray());
        Assert.True(StartFacts.MayReferenceSageMaker(GeneratorHarness.Compilation(TestReferences.Net80.Add(image), Plain)));
        Assert.False(StartFacts.MayReferenceSageMaker(GeneratorHarness.Compilation(TestReferences.Net80.Add(library.ToMetadataReference()), Plain)));
        var sdkProject = CSharpCompilation.Create("AWSSDK.SageMaker.Wrapper", references: TestReferences.Net80);
        Assert.True(StartFacts.MayReferenceSageMaker(GeneratorHarness.Compilation(TestReferences.Net80.Add(sdkProject.ToMetadataReference()), Plain)));

        // A script's #r is not among the options' references.
        var script = CSharpSyntaxTree.ParseText("#r \"x.dll\"\nvar x = 1;", GeneratorHarness.ParseOptions.WithKind(SourceCodeKind.Script));
        Assert.True(StartFacts.MayReferenceSageMaker(CSharpCompilation.CreateScriptCompilation("s", script, TestReferences.Net80)));
    }

    [Fact]
    public void Declarations_are_ruled_out_only_by_a_generated_table_that_counts_none()
    {
        var (none, _) = GeneratorHarness.Generate(GeneratorHarness.Compilation(TestReferences.Net80, Plain));
        var (one, _) = GeneratorHarness.Generate(GeneratorHarness.Compilation(TestReferences.Net80, Plain, Declaration));
        Assert.False(StartFacts.MayDeclareModels(none, CancellationToken.None));
        Assert.True(StartFacts.MayDeclareModels(one, CancellationToken.None));

        // No generator run: no table to ask.
        Assert.True(StartFacts.MayDeclareModels(GeneratorHarness.Compilation(TestReferences.Net80, Plain, Declaration), CancellationToken.None));

        // The generator's table as a Windows path names it.
        var table = none.SyntaxTrees.Single(tree => tree.FilePath.EndsWith("EiCompatibility.g.cs", System.StringComparison.Ordinal));
        var windows = none.ReplaceSyntaxTree(table, table.WithFilePath(@"C:\obj\EiAnalyzers\EiAnalyzers.Generator.EiModelGenerator\EiCompatibility.g.cs"));
        Assert.False(StartFacts.MayDeclareModels(windows, CancellationToken.None));

        // A file of the table's name that is not the generator's table, beside it or alone.
        var other = CSharpSyntaxTree.ParseText(
            "namespace Other { static class EiCompatibility { public const int DeclarationCount = 0; } }",
            GeneratorHarness.ParseOptions, path: "src/EiCompatibility.g.cs");
        Assert.True(StartFacts.MayDeclareModels(none.AddSyntaxTrees(other), CancellationToken.None));
        Assert.True(StartFacts.MayDeclareModels(GeneratorHarness.Compilation(TestReferences.Net80, Plain, Declaration).AddSyntaxTrees(other), CancellationToken.None));
    }

    [Theory]
    [InlineData(false, false, 0, 0, 0)]
    [InlineData(true, false, 0, 1, 1)]
    [InlineData(false, true, 1, 0, 1)]
    [InlineData(true, true, 1, 1, 1)]
    public async Task The_analyzer_registers_only_what_the_compilation_may_need(bool sdk, bool declares, int symbolActions, int semanticModelActions, int endActions)
    {
        var references = sdk ? TestReferences.Net80.AddRange(TestReferences.AwsSdk) : TestReferences.Net80;
        var sources = declares ? new[] { Plain, Declaration } : new[] { Plain };
        var (output, _) = GeneratorHarness.Generate(GeneratorHarness.Compilation(references, sources));
        var analyzer = new ElasticInferenceAnalyzer();
        var analysis = output.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(analyzer), new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
        await analysis.GetAnalyzerDiagnosticsAsync();
        var telemetry = await analysis.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
        Assert.Equal(1, telemetry.CompilationStartActionsCount);
        Assert.Equal(symbolActions, telemetry.SymbolActionsCount);
        Assert.Equal(semanticModelActions, telemetry.SemanticModelActionsCount);
        Assert.Equal(endActions, telemetry.CompilationEndActionsCount);
    }
}
