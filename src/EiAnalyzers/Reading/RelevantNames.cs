using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;

namespace EiAnalyzers.Reading;

/// <summary>
/// The simple names the block scan looks for: the configuration types of a compilation and their EI properties. Besides
/// the set, the names are grouped by length so that the text scan compares an identifier's characters in place,
/// without making a string of every identifier of every file.
/// </summary>
internal sealed class RelevantNames
{
    private readonly HashSet<string> names;
    private readonly string[][] byLength;

    /// <summary>The names of every configuration type and EI property: a superset of any compilation's names.</summary>
    public static readonly RelevantNames OfAllShapes = new(ConfigurationShapes.AllNames());

    public RelevantNames(IEnumerable<string> names)
    {
        this.names = new HashSet<string>(names.Where(n => n.Length > 0), StringComparer.Ordinal);
        MaxLength = this.names.Count == 0 ? 0 : this.names.Max(n => n.Length);
        byLength = new string[MaxLength + 1][];
        for (var length = 0; length <= MaxLength; length++)
        {
            byLength[length] = this.names.Where(n => n.Length == length).ToArray();
        }
    }

    /// <summary>The length of the longest name: a longer identifier is none of them.</summary>
    public int MaxLength { get; }

    public IReadOnlyCollection<string> All => names;

    public bool Contains(string name) => names.Contains(name);

    /// <summary>Whether the first <paramref name="length"/> characters of <paramref name="chars"/> spell one of the names.</summary>
    [MethodImpl(Optimization.AtFirstCall)]
    public bool Contains(char[] chars, int length)
    {
        if (length > MaxLength)
        {
            return false;
        }

        foreach (var name in byLength[length])
        {
            var i = 0;
            while (i < length && name[i] == chars[i])
            {
                i++;
            }

            if (i == length)
            {
                return true;
            }
        }

        return false;
    }
}
