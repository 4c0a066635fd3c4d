using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using EiAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace EiAnalyzers.Tests.Docs;

/// <summary>The descriptors, the rule pages, the release file, the README's rule table and its sample output agree.</summary>
public class DocumentationTests
{
    private static readonly string Root = TestReferences.RepositoryRoot;

    private static readonly ImmutableArray<DiagnosticDescriptor> Rules = Descriptors.All.OrderBy(d => d.Id, StringComparer.Ordinal).ToImmutableArray();

    [Fact]
    public void There_are_the_sixteen_rules_of_rules_md_and_the_option_rule_each_with_one_descriptor()
    {
        Assert.Equal(Enumerable.Range(1, 17).Select(i => $"EI{i:0000}"), Rules.Select(d => d.Id));
        Assert.All(Descriptors.All, d => Assert.Equal("ElasticInference", d.Category));
        Assert.Equal(Descriptors.All.Length, Descriptors.All.Select(d => d.Id).Distinct().Count());
    }

    /// <summary>
    /// Every help link is the rule's page under the repository of EiAnalyzersRepositoryUrl (Directory.Build.props, the
    /// package's project URL), and that page exists in this checkout at the link's path.
    /// </summary>
    [Fact]
    public void Every_descriptor_links_to_its_existing_page_whose_title_is_the_descriptors()
    {
        foreach (var descriptor in Descriptors.All)
        {
            Assert.Equal(RepositoryLinks.TreeBase + "docs/rules/" + descriptor.Id + ".md", descriptor.HelpLinkUri);
            var page = RepositoryLinks.FileOf(descriptor.HelpLinkUri);
            Assert.True(page is not null && File.Exists(page), $"{descriptor.Id}'s help link {descriptor.HelpLinkUri} names no file of the repository");
        }

        foreach (var rule in Rules)
        {
            var firstLine = File.ReadLines(Path.Combine(Root, "docs", "rules", rule.Id + ".md")).First();
            Assert.Equal($"# {rule.Id}: {rule.Title}", firstLine);
        }

        Assert.Equal(Rules.Select(r => r.Id + ".md"), Directory.GetFiles(Path.Combine(Root, "docs", "rules")).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public void Every_rule_is_in_the_release_file_with_its_category_and_severity()
    {
        var rows = File.ReadAllLines(Path.Combine(Root, "src", "EiAnalyzers", "AnalyzerReleases.Shipped.md"))
            .Concat(File.ReadAllLines(Path.Combine(Root, "src", "EiAnalyzers", "AnalyzerReleases.Unshipped.md")))
            .Select(line => line.Split('|').Select(cell => cell.Trim()).ToArray())
            .Where(cells => cells.Length >= 3 && cells[0].StartsWith("EI", StringComparison.Ordinal))
            .ToDictionary(cells => cells[0], cells => (Category: cells[1], Severity: cells[2]));
        Assert.Equal(Rules.Select(r => r.Id), rows.Keys.OrderBy(k => k, StringComparer.Ordinal));
        foreach (var rule in Rules)
        {
            Assert.Equal((rule.Category, rule.DefaultSeverity.ToString()), rows[rule.Id]);
        }

        // Every descriptor of an ID has the ID's severity, so the release file describes them all.
        Assert.All(Descriptors.All, d => Assert.Equal(Rules.Single(r => r.Id == d.Id).DefaultSeverity, d.DefaultSeverity));
    }

    [Fact]
    public void The_readme_rule_table_matches_the_descriptors()
    {
        var table = Between(File.ReadAllText(Path.Combine(Root, "README.md")), "<!-- rules:begin -->", "<!-- rules:end -->");
        var rows = table.Split('\n')
            .Select(line => Regex.Match(line, @"^\| \[(EI\d{4})\]\(docs/rules/(EI\d{4})\.md\) \| (\w+) \| ([^|]+) \| ([^|]+) \|$"))
            .Where(m => m.Success)
            .ToList();
        Assert.Equal(Rules.Select(r => r.Id), rows.Select(m => m.Groups[1].Value));
        foreach (var (rule, row) in Rules.Zip(rows))
        {
            Assert.Equal(rule.Id, row.Groups[2].Value);
            Assert.Equal(rule.DefaultSeverity.ToString(), row.Groups[3].Value);
            Assert.Equal(rule.Title.ToString(), row.Groups[4].Value.Trim());
        }
    }

    [Fact]
    public async Task The_readme_shows_the_samples_real_build_output()
    {
        var sample = Path.Combine(Root, "samples", "EiSample");
        var expected = Between(File.ReadAllText(Path.Combine(Root, "README.md")), "<!-- sample-build:begin -->", "<!-- sample-build:end -->")
            .Split('\n')
            .Select(line => line.Trim())
            .Where(line => Regex.IsMatch(line, @"^\S+\(\d+,\d+\): \w+ EI\d{4}: "))
            .ToList();

        var actual = await SampleDiagnosticsAsync(sample);
        Assert.Equal(expected.Count, actual.Count);
        foreach (var (line, diagnostic) in expected.Zip(actual))
        {
            // The README shortens each message to its first clauses: the real line must start with the README's.
            Assert.StartsWith(line, diagnostic, StringComparison.Ordinal);
        }
    }

    /// <summary>The sample compiled as its build does: generator, analyzer, and the severities of its .editorconfig.</summary>
    private static async Task<List<string>> SampleDiagnosticsAsync(string sample)
    {
        var paths = Directory.GetFiles(sample, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .OrderBy(f => f, StringComparer.Ordinal);
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
            "EiSample",
            paths.Select(path => Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(File.ReadAllText(path), GeneratorHarness.ParseOptions, path: path)),
            TestReferences.All,
            new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        var (output, _) = GeneratorHarness.Generate(compilation);

        var severities = File.ReadAllLines(Path.Combine(sample, ".editorconfig"))
            .Select(line => Regex.Match(line, @"^dotnet_diagnostic\.(EI\d{4})\.severity\s*=\s*(\w+)"))
            .Where(m => m.Success)
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        var diagnostics = await output.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ElasticInferenceAnalyzer())).GetAnalyzerDiagnosticsAsync();
        return diagnostics
            .Where(d => d.Severity != DiagnosticSeverity.Info)
            .Select(d =>
            {
                var position = d.Location.GetLineSpan();
                var file = Path.GetRelativePath(sample, position.Path).Replace('\\', '/');
                var severity = severities.TryGetValue(d.Id, out var configured) ? configured : d.Severity.ToString().ToLowerInvariant();
                return $"{file}({position.StartLinePosition.Line + 1},{position.StartLinePosition.Character + 1}): {severity} {d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
            })
            .OrderBy(line => line, Comparer<string>.Create(CompareBuildLines))
            .ToList();
    }

    /// <summary>By file, then line and column as numbers, then ID: the order of the README block.</summary>
    private static int CompareBuildLines(string a, string b)
    {
        static (string File, int Line, int Column, string Remainder) Parse(string s)
        {
            var m = Regex.Match(s, @"^(.+?)\((\d+),(\d+)\): (.*)$");
            return (m.Groups[1].Value, int.Parse(m.Groups[2].Value), int.Parse(m.Groups[3].Value), m.Groups[4].Value);
        }

        var (fa, la, ca, ra) = Parse(a);
        var (fb, lb, cb, rb) = Parse(b);
        var byFile = string.CompareOrdinal(fa, fb);
        if (byFile != 0)
        {
            return byFile;
        }

        return la != lb ? la.CompareTo(lb) : ca != cb ? ca.CompareTo(cb) : string.CompareOrdinal(ra, rb);
    }

    private static string Between(string text, string begin, string end)
    {
        var start = text.IndexOf(begin, StringComparison.Ordinal);
        var stop = text.IndexOf(end, StringComparison.Ordinal);
        Assert.True(start >= 0 && stop > start, $"README lacks {begin} ... {end}");
        return text.Substring(start + begin.Length, stop - start - begin.Length).Replace("\r\n", "\n");
    }
}
