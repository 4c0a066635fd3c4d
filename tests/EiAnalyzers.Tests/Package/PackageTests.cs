using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using EiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace EiAnalyzers.Tests.Package;

/// <summary>
/// The package as users get it: packed from the solution, restored from a local folder feed (and the packages restore
/// already has, so nothing is downloaded), built by the installed SDK.
/// </summary>
public sealed class PackageTests : IClassFixture<PackageTests.PackedPackage>
{
    private readonly PackedPackage packed;

    public PackageTests(PackedPackage packed)
    {
        this.packed = packed;
    }

    /// <summary>The solution packed once for the class, into a folder feed.</summary>
    public sealed class PackedPackage : IDisposable
    {
        public PackedPackage()
        {
            Feed = Directory.CreateDirectory(Path.Combine(Work, "feed")).FullName;
            (ExitCode, Output) = DotNet.Run(TestReferences.RepositoryRoot, $"pack EiAnalyzers.sln -c Release -o \"{Feed}\" -p:Version=1.0.0-test");
        }

        public string Work { get; } = Directory.CreateTempSubdirectory("eianalyzers-package-").FullName;

        public string Feed { get; }

        public int ExitCode { get; }

        public string Output { get; }

        public void Dispose()
        {
            try
            {
                Directory.Delete(Work, recursive: true);
            }
            catch (IOException)
            {
                // A build server may still hold a file; the temporary folder is the system's to clean.
            }
        }
    }

    /// <summary>A consumer folder that restores the package from the feed (and what restore already has).</summary>
    private string Consumer(string name)
    {
        Assert.True(packed.ExitCode == 0, packed.Output);
        var consumer = Directory.CreateDirectory(Path.Combine(packed.Work, name)).FullName;
        File.WriteAllText(Path.Combine(consumer, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{packed.Feed}" />
                <add key="restored" value="{TestReferences.PackageRoot}" />
              </packageSources>
            </configuration>
            """);
        return consumer;
    }

    [Fact]
    public void Packed_package_has_exactly_one_build_per_Roslyn_band_and_nothing_else()
    {
        Assert.True(packed.ExitCode == 0, packed.Output);

        // Exactly one package, holding exactly each band's two analyzer assemblies, nothing under lib, and no dependencies.
        var package = Assert.Single(Directory.GetFiles(packed.Feed, "*.nupkg"));
        Assert.Equal("EiAnalyzers.1.0.0-test.nupkg", Path.GetFileName(package));
        using var zip = ZipFile.OpenRead(package);
        var files = zip.Entries.Select(e => e.FullName).Where(n => !n.StartsWith("package/services/", StringComparison.Ordinal)).OrderBy(n => n, StringComparer.Ordinal);
        Assert.Equal(
            new[]
            {
                "EiAnalyzers.nuspec", "README.md", "[Content_Types].xml", "_rels/.rels",
                "analyzers/dotnet/roslyn4.14/cs/EiAnalyzers.CodeFixes.dll", "analyzers/dotnet/roslyn4.14/cs/EiAnalyzers.dll",
                "analyzers/dotnet/roslyn4.8/cs/EiAnalyzers.CodeFixes.dll", "analyzers/dotnet/roslyn4.8/cs/EiAnalyzers.dll",
            }.OrderBy(n => n, StringComparer.Ordinal),
            files);
        var nuspec = XDocument.Load(zip.GetEntry("EiAnalyzers.nuspec")!.Open());
        XNamespace ns = nuspec.Root!.Name.NamespaceName;
        Assert.Equal("true", nuspec.Root.Element(ns + "metadata")!.Element(ns + "developmentDependency")!.Value);
        Assert.Empty(nuspec.Descendants(ns + "dependency"));

        // Each band's assemblies are built against that band's Microsoft.CodeAnalysis, the code fixes beside their own analyzer.
        foreach (var (band, version) in new[] { ("4.8", new Version(4, 8, 0, 0)), ("4.14", new Version(4, 14, 0, 0)) })
        {
            foreach (var file in new[] { "EiAnalyzers.dll", "EiAnalyzers.CodeFixes.dll" })
            {
                using var stream = new MemoryStream();
                zip.GetEntry($"analyzers/dotnet/roslyn{band}/cs/{file}")!.Open().CopyTo(stream);
                stream.Position = 0;
                using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
                var reader = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
                var references = reader.AssemblyReferences.Select(h => reader.GetAssemblyReference(h)).ToDictionary(r => reader.GetString(r.Name), r => r.Version);
                Assert.Equal(version, references["Microsoft.CodeAnalysis"]);
            }
        }
    }

    [Fact]
    public void A_consumer_sees_diagnostics_and_generated_code()
    {
        var consumer = Consumer("consumer");
        File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <RestorePackagesPath>{Path.Combine(packed.Work, "packages")}</RestorePackagesPath>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="EiAnalyzers" Version="1.0.0-test" PrivateAssets="all" />
                <PackageReference Include="AWSSDK.Core" Version="4.1.0" />
                <Reference Include="AWSSDK.SageMaker.StandIn" HintPath="{Path.Combine(AppContext.BaseDirectory, "AWSSDK.SageMaker.StandIn.dll")}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(consumer, ".editorconfig"), """
            root = true

            [*.cs]
            dotnet_diagnostic.EI0004.severity = warning
            """);
        File.WriteAllText(Path.Combine(consumer, "Program.cs"), """
            using System;
            using System.Linq;
            using Amazon.SageMaker;
            using Amazon.SageMaker.Model;
            using SageMaker.ElasticInference;

            var variant = new ProductionVariant
            {
                ModelName = BertQa.Name,
                InstanceType = ProductionVariantInstanceType.MlM5Xlarge,
                AcceleratorType = "ml.eia1.medium",
            };
            ProductionVariantAcceleratorType typed = EiAccelerators.Eia2Medium;
            Console.WriteLine($"{BertQa.Name} {EiCompatibility.Rows.Count} {BertQa.SmallestAccelerator!.Name} {typed.Value} {variant.ModelName}");

            [EiModel("bert-qa", EiFramework.PyTorch, "1.5.1", ArtifactSizeMb = 1300)]
            internal static partial class BertQa { }
            """);

        var (buildExit, buildOutput) = DotNet.Run(consumer, "build -nologo -v:n");
        Assert.True(buildExit == 0, buildOutput);
        Assert.Contains("roslyn4.14/cs/EiAnalyzers.dll", buildOutput);
        Assert.Contains("warning EI0004", buildOutput);
        Assert.Contains("warning EI0013", buildOutput);
        Assert.DoesNotContain("CS9057", buildOutput);
        Assert.DoesNotContain("CS8032", buildOutput);
        Assert.DoesNotContain("AD0001", buildOutput);

        var (runExit, runOutput) = DotNet.Run(consumer, "run --no-build");
        Assert.True(runExit == 0, runOutput);
        Assert.Equal("bert-qa 12 ml.eia2.medium ml.eia2.medium bert-qa", runOutput.Trim());
    }

    /// <summary>
    /// A netstandard2.0 library with nullable, the latest C# and PolySharp, built by the SDK: with the band the SDK
    /// picks for its compiler (roslyn4.14), with the band compilers 4.8 to 4.13 get (roslyn4.8, chosen by setting
    /// CompilerApiVersion as those compilers' SDKs do: its generated code and compiler attributes must not clash with
    /// PolySharp's), and as a compiler older than 4.8 sees the package (no band fits: nothing of it is loaded, and the
    /// generated types are missing, which README's compatibility line shows).
    /// </summary>
    [Theory]
    [InlineData("", "roslyn4.14")]
    [InlineData("-p:CompilerApiVersion=roslyn4.8", "roslyn4.8")]
    [InlineData("-p:CompilerApiVersion=roslyn4.6", null)]
    public void Each_compiler_gets_its_band(string property, string? band)
    {
        var consumer = Consumer("library-" + (band ?? "none"));
        File.WriteAllText(Path.Combine(consumer, "Library.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>netstandard2.0</TargetFramework>
                <LangVersion>latest</LangVersion>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <RestorePackagesPath>{Path.Combine(packed.Work, "packages")}</RestorePackagesPath>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="EiAnalyzers" Version="1.0.0-test" PrivateAssets="all" />
                <PackageReference Include="PolySharp" Version="1.16.0" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(consumer, "Models.cs"), """
            using SageMaker.ElasticInference;

            namespace Library;

            [EiModel("bert-qa", EiFramework.PyTorch, "1.5.1", ArtifactSizeMb = 1300)]
            internal static partial class BertQa { }

            public static class Describe
            {
                public static string? Model(string? prefix, in int size, ref readonly int count, scoped ref int total) =>
                    prefix + BertQa.Name + EiAccelerators.Eia2Medium.Name + size + count + total;

                public static Sizes Default => new() { Megabytes = 1 };
            }

            public sealed record Sizes
            {
                public required int Megabytes { get; init; }
            }
            """);

        var (exit, output) = DotNet.Run(consumer, $"build -nologo -v:n {property}");
        if (band is null)
        {
            Assert.True(exit != 0, output);
            Assert.DoesNotContain("EiAnalyzers.dll", output);
            Assert.Contains("error CS0246: The type or namespace name 'SageMaker'", output);
            return;
        }

        Assert.True(exit == 0, output);
        Assert.Contains($"{band}/cs/EiAnalyzers.dll", output);
        Assert.DoesNotContain(band == "roslyn4.8" ? "roslyn4.14/cs/EiAnalyzers.dll" : "roslyn4.8/cs/EiAnalyzers.dll", output);
        Assert.Contains("PolySharp.SourceGenerators.dll", output);
    }
}
