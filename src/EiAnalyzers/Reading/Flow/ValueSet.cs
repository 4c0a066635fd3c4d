using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace EiAnalyzers.Reading.Flow;

/// <summary>
/// What a path knows of one value from the constants it was compared with: it is one of <see cref="Values"/>, or
/// (<see cref="Excludes"/>) none of them. <c>mode == "ei"</c> taken gives {"ei"}; <c>mode is not ("ei" or "cpu")</c>
/// taken gives none of {"ei", "cpu"}; a later test of <c>mode is "ei" or "cpu"</c> is then decided.
/// </summary>
internal sealed class ValueSet : System.IEquatable<ValueSet>
{
    public ValueSet(bool excludes, ImmutableSortedSet<string> values)
    {
        Excludes = excludes;
        Values = values;
    }

    public bool Excludes { get; }

    /// <summary>Constants as <see cref="Conditions"/> writes them (strings quoted, null as <c>null</c>).</summary>
    public ImmutableSortedSet<string> Values { get; }

    public static ValueSet Of(params string[] values) => new(false, ImmutableSortedSet.Create(System.StringComparer.Ordinal, values));

    public ValueSet Complement() => new(!Excludes, Values);

    public ValueSet Union(ValueSet other) =>
        (Excludes, other.Excludes) switch
        {
            (false, false) => new(false, Values.Union(other.Values)),
            (true, true) => new(true, Values.Intersect(other.Values)),
            (false, true) => new(true, other.Values.Except(Values)),
            _ => new(true, Values.Except(other.Values)),
        };

    public ValueSet Intersect(ValueSet other) => Complement().Union(other.Complement()).Complement();

    /// <summary>Whether every value this set allows is in <paramref name="tested"/> (true), none is (false), or some are (null).</summary>
    public bool? Decides(ValueSet tested)
    {
        var both = Intersect(tested);
        if (!both.Excludes && both.Values.IsEmpty)
        {
            return false;
        }

        var outside = Intersect(tested.Complement());
        return !outside.Excludes && outside.Values.IsEmpty ? true : null;
    }

    /// <summary>A key for the test "the value is in this set", the same for the same set however it was written.</summary>
    public string Key => (Excludes ? "out:" : "in:") + string.Join("\u0001", Values);

    public bool Equals(ValueSet? other) => other is not null && Excludes == other.Excludes && Values.SetEquals(other.Values);

    public override bool Equals(object? obj) => Equals(obj as ValueSet);

    public override int GetHashCode()
    {
        var hash = Excludes ? 1 : 0;
        foreach (var value in Values)
        {
            hash = unchecked((hash * 31) + value.GetHashCode());
        }

        return hash;
    }

    public override string ToString() => Key;

    internal static ImmutableSortedSet<string> Sorted(IEnumerable<string> values) => values.ToImmutableSortedSet(System.StringComparer.Ordinal);
}
