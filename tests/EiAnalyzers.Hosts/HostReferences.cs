using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace EiAnalyzers.Hosts;

/// <summary>The target frameworks a consumer may build for.</summary>
public enum Target
{
    NetStandard20,
    Net48,
    Net80,
    Net100,
}

/// <summary>
/// The reference assemblies of each target, as the SDK gives them to the compiler, all from restore's package folder
/// (PackageDownload in Hosts.props), plus AWSSDK.Core 4.1.0 and the AWSSDK.SageMaker stand-in (both netstandard2.0).
/// </summary>
internal static class HostReferences
{
    public static string PackageRoot { get; } = Metadata("NuGetPackageRoot");

    /// <summary>The Microsoft.CodeAnalysis version this host runs (the test project's package reference).</summary>
    public static string RoslynVersion { get; } = Metadata("HostRoslynVersion");

    private static readonly Dictionary<Target, Lazy<ImmutableArray<MetadataReference>>> Frameworks = new()
    {
        [Target.NetStandard20] = new(() => Folder("netstandard.library", "2.0.3", "build", "netstandard2.0", "ref")),
        [Target.Net48] = new(() => Net48()),
        [Target.Net80] = new(() => Folder("microsoft.netcore.app.ref", "8.0.0", "ref", "net8.0")),
        [Target.Net100] = new(() => Folder("microsoft.netcore.app.ref", "10.0.12", "ref", "net10.0")),
    };

    private static readonly Lazy<ImmutableArray<MetadataReference>> AwsSdk = new(() => ImmutableArray.Create<MetadataReference>(
        MetadataReference.CreateFromFile(Path.Combine(PackageRoot, "awssdk.core", "4.1.0", "lib", "netstandard2.0", "AWSSDK.Core.dll")),
        MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, "AWSSDK.SageMaker.StandIn.dll"))));

    /// <summary>What a SageMaker project for <paramref name="target"/> compiles against.</summary>
    public static ImmutableArray<MetadataReference> For(Target target) => Frameworks[target].Value.AddRange(AwsSdk.Value);

    public static string PolySharpGenerator { get; } = Path.Combine(PackageRoot, "polysharp", "1.16.0", "analyzers", "dotnet", "cs", "PolySharp.SourceGenerators.dll");

    /// <summary>
    /// .NET Framework 4.8 as the SDK references it for a project that uses netstandard2.0 libraries: the implicit
    /// framework assemblies and every facade (netstandard.dll among them).
    /// </summary>
    private static ImmutableArray<MetadataReference> Net48()
    {
        var folder = Path.Combine(PackageRoot, "microsoft.netframework.referenceassemblies.net48", "1.0.3", "build", ".NETFramework", "v4.8");
        var implicitReferences = new[] { "mscorlib", "System", "System.Core", "System.Data", "System.Drawing", "System.IO.Compression.FileSystem", "System.Numerics", "System.Runtime.Serialization", "System.Xml", "System.Xml.Linq" }
            .Select(name => Path.Combine(folder, name + ".dll"));
        return implicitReferences.Concat(Directory.GetFiles(Path.Combine(folder, "Facades"), "*.dll").OrderBy(p => p, StringComparer.Ordinal))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }

    private static ImmutableArray<MetadataReference> Folder(params string[] parts) =>
        Directory.GetFiles(Path.Combine(new[] { PackageRoot }.Concat(parts).ToArray()), "*.dll")
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();

    private static string Metadata(string key) =>
        typeof(HostReferences).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
        ?? throw new InvalidOperationException($"The test assembly lacks its {key} metadata.");
}
