using System.Collections.Generic;
using EiAnalyzers.CodeFixes;
using EiAnalyzers.Generator;
using EiAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace EiAnalyzers.Tests.Review;

/// <summary>One light-bulb fix on the first diagnostic, checked after that one step (what a user sees after one click).</summary>
internal sealed class SingleFixTest : CSharpCodeFixTest<ElasticInferenceAnalyzer, ElasticInferenceCodeFixProvider, DefaultVerifier>
{
    public SingleFixTest(string equivalenceKey, string? editorConfig = null)
    {
        ReferenceAssemblies = new ReferenceAssemblies("net8.0");
        TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
        MarkupOptions = MarkupOptions.UseFirstDescriptor;
        CodeActionValidationMode = CodeActionValidationMode.SemanticStructure;
        CodeActionEquivalenceKey = equivalenceKey;
        NumberOfIncrementalIterations = 1;
        CodeFixTestBehaviors = CodeFixTestBehaviors.SkipFixAllCheck | CodeFixTestBehaviors.FixOne | CodeFixTestBehaviors.SkipLocalDiagnosticCheck;
        FixedState.MarkupHandling = MarkupMode.Allow;
        TestState.AdditionalReferences.AddRange(TestReferences.All);
        FixedState.AdditionalReferences.AddRange(TestReferences.All);
        if (editorConfig is not null)
        {
            TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\n" + editorConfig));
            FixedState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\n" + editorConfig));
        }
    }

    protected override IEnumerable<System.Type> GetSourceGenerators() => new[] { typeof(EiModelGenerator) };
}
