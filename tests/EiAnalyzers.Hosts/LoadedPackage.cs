using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EiAnalyzers.Hosts;

/// <summary>
/// The package's build for this host, loaded as a compiler and an IDE load it: the analyzers and the generator found by
/// <see cref="AnalyzerFileReference"/> in EiAnalyzers.dll, the exported code fixes in EiAnalyzers.CodeFixes.dll.
/// </summary>
internal static class LoadedPackage
{
    public static readonly string AnalyzerPath = Path.Combine(AppContext.BaseDirectory, "EiAnalyzers.dll");

    public static readonly string CodeFixesPath = Path.Combine(AppContext.BaseDirectory, "EiAnalyzers.CodeFixes.dll");

    public static readonly AnalyzerFileReference Reference = new(AnalyzerPath, new Loader());

    public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } = Reference.GetAnalyzers(LanguageNames.CSharp);

    public static ImmutableArray<ISourceGenerator> Generators { get; } = Reference.GetGenerators(LanguageNames.CSharp);

    public static ImmutableArray<CodeFixProvider> Fixes { get; } = Assembly.LoadFrom(CodeFixesPath).GetTypes()
        .Where(type => !type.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(type) && type.GetCustomAttribute<ExportCodeFixProviderAttribute>() is not null)
        .Select(type => (CodeFixProvider)Activator.CreateInstance(type)!)
        .ToImmutableArray();

    /// <summary>The Microsoft.CodeAnalysis version the loaded analyzer assembly was built against (its band).</summary>
    public static Version BuiltAgainst { get; } = Assembly.LoadFrom(AnalyzerPath).GetReferencedAssemblies().Single(a => a.Name == "Microsoft.CodeAnalysis").Version!;

    private sealed class Loader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }
}
