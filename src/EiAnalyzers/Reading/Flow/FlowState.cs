using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using EiAnalyzers.Reading.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;

namespace EiAnalyzers.Reading.Flow;

/// <summary>The value of a variable and the write that gave it (so that a condition on it means the same only until it changes).</summary>
internal sealed record Slot(Value Value, int Definition)
{
    /// <summary>For a bool, the condition it was given (<c>var useEi = !gpu;</c>): a test of it is a test of that.</summary>
    public Condition? Alias { get; init; }

    /// <summary>The variable this one's write copied (<c>var m = mode;</c>, <c>mode is var m</c>, <c>o with { ... }</c>), while that holds.</summary>
    public Copy? Copied { get; init; }
}

/// <summary>
/// A copy of a variable's value: the path of that variable at the write, so that a test of the copy is a test of it.
/// For a record copied with <c>with</c>, <see cref="SetMembers"/> names the members it set (",Mode,"); the others
/// that cannot change after construction are the original's. Null for the same value.
/// </summary>
internal sealed record Copy(string Path, string? SetMembers)
{
    public bool Keeps(ISymbol member) => SetMembers is null || SetMembers.IndexOf("," + member.Name + ",", System.StringComparison.Ordinal) < 0;
}

/// <summary>A flow capture of the control flow graph: its value and, where the captured operation is a reference, the reference.</summary>
internal sealed record Captured(Value Value, IOperation? Reference, string? Path)
{
    /// <summary>The operation captured (a branch of <c>?:</c>, <c>??</c> or a switch), where a value read through the capture is written.</summary>
    public IOperation? Source { get; init; }

    /// <summary>For a bool, the condition it was when captured (an arm of <c>gpu &amp;&amp; n &gt; 4</c>, of <c>maybe ?? false</c>).</summary>
    public Condition? Condition { get; init; }
}

/// <summary>
/// What one path through a code block knows at one point: variables, the control flow graph's captures, the tracked
/// objects, and the conditions it took. Immutable; every change makes a new state (sharing the rest), and states
/// are compared by content with a hash kept up to date as they change, so that equal paths merge.
/// </summary>
internal sealed class FlowState : System.IEquatable<FlowState>
{
    public static readonly FlowState Empty = new(
        ImmutableDictionary.Create<ISymbol, Slot>(SymbolEqualityComparer.Default),
        ImmutableDictionary<CaptureId, Captured>.Empty,
        ImmutableDictionary<int, TrackedObject>.Empty,
        ImmutableDictionary<string, bool>.Empty,
        ImmutableDictionary<string, ValueSet>.Empty,
        0);

    private readonly int hash;

    private FlowState(
        ImmutableDictionary<ISymbol, Slot> variables, ImmutableDictionary<CaptureId, Captured> captures,
        ImmutableDictionary<int, TrackedObject> objects, ImmutableDictionary<string, bool> facts,
        ImmutableDictionary<string, ValueSet> equalities, int hash)
    {
        Variables = variables;
        Captures = captures;
        Objects = objects;
        Facts = facts;
        Equalities = equalities;
        this.hash = hash;
    }

    public ImmutableDictionary<ISymbol, Slot> Variables { get; }

    public ImmutableDictionary<CaptureId, Captured> Captures { get; }

    public ImmutableDictionary<int, TrackedObject> Objects { get; }

    /// <summary>Conditions this path took, by meaning (see <see cref="Conditions"/>).</summary>
    public ImmutableDictionary<string, bool> Facts { get; }

    /// <summary>What this path knows of values from the constants they were tested against (<c>mode == "ei"</c> taken: <c>mode</c> is "ei").</summary>
    public ImmutableDictionary<string, ValueSet> Equalities { get; }

    public FlowState WithVariable(ISymbol symbol, Slot slot)
    {
        var change = Variables.TryGetValue(symbol, out var old) ? -Entry(symbol, old) : 0;
        return new(Variables.SetItem(symbol, slot), Captures, Objects, Facts, Equalities, hash + change + Entry(symbol, slot));
    }

    public FlowState WithCapture(CaptureId id, Captured captured)
    {
        var change = Captures.TryGetValue(id, out var old) ? -Entry(id, old) : 0;
        return new(Variables, Captures.SetItem(id, captured), Objects, Facts, Equalities, hash + change + Entry(id, captured));
    }

    public FlowState WithObject(int id, TrackedObject tracked)
    {
        var change = Objects.TryGetValue(id, out var old) ? -Entry(id, old) : 0;
        return new(Variables, Captures, Objects.SetItem(id, tracked), Facts, Equalities, hash + change + Entry(id, tracked));
    }

    public FlowState WithFact(string atom, bool value)
    {
        var change = Facts.TryGetValue(atom, out var old) ? -Entry(atom, old) : 0;
        return new(Variables, Captures, Objects, Facts.SetItem(atom, value), Equalities, hash + change + Entry(atom, value));
    }

    public FlowState WithEquality(string path, ValueSet value)
    {
        var change = Equalities.TryGetValue(path, out var old) ? -Entry(path, old) : 0;
        return new(Variables, Captures, Objects, Facts, Equalities.SetItem(path, value), hash + change + Entry(path, value));
    }

    /// <summary>Forgets the facts about <paramref name="prefix"/> (a variable that was written, a member that may have changed).</summary>
    public FlowState WithoutFactsAbout(string prefix)
    {
        var state = this;
        foreach (var fact in Facts)
        {
            if (fact.Key.IndexOf(prefix, System.StringComparison.Ordinal) >= 0)
            {
                state = new(state.Variables, state.Captures, state.Objects, state.Facts.Remove(fact.Key), state.Equalities, state.hash - Entry(fact.Key, fact.Value));
            }
        }

        foreach (var equality in Equalities)
        {
            if (equality.Key.IndexOf(prefix, System.StringComparison.Ordinal) >= 0)
            {
                state = new(state.Variables, state.Captures, state.Objects, state.Facts, state.Equalities.Remove(equality.Key), state.hash - Entry(equality.Key, equality.Value));
            }
        }

        return state;
    }

    /// <summary>
    /// One state that says only what both <paramref name="left"/> and <paramref name="right"/> say: a variable, capture
    /// or property they disagree on is unknown (written at <paramref name="definition"/>), a list they disagree on is
    /// incomplete, a fact only one holds is dropped. For a block reached by too many paths to tell apart.
    /// </summary>
    public static FlowState Join(FlowState left, FlowState right, int definition)
    {
        var state = Empty;
        foreach (var pair in left.Variables)
        {
            state = state.WithVariable(pair.Key, right.Variables.TryGetValue(pair.Key, out var other) && Equals(other, pair.Value)
                ? pair.Value
                : new Slot(Same(pair.Value.Value, other?.Value), definition));
        }

        foreach (var pair in right.Variables)
        {
            if (!left.Variables.ContainsKey(pair.Key))
            {
                state = state.WithVariable(pair.Key, new Slot(Value.Unknown, definition));
            }
        }

        foreach (var pair in left.Captures)
        {
            state = state.WithCapture(pair.Key, right.Captures.TryGetValue(pair.Key, out var other) && Equals(other, pair.Value)
                ? pair.Value
                : new Captured(Same(pair.Value.Value, other?.Value), Equals(pair.Value.Reference, other?.Reference) ? pair.Value.Reference : null, null));
        }

        foreach (var pair in right.Captures)
        {
            if (!left.Captures.ContainsKey(pair.Key))
            {
                state = state.WithCapture(pair.Key, new Captured(Value.Unknown, null, null));
            }
        }

        foreach (var pair in left.Objects)
        {
            state = state.WithObject(pair.Key, right.Objects.TryGetValue(pair.Key, out var other) ? TrackedObject.Join(pair.Value, other) : pair.Value);
        }

        foreach (var pair in right.Objects)
        {
            if (!left.Objects.ContainsKey(pair.Key))
            {
                state = state.WithObject(pair.Key, pair.Value);
            }
        }

        foreach (var pair in left.Facts)
        {
            if (right.Facts.TryGetValue(pair.Key, out var other) && other == pair.Value)
            {
                state = state.WithFact(pair.Key, pair.Value);
            }
        }

        // What marks a path (uncertain, a condition tested) marks the join.
        foreach (var pair in left.Facts.Concat(right.Facts))
        {
            if (pair.Key.StartsWith("~", System.StringComparison.Ordinal))
            {
                state = state.WithFact(pair.Key, true);
            }
        }

        foreach (var pair in left.Equalities)
        {
            if (right.Equalities.TryGetValue(pair.Key, out var other))
            {
                state = state.WithEquality(pair.Key, pair.Value.Union(other));
            }
        }

        return state;
    }

    private static Value Same(Value value, Value? other) => Equals(value, other) ? value : Value.Unknown;

    private static int Entry<TKey, TValue>(TKey key, TValue value) =>
        unchecked((EqualityComparer<TKey>.Default.GetHashCode(key!) * 16777619) ^ (value?.GetHashCode() ?? 0));

    private static int Entry(ISymbol key, Slot value) =>
        unchecked((SymbolEqualityComparer.Default.GetHashCode(key) * 16777619) ^ value.GetHashCode());

    public bool Equals(FlowState? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (hash == other.hash
                && SameContent(Variables, other.Variables)
                && SameContent(Captures, other.Captures)
                && SameContent(Objects, other.Objects)
                && SameContent(Facts, other.Facts)
                && SameContent(Equalities, other.Equalities)));

    public override bool Equals(object? obj) => Equals(obj as FlowState);

    public override int GetHashCode() => hash;

    private static bool SameContent<TKey, TValue>(ImmutableDictionary<TKey, TValue> left, ImmutableDictionary<TKey, TValue> right)
        where TKey : notnull
    {
        if (ReferenceEquals(left, right))
        {
            return true;
        }

        if (left.Count != right.Count)
        {
            return false;
        }

        foreach (var pair in left)
        {
            if (!right.TryGetValue(pair.Key, out var value) || !EqualityComparer<TValue>.Default.Equals(value, pair.Value))
            {
                return false;
            }
        }

        return true;
    }
}
