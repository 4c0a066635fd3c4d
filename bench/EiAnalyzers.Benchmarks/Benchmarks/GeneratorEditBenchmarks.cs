using System.Collections.Generic;
using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using EiAnalyzers.Benchmarks.Infrastructure;
using EiAnalyzers.Benchmarks.Inputs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EiAnalyzers.Benchmarks.Benchmarks;

/// <summary>
/// Part 4: the generator in the IDE, keystroke by keystroke. The driver has run once on the project; each keystroke
/// replaces one syntax tree (a new compilation, with no bound state yet) and runs the driver again. Reported per
/// generator run (OperationsPerInvoke = 100), with the bytes allocated per run. Step tracking is off, as in the IDE
/// (GeneratorCacheCheck runs the same edits with tracking on to check what was cached).
/// </summary>
[Config(typeof(GeneratorConfig))]
public class GeneratorEditBenchmarks
{
    public const int Keystrokes = 100;

    private GeneratorDriver warmDriver = null!;
    private GeneratorDriver warmBaselineDriver = null!;
    private GeneratorDriver warmEmptyDriver = null!;
    private CSharpCompilation start = null!;
    private ImmutableArray<SyntaxTree> trees;
    private CSharpCompilation[] compilations = null!;

    public static List<int> Sizes { get; set; } = new() { 200, 1000 };

    [ParamsSource(nameof(Sizes))]
    public int Files { get; set; }

    [Params(EditKind.Unrelated, EditKind.DeclarationComment, EditKind.DeclarationArtifactSize)]
    public EditKind Edit { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        start = Corpus.Compilation(CorpusKind.Relevant, Files);
        warmDriver = Corpus.CreateDriver().RunGenerators(start);
        warmBaselineDriver = CSharpGeneratorDriver.Create(new[] { new AttributeOnlyGenerator().AsSourceGenerator() }, parseOptions: Corpus.ParseOptions).RunGenerators(start);
        warmEmptyDriver = CSharpGeneratorDriver.Create(new[] { new EmptyGenerator().AsSourceGenerator() }, parseOptions: Corpus.ParseOptions).RunGenerators(start);
        trees = Inputs.Keystrokes.Trees(Inputs.Keystrokes.TreeOf(start, Inputs.Keystrokes.FileIndex(Edit)), Edit, Keystrokes);
    }

    /// <summary>Fresh compilations for every iteration: a compilation caches what it binds, the IDE's next one has nothing.</summary>
    [IterationSetup]
    public void Fork() => compilations = Inputs.Keystrokes.Compilations(start.Clone(), trees);

    [Benchmark(OperationsPerInvoke = Keystrokes, Description = "EiModelGenerator run after one keystroke")]
    public GeneratorDriver RunAfterKeystroke() => Run(warmDriver);

    /// <summary>
    /// The same keystrokes with <see cref="AttributeOnlyGenerator"/>: what Roslyn's ForAttributeWithMetadataName costs
    /// by itself (it binds every attributed declaration again on every keystroke), for comparison.
    /// </summary>
    [Benchmark(OperationsPerInvoke = Keystrokes, Description = "For comparison: ForAttributeWithMetadataName alone")]
    public GeneratorDriver RunBaselineAfterKeystroke() => Run(warmBaselineDriver);

    /// <summary>The same keystrokes with <see cref="EmptyGenerator"/>: the driver's own cost per run.</summary>
    [Benchmark(OperationsPerInvoke = Keystrokes, Description = "Floor: the generator driver alone")]
    public GeneratorDriver RunEmptyAfterKeystroke() => Run(warmEmptyDriver);

    private GeneratorDriver Run(GeneratorDriver driver)
    {
        for (var k = 1; k <= Keystrokes; k++)
        {
            driver = driver.RunGenerators(compilations[k]);
        }

        return driver;
    }
}
