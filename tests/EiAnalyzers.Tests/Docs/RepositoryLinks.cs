using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using EiAnalyzers.Tests.Infrastructure;

namespace EiAnalyzers.Tests.Docs;

/// <summary>
/// The repository URL of Directory.Build.props (EiAnalyzersRepositoryUrl, passed to this assembly by its project), and
/// what a link under it points at in this checkout: <c>{url}/blob/main/docs/rules/EI0001.md</c> is
/// <c>docs/rules/EI0001.md</c> here.
/// </summary>
internal static class RepositoryLinks
{
    public static string Url { get; } = typeof(RepositoryLinks).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "EiAnalyzersRepositoryUrl").Value!.TrimEnd('/');

    /// <summary>Where the docs of this checkout are published: the default branch's tree.</summary>
    public static string TreeBase => Url + "/blob/main/";

    /// <summary>The file of this checkout a link names, or null when the link is not under <see cref="TreeBase"/>.</summary>
    public static string? FileOf(string link)
    {
        if (!link.StartsWith(TreeBase, StringComparison.Ordinal))
        {
            return null;
        }

        var relative = link.Substring(TreeBase.Length).Split('#')[0];
        return Path.Combine(TestReferences.RepositoryRoot, relative.Replace('/', Path.DirectorySeparatorChar));
    }

    /// <summary>The newest section of CHANGELOG.md: its "## x.y.z" heading and what follows up to the next one.</summary>
    public static (string Version, string Text) NewestRelease()
    {
        var changelog = File.ReadAllText(Path.Combine(TestReferences.RepositoryRoot, "CHANGELOG.md")).Replace("\r\n", "\n");
        var section = Regex.Match(changelog, @"(?ms)^## .*?(?=^## |\z)").Value.Trim();
        return (Regex.Match(section, @"^## (\S+)").Groups[1].Value, section);
    }
}
