using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.Json;
using System.Xml.Linq;
using EiAnalyzers.Tests.Docs;
using EiAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
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

    /// <summary>The project's file, for a consumer that references the packed package (and the SDK stand-in).</summary>
    private string ConsumerProject(string properties = "") => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <RestorePackagesPath>{Path.Combine(packed.Work, "packages")}</RestorePackagesPath>{properties}
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="EiAnalyzers" Version="1.0.0-test" PrivateAssets="all" />
            <PackageReference Include="AWSSDK.Core" Version="4.1.0" />
            <Reference Include="AWSSDK.SageMaker.StandIn" HintPath="{Path.Combine(AppContext.BaseDirectory, "AWSSDK.SageMaker.StandIn.dll")}" />
          </ItemGroup>
        </Project>
        """;

    /// <summary>The runtimes the package has ReadyToRun copies for, and the PE machine field crossgen2 writes for each.</summary>
    private static readonly (string Runtime, ushort Machine)[] ReadyToRunRuntimes =
    {
        // The machine is the architecture's (x64 0x8664, arm64 0xAA64) XOR the OS's (Windows 0, Linux 0x7B79, macOS 0x4644).
        ("linux-x64", 0x8664 ^ 0x7B79), ("linux-arm64", 0xAA64 ^ 0x7B79), ("osx-x64", 0x8664 ^ 0x4644), ("osx-arm64", 0xAA64 ^ 0x4644), ("win-x64", 0x8664),
    };

    private static readonly string[] Bands = { "roslyn4.8", "roslyn4.14" };

    [Fact]
    public void Packed_package_has_exactly_one_build_per_Roslyn_band_its_ReadyToRun_copies_and_nothing_else()
    {
        Assert.True(packed.ExitCode == 0, packed.Output);

        // Exactly one package, holding exactly each band's two analyzer assemblies (and each runtime's copy of them),
        // nothing under lib, and no dependencies.
        var package = Assert.Single(Directory.GetFiles(packed.Feed, "*.nupkg"));
        Assert.Equal("EiAnalyzers.1.0.0-test.nupkg", Path.GetFileName(package));
        using var zip = ZipFile.OpenRead(package);
        var files = zip.Entries.Select(e => e.FullName).Where(n => !n.StartsWith("package/services/", StringComparison.Ordinal)).OrderBy(n => n, StringComparer.Ordinal);
        var bandFiles = Bands.SelectMany(band => new[] { $"analyzers/dotnet/{band}/cs/EiAnalyzers.CodeFixes.dll", $"analyzers/dotnet/{band}/cs/EiAnalyzers.dll" }).ToArray();
        Assert.Equal(
            new[]
            {
                "EiAnalyzers.nuspec", "README.md", "[Content_Types].xml", "_rels/.rels", "icon.png",
                "build/EiAnalyzers.targets", "buildTransitive/EiAnalyzers.targets",
                "presets/ci.globalconfig", "presets/migration.globalconfig", "presets/none.globalconfig",
            }
            .Concat(bandFiles)
            .Concat(ReadyToRunRuntimes.SelectMany(r => bandFiles.Select(f => $"r2r/{r.Runtime}/{f}")))
            .OrderBy(n => n, StringComparer.Ordinal),
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

    /// <summary>
    /// Each ReadyToRun copy is its band's analyzer assembly (the same module: MVID, types and methods) with precompiled
    /// code for its runtime's OS and architecture, and the code fixes beside it are the band's own, byte for byte.
    /// </summary>
    [Fact]
    public void Each_ReadyToRun_copy_is_its_bands_assembly_precompiled_for_its_runtime()
    {
        Assert.True(packed.ExitCode == 0, packed.Output);
        using var zip = ZipFile.OpenRead(Assert.Single(Directory.GetFiles(packed.Feed, "*.nupkg")));
        byte[] Bytes(string name)
        {
            using var stream = new MemoryStream();
            zip.GetEntry(name)!.Open().CopyTo(stream);
            return stream.ToArray();
        }

        foreach (var band in Bands)
        {
            var il = Module(Bytes($"analyzers/dotnet/{band}/cs/EiAnalyzers.dll"));
            Assert.False(il.Precompiled, band);
            foreach (var (runtime, machine) in ReadyToRunRuntimes)
            {
                var image = Module(Bytes($"r2r/{runtime}/analyzers/dotnet/{band}/cs/EiAnalyzers.dll"));
                Assert.True(image.Precompiled, $"{runtime} {band}");
                Assert.Equal(machine, image.Machine);
                Assert.Equal((il.Mvid, il.Types, il.Methods), (image.Mvid, image.Types, image.Methods));
                Assert.Equal(Bytes($"analyzers/dotnet/{band}/cs/EiAnalyzers.CodeFixes.dll"), Bytes($"r2r/{runtime}/analyzers/dotnet/{band}/cs/EiAnalyzers.CodeFixes.dll"));
            }
        }

        static (bool Precompiled, ushort Machine, Guid Mvid, int Types, int Methods) Module(byte[] bytes)
        {
            using var pe = new System.Reflection.PortableExecutable.PEReader(new MemoryStream(bytes));
            var reader = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
            var precompiled = pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0;
            return (precompiled, (ushort)pe.PEHeaders.CoffHeader.Machine, reader.GetGuid(reader.GetModuleDefinition().Mvid), reader.TypeDefinitions.Count, reader.MethodDefinitions.Count);
        }
    }

    /// <summary>
    /// What the package page shows: the project and repository URL are EiAnalyzersRepositoryUrl (the base of every
    /// help link), real authors, an icon that is a PNG, the release notes of the newest CHANGELOG.md section.
    /// </summary>
    [Fact]
    public void The_nuspec_declares_the_repository_of_the_help_links_an_icon_and_the_changelogs_release_notes()
    {
        Assert.True(packed.ExitCode == 0, packed.Output);
        using var zip = ZipFile.OpenRead(Assert.Single(Directory.GetFiles(packed.Feed, "*.nupkg")));
        var nuspec = XDocument.Load(zip.GetEntry("EiAnalyzers.nuspec")!.Open());
        XNamespace ns = nuspec.Root!.Name.NamespaceName;
        var metadata = nuspec.Root.Element(ns + "metadata")!;
        string Field(string name) => metadata.Element(ns + name)?.Value ?? "";

        Assert.Equal(RepositoryLinks.Url, Field("projectUrl"));
        var repository = metadata.Element(ns + "repository")!;
        Assert.Equal(RepositoryLinks.Url, repository.Attribute("url")!.Value);
        Assert.Equal("git", repository.Attribute("type")!.Value);
        Assert.All(Descriptors.All, d => Assert.StartsWith(RepositoryLinks.Url + "/", d.HelpLinkUri, StringComparison.Ordinal));

        Assert.NotEqual("EiAnalyzers", Field("authors"));
        Assert.Contains("EI0013", Field("description"));
        Assert.Contains("elastic-inference", Field("tags").Split(' '));
        Assert.Equal("README.md", Field("readme"));
        Assert.Equal("icon.png", Field("icon"));
        using (var icon = new MemoryStream())
        {
            zip.GetEntry("icon.png")!.Open().CopyTo(icon);
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, icon.ToArray().Take(8));
        }

        var (version, notes) = RepositoryLinks.NewestRelease();
        Assert.Equal(notes, Field("releaseNotes").Replace("\r\n", "\n"));
        var declared = XDocument.Load(Path.Combine(TestReferences.RepositoryRoot, "src", "EiAnalyzers.Package", "EiAnalyzers.Package.csproj"))
            .Descendants("Version").Single().Value;
        Assert.Equal(declared, version);
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

        var sarif = Path.Combine(consumer, "build.sarif");
        var (buildExit, buildOutput) = DotNet.Run(consumer, $"build -nologo -v:n \"-p:ErrorLog={sarif}%2Cversion=2.1\"");
        Assert.True(buildExit == 0, buildOutput);
        AssertSarifListsEachRuleOnce(sarif, "EI0004", "EI0013", "EI0014");
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
    [InlineData("-p:EiAnalyzersReadyToRun=false", "roslyn4.14")]
    public void Each_compiler_gets_its_band(string property, string? band)
    {
        var readyToRun = !property.Contains("EiAnalyzersReadyToRun=false", StringComparison.Ordinal);
        var consumer = Consumer("library-" + (band ?? "none") + (readyToRun ? "" : "-il"));
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

        // A compiler on .NET gets the band's ReadyToRun copy for the SDK's runtime (both assemblies of the band), unless
        // EiAnalyzersReadyToRun is false; never both copies.
        var passed = output.Replace('\\', '/');
        var copy = readyToRun ? $"/eianalyzers/1.0.0-test/r2r/{System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier}/" : "/eianalyzers/1.0.0-test/";
        Assert.Contains($"{copy}analyzers/dotnet/{band}/cs/EiAnalyzers.dll", passed);
        Assert.Contains($"{copy}analyzers/dotnet/{band}/cs/EiAnalyzers.CodeFixes.dll", passed);
        Assert.Equal(readyToRun, passed.Contains("/r2r/", StringComparison.Ordinal));
        Assert.Equal(readyToRun, !passed.Contains($"/eianalyzers/1.0.0-test/analyzers/dotnet/{band}/cs/EiAnalyzers.dll", StringComparison.Ordinal));
        Assert.Contains("PolySharp.SourceGenerators.dll", output);
    }

    /// <summary>
    /// The compiler's SARIF 2.1 log lists every rule of the loaded analyzers once, with the descriptor's metadata
    /// (EI0004 and EI0008 used to be listed twice, with two titles); every result names a listed rule.
    /// </summary>
    private static void AssertSarifListsEachRuleOnce(string path, params string[] reported)
    {
        using var log = JsonDocument.Parse(File.ReadAllText(path));
        Assert.Equal("2.1.0", log.RootElement.GetProperty("version").GetString());
        var run = Assert.Single(log.RootElement.GetProperty("runs").EnumerateArray());
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .Where(r => r.GetProperty("id").GetString()!.StartsWith("EI", StringComparison.Ordinal))
            .ToList();
        Assert.Equal(
            Descriptors.All.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal),
            rules.Select(r => r.GetProperty("id").GetString()!));
        foreach (var rule in rules)
        {
            var descriptor = Descriptors.All.Single(d => d.Id == rule.GetProperty("id").GetString());
            Assert.Equal(descriptor.Title.ToString(), rule.GetProperty("shortDescription").GetProperty("text").GetString());
            Assert.Equal(descriptor.Description.ToString(), rule.GetProperty("fullDescription").GetProperty("text").GetString());
            Assert.Equal(RepositoryLinks.TreeBase + "docs/rules/" + descriptor.Id + ".md", rule.GetProperty("helpUri").GetString());
            Assert.Equal("ElasticInference", rule.GetProperty("properties").GetProperty("category").GetString());

            // SARIF leaves out what is the default: level "warning", enabled.
            var configuration = rule.TryGetProperty("defaultConfiguration", out var c) ? c : default;
            var level = configuration.ValueKind == JsonValueKind.Object && configuration.TryGetProperty("level", out var l) ? l.GetString() : "warning";
            var enabled = configuration.ValueKind != JsonValueKind.Object || !configuration.TryGetProperty("enabled", out var e) || e.GetBoolean();
            Assert.True(enabled, descriptor.Id);
            Assert.Equal(descriptor.DefaultSeverity switch { DiagnosticSeverity.Error => "error", DiagnosticSeverity.Warning => "warning", _ => "note" }, level);
        }

        var results = run.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("ruleId").GetString()!).Where(id => id.StartsWith("EI", StringComparison.Ordinal)).ToHashSet();
        Assert.All(reported, id => Assert.Contains(id, results));
        Assert.All(results, id => Assert.Contains(rules, r => r.GetProperty("id").GetString() == id));
    }

    /// <summary>
    /// EiAnalyzersPreset in the project file changes every rule's severity (ci: errors), -p: chooses another
    /// (migration: EI0013 an error, the rest warnings), a rule's own .editorconfig line wins over the preset, and a
    /// preset that does not exist fails the build with a message that lists the presets.
    /// </summary>
    [Fact]
    public void A_preset_property_sets_every_rules_severity_and_the_editorconfig_still_wins()
    {
        var consumer = Consumer("presets");
        File.WriteAllText(Path.Combine(consumer, "Presets.csproj"), ConsumerProject("\n    <EiAnalyzersPreset>ci</EiAnalyzersPreset>"));
        File.WriteAllText(Path.Combine(consumer, ".editorconfig"), """
            root = true

            [*.cs]
            dotnet_diagnostic.EI0004.severity = suggestion
            ei_memory_headroom = 1,5
            """);
        File.WriteAllText(Path.Combine(consumer, "Program.cs"), """
            using System;
            using Amazon.SageMaker;
            using Amazon.SageMaker.Model;
            using SageMaker.ElasticInference;

            var variant = new ProductionVariant
            {
                ModelName = BertQa.Name,
                InstanceType = ProductionVariantInstanceType.MlM5Xlarge,
                AcceleratorType = "ml.eia1.medium",
            };
            Console.WriteLine(variant.ModelName);

            [EiModel("bert-qa", EiFramework.PyTorch, "1.5.1", ArtifactSizeMb = 1300)]
            internal static partial class BertQa { }
            """);

        static HashSet<string> Reported(string output) =>
            System.Text.RegularExpressions.Regex.Matches(output, @"\b(warning|error) (EI\d{4}):").Select(m => m.Groups[1].Value + " " + m.Groups[2].Value).ToHashSet();

        var (ciExit, ci) = DotNet.Run(consumer, "build -nologo -v:q");
        Assert.True(ciExit != 0, ci);
        Assert.Equal(new HashSet<string> { "error EI0013", "error EI0014", "error EI0017" }, Reported(ci));

        var (migrationExit, migration) = DotNet.Run(consumer, "build -nologo -v:q --no-restore --no-incremental -p:EiAnalyzersPreset=migration");
        Assert.True(migrationExit != 0, migration);
        Assert.Equal(new HashSet<string> { "error EI0013", "warning EI0014", "warning EI0017" }, Reported(migration));

        var (unknownExit, unknown) = DotNet.Run(consumer, "build -nologo -v:q --no-restore -p:EiAnalyzersPreset=strict");
        Assert.True(unknownExit != 0, unknown);
        Assert.Contains("EiAnalyzersPreset 'strict' is not an EiAnalyzers preset: use ci, migration or none", unknown);
    }

    /// <summary>
    /// The presets say what the docs say: ci every rule an error, migration EI0013 an error and the rest warnings,
    /// none every rule off; each at the lowest global level, so that the user's own global configs win.
    /// </summary>
    [Theory]
    [InlineData("ci", "error", null)]
    [InlineData("migration", "warning", "error")]
    [InlineData("none", "none", null)]
    public void Each_preset_sets_the_category_and_the_rules_a_category_line_does_not_reach(string preset, string category, string? endOfLife)
    {
        var lines = File.ReadAllLines(Path.Combine(TestReferences.RepositoryRoot, "src", "EiAnalyzers.Package", "presets", preset + ".globalconfig"))
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToList();
        Assert.Contains("is_global = true", lines);
        Assert.Contains("global_level = -1", lines);
        Assert.Contains($"dotnet_analyzer_diagnostic.category-ElasticInference.severity = {category}", lines);
        if (endOfLife is not null)
        {
            Assert.Contains($"dotnet_diagnostic.EI0013.severity = {endOfLife}", lines);
        }

        // EI0017 has no location, which a category line does not reach: where the category changes it, its own line does.
        if (category != "warning")
        {
            Assert.Contains($"dotnet_diagnostic.EI0017.severity = {category}", lines);
        }
    }

    /// <summary>
    /// The migration command of the README, with the packed package's code fixes: dotnet format analyzers
    /// --diagnostics EI0013 turns the sample's Migration/VisionEndpoint.cs into VisionEndpoint.cs.migrated, byte for byte.
    /// </summary>
    [Fact]
    public void Dotnet_format_migrates_the_samples_ei_deployment_to_its_migrated_form()
    {
        var consumer = Consumer("migration");
        var sample = Path.Combine(TestReferences.RepositoryRoot, "samples", "EiSample", "Migration");
        File.WriteAllText(Path.Combine(consumer, "Migration.csproj"), ConsumerProject());
        File.WriteAllText(Path.Combine(consumer, "Program.cs"), "System.Console.WriteLine(EiSample.Migration.VisionEndpoint.EndpointConfig().EndpointConfigName);\n");
        var file = Path.Combine(consumer, "VisionEndpoint.cs");
        File.Copy(Path.Combine(sample, "VisionEndpoint.cs"), file);

        var (exit, output) = DotNet.Run(consumer, "format analyzers Migration.csproj --diagnostics EI0013 -v:n");
        Assert.True(exit == 0, output);
        Assert.Equal(File.ReadAllText(Path.Combine(sample, "VisionEndpoint.cs.migrated")), File.ReadAllText(file));

        // Nothing of Elastic Inference is left: the migrated project builds without an EI diagnostic.
        var (buildExit, build) = DotNet.Run(consumer, "build -nologo -v:q --no-restore");
        Assert.True(buildExit == 0, build);
        Assert.DoesNotMatch(@"\b(warning|error) EI\d{4}", build);
    }
}
