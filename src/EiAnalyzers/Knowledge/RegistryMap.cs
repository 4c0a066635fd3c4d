using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace EiAnalyzers.Knowledge;

/// <summary>
/// The ECR account that serves an image repository in each region, as the Python SDK's <c>registries</c> lists it.
/// Written as <c>"region=account region=account ..."</c> so that a table reads like the JSON it was checked against.
/// </summary>
internal sealed class RegistryMap
{
    private RegistryMap(ImmutableSortedDictionary<string, string> accounts)
    {
        Accounts = accounts;
    }

    /// <summary>Region to account, ordered by region.</summary>
    public ImmutableSortedDictionary<string, string> Accounts { get; }

    public IEnumerable<string> Regions => Accounts.Keys;

    /// <summary>The account in <paramref name="region"/>, or null where the repository is not served.</summary>
    public string? AccountIn(string? region) =>
        region is not null && Accounts.TryGetValue(region, out var account) ? account : null;

    public static RegistryMap Parse(string pairs)
    {
        var accounts = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var pair in Words(pairs))
        {
            var equals = pair.IndexOf('=');
            accounts.Add(pair.Substring(0, equals), pair.Substring(equals + 1));
        }

        return new RegistryMap(accounts.ToImmutable());
    }

    /// <summary>The same accounts in the listed regions only (an entry that AWS published in fewer regions).</summary>
    public RegistryMap Only(string regions)
    {
        var kept = Words(regions);
        return Where(kept.Contains);
    }

    /// <summary>The same accounts without the listed regions (regions added to the repository after the entry).</summary>
    public RegistryMap Except(string regions)
    {
        var dropped = Words(regions);
        return Where(region => !dropped.Contains(region));
    }

    private RegistryMap Where(Func<string, bool> keep) =>
        new(Accounts.Where(a => keep(a.Key)).ToImmutableSortedDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal));

    private static string[] Words(string text) => text.Split(new[] { ' ', '\n', '\r' }, StringSplitOptions.RemoveEmptyEntries);
}
