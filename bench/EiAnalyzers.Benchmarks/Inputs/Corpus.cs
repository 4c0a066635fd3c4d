using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using EiAnalyzers.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EiAnalyzers.Benchmarks.Inputs;

internal enum CorpusKind
{
    /// <summary>Ordinary business code only, referencing the framework alone (no SageMaker or CDK assembly).</summary>
    Irrelevant,

    /// <summary>One file in ten is SageMaker code (SDK requests, [EiModel] declarations, CDK stacks); the project references the SDK and the CDK.</summary>
    Relevant,

    /// <summary>
    /// An ordinary project that uses the SDK: one file in ten is a team's declaration and deployment through the SDK
    /// (<see cref="PlainSageMakerCode"/>), nullable off; it references the SDK, not the CDK.
    /// </summary>
    Plain,

    /// <summary>Ordinary code only, in a project that references the SDK and never uses it (no SageMaker code, no declaration).</summary>
    SdkUnused,
}

/// <summary>The generated inputs: sources, syntax trees and compilations, deterministic for a given seed.</summary>
internal static class Corpus
{
    public const int Seed = 20240415;

    /// <summary>A comment in the first method of every ordinary file: the keystroke benchmark types after it.</summary>
    public const string EditMarker = "notes:";

    /// <summary>A comment above each <c>[EiModel]</c> declaration.</summary>
    public const string DeclarationMarker = "declared for EiAnalyzers";

    public static readonly CSharpParseOptions ParseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.CSharp12);

    public static readonly CSharpCompilationOptions CompilationOptions = new(
        OutputKind.DynamicallyLinkedLibrary,
        optimizationLevel: OptimizationLevel.Release,
        nullableContextOptions: NullableContextOptions.Enable,
        concurrentBuild: true,
        // As the SDK does (NoWarn 1701;1702): assembly unification warnings of netstandard2.0 references.
        specificDiagnosticOptions: new Dictionary<string, ReportDiagnostic>
        {
            ["CS1701"] = ReportDiagnostic.Suppress,
            ["CS1702"] = ReportDiagnostic.Suppress,
        });

    private static readonly ConcurrentDictionary<(CorpusKind, int), ImmutableArray<SyntaxTree>> Trees = new();

    /// <summary>Whether file <paramref name="index"/> of a relevant corpus is SageMaker code (one in ten, the first included).</summary>
    public static bool IsSageMakerFile(CorpusKind kind, int index) => kind is CorpusKind.Relevant or CorpusKind.Plain && index % 10 == 0;

    public static string FileName(int index) => "File" + index.ToString("D4", CultureInfo.InvariantCulture) + ".cs";

    public static IEnumerable<(string Name, string Text)> Sources(CorpusKind kind, int files)
    {
        for (var i = 0; i < files; i++)
        {
            yield return (FileName(i), !IsSageMakerFile(kind, i) ? OrdinaryCode.File(Seed, i)
                : kind == CorpusKind.Plain ? PlainSageMakerCode.File(Seed, i)
                : SageMakerCode.File(Seed, i));
        }
    }

    /// <summary>The parsed files (cached: the trees are immutable and hold no semantic state).</summary>
    public static ImmutableArray<SyntaxTree> SyntaxTrees(CorpusKind kind, int files) =>
        Trees.GetOrAdd((kind, files), key => Sources(key.Item1, key.Item2)
            .AsParallel().AsOrdered()
            .Select(source => CSharpSyntaxTree.ParseText(source.Text, ParseOptions, path: "/corpus/" + key.Item1 + "/" + source.Name))
            .ToImmutableArray());

    public static ImmutableArray<MetadataReference> ReferencesFor(CorpusKind kind) =>
        kind switch
        {
            CorpusKind.Relevant => References.SageMaker,
            CorpusKind.Plain or CorpusKind.SdkUnused => References.Net80.AddRange(References.AwsSdk),
            _ => References.Net80,
        };

    /// <summary>The user's compilation, before any generator ran.</summary>
    public static CSharpCompilation Compilation(CorpusKind kind, int files) =>
        CSharpCompilation.Create("Corpus" + kind + files, SyntaxTrees(kind, files), ReferencesFor(kind), OptionsFor(kind));

    /// <summary>Nullable on for the heavy corpora (as the repository has it), off for the plain ones (as most projects have it).</summary>
    public static CSharpCompilationOptions OptionsFor(CorpusKind kind) =>
        kind is CorpusKind.Plain or CorpusKind.SdkUnused ? CompilationOptions.WithNullableContextOptions(NullableContextOptions.Disable) : CompilationOptions;

    public static GeneratorDriver CreateDriver(bool trackSteps = false) => CSharpGeneratorDriver.Create(
        new[] { new EiModelGenerator().AsSourceGenerator() },
        parseOptions: ParseOptions,
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>
    /// The compilation as the compiler sees it with the EiAnalyzers package installed: the user's files plus the
    /// generator's output (always at least its post-initialization types: EiModelAttribute, EiFramework ...).
    /// </summary>
    public static CSharpCompilation WithGeneratorOutput(CSharpCompilation compilation)
    {
        CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var updated, out var diagnostics);
        if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            throw new InvalidOperationException("The generator failed: " + string.Join(Environment.NewLine, diagnostics));
        }

        return (CSharpCompilation)updated;
    }

    /// <summary>Throws unless the compilation has no compiler error: the benchmarks measure code that compiles.</summary>
    public static void AssertCompiles(Compilation compilation, string what)
    {
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException(
                $"{what} does not compile ({errors.Count} errors):{Environment.NewLine}" + string.Join(Environment.NewLine, errors.Take(20)));
        }
    }

    /// <summary>Releases the cached trees (the 5,000-file corpus is a few hundred MB).</summary>
    public static void ClearCache() => Trees.Clear();
}
