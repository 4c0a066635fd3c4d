using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace EiAnalyzers.Tests.Infrastructure;

/// <summary>
/// The assemblies the code under test compiles against, all from restore's package folder or this test's output:
/// the .NET 8 reference assemblies, AWSSDK.Core 4.1.0 with the AWSSDK.SageMaker stand-in, and the real CDK.
/// Nothing is downloaded while the tests run.
/// </summary>
internal static class TestReferences
{
    public static string PackageRoot { get; } = Metadata("NuGetPackageRoot");

    public static string RepositoryRoot { get; } = Path.GetFullPath(Metadata("RepositoryRoot"));

    public static ImmutableArray<MetadataReference> Net80 { get; } = Directory
        .GetFiles(Path.Combine(PackageRoot, "microsoft.netcore.app.ref", "8.0.0", "ref", "net8.0"), "*.dll")
        .OrderBy(path => path, StringComparer.Ordinal)
        .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
        .ToImmutableArray();

    public static ImmutableArray<MetadataReference> AwsSdk { get; } = ImmutableArray.Create<MetadataReference>(
        MetadataReference.CreateFromFile(Path.Combine(PackageRoot, "awssdk.core", "4.1.0", "lib", "netstandard2.0", "AWSSDK.Core.dll")),
        MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, "AWSSDK.SageMaker.StandIn.dll")));

    public static ImmutableArray<MetadataReference> Cdk { get; } = new[] { "Amazon.CDK.Lib.dll", "Amazon.JSII.Runtime.dll", "Constructs.dll" }
        .Select(file => (MetadataReference)MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, file)))
        .ToImmutableArray();

    /// <summary>Everything: what a SageMaker project using both the SDK and the CDK references.</summary>
    public static ImmutableArray<MetadataReference> All { get; } = Net80.AddRange(AwsSdk).AddRange(Cdk);

    private static string Metadata(string key) =>
        typeof(TestReferences).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
        ?? throw new InvalidOperationException($"The test assembly lacks its {key} metadata.");
}
