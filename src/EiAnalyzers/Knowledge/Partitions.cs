using System;
using System.Collections.Immutable;

namespace EiAnalyzers.Knowledge;

/// <summary>One AWS partition and the DNS suffix of its endpoints (data/reference/ei-endpoints-pre-removal.json).</summary>
internal sealed record Partition(string Name, string DnsSuffix, string? RegionPrefix);

/// <summary>The AWS partitions, and which one a region belongs to (botocore endpoints.json).</summary>
internal static class Partitions
{
    /// <summary>Every partition; the regions of each but <c>aws</c> start with its prefix (botocore's <c>regionRegex</c>).</summary>
    public static readonly ImmutableArray<Partition> All = ImmutableArray.Create(
        new Partition("aws", "amazonaws.com", null),
        new Partition("aws-cn", "amazonaws.com.cn", "cn-"),
        new Partition("aws-us-gov", "amazonaws.com", "us-gov-"),
        new Partition("aws-iso", "c2s.ic.gov", "us-iso-"),
        new Partition("aws-iso-b", "sc2s.sgov.gov", "us-isob-"),
        new Partition("aws-iso-e", "cloud.adc-e.uk", "eu-isoe-"),
        new Partition("aws-iso-f", "csp.hci.ic.gov", "us-isof-"));

    /// <summary>The partition of <paramref name="region"/>: the one whose prefix it starts with, else <c>aws</c>.</summary>
    public static Partition Of(string region)
    {
        foreach (var partition in All)
        {
            if (partition.RegionPrefix is { } prefix && region.StartsWith(prefix, StringComparison.Ordinal))
            {
                return partition;
            }
        }

        return All[0];
    }

    /// <summary>The registry host of an account in a region, as the Python SDK builds it.</summary>
    public static string RegistryHost(string account, string region) => $"{account}.dkr.ecr.{region}.{Of(region).DnsSuffix}";
}
