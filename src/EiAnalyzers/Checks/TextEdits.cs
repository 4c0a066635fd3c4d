using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using EiAnalyzers.Checks.Fixes;
using EiAnalyzers.Description;

namespace EiAnalyzers.Checks;

/// <summary>Maps a change of a value's text onto the pieces of source it is written in.</summary>
internal static class TextEdits
{
    /// <summary>
    /// The edits that make <paramref name="value"/> read <paramref name="newPattern"/>: the fewest characters changed,
    /// all in literals or interpolated text, and a part that other code reads too (a const) only where no other part
    /// can take the change; the parts that keep their text are not touched. Null when no such edits exist.
    /// </summary>
    public static ImmutableArray<Edit>? Rewrite(ValueSite value, string newPattern)
    {
        if (value.Pattern is not { } old || value.Parts.IsEmpty || old == newPattern)
        {
            return null;
        }

        // The part each character of the old text is written in.
        var owner = new int[old.Length];
        var position = 0;
        for (var p = 0; p < value.Parts.Length; p++)
        {
            for (var c = 0; c < value.Parts[p].Text.Length && position < old.Length; c++)
            {
                owner[position++] = p;
            }
        }

        if (position != old.Length)
        {
            return null;
        }

        // The common start and end stay as they are: only the window between them is aligned.
        var prefix = 0;
        while (prefix < old.Length && prefix < newPattern.Length && old[prefix] == newPattern[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < old.Length - prefix && suffix < newPattern.Length - prefix && old[old.Length - 1 - suffix] == newPattern[newPattern.Length - 1 - suffix])
        {
            suffix++;
        }

        // Edit distance with per-part costs in the window: cost[i, j] turns old[i..] into new[j..], and the ends match.
        int n = old.Length, m = newPattern.Length;
        int oldEnd = n - suffix, newEnd = m - suffix;
        if ((long)(oldEnd - prefix + 1) * (newEnd - prefix + 1) > 250_000)
        {
            return null;
        }

        // Only the window is stored (an image URI's host and most of its path are in the common start).
        var columns = newEnd - prefix + 1;
        var cost = new long[(oldEnd - prefix + 1) * columns];
        var move = new byte[cost.Length];
        int Cell(int i, int j) => ((i - prefix) * columns) + j - prefix;
        const byte Keep = 1, Delete = 2, Insert = 3;
        for (var i = oldEnd; i >= prefix; i--)
        {
            for (var j = newEnd; j >= prefix; j--)
            {
                if (i == oldEnd && j == newEnd)
                {
                    continue;
                }

                var best = Impossible;
                byte chosen = 0;
                if (i < oldEnd && j < newEnd && old[i] == newPattern[j] && cost[Cell(i + 1, j + 1)] < best)
                {
                    best = cost[Cell(i + 1, j + 1)];
                    chosen = Keep;
                }

                if (i < oldEnd && Cost(value.Parts[owner[i]]) is var deleteCost && deleteCost < Impossible && cost[Cell(i + 1, j)] + deleteCost < best)
                {
                    best = cost[Cell(i + 1, j)] + deleteCost;
                    chosen = Delete;
                }

                if (j < newEnd && InsertionPart(value, owner, i) is { } at && cost[Cell(i, j + 1)] + Cost(value.Parts[at]) < best)
                {
                    best = cost[Cell(i, j + 1)] + Cost(value.Parts[at]);
                    chosen = Insert;
                }

                cost[Cell(i, j)] = best;
                move[Cell(i, j)] = chosen;
            }
        }

        if (cost[Cell(prefix, prefix)] >= Impossible)
        {
            return null;
        }

        // Walk the cheapest edit: each part gets its kept and inserted characters; the common start and end are kept.
        var texts = value.Parts.Select(_ => new StringBuilder()).ToArray();
        var changed = new bool[value.Parts.Length];
        for (int i = 0, j = 0; i < n || j < m;)
        {
            var step = i < prefix || (i >= oldEnd && j >= newEnd) ? Keep : move[Cell(i, j)];
            switch (step)
            {
                case Keep:
                    texts[owner[i]].Append(old[i]);
                    i++;
                    j++;
                    break;
                case Delete:
                    changed[owner[i]] = true;
                    i++;
                    break;
                case Insert:
                    var at = InsertionPart(value, owner, i)!.Value;
                    texts[at].Append(newPattern[j]);
                    changed[at] = true;
                    j++;
                    break;
                default:
                    return null;
            }
        }

        var edits = ImmutableArray.CreateBuilder<Edit>();
        for (var p = 0; p < value.Parts.Length; p++)
        {
            if (changed[p] && texts[p].ToString() != value.Parts[p].Text)
            {
                var part = value.Parts[p];
                var atRead = part.SharedBy is not null && part.ReadAt is { } readAt
                    ? string.Concat(Enumerable.Range(0, value.Parts.Length).Where(q => Equals(value.Parts[q].ReadAt, readAt)).Select(q => texts[q].ToString()))
                    : null;
                edits.Add(new RewriteText(part, texts[p].ToString()) { TextAtRead = atRead });
            }
        }

        return edits.Count > 0 ? edits.ToImmutable() : null;
    }

    private const long Impossible = long.MaxValue / 4;

    /// <summary>A shared part costs far more per character: it changes only where nothing else can.</summary>
    private static long Cost(TextPart part) =>
        !part.IsRewritable ? Impossible : part.SharedBy is null ? 1 : 1000;

    /// <summary>
    /// The part a character inserted before old position <paramref name="i"/> is written in: the part of the character
    /// before it or of the one at it, the cheaper of those that can be rewritten.
    /// </summary>
    private static int? InsertionPart(ValueSite value, int[] owner, int i)
    {
        int? before = i > 0 && value.Parts[owner[i - 1]].IsRewritable ? owner[i - 1] : null;
        int? at = i < owner.Length && value.Parts[owner[i]].IsRewritable ? owner[i] : null;
        if (before is null)
        {
            return at;
        }

        return at is null || Cost(value.Parts[before.Value]) <= Cost(value.Parts[at.Value]) ? before : at;
    }
}
