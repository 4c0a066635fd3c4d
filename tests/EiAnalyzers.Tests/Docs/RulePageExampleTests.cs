using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using EiAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace EiAnalyzers.Tests.Docs;

/// <summary>
/// The examples of the rule pages are real: in every C# block of docs/rules/*.md, a line that ends with a comment
/// naming rule IDs (<c>AcceleratorType = "eia2.xlarge", // EI0001: did you mean ...</c>) gets a diagnostic of each of
/// those IDs on that line when the block is compiled with the generator and the analyzer, at the rules' default
/// severities. A block is compiled alone, after the usings every example may rely on.
/// </summary>
public class RulePageExampleTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using Amazon.SageMaker;
        using Amazon.SageMaker.Model;
        using Amazon.CDK;
        using Amazon.CDK.AWS.Sagemaker;
        using Constructs;
        using SageMaker.ElasticInference;

        """;

    public static TheoryData<string> Pages() =>
        new(Directory.GetFiles(Path.Combine(TestReferences.RepositoryRoot, "docs", "rules"), "EI*.md").Select(Path.GetFileNameWithoutExtension).OrderBy(n => n, StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_marked_line_of_the_pages_examples_gets_the_diagnostics_it_names(string page)
    {
        var text = File.ReadAllText(Path.Combine(TestReferences.RepositoryRoot, "docs", "rules", page + ".md")).Replace("\r\n", "\n");
        var blocks = Regex.Matches(text, @"```csharp\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
        var missing = new List<string>();
        foreach (var block in blocks.Where(b => Regex.IsMatch(b, @"//[^\n]*\bEI\d{4}\b")))
        {
            // The usings first (a block's own ones repeat some, which is only a warning).
            var lines = block.Split('\n');
            var source = Usings + block;
            var offset = Usings.Split('\n').Length - 1;
            var reported = await DiagnosticsAsync(source);
            for (var i = 0; i < lines.Length; i++)
            {
                var comment = Regex.Match(lines[i], @"//(.*)$");
                if (!comment.Success || lines[i].TrimStart().StartsWith("//", StringComparison.Ordinal))
                {
                    continue;
                }

                var line = offset + i + 1;
                foreach (var id in Regex.Matches(comment.Groups[1].Value, @"\bEI\d{4}\b").Select(m => m.Value).Distinct())
                {
                    if (!reported.Contains((line, id)))
                    {
                        missing.Add($"{id} on \"{lines[i].Trim()}\" (reported there: {string.Join(", ", reported.Where(r => r.Line == line).Select(r => r.Id))})");
                    }
                }
            }
        }

        Assert.True(missing.Count == 0, $"docs/rules/{page}.md:\n" + string.Join("\n", missing));
    }

    private static async Task<HashSet<(int Line, string Id)>> DiagnosticsAsync(string source)
    {
        var input = CSharpCompilation.Create(
            "Example",
            new[] { CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions, path: "/docs/Example.cs") },
            TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        GeneratorHarness.Driver(trackSteps: false).RunGeneratorsAndUpdateCompilation(input, out var output, out _);
        var diagnostics = await output.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ElasticInferenceAnalyzer())).GetAnalyzerDiagnosticsAsync();
        return diagnostics
            .Where(d => d.Location.IsInSource)
            .Select(d => (d.Location.GetLineSpan().StartLinePosition.Line + 1, d.Id))
            .ToHashSet();
    }
}
