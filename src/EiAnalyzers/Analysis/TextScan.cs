using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using EiAnalyzers.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EiAnalyzers.Analysis;

/// <summary>
/// One pass over a file's characters that finds where one of the <see cref="RelevantNames"/> may be written, without
/// a syntax node. It over-approximates and never misses: every word that spells a name (in code, comments or strings
/// alike), and every word the text alone cannot settle (a <c>\u</c> escape or a non-ASCII character, which C# allows
/// in identifiers). The caller asks the syntax tree what token is at each place.
/// </summary>
internal static class TextScan
{
    private const int ChunkLength = 4096;

    [ThreadStatic]
    private static char[]? chunkBuffer;

    /// <summary>The start of every candidate word of <paramref name="text"/>, in order.</summary>
    [MethodImpl(Optimization.AtFirstCall)]
    public static List<int> Candidates(SourceText text, RelevantNames names, CancellationToken cancellationToken)
    {
        var candidates = new List<int>();
        if (names.MaxLength == 0)
        {
            return candidates;
        }

        var chunk = chunkBuffer ??= new char[ChunkLength];
        var word = new char[names.MaxLength];
        var wordStart = 0;
        var wordLength = 0;
        var wordAdded = false;
        var previous = '\0';
        var length = text.Length;
        for (var chunkStart = 0; chunkStart < length; chunkStart += ChunkLength)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = Math.Min(ChunkLength, length - chunkStart);
            text.CopyTo(chunkStart, chunk, 0, count);
            for (var i = 0; i < count; i++)
            {
                var c = chunk[i];
                if (IsWordCharacter(c))
                {
                    if (wordLength == 0)
                    {
                        wordStart = chunkStart + i;
                        wordAdded = false;
                        if (previous == '\\' && (c == 'u' || c == 'U'))
                        {
                            // A \u escape: the identifier starts at the backslash, and its name is known only to the lexer.
                            candidates.Add(wordStart);
                            wordAdded = true;
                        }
                    }

                    if (c > '\u007f')
                    {
                        // The character may be part of an identifier or separate two (a non-breaking space): both
                        // the word and what follows the character are asked.
                        if (!wordAdded)
                        {
                            candidates.Add(wordStart);
                            wordAdded = true;
                        }

                        if (chunkStart + i + 1 < length)
                        {
                            candidates.Add(chunkStart + i + 1);
                        }
                    }

                    if (wordLength < word.Length)
                    {
                        word[wordLength] = c;
                    }

                    wordLength++;
                }
                else if (wordLength > 0)
                {
                    if (!wordAdded && names.Contains(word, wordLength))
                    {
                        candidates.Add(wordStart);
                    }

                    wordLength = 0;
                }

                previous = c;
            }
        }

        if (wordLength > 0 && !wordAdded && names.Contains(word, wordLength))
        {
            candidates.Add(wordStart);
        }

        return candidates;
    }

    /// <summary>
    /// The tokens of <paramref name="tree"/> at the candidates of its text, for the caller to compare their values with
    /// the names; every token, when the tree has no text at hand (rare).
    /// </summary>
    public static IEnumerable<SyntaxToken> CandidateTokens(SyntaxTree tree, RelevantNames names, CancellationToken cancellationToken)
    {
        var root = tree.GetRoot(cancellationToken);
        return tree.TryGetText(out var text)
            ? Candidates(text, names, cancellationToken).Select(position => root.FindToken(position))
            : root.DescendantTokens();
    }

    /// <summary>ASCII letters, digits and '_', and any non-ASCII character (which the caller settles on the syntax tree).</summary>
    private static bool IsWordCharacter(char c) =>
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c > '\u007f';
}
