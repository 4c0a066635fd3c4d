using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace EiAnalyzers.Benchmarks.Inputs;

public enum EditKind
{
    /// <summary>Typing into a comment in a method body of an ordinary file (no [EiModel], no SageMaker code).</summary>
    Unrelated,

    /// <summary>Typing into a comment inside an [EiModel] class: the declaration's tree changes, the model does not.</summary>
    DeclarationComment,

    /// <summary>Changing the ArtifactSizeMb of an [EiModel] declaration: the model and the generated code change.</summary>
    DeclarationArtifactSize,
}

/// <summary>Simulated keystrokes: each tree is the previous one with one edit, parsed incrementally as the IDE does.</summary>
internal static class Keystrokes
{
    private const string Typed = "the quick brown fox jumps over the lazy dog while the endpoint scales out again ";

    /// <summary>The file an edit of <paramref name="kind"/> changes in the relevant corpus.</summary>
    public static int FileIndex(EditKind kind) => kind == EditKind.Unrelated ? 1 : 0;

    /// <summary>Returns <paramref name="count"/> + 1 trees: the original, then one per keystroke.</summary>
    public static ImmutableArray<SyntaxTree> Trees(SyntaxTree original, EditKind kind, int count)
    {
        var trees = ImmutableArray.CreateBuilder<SyntaxTree>(count + 1);
        trees.Add(original);
        var tree = original;
        for (var k = 1; k <= count; k++)
        {
            var text = tree.GetText();
            tree = tree.WithChangedText(text.WithChanges(Change(text.ToString(), kind, k)));
            trees.Add(tree);
        }

        return trees.MoveToImmutable();
    }

    /// <summary>Keystroke <paramref name="k"/> (1-based) of an edit of <paramref name="kind"/> on <paramref name="text"/>.</summary>
    public static TextChange Change(string text, EditKind kind, int k)
    {
        switch (kind)
        {
            case EditKind.Unrelated:
            {
                var at = IndexAfter(text, "// " + Corpus.EditMarker) + (k - 1);
                return new TextChange(new TextSpan(at, 0), Typed[(k - 1) % Typed.Length].ToString());
            }

            case EditKind.DeclarationComment:
            {
                var at = IndexAfter(text, "// Owned by team ");
                at = text.IndexOf('\n', at);
                return new TextChange(new TextSpan(at, 0), Typed[(k - 1) % Typed.Length].ToString());
            }

            default:
            {
                var at = IndexAfter(text, "ArtifactSizeMb = ");
                var end = at;
                while (char.IsDigit(text[end]))
                {
                    end++;
                }

                return new TextChange(TextSpan.FromBounds(at, end), (100 + k).ToString(CultureInfo.InvariantCulture));
            }
        }
    }

    private static int IndexAfter(string text, string marker)
    {
        var index = text.IndexOf(marker, StringComparison.Ordinal);
        if (index < 0)
        {
            throw new InvalidOperationException($"The edited file has no '{marker}'.");
        }

        return index + marker.Length;
    }

    /// <summary>Compilations 1..n, each the previous with tree k-1 replaced by tree k, as the IDE forks its solution.</summary>
    public static CSharpCompilation[] Compilations(CSharpCompilation start, ImmutableArray<SyntaxTree> trees)
    {
        var compilations = new CSharpCompilation[trees.Length];
        compilations[0] = start;
        for (var k = 1; k < trees.Length; k++)
        {
            compilations[k] = compilations[k - 1].ReplaceSyntaxTree(trees[k - 1], trees[k]);
        }

        return compilations;
    }

    /// <summary>The tree of file <paramref name="index"/> in <paramref name="compilation"/>.</summary>
    public static SyntaxTree TreeOf(Compilation compilation, int index) =>
        compilation.SyntaxTrees.Single(t => t.FilePath.EndsWith("/" + Corpus.FileName(index), StringComparison.Ordinal));
}
