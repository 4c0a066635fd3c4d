using System.Collections.Concurrent;
using EiAnalyzers.Benchmarks.Inputs;
using Microsoft.CodeAnalysis.CSharp;

namespace EiAnalyzers.Benchmarks.Benchmarks;

/// <summary>
/// The compilations the analysis benchmarks start from, made (and checked to compile) once per process. Each
/// benchmark invocation works on a <c>Clone()</c>: same trees and metadata, no bound state, as a fresh build.
/// </summary>
internal static class CompilationCache
{
    private static readonly ConcurrentDictionary<(CorpusKind Kind, int Files, bool GeneratorOutput), CSharpCompilation> Compilations = new();

    public static CSharpCompilation Get(CorpusKind kind, int files, bool generatorOutput) =>
        Compilations.GetOrAdd((kind, files, generatorOutput), key =>
        {
            var compilation = Corpus.Compilation(key.Kind, key.Files);
            if (key.GeneratorOutput)
            {
                compilation = Corpus.WithGeneratorOutput(compilation);
            }

            // Checked up to 1,000 files (a full binding each); the files of the larger corpora are made the same way, and
            // the Compile benchmark fails on any error.
            if (key.Files <= 1000)
            {
                Corpus.AssertCompiles(compilation.Clone(), $"The {key.Files}-file {key.Kind} corpus{(key.GeneratorOutput ? " with the generator's output" : "")}");
            }

            return compilation;
        });

    public static void Clear()
    {
        Compilations.Clear();
        Corpus.ClearCache();
    }
}
