using System;
using System.Collections.Immutable;
using EiAnalyzers.Checks.Fixes;
using EiAnalyzers.Description;

namespace EiAnalyzers.Checks;

/// <summary>Maps a change of a value's text onto the pieces of source it is written in.</summary>
internal static class TextEdits
{
    /// <summary>
    /// The edits that make <paramref name="value"/> read <paramref name="newPattern"/>: the changed characters (after the
    /// common prefix and before the common suffix) must all be in literals or interpolated text; null otherwise.
    /// </summary>
    public static ImmutableArray<Edit>? Rewrite(ValueSite value, string newPattern)
    {
        if (value.Pattern is not { } old || value.Parts.IsEmpty || old == newPattern)
        {
            return null;
        }

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

        var changedEnd = old.Length - suffix;
        var inserted = newPattern.Substring(prefix, newPattern.Length - suffix - prefix);
        var edits = ImmutableArray.CreateBuilder<Edit>();
        var offset = 0;
        var insertedWritten = false;
        foreach (var part in value.Parts)
        {
            var partStart = offset;
            var partEnd = offset + part.Text.Length;
            offset = partEnd;

            // A part overlaps the change, or (for a pure insertion) is where it goes.
            var overlaps = partStart < changedEnd && partEnd > prefix;
            var receivesInsertion = !insertedWritten && prefix == changedEnd && prefix >= partStart && prefix <= partEnd && part.IsRewritable;
            if (!overlaps && !receivesInsertion)
            {
                continue;
            }

            if (!part.IsRewritable)
            {
                return null;
            }

            var keepBefore = Math.Max(prefix, partStart) - partStart;
            var keepAfter = partEnd - Math.Min(changedEnd, partEnd);
            var text = part.Text.Substring(0, keepBefore) + (insertedWritten ? "" : inserted) + part.Text.Substring(part.Text.Length - keepAfter);
            insertedWritten = true;
            edits.Add(new RewriteText(part, text));
        }

        return insertedWritten ? edits.ToImmutable() : null;
    }
}
