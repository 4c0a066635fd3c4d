using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using EiAnalyzers.CodeFixes;
using EiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace EiAnalyzers.Tests.Docs;

/// <summary>
/// The package page (src/EiAnalyzers.Package/PackageReadme.md) and the repository's documents: the rules table with
/// severities and fixes, absolute links under the repository URL that name files of this checkout, relative links that
/// resolve, and release notes that follow the release tracking files.
/// </summary>
public class PackagePageTests
{
    private static readonly string Root = TestReferences.RepositoryRoot;

    private static string PackageReadme => File.ReadAllText(Path.Combine(Root, "src", "EiAnalyzers.Package", "PackageReadme.md")).Replace("\r\n", "\n");

    private static string Readme => File.ReadAllText(Path.Combine(Root, "README.md")).Replace("\r\n", "\n");

    /// <summary>The rows of a rules table: ID, link, severity, title, fix.</summary>
    private static List<(string Id, string Link, string Severity, string Title, string Fix)> RulesTable(string markdown)
    {
        var start = markdown.IndexOf("<!-- rules:begin -->", StringComparison.Ordinal);
        var end = markdown.IndexOf("<!-- rules:end -->", StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "no <!-- rules:begin --> ... <!-- rules:end --> table");
        return markdown.Substring(start, end - start).Split('\n')
            .Select(line => Regex.Match(line, @"^\| \[(EI\d{4})\]\(([^)]+)\) \| (\w+) \| ([^|]+) \| ([^|]+) \|$"))
            .Where(m => m.Success)
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value, m.Groups[4].Value.Trim(), m.Groups[5].Value.Trim()))
            .ToList();
    }

    [Fact]
    public void The_package_page_has_every_rule_with_its_severity_title_fix_and_absolute_help_link()
    {
        var rows = RulesTable(PackageReadme);
        var rules = Descriptors.All.OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        Assert.Equal(rules.Select(r => r.Id), rows.Select(r => r.Id));
        foreach (var (rule, row) in rules.Zip(rows))
        {
            Assert.Equal(rule.HelpLinkUri, row.Link);
            Assert.Equal(rule.DefaultSeverity.ToString(), row.Severity);
            Assert.Equal(rule.Title.ToString(), row.Title);
        }

        // The same fixes as the repository's README.
        Assert.Equal(RulesTable(Readme).Select(r => r.Fix), rows.Select(r => r.Fix));
    }

    [Fact]
    public void A_rule_has_a_fix_in_the_tables_exactly_when_the_code_fix_provider_fixes_it()
    {
        var fixable = new ElasticInferenceCodeFixProvider().FixableDiagnosticIds.ToHashSet();
        foreach (var (id, _, _, _, fix) in RulesTable(Readme))
        {
            Assert.True(fixable.Contains(id) == !fix.StartsWith("None", StringComparison.Ordinal), $"{id}: '{fix}'");
        }
    }

    [Fact]
    public void The_package_page_has_install_presets_the_migration_command_and_only_absolute_links_into_the_repository()
    {
        var page = PackageReadme;
        Assert.Contains("dotnet add package EiAnalyzers", page);
        Assert.Contains("dotnet format analyzers --diagnostics EI0013", page);
        foreach (var preset in new[] { "ci", "migration", "none" })
        {
            Assert.Contains($"<EiAnalyzersPreset>{preset}</EiAnalyzersPreset>", page);
            Assert.True(File.Exists(Path.Combine(Root, "src", "EiAnalyzers.Package", "presets", preset + ".globalconfig")), preset);
        }

        // A gallery page has no repository around it: every link is absolute, and those into the repository name its files.
        foreach (Match link in Regex.Matches(page, @"\]\(([^)]+)\)"))
        {
            var target = link.Groups[1].Value;
            Assert.StartsWith("https://", target, StringComparison.Ordinal);
            if (target.StartsWith(RepositoryLinks.Url, StringComparison.Ordinal))
            {
                var file = RepositoryLinks.FileOf(target);
                Assert.True(file is not null && File.Exists(file), $"{target} names no file of the repository");
            }
        }
    }

    /// <summary>Every relative link of the README, the changelog and docs/ names a file of the repository.</summary>
    [Fact]
    public void Relative_links_of_the_repositorys_documents_resolve()
    {
        var documents = new[] { Path.Combine(Root, "README.md"), Path.Combine(Root, "CHANGELOG.md") }
            .Concat(Directory.GetFiles(Path.Combine(Root, "docs"), "*.md", SearchOption.AllDirectories));
        foreach (var document in documents)
        {
            foreach (Match link in Regex.Matches(File.ReadAllText(document), @"\]\(([^)#\s]+)(#[^)]*)?\)"))
            {
                var target = link.Groups[1].Value;
                if (target.Contains("://", StringComparison.Ordinal))
                {
                    continue;
                }

                var path = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(document)!, target));
                Assert.True(File.Exists(path) || Directory.Exists(path), $"{Path.GetRelativePath(Root, document)} links to {target}, which does not exist");
            }
        }
    }

    /// <summary>
    /// The release notes (the newest CHANGELOG.md section) name every rule that is new since the last shipped release
    /// (AnalyzerReleases.Unshipped.md), and every shipped release has its section.
    /// </summary>
    [Fact]
    public void The_changelog_follows_the_release_tracking_files()
    {
        var releases = Path.Combine(Root, "src", "EiAnalyzers");
        var unshipped = File.ReadAllLines(Path.Combine(releases, "AnalyzerReleases.Unshipped.md"))
            .Select(line => Regex.Match(line, @"^(EI\d{4}) \|"))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)
            .ToList();
        var shipped = File.ReadAllLines(Path.Combine(releases, "AnalyzerReleases.Shipped.md"));
        var shippedIds = shipped.Select(line => Regex.Match(line, @"^(EI\d{4}) \|")).Where(m => m.Success).Select(m => m.Groups[1].Value).ToHashSet();
        var (version, notes) = RepositoryLinks.NewestRelease();

        Assert.NotEmpty(unshipped);
        Assert.All(unshipped, id => Assert.DoesNotContain(id, shippedIds));
        Assert.All(unshipped, id => Assert.Contains(id, notes));

        var changelog = File.ReadAllText(Path.Combine(Root, "CHANGELOG.md"));
        foreach (var release in shipped.Select(line => Regex.Match(line, @"^## Release (\S+)")).Where(m => m.Success).Select(m => m.Groups[1].Value))
        {
            Assert.NotEqual(release, version);
            Assert.Contains($"\n## {release}\n", changelog.Replace("\r\n", "\n"));
        }
    }
}
