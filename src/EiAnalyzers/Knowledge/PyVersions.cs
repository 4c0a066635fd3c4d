using System.Collections.Generic;

namespace EiAnalyzers.Knowledge;

/// <summary>The Python versions of image tags: <c>py2</c>, <c>py27</c>, <c>py3</c>, <c>py36</c> ... <c>py310</c>.</summary>
internal static class PyVersions
{
    public static bool IsPyVersion(string? token)
    {
        if (token is null || token.Length < 3 || !token.StartsWith("py", System.StringComparison.Ordinal))
        {
            return false;
        }

        for (var i = 2; i < token.Length; i++)
        {
            if (token[i] < '0' || token[i] > '9')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The newest of <paramref name="pyVersions"/>, or null when there is none. Where an entry lists several the Python
    /// SDK makes its caller choose; the catalog takes the newest (py3 after py27, py36 after py3, py310 after py39).
    /// </summary>
    public static string? Newest(IEnumerable<string> pyVersions)
    {
        string? newest = null;
        foreach (var candidate in pyVersions)
        {
            if (newest is null || Compare(candidate, newest) > 0)
            {
                newest = candidate;
            }
        }

        return newest;
    }

    /// <summary>Orders by major version (the first digit), then minor (the rest; none is oldest: py3 before py36).</summary>
    public static int Compare(string a, string b)
    {
        var (majorA, minorA) = Split(a);
        var (majorB, minorB) = Split(b);
        return majorA != majorB ? majorA.CompareTo(majorB) : minorA.CompareTo(minorB);
    }

    private static (int Major, int Minor) Split(string pyVersion)
    {
        var digits = pyVersion.Substring(2);
        var major = digits.Length > 0 ? digits[0] - '0' : -1;
        var minor = digits.Length < 2 ? -1
            : int.TryParse(digits.Substring(1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number
            : int.MaxValue;
        return (major, minor);
    }
}
