using System;
using System.Collections.Immutable;
using System.Linq;

namespace EiAnalyzers.Knowledge;

/// <summary>The valid accelerator types closest to an invalid one (what the unknown-accelerator fix offers).</summary>
internal static class AcceleratorSuggestions
{
    /// <summary>
    /// A size word decides the size (<c>eia2.xlarge</c>, <c>ml.eia.medium</c>); the generation is the one written, or
    /// eia2 (eia1 is in deprecation). Without a size word, the names at the smallest edit distance.
    /// </summary>
    public static ImmutableArray<AcceleratorInfo> For(string text)
    {
        var value = text.Trim().ToLowerInvariant();
        var size = value.Contains("xlarge") ? "xlarge"
            : value.Contains("large") ? "large"
            : value.Contains("medium") ? "medium"
            : null;
        var generation = value.Contains("eia1") ? 1 : 2;

        if (size is not null)
        {
            return ImmutableArray.Create(EiCatalog.Accelerators.First(a => a.Generation == generation && a.Size == size));
        }

        var distances = EiCatalog.AcceleratorsByPreference.Select(a => (Accelerator: a, Distance: Distance(value, a.Name))).ToList();
        var best = distances.Min(d => d.Distance);
        return distances.Where(d => d.Distance == best).Select(d => d.Accelerator).Take(3).ToImmutableArray();
    }

    /// <summary>Levenshtein distance.</summary>
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), substitution);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
