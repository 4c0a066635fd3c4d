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
public sealed class PackageTests : IDisposable
{
    private readonly string work = Directory.CreateTempSubdirectory("eianalyzers-package-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(work, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file; the temporary folder is the system's to clean.
        }
    }

    [Fact]
    public void Packed_package_has_exactly_the_analyzers_and_a_consumer_sees_diagnostics_and_generated_code()
    {
        var feed = Directory.CreateDirectory(Path.Combine(work, "feed")).FullName;
        var (packExit, packOutput) = DotNet.Run(TestReferences.RepositoryRoot, $"pack EiAnalyzers.sln -c Release -o \"{feed}\" -p:Version=1.0.0-test");
        Assert.True(packExit == 0, packOutput);

        // Exactly one package, holding exactly the two analyzer assemblies, nothing under lib, and no dependencies.
        var package = Assert.Single(Directory.GetFiles(feed, "*.nupkg"));
        Assert.Equal("EiAnalyzers.1.0.0-test.nupkg", Path.GetFileName(package));
        using (var zip = ZipFile.OpenRead(package))
        {
            var files = zip.Entries.Select(e => e.FullName).Where(n => !n.StartsWith("package/services/", StringComparison.Ordinal)).OrderBy(n => n, StringComparer.Ordinal);
            Assert.Equal(
                new[] { "EiAnalyzers.nuspec", "README.md", "[Content_Types].xml", "_rels/.rels", "analyzers/dotnet/cs/EiAnalyzers.CodeFixes.dll", "analyzers/dotnet/cs/EiAnalyzers.dll" }.OrderBy(n => n, StringComparer.Ordinal),
                files);
            var nuspec = XDocument.Load(zip.GetEntry("EiAnalyzers.nuspec")!.Open());
            XNamespace ns = nuspec.Root!.Name.NamespaceName;
            Assert.Equal("true", nuspec.Root.Element(ns + "metadata")!.Element(ns + "developmentDependency")!.Value);
            Assert.Empty(nuspec.Descendants(ns + "dependency"));
        }

        var consumer = Directory.CreateDirectory(Path.Combine(work, "consumer")).FullName;
        File.WriteAllText(Path.Combine(consumer, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
                <add key="restored" value="{TestReferences.PackageRoot}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <RestorePackagesPath>{Path.Combine(work, "packages")}</RestorePackagesPath>
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
        Assert.Contains("warning EI0004", buildOutput);
        Assert.Contains("warning EI0013", buildOutput);
        Assert.DoesNotContain("CS9057", buildOutput);
        Assert.DoesNotContain("CS8032", buildOutput);
        Assert.DoesNotContain("AD0001", buildOutput);

        var (runExit, runOutput) = DotNet.Run(consumer, "run --no-build");
        Assert.True(runExit == 0, runOutput);
        Assert.Equal("bert-qa 12 ml.eia2.medium ml.eia2.medium bert-qa", runOutput.Trim());
    }
}
