using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using EiAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace EiAnalyzers.Tests.Architecture;

/// <summary>
/// One direction through the code (docs/architecture.md): readers → neutral description → checks → diagnostics → fixes
/// that read only the diagnostic. The sources are bound and every symbol each file uses is checked against the layers
/// its own layer may use, so that a reference the wrong way fails here.
/// </summary>
public class LayerTests
{
    /// <summary>What each layer may use besides itself.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["Knowledge"] = Array.Empty<string>(),
        ["Description"] = new[] { "Knowledge" },
        ["Declarations"] = new[] { "Knowledge" },
        ["Options"] = new[] { "Knowledge" },
        ["Reading"] = new[] { "Description", "Knowledge", "Declarations" },
        ["Checks"] = new[] { "Description", "Knowledge" },
        ["Diagnostics"] = new[] { "Checks", "Description", "Knowledge" },
        ["Generator"] = new[] { "Declarations", "Knowledge", "Diagnostics", "Options", "Reading" },
        ["Analysis"] = new[] { "Reading", "Description", "Knowledge", "Declarations", "Checks", "Diagnostics", "Options" },
        ["CodeFixes"] = new[] { "Diagnostics" },
    };

    /// <summary>The layers that must know nothing of C# syntax or operations: what they read is the description.</summary>
    private static readonly string[] SyntaxFree = { "Knowledge", "Description", "Checks" };

    [Fact]
    public void Every_file_uses_only_the_layers_below_it()
    {
        var violations = new List<string>();
        foreach (var (file, tree, model) in BoundSources())
        {
            // A file whose code is all for the other Roslyn band has nothing to check in this one.
            if (LayerOfFile(tree) is not { } layer)
            {
                continue;
            }

            foreach (var node in tree.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>())
            {
                var symbol = model.GetSymbolInfo(node).Symbol;
                if (symbol is null || (symbol is INamespaceSymbol))
                {
                    continue;
                }

                var used = LayerOf(symbol);
                if (used is not null && used != layer && !Allowed[layer].Contains(used))
                {
                    violations.Add($"{file}: {layer} uses {symbol.ToDisplayString()} ({used})");
                }

                var ns = (symbol as INamedTypeSymbol ?? symbol.ContainingType)?.ContainingNamespace?.ToDisplayString() ?? "";
                if (SyntaxFree.Contains(layer) && (ns.StartsWith("Microsoft.CodeAnalysis.CSharp", StringComparison.Ordinal) || ns.StartsWith("Microsoft.CodeAnalysis.Operations", StringComparison.Ordinal)))
                {
                    violations.Add($"{file}: {layer} uses syntax or operations ({symbol.ToDisplayString()})");
                }
            }
        }

        Assert.True(violations.Count == 0, string.Join("\n", violations.Distinct().Take(50)));
    }

    [Fact]
    public void The_check_can_fail()
    {
        // A syntax-free layer that binds an operation, and a check that uses the reader: both are seen.
        var tree = CSharpSyntaxTree.ParseText("""
            namespace EiAnalyzers.Checks { class Bad { Microsoft.CodeAnalysis.Operations.IInvocationOperation? o; EiAnalyzers.Reading.Flow.FlowState? s; } }
            """);
        var bound = BoundSources().Select(s => s.Tree).Append(tree).ToList();
        var compilation = Compile(bound);
        var model = compilation.GetSemanticModel(tree);
        var used = tree.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>().Select(n => model.GetSymbolInfo(n).Symbol).Where(s => s is not null).ToList();
        Assert.Contains(used, s => LayerOf(s!) == "Reading");
        Assert.Contains(used, s => s is INamedTypeSymbol { ContainingNamespace: var ns } && ns.ToDisplayString() == "Microsoft.CodeAnalysis.Operations");
    }

    private static string? LayerOfFile(SyntaxTree tree)
    {
        if (tree.GetRoot().DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>().FirstOrDefault() is not { } declaration)
        {
            return null;
        }

        var type = tree.GetRoot().DescendantNodes().OfType<BaseTypeDeclarationSyntax>().FirstOrDefault()?.Identifier.ValueText;
        return Layer(declaration.Name.ToString(), type) ?? throw new InvalidOperationException($"{tree.FilePath} is in no layer ({declaration.Name})");
    }

    private static string? LayerOf(ISymbol symbol)
    {
        var type = symbol as INamedTypeSymbol ?? symbol.ContainingType;
        while (type?.ContainingType is { } outer)
        {
            type = outer;
        }

        return type is null ? null : Layer(type.ContainingNamespace?.ToDisplayString() ?? "", type.Name);
    }

    /// <summary>The layer of a namespace; the root namespace holds the diagnostics' vocabulary (rule IDs, descriptors, wording) and the analyzer's entry.</summary>
    private static string? Layer(string ns, string? type)
    {
        if (ns == "EiAnalyzers")
        {
            return type == "ElasticInferenceAnalyzer" ? "Analysis" : "Diagnostics";
        }

        if (!ns.StartsWith("EiAnalyzers.", StringComparison.Ordinal))
        {
            return null;
        }

        var first = ns.Substring("EiAnalyzers.".Length).Split('.')[0];
        return Allowed.ContainsKey(first) ? first : null;
    }

    private static IEnumerable<(string File, SyntaxTree Tree, SemanticModel Model)> BoundSources()
    {
        var trees = SourceTrees();
        var compilation = Compile(trees);
        return trees.Select(t => (Path.GetRelativePath(TestReferences.RepositoryRoot, t.FilePath), t, compilation.GetSemanticModel(t)));
    }

    private static List<SyntaxTree> SourceTrees()
    {
        var roots = new[] { Path.Combine(TestReferences.RepositoryRoot, "src", "EiAnalyzers"), Path.Combine(TestReferences.RepositoryRoot, "src", "EiAnalyzers.CodeFixes") };
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        return roots
            .SelectMany(r => Directory.GetFiles(r, "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), options, f))
            .ToList();
    }

    /// <summary>The sources bound against the Roslyn and framework assemblies the tests run on: the compilation need not be error-free to bind names.</summary>
    private static CSharpCompilation Compile(IEnumerable<SyntaxTree> trees)
    {
        var references = TestReferences.Net80
            .Add(MetadataReference.CreateFromFile(typeof(Compilation).Assembly.Location))
            .Add(MetadataReference.CreateFromFile(typeof(CSharpCompilation).Assembly.Location))
            .Add(MetadataReference.CreateFromFile(typeof(Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider).Assembly.Location))
            .Add(MetadataReference.CreateFromFile(typeof(Microsoft.CodeAnalysis.CSharp.Formatting.CSharpFormattingOptions).Assembly.Location));
        return CSharpCompilation.Create("Layers", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }
}
