using System.Linq;
using EiAnalyzers.Generator;
using EiAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace EiAnalyzers.Tests.Generator;

/// <summary>
/// What the generator reads of the references (issue 17): in a command-line build it runs before the compiler has
/// read them, so every reference it opens, and the binding of the references (which `Compilation.References` asks
/// for), is paid for in its own time. A project without a declaration opens none
/// but the SDK's; a project with declarations reads each of the others once, and not again while the user types.
/// </summary>
public sealed class ReferenceReadTests
{
    private const string Ordinary = "namespace App { public sealed class Orders { public int Count() => 1; } }";

    private const string Declaration = """
        using SageMaker.ElasticInference;

        namespace App
        {
            [EiModel("m", EiFramework.TensorFlow, "2.3")] internal static partial class Model { }
        }
        """;

    /// <summary>The roslyn4.8 build also reads each reference once for the compiler attributes it may declare.</summary>
    private static readonly int ForCompilerAttributes = TrackingNames.All.Contains(TrackingNames.CompilerAttributes) ? 1 : 0;

    [Fact]
    public void A_project_without_a_declaration_opens_no_reference()
    {
        var watched = CountingReference.Of(TestReferences.Net80[0]);
        GeneratorHarness.Driver().RunGenerators(GeneratorHarness.Compilation(TestReferences.All.Add(watched), Ordinary, "[System.Obsolete] class Marked { }"));
        Assert.True(ForCompilerAttributes == watched.Reads, string.Join("\n----\n", watched.Stacks));
    }

    [Fact]
    public void A_project_with_a_declaration_reads_a_reference_once_and_not_again_on_a_keystroke()
    {
        var watched = CountingReference.Of(TestReferences.Net80[0]);
        var compilation = GeneratorHarness.Compilation(TestReferences.All.Add(watched), Ordinary, Declaration);
        var driver = GeneratorHarness.Driver().RunGenerators(compilation);
        Assert.True(ForCompilerAttributes + 1 == watched.Reads, string.Join("\n----\n", watched.Stacks));
        Assert.Contains(driver.GetRunResult().GeneratedTrees, t => t.FilePath.Contains("App.Model."));

        // A new declaration in another file: the declarations are read again, the reference is not.
        var edited = compilation.AddSyntaxTrees(Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(
            Declaration.Replace("class Model", "class Other").Replace("\"m\"", "\"o\""), GeneratorHarness.ParseOptions, path: "/src/Other.cs"));
        var run = driver.RunGenerators(edited).GetRunResult();
        Assert.Contains(run.GeneratedTrees, t => t.FilePath.Contains("App.Other."));
        Assert.True(ForCompilerAttributes + 1 == watched.Reads, string.Join("\n----\n", watched.Stacks));
    }

    /// <summary>A reference to another one's image that counts how often its metadata is asked for.</summary>
    private sealed class CountingReference : PortableExecutableReference
    {
        private readonly PortableExecutableReference inner;

        private CountingReference(PortableExecutableReference inner)
            : base(inner.Properties, "/refs/Counted.dll")
        {
            this.inner = inner;
        }

        public int Reads { get; private set; }

        public System.Collections.Generic.List<string> Stacks { get; } = new();

        public static CountingReference Of(MetadataReference reference) => new((PortableExecutableReference)reference);

        protected override Metadata GetMetadataImpl()
        {
            Reads++;
            Stacks.Add(System.Environment.StackTrace);
            return inner.GetMetadata();
        }

        protected override DocumentationProvider CreateDocumentationProvider() => DocumentationProvider.Default;

        protected override PortableExecutableReference WithPropertiesImpl(MetadataReferenceProperties properties) => new CountingReference(inner);
    }
}
