using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using EiAnalyzers.Knowledge;
using EiAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace EiAnalyzers.Tests.Knowledge;

/// <summary>
/// The catalog answers in typed values: it depends on nothing of the analyzer (no rule IDs, descriptors, wording,
/// readers or rules), and the wording of its answers lives outside it.
/// </summary>
public class KnowledgeBoundaryTests
{
    private static readonly string Folder = Path.Combine(TestReferences.RepositoryRoot, "src", "EiAnalyzers", "Knowledge");

    [Fact]
    public void Knowledge_compiles_on_its_own()
    {
        // Any use of EiAnalyzers.Rules, Readers, Diagnostics (RuleIds, Descriptors, Wording ...) would not bind here.
        var trees = Directory.GetFiles(Folder, "*.cs").OrderBy(f => f, StringComparer.Ordinal)
            .Select(file => CSharpSyntaxTree.ParseText(File.ReadAllText(file), new CSharpParseOptions(LanguageVersion.Latest), file));
        var compilation = CSharpCompilation.Create(
            "KnowledgeAlone", trees, TestReferences.Net80,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public void Knowledge_names_no_rule_and_imports_no_analyzer_namespace()
    {
        foreach (var file in Directory.GetFiles(Folder, "*.cs"))
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotMatch(new Regex(@"EI00\d\d"), text);
            Assert.DoesNotMatch(new Regex(@"using\s+EiAnalyzers\.(Rules|Readers|Diagnostics|Deployment|Declarations|Generator|Analysis)"), text);
        }
    }

    [Fact]
    public void Supported_versions_are_listed_once_each()
    {
        foreach (var framework in EiCatalog.Frameworks.Where(f => f.Support == EiSupport.VersionedFramework))
        {
            var listed = framework.SupportedVersionsText.Split(", ");
            Assert.Equal(listed.Distinct(), listed);
            Assert.Equal(framework.EiVersions.Select(v => v.Version), listed);
        }

        Assert.Equal("1.3.1, 1.5.1", EiCatalog.PyTorch.SupportedVersionsText);
    }

    [Fact]
    public void Verdicts_carry_their_facts()
    {
        var eia1 = EiCatalog.FindAccelerator("ml.eia1.medium")!;
        var small = Compatibility.Check(EiCatalog.PyTorch, "1.5", 1300, eia1, AcceleratorHost.Endpoint, 1.5);
        Assert.Equal((VerdictKind.InsufficientMemory, 1300, "ml.eia1.medium", false), (small.Kind, small.SizeMb, small.Accelerator!.Name, small.IsCompatible));

        var headroom = Compatibility.Check(EiCatalog.TensorFlow, "2.3", 1000, eia1, AcceleratorHost.Endpoint, 1.5);
        Assert.Equal((VerdictKind.LowHeadroom, 1.5, true), (headroom.Kind, headroom.Factor, headroom.IsCompatible));

        var version = Compatibility.Check(EiCatalog.PyTorch, "1.8.1", 10, eia1, AcceleratorHost.Endpoint, 1.5);
        Assert.Equal((VerdictKind.UnsupportedVersion, "1.8.1", EiCatalog.PyTorch), (version.Kind, version.Version, version.Framework));

        Assert.Equal(VerdictKind.NotServedOnNotebooks, Compatibility.Check(EiCatalog.PyTorch, "1.5", 10, eia1, AcceleratorHost.Notebook, 1.5).Kind);
        Assert.Equal(VerdictKind.NoEiBuild, Compatibility.Check(EiCatalog.Onnx, "1.0", 10, eia1, AcceleratorHost.Endpoint, 1.5).Kind);
        Assert.Equal(VerdictKind.Compatible, Compatibility.Check(EiCatalog.ImageClassification, "1", 10, eia1, AcceleratorHost.Notebook, 1.5).Kind);
    }
}
