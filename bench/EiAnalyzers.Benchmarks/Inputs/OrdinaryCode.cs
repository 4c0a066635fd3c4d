using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace EiAnalyzers.Benchmarks.Inputs;

/// <summary>
/// Ordinary business code that has nothing to do with SageMaker: entities with attributes, records, enums, an
/// interface, and a service with LINQ, async methods, switch expressions, object initializers and exceptions. Each
/// file is self-contained (it compiles against the framework alone) and differs from the others in its names, its
/// number of properties and methods, and which of them it has.
/// </summary>
internal static class OrdinaryCode
{
    private static readonly string[] Areas = { "Orders", "Billing", "Shipping", "Inventory", "Customers", "Reporting", "Catalog", "Payments", "Pricing", "Returns" };
    private static readonly string[] Nouns = { "Order", "Invoice", "Shipment", "Product", "Customer", "Report", "Item", "Payment", "Quote", "Refund", "Supplier", "Warehouse" };
    private static readonly string[] Words = { "North", "Prime", "Blue", "Rapid", "Core", "Daily", "Global", "Local", "Smart", "Fresh" };

    private static readonly (string Type, string Name, string Sample)[] PropertyKinds =
    {
        ("string", "Name", "\"n\""),
        ("string", "Code", "\"c\""),
        ("string?", "Description", "null"),
        ("int", "Quantity", "1"),
        ("int", "Priority", "2"),
        ("decimal", "Amount", "10m"),
        ("decimal", "Discount", "0.5m"),
        ("DateTime", "CreatedAt", "DateTime.UnixEpoch"),
        ("DateTime?", "ClosedAt", "null"),
        ("bool", "IsActive", "true"),
        ("Guid", "ExternalId", "Guid.Empty"),
        ("List<string>", "Tags", "new List<string>()"),
        ("double", "Weight", "1.5"),
        ("long", "Version", "1L"),
    };

    /// <summary>Namespace and type name prefix of file <paramref name="index"/>, e.g. <c>Contoso.Orders</c>, <c>RapidInvoice17</c>.</summary>
    public static (string Namespace, string Entity) Names(Rng rng, int index) =>
        ("Contoso." + rng.Pick(Areas), rng.Pick(Words) + rng.Pick(Nouns) + index.ToString(CultureInfo.InvariantCulture));

    public static string File(int seed, int index)
    {
        var rng = Rng.For(seed, index);
        var (ns, entity) = Names(rng, index);
        var w = new StringBuilder(8 * 1024);
        w.Append("""
            using System;
            using System.Collections.Generic;
            using System.ComponentModel;
            using System.Diagnostics;
            using System.Globalization;
            using System.Linq;
            using System.Text;
            using System.Threading;
            using System.Threading.Tasks;

            """);
        w.Append("namespace ").Append(ns).Append(";\n\n");
        Write(w, rng, entity, marker: true);
        return w.ToString();
    }

    /// <summary>Writes the types of one ordinary file (also used inside the SageMaker files, which are not only SageMaker code).</summary>
    public static void Write(StringBuilder w, Rng rng, string entity, bool marker)
    {
        var properties = new List<(string Type, string Name, string Sample)>();
        var chosen = new HashSet<int>();
        var count = rng.Next(4, 10);
        while (properties.Count < count)
        {
            var k = rng.Next(PropertyKinds.Length);
            if (chosen.Add(k))
            {
                properties.Add(PropertyKinds[k]);
            }
        }

        if (!chosen.Contains(0))
        {
            properties.Insert(0, PropertyKinds[0]);
        }

        if (!chosen.Contains(5))
        {
            properties.Add(PropertyKinds[5]);
        }

        // Attribute, enum, entity.
        w.Append($$"""
            [AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = false)]
            public sealed class {{entity}}AuditAttribute : Attribute
            {
                public {{entity}}AuditAttribute(string reason) => Reason = reason;

                public string Reason { get; }

                public int Level { get; set; }
            }

            public enum {{entity}}Status
            {
                Draft,
                Submitted,
                Approved,
                Rejected,
                Archived,
            }

            [Serializable]
            [DebuggerDisplay("{Name,nq}")]
            [{{entity}}Audit("entity", Level = {{rng.Next(1, 4)}})]
            public sealed class {{entity}}
            {

            """);
        foreach (var (type, name, _) in properties)
        {
            var initializer = type == "string" ? " = \"\";" : type.StartsWith("List<", System.StringComparison.Ordinal) ? " = new();" : "";
            w.Append($"    [Description(\"The {name.ToLowerInvariant()} of the {entity.ToLowerInvariant()}.\")]\n");
            w.Append($"    public {type} {name} {{ get; set; }}{initializer}\n\n");
        }

        w.Append($$"""
                public {{entity}}Status Status { get; set; }

                public override string ToString() => $"{Name} ({Status}) {Amount.ToString("0.00", CultureInfo.InvariantCulture)}";
            }

            public sealed record {{entity}}Summary(string Name, decimal Total, int Count)
            {
                public decimal Average => Count == 0 ? 0m : Total / Count;
            }

            public readonly record struct {{entity}}Key(string Tenant, int Number);

            public interface I{{entity}}Repository
            {
                Task<{{entity}}?> FindAsync(string name, CancellationToken cancellationToken = default);

                Task<IReadOnlyList<{{entity}}>> ListAsync({{entity}}Status status, CancellationToken cancellationToken = default);

                Task SaveAsync({{entity}} item, CancellationToken cancellationToken = default);
            }

            public sealed class {{entity}}Service
            {
                private readonly I{{entity}}Repository repository;
                private readonly Dictionary<string, {{entity}}Summary> cache = new(StringComparer.OrdinalIgnoreCase);
                private static readonly string[] Regions = { "eu", "us", "ap" };

                public {{entity}}Service(I{{entity}}Repository repository)
                {
                    this.repository = repository ?? throw new ArgumentNullException(nameof(repository));
                }

                public event EventHandler<{{entity}}Summary>? Summarized;

                public static {{entity}} Create(string name, decimal amount) => new {{entity}}
                {
                    Name = name,
                    Amount = amount,
                    Status = {{entity}}Status.Draft,
                };


            """);

        var methods = rng.Next(3, 7);
        for (var m = 0; m < methods; m++)
        {
            WriteMethod(w, rng, entity, m);
        }

        // The keystroke benchmark types into this comment (Corpus.EditMarker), in a method body of an unrelated file.
        var note = marker ? "        // " + Corpus.EditMarker + "\n" : "";
        w.Append($$"""
                public void Publish({{entity}}Summary summary) => Summarized?.Invoke(this, summary);

                private static string Normalize(string value)
                {
            {{note}}        if (string.IsNullOrWhiteSpace(value))
                    {
                        return string.Empty;
                    }

                    var builder = new StringBuilder(value.Length);
                    foreach (var c in value.Trim())
                    {
                        builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
                    }

                    return builder.ToString();
                }
            }

            """);
    }

    private static void WriteMethod(StringBuilder w, Rng rng, string entity, int m)
    {
        var threshold = rng.Next(10, 500);
        const string note = "";
        switch (rng.Next(6))
        {
            case 0:
                w.Append($$"""
                        [{{entity}}Audit("summary")]
                        public async Task<{{entity}}Summary> SummarizeAsync{{m}}({{entity}}Status status, CancellationToken cancellationToken = default)
                        {
                    {{note}}        var items = await repository.ListAsync(status, cancellationToken).ConfigureAwait(false);
                            var selected = items
                                .Where(i => i.Amount > {{threshold}}m && i.Status != {{entity}}Status.Archived)
                                .OrderByDescending(i => i.Amount)
                                .ThenBy(i => i.Name, StringComparer.Ordinal)
                                .ToList();
                            var summary = new {{entity}}Summary(status.ToString(), selected.Sum(i => i.Amount), selected.Count);
                            cache[summary.Name] = summary;
                            Summarized?.Invoke(this, summary);
                            return summary;
                        }


                    """);
                break;
            case 1:
                w.Append($$"""
                        public IEnumerable<IGrouping<string, {{entity}}>> Group{{m}}(IEnumerable<{{entity}}> items)
                        {
                    {{note}}        return from item in items
                                   where item.Amount >= {{threshold}}m
                                   let key = Normalize(item.Name)
                                   orderby key
                                   group item by key into g
                                   select g;
                        }


                    """);
                break;
            case 2:
                w.Append($$"""
                        public string Describe{{m}}({{entity}} item) => item.Status switch
                        {
                            {{entity}}Status.Draft => $"draft {item.Name}",
                            {{entity}}Status.Submitted when item.Amount > {{threshold}}m => $"large submission {item.Name}: {item.Amount:0.00}",
                            {{entity}}Status.Submitted => "submitted",
                            {{entity}}Status.Approved or {{entity}}Status.Archived => "closed",
                            _ => throw new InvalidOperationException($"Unexpected status {item.Status}."),
                        };


                    """);
                break;
            case 3:
                w.Append($$"""
                        [Obsolete("Use SaveAllAsync{{m}} with a cancellation token.")]
                        public async Task<int> SaveAllAsync{{m}}(IEnumerable<{{entity}}> items, CancellationToken cancellationToken = default)
                        {
                    {{note}}        var saved = 0;
                            foreach (var item in items)
                            {
                                try
                                {
                                    item.Name = Normalize(item.Name);
                                    await repository.SaveAsync(item, cancellationToken).ConfigureAwait(false);
                                    saved++;
                                }
                                catch (TimeoutException) when (saved < {{threshold}})
                                {
                                    await Task.Delay(TimeSpan.FromMilliseconds(10), cancellationToken).ConfigureAwait(false);
                                }
                            }

                            return saved;
                        }


                    """);
                break;
            case 4:
                w.Append($$"""
                        public Dictionary<string, decimal> Totals{{m}}(IReadOnlyList<{{entity}}> items)
                        {
                    {{note}}        var totals = new Dictionary<string, decimal>(StringComparer.Ordinal);
                            for (var i = 0; i < items.Count; i++)
                            {
                                var region = Regions[i % Regions.Length];
                                totals[region] = totals.TryGetValue(region, out var current) ? current + items[i].Amount : items[i].Amount;
                            }

                            decimal Round(decimal value) => Math.Round(value * {{threshold}}m) / {{threshold}}m;
                            return totals.ToDictionary(p => p.Key, p => Round(p.Value));
                        }


                    """);
                break;
            default:
                w.Append($$"""
                        public async Task<{{entity}}> CopyAsync{{m}}(string name, CancellationToken cancellationToken = default)
                        {
                    {{note}}        var existing = await repository.FindAsync(name, cancellationToken).ConfigureAwait(false)
                                ?? throw new KeyNotFoundException($"No {{entity}} named '{name}'.");
                            var copy = new {{entity}}
                            {
                                Name = existing.Name + "-copy",
                                Amount = existing.Amount * {{threshold}} / 100m,
                                Status = {{entity}}Status.Draft,
                            };
                            var key = new {{entity}}Key("default", {{threshold}});
                            _ = key with { Number = key.Number + 1 };
                            await repository.SaveAsync(copy, cancellationToken).ConfigureAwait(false);
                            return copy;
                        }


                    """);
                break;
        }
    }
}
