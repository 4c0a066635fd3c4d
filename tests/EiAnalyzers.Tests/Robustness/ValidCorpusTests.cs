using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace EiAnalyzers.Tests.Robustness;

/// <summary>
/// No false positives: the programs of <c>Corpus/Valid</c> are valid SageMaker code in the shapes real code takes
/// (ei-facts.md section 9). Each compiles, and the analyzer reports nothing on it but EI0013 (EI is gone) where an
/// accelerator is really set, on the lines marked <c>// EI0013</c>, at the accelerator value.
/// </summary>
public class ValidCorpusTests
{
    private static readonly Regex Marker = new(@"//\s*EI0013\b", RegexOptions.Compiled);

    public static IEnumerable<object[]> CorpusFiles() =>
        Directory.GetFiles(TestSources.CorpusDirectory, "*.cs").OrderBy(f => f, StringComparer.Ordinal).Select(f => new object[] { Path.GetFileName(f) });

    [Fact]
    public void The_corpus_has_at_least_25_programs()
    {
        Assert.True(CorpusFiles().Count() >= 25, $"Corpus/Valid has {CorpusFiles().Count()} programs");
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public async Task A_valid_program_compiles_and_gets_only_EI0013_on_its_accelerators(string file)
    {
        var path = Path.Combine(TestSources.CorpusDirectory, file);
        var tree = Engine.Parse(File.ReadAllText(path), "/corpus/" + file);
        await AssertValid(new[] { tree });
    }

    /// <summary>Every fix offered for a diagnostic of a valid program (EI0013's migrations) applies cleanly, alone and with Fix All.</summary>
    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public async Task Every_fix_offered_on_a_valid_program_applies_cleanly(string file)
    {
        var path = Path.Combine(TestSources.CorpusDirectory, file);
        var run = await Engine.RunAsync(new[] { Engine.Parse(File.ReadAllText(path), "/corpus/" + file) });
        var failures = new List<Failure>(run.Failures);
        await Engine.RunFixesAsync(run.Output, run.Input.SyntaxTrees.Single(), run.Analyzer, rotation: 0, perProvider: int.MaxValue, failures.Add, new Engine.FixCounts());
        Assert.True(failures.Count == 0, string.Join("\n\n", failures.Select(f => $"{f.What} {f.Detail}\n{f.Exception}")));
    }

    [Fact]
    public async Task The_whole_corpus_as_one_project_compiles_and_gets_only_EI0013_on_its_accelerators()
    {
        // One compilation, as a project holding all of them would be: model names tie variants across files.
        var trees = Directory.GetFiles(TestSources.CorpusDirectory, "*.cs").OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => Engine.Parse(File.ReadAllText(f), "/corpus/" + Path.GetFileName(f)))
            .ToArray();
        await AssertValid(trees);
    }

    private static async Task AssertValid(SyntaxTree[] trees)
    {
        var run = await Engine.RunAsync(trees);
        Assert.True(run.Failures.Count == 0, string.Join("\n", run.Failures));
        var errors = run.Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "The corpus does not compile:\n" + string.Join("\n", errors));

        var failures = new List<string>();
        var diagnostics = run.Analyzer;

        // Nothing but EI0013, ...
        var unexpected = diagnostics.Where(d => d.Id != "EI0013").ToList();

        // ... exactly on the marked lines, once each, ...
        foreach (var tree in trees)
        {
            var lines = tree.GetText().Lines;
            var marked = lines.Where(l => Marker.IsMatch(l.ToString())).Select(l => l.LineNumber).ToHashSet();
            var reported = diagnostics.Where(d => d.Id == "EI0013" && d.Location.SourceTree == tree)
                .GroupBy(d => d.Location.GetLineSpan().StartLinePosition.Line)
                .ToDictionary(g => g.Key, g => g.ToList());
            foreach (var line in marked.Where(l => !reported.ContainsKey(l)))
            {
                failures.Add($"{Where(tree, line)}: marked // EI0013 but no EI0013 is reported: {lines[line].ToString().Trim()}");
            }

            foreach (var (line, found) in reported)
            {
                if (!marked.Contains(line))
                {
                    unexpected.AddRange(found);
                }
                else if (found.Count > 1)
                {
                    failures.Add($"{Where(tree, line)}: {found.Count} EI0013 on one line: {string.Join("; ", found)}");
                }

                // ... on the accelerator value.
                foreach (var diagnostic in found.Where(d => !IsAcceleratorValue(tree, d.Location)))
                {
                    failures.Add($"{Where(tree, line)}: EI0013 is not on an accelerator value but on '{tree.GetText().ToString(diagnostic.Location.SourceSpan)}'");
                }
            }
        }

        failures.AddRange(unexpected.Select(d => $"false positive: {d} (on '{d.Location.SourceTree?.GetText().ToString(d.Location.SourceSpan)}')"));
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static string Where(SyntaxTree tree, int line) => $"{tree.FilePath}({line + 1})";

    /// <summary>
    /// Whether <paramref name="location"/> is a value given to AcceleratorType or AcceleratorTypes: the right side
    /// of the assignment, an element of the list or array assigned, or the argument of <c>AcceleratorTypes.Add</c>.
    /// </summary>
    private static bool IsAcceleratorValue(SyntaxTree tree, Location location)
    {
        var node = tree.GetRoot().FindNode(location.SourceSpan, getInnermostNodeForTie: true);
        if (node is ArgumentSyntax argument)
        {
            node = argument.Expression;
        }

        if (node is not ExpressionSyntax value || value.Span != location.SourceSpan)
        {
            return false;
        }

        for (SyntaxNode? current = value; current is not null and not StatementSyntax; current = current.Parent)
        {
            switch (current.Parent)
            {
                case AssignmentExpressionSyntax assignment when assignment.Right == current:
                    return Named(assignment.Left) is "AcceleratorType" or "AcceleratorTypes";
                case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Add" } add } } }:
                    return Named(add.Expression) == "AcceleratorTypes";
                case InitializerExpressionSyntax or ArrayCreationExpressionSyntax or ImplicitArrayCreationExpressionSyntax or ObjectCreationExpressionSyntax
                    or ImplicitObjectCreationExpressionSyntax or CollectionExpressionSyntax or ExpressionElementSyntax:
                    // An element of a list: the list itself must be an accelerator value.
                    continue;
                case ParenthesizedExpressionSyntax or CastExpressionSyntax or ConditionalExpressionSyntax or SwitchExpressionArmSyntax or SwitchExpressionSyntax:
                    // A branch of ?:, or of a switch expression: the whole must be an accelerator value.
                    continue;
                case BinaryExpressionSyntax coalesce when coalesce.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.CoalesceExpression):
                    continue;
                default:
                    return false;
            }
        }

        return false;
    }

    private static string? Named(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        _ => null,
    };
}
