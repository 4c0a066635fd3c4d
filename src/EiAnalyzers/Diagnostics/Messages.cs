using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using EiAnalyzers.Knowledge;

namespace EiAnalyzers;

/// <summary>How the texts of diagnostics write the catalog's facts: lists, numbers, versions.</summary>
internal static class Messages
{
    /// <summary>"a", "a and b", "a, b and c".</summary>
    public static string List(IEnumerable<string> items)
    {
        var all = items.ToList();
        return all.Count <= 1 ? string.Concat(all) : string.Join(", ", all.Take(all.Count - 1)) + " and " + all[all.Count - 1];
    }

    /// <summary>Numbers in messages and generated code are culture-invariant: a build on a German machine reads the same.</summary>
    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Small counts in words, as a sentence writes them.</summary>
    public static string Count(int count) =>
        count switch
        {
            1 => "one", 2 => "two", 3 => "three", 4 => "four", 5 => "five", 6 => "six", 7 => "seven", 8 => "eight", 9 => "nine",
            _ => count.ToString(CultureInfo.InvariantCulture),
        };

    /// <summary>A framework's EI versions, each once.</summary>
    public static string Versions(FrameworkInfo framework) => List(framework.EiVersions.Select(v => v.Version));

    /// <summary>The frameworks whose EI builds serve models on a notebook instance (local mode).</summary>
    public static string NotebookFrameworks =>
        List(EiCatalog.Frameworks.Where(f => f.Support == EiSupport.VersionedFramework && f.ServedOnNotebooks).Select(f => f.Member));
}
