using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace EiAnalyzers.Hosts;

/// <summary>
/// Each fixable rule's fix, in this host's Workspaces, on a canonical case: it is offered for the diagnostic, the fixed
/// project compiles with no new error, and no diagnostic of the rule is left. The fixed text itself is not checked
/// here (the fix tests of EiAnalyzers.Tests do that): any correct fix passes.
/// </summary>
public class FixTests
{
    public static TheoryData<string> FixableRules() => new(FixCases.All.Keys);

    [Fact]
    public void Every_rule_a_loaded_fix_claims_has_a_case()
    {
        var fixable = LoadedPackage.Fixes.SelectMany(f => f.FixableDiagnosticIds).Distinct().OrderBy(id => id);
        Assert.Equal(fixable, FixCases.All.Keys.OrderBy(id => id));
    }

    [Theory]
    [MemberData(nameof(FixableRules))]
    public async Task The_fix_is_offered_compiles_and_removes_the_diagnostic(string ruleId)
    {
        var text = FixCases.Program(FixCases.All[ruleId]);
        using var workspace = new AdhocWorkspace();
        var document = workspace.AddDocument(Project(workspace).Id, "Deployment.cs", SourceText.From(text));
        var before = await DiagnoseAsync(document.Project);
        var reported = before.Analyzer.Where(d => d.Id == ruleId).ToList();
        Assert.True(reported.Count == 1, $"the case must have one {ruleId}; reported: {string.Join("; ", before.Analyzer)}");
        var diagnostic = reported[0];

        var actions = new List<CodeAction>();
        foreach (var fix in LoadedPackage.Fixes.Where(f => f.FixableDiagnosticIds.Contains(ruleId)))
        {
            await fix.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        }

        var first = actions.SelectMany(Leaves).FirstOrDefault();
        Assert.True(first is not null, $"no fix is offered for {ruleId}");
        var operations = await first!.GetOperationsAsync(CancellationToken.None);
        var fixedDocument = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution.GetDocument(document.Id)!;
        var after = await DiagnoseAsync(fixedDocument.Project);

        var newErrors = after.Errors.Except(before.Errors).ToList();
        Assert.True(newErrors.Count == 0, $"the fix '{first.Title}' breaks the build:\n{string.Join("\n", newErrors)}\n\n{await fixedDocument.GetTextAsync()}");
        // The case had one; a fix that leaves one (here or moved elsewhere) has not fixed it.
        var left = after.Analyzer.Where(d => d.Id == ruleId).ToList();
        Assert.True(left.Count == 0, $"{ruleId} is still reported after '{first.Title}':\n{string.Join("\n", left)}\n\n{await fixedDocument.GetTextAsync()}");
    }

    /// <summary>A .NET 8 project with the package, as the IDE has it: the generator runs in GetCompilationAsync.</summary>
    private static Project Project(AdhocWorkspace workspace) => workspace.AddProject(ProjectInfo.Create(
        ProjectId.CreateNewId(),
        VersionStamp.Default,
        "Consumer",
        "Consumer",
        LanguageNames.CSharp,
        compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
        parseOptions: new CSharpParseOptions(LanguageVersion.CSharp12),
        metadataReferences: HostReferences.For(Target.Net80),
        analyzerReferences: new[] { LoadedPackage.Reference }));

    private static async Task<(ImmutableArray<Diagnostic> Analyzer, ImmutableArray<string> Errors)> DiagnoseAsync(Project project)
    {
        var compilation = (await project.GetCompilationAsync())!;
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => $"{d.Id}: {d.GetMessage()}").ToImmutableArray();
        var analyzer = await compilation.WithAnalyzers(LoadedPackage.Analyzers, project.AnalyzerOptions).GetAnalyzerDiagnosticsAsync();
        return (analyzer, errors);
    }

    /// <summary>A fix offered as a menu of fixes is its items (CodeAction.NestedActions, public only in newer Roslyn).</summary>
    private static IEnumerable<CodeAction> Leaves(CodeAction action)
    {
        var nested = typeof(CodeAction).GetProperty("NestedActions", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)?.GetValue(action)
            ?? typeof(CodeAction).GetProperty("NestedCodeActions", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)?.GetValue(action);
        return nested is ImmutableArray<CodeAction> { IsDefaultOrEmpty: false } items ? items.SelectMany(Leaves) : new[] { action };
    }
}
