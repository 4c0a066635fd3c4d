using System.Collections.Immutable;
using EiAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace EiAnalyzers.Benchmarks.Inputs;

/// <summary>
/// What the generated compilations reference: the tests' own reference set (<see cref="TestReferences"/>, linked into
/// this program), so the benchmarks compile against exactly what the tests compile against.
/// </summary>
internal static class References
{
    public static string PackageRoot => TestReferences.PackageRoot;

    public static string RepositoryRoot => TestReferences.RepositoryRoot;

    /// <summary>An ordinary .NET 8 project: the framework only.</summary>
    public static ImmutableArray<MetadataReference> Net80 => TestReferences.Net80;

    /// <summary>The SDK (AWSSDK.Core and the AWSSDK.SageMaker stand-in).</summary>
    public static ImmutableArray<MetadataReference> AwsSdk => TestReferences.AwsSdk;

    /// <summary>A SageMaker project: the framework, the SDK and the CDK.</summary>
    public static ImmutableArray<MetadataReference> SageMaker => TestReferences.All;
}
