using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace EiAnalyzers.Generator;

/// <summary>
/// An immutable array compared by its elements, so that the generator's models cache by value. A class, not a
/// struct: the generator driver's tables and the <c>Collect</c> arrays over a reference type share the compiler's
/// precompiled (ReadyToRun) code, while each value type the pipeline carries makes the runtime JIT-compile hundreds of
/// the driver's generic methods in every new csc process (about 450 of them for this generator, part 7).
/// </summary>
internal sealed class EquatableArray<T> : IEquatable<EquatableArray<T>>, IEnumerable<T>
    where T : IEquatable<T>
{
    public static readonly EquatableArray<T> Empty = new(ImmutableArray<T>.Empty);

    public EquatableArray(ImmutableArray<T> items)
    {
        Items = items.IsDefault ? ImmutableArray<T>.Empty : items;
    }

    public ImmutableArray<T> Items { get; }

    public int Length => Items.Length;

    public T this[int index] => Items[index];

    public bool Equals(EquatableArray<T>? other) => other is not null && Items.SequenceEqual(other.Items);

    public override bool Equals(object? obj) => Equals(obj as EquatableArray<T>);

    public override int GetHashCode()
    {
        var hash = 17;
        foreach (var item in Items)
        {
            hash = unchecked((hash * 31) + (item?.GetHashCode() ?? 0));
        }

        return hash;
    }

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

internal static class EquatableArray
{
    public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items)
        where T : IEquatable<T> => new(items.ToImmutableArray());
}
