using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Xunit;

namespace EiAnalyzers.Hosts;

/// <summary>
/// Every consumer shape on this host: the generator's output compiles with no error or warning (its own or caused in
/// the consumer's code), and the analyzers report exactly the expected diagnostics, the same list on every host.
/// </summary>
public class ConsumerShapeTests
{
    public static TheoryData<string> Shapes() => new(ConsumerShapes.All.Select(s => s.Name));

    [Fact]
    public void The_host_runs_the_band_the_SDK_would_pick_for_it()
    {
        var host = Version.Parse(HostReferences.RoslynVersion);
        var band = host >= new Version(4, 14) ? new Version(4, 14, 0, 0) : new Version(4, 8, 0, 0);
        Assert.Equal(host, Version.Parse(typeof(Compilation).Assembly.GetName().Version!.ToString(3)));
        Assert.Equal(band, LoadedPackage.BuiltAgainst);
        Assert.NotEmpty(LoadedPackage.Analyzers);
        Assert.Single(LoadedPackage.Generators);
        Assert.NotEmpty(LoadedPackage.Fixes);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task A_shape_compiles_with_the_generated_code_and_gets_the_expected_diagnostics(string name)
    {
        var shape = ConsumerShapes.Named(name);
        var build = await ConsumerBuild.RunAsync(shape, "Consumer", ConsumerBuild.SourcesFor(shape));

        Assert.Empty(build.GeneratorDiagnostics);
        Assert.True(build.CompilerDiagnostics.IsEmpty, "the project does not compile cleanly:\n" + string.Join("\n", build.CompilerDiagnostics));
        AssertDiagnostics(build);
        Assert.Equal(ConsumerCode.DeploymentDiagnostics.Length, build.AnalyzerDiagnostics.Length);
    }

    /// <summary>
    /// Two projects with the package, A granting InternalsVisibleTo to B, B referencing A: neither sees the other's
    /// generated types (no CS0436, CS0433, CS0101), and B uses its own generated types and A's model constant.
    /// </summary>
    [Theory]
    [InlineData("netstandard2.0, latest, nullable")]
    [InlineData("netstandard2.0, C# 7.3")]
    [InlineData("net48, latest, nullable")]
    [InlineData("net8.0, latest, nullable")]
    public async Task Two_projects_with_InternalsVisibleTo_never_clash(string name)
    {
        var shape = ConsumerShapes.Named(name);
        // The library's own code in its own namespace: only the generated types have the same names in both projects.
        var librarySources = ConsumerBuild.SourcesFor(shape).Select(s => (s.File, s.Text.Replace("namespace Consumer", "namespace Library")));
        var library = await ConsumerBuild.RunAsync(shape, "Library", librarySources.Append(("Library.cs", """
            [assembly: System.Runtime.CompilerServices.InternalsVisibleTo("Application")]

            namespace Library
            {
                [SageMaker.ElasticInference.EiModel("library-model", SageMaker.ElasticInference.EiFramework.TensorFlow, "2.3", ArtifactSizeMb = 98)]
                internal static partial class LibraryModel { }
            }
            """)));
        Assert.Empty(library.GeneratorDiagnostics);
        Assert.True(library.CompilerDiagnostics.IsEmpty, "the library does not compile cleanly:\n" + string.Join("\n", library.CompilerDiagnostics));

        var application = await ConsumerBuild.RunAsync(shape, "Application", ConsumerBuild.SourcesFor(shape).Append(("Application.cs", """
            using Amazon.SageMaker;
            using Amazon.SageMaker.Model;
            using SageMaker.ElasticInference;

            namespace Application
            {
                internal static class UsesBoth
                {
                    internal static string LibraryModelName() { return Library.LibraryModel.Name; }

                    internal static string OwnAccelerator() { return EiAccelerators.Eia2Medium; }

                    internal static int OwnRows() { return EiCompatibility.Rows.Count + Consumer.Resnet50.EndpointAccelerators.Count; }
                }
            }
            """)), new[] { EmittedReference(library.Output) });

        Assert.Empty(application.GeneratorDiagnostics);
        Assert.True(application.CompilerDiagnostics.IsEmpty, "the application does not compile cleanly:\n" + string.Join("\n", application.CompilerDiagnostics));
        AssertDiagnostics(application);
    }

    private static void AssertDiagnostics(ConsumerBuild build)
    {
        var actual = string.Join("\n", build.AnalyzerDiagnosticsIn("Deployment.cs"));
        Assert.True(string.Join("\n", ConsumerCode.DeploymentDiagnostics) == actual, "the analyzers reported, in Deployment.cs:\n" + actual);
    }

    /// <summary>A's assembly as B's build sees it: the emitted file, not the compilation.</summary>
    private static MetadataReference EmittedReference(Compilation compilation)
    {
        using var stream = new System.IO.MemoryStream();
        var result = compilation.Emit(stream);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return MetadataReference.CreateFromImage(stream.ToArray());
    }
}
