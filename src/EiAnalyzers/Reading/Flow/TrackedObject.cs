using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using EiAnalyzers.Reading.Values;
using Microsoft.CodeAnalysis;

namespace EiAnalyzers.Reading.Flow;

/// <summary>
/// One configuration object (or list) as a path has left it: the values of its EI properties, or the elements of a
/// list. Compared by content.
/// </summary>
internal sealed class TrackedObject : System.IEquatable<TrackedObject>
{
    private TrackedObject(
        ObjectShape? shape, Location location, bool isCreatedHere, bool hasEscaped, ImmutableDictionary<Role, Value> properties,
        ImmutableList<Value> elements, bool elementsComplete, int? props, string? constructId, ImmutableHashSet<int>? addedAt = null)
    {
        Shape = shape;
        Location = location;
        IsCreatedHere = isCreatedHere;
        HasEscaped = hasEscaped;
        Properties = properties;
        Elements = elements;
        ElementsComplete = elementsComplete;
        Props = props;
        ConstructId = constructId;
        AddedAt = addedAt ?? ImmutableHashSet<int>.Empty;
        unchecked
        {
            var hash = (location.GetHashCode() * 31) + (isCreatedHere ? 1 : 0) + (hasEscaped ? 2 : 0) + (elementsComplete ? 4 : 0);
            foreach (var pair in properties)
            {
                hash += ((int)pair.Key * 397) ^ pair.Value.GetHashCode();
            }

            foreach (var element in elements)
            {
                hash = (hash * 31) + element.GetHashCode();
            }

            foreach (var site in AddedAt)
            {
                hash += site * 7919;
            }

            Hash = (hash * 31) + (props ?? -1);
        }
    }

    /// <summary>The SageMaker type, or null for a list.</summary>
    public ObjectShape? Shape { get; }

    public bool IsList => Shape is null;

    /// <summary>The creation, or the first write when the object comes from elsewhere.</summary>
    public Location Location { get; }

    /// <summary>Created in this block: a property never set is unset (until the object escapes).</summary>
    public bool IsCreatedHere { get; }

    /// <summary>Passed to code that may complete or change it (a method of the project, a return, a field).</summary>
    public bool HasEscaped { get; }

    public bool IsComplete => IsCreatedHere && !HasEscaped;

    public ImmutableDictionary<Role, Value> Properties { get; }

    public ImmutableList<Value> Elements { get; }

    /// <summary>Whether <see cref="Elements"/> are all the list's elements.</summary>
    public bool ElementsComplete { get; }

    /// <summary>
    /// For a list, where the calls that added its elements since it was made or cleared are written (their positions).
    /// The same call reached again (a loop) adds a number of elements the reading cannot count.
    /// </summary>
    public ImmutableHashSet<int> AddedAt { get; }

    /// <summary>For a CDK construct, the props object whose values are its own.</summary>
    public int? Props { get; }

    /// <summary>For a CDK construct, its id (the second constructor argument), when constant.</summary>
    public string? ConstructId { get; }

    private int Hash { get; }

    public static TrackedObject Created(ObjectShape shape, Location location) =>
        new(shape, location, isCreatedHere: true, hasEscaped: false, ImmutableDictionary<Role, Value>.Empty, ImmutableList<Value>.Empty, true, null, null);

    /// <summary>An object the block writes to but did not create (a parameter, a field): only what is written is known.</summary>
    public static TrackedObject Free(ObjectShape shape, Location location) =>
        new(shape, location, isCreatedHere: false, hasEscaped: false, ImmutableDictionary<Role, Value>.Empty, ImmutableList<Value>.Empty, true, null, null);

    public static TrackedObject List(Location location, bool isCreatedHere, ImmutableList<Value> elements, bool complete) =>
        new(null, location, isCreatedHere, hasEscaped: false, ImmutableDictionary<Role, Value>.Empty, elements, complete, null, null);

    public Value? Get(Role role) => Properties.TryGetValue(role, out var value) ? value : null;

    public TrackedObject With(Role role, Value value) =>
        new(Shape, Location, IsCreatedHere, HasEscaped, Properties.SetItem(role, value), Elements, ElementsComplete, Props, ConstructId, AddedAt);

    /// <summary>The list with other elements, that no call is known to have added (cleared, replaced, read from elsewhere).</summary>
    public TrackedObject WithElements(ImmutableList<Value> elements, bool complete) =>
        new(Shape, Location, IsCreatedHere, HasEscaped, Properties, elements, complete, Props, ConstructId);

    /// <summary>
    /// The list after the call at <paramref name="site"/> added <paramref name="added"/> (at <paramref name="index"/>,
    /// or at the end). Reached again with no clearing in between, the call runs in a loop that may run any number of
    /// times (none of which is certain but the first): the list holds what the call adds, once, and may hold more.
    /// </summary>
    public TrackedObject Added(int site, IReadOnlyList<Value> added, bool addedComplete, int? index)
    {
        var elements = Elements;
        var complete = ElementsComplete && addedComplete;
        if (AddedAt.Contains(site))
        {
            foreach (var element in added)
            {
                if (!elements.Contains(element))
                {
                    elements = elements.Add(element);
                }
            }

            complete = false;
        }
        else
        {
            elements = index is { } at && at >= 0 && at <= elements.Count ? elements.InsertRange(at, added) : elements.AddRange(added);
        }

        return new(Shape, Location, IsCreatedHere, HasEscaped, Properties, elements, complete, Props, ConstructId, AddedAt.Add(site));
    }

    /// <summary>The first <paramref name="max"/> distinct elements of a list grown too long: the others are not told apart.</summary>
    public TrackedObject Truncated(int max) =>
        Elements.Count <= max
            ? this
            : new(Shape, Location, IsCreatedHere, HasEscaped, Properties, Elements.Distinct().Take(max).ToImmutableList(), false, Props, ConstructId, AddedAt);

    /// <summary>
    /// The list with <paramref name="element"/> written at <paramref name="index"/> (<c>list[0] = x</c>): in place
    /// when the index is a known element's, otherwise one of its elements, which one not known.
    /// </summary>
    public TrackedObject WithElementAt(int? index, Value element)
    {
        if (index is { } at && at >= 0 && at < Elements.Count)
        {
            return new(Shape, Location, IsCreatedHere, HasEscaped, Properties, Elements.SetItem(at, element), ElementsComplete, Props, ConstructId, AddedAt);
        }

        // Which element it replaces is not known: only the one written is certainly there.
        return new(Shape, Location, IsCreatedHere, HasEscaped, Properties, ImmutableList.Create(element), false, Props, ConstructId, AddedAt);
    }

    public TrackedObject WithConstruct(int? props, string? constructId) =>
        new(Shape, Location, IsCreatedHere, HasEscaped, Properties, Elements, ElementsComplete, props, constructId, AddedAt);

    /// <summary>After code that may change it: nothing set is certain any more, nothing unset is known to be unset.</summary>
    public TrackedObject Havocked() =>
        new(Shape, Location, IsCreatedHere, hasEscaped: true, Properties.ToImmutableDictionary(p => p.Key, _ => Value.Unknown), Elements, false, Props, ConstructId, AddedAt);

    /// <summary>Escaped, but not changed: what is set stays, what is unset may be set elsewhere.</summary>
    public TrackedObject Escaped() =>
        HasEscaped ? this : new(Shape, Location, IsCreatedHere, hasEscaped: true, Properties, Elements, ElementsComplete, Props, ConstructId, AddedAt);

    /// <summary>The properties written in a region that may have thrown part-way: their values are no longer known.</summary>
    public TrackedObject Forget(IEnumerable<Role> roles, bool elements)
    {
        var properties = Properties;
        foreach (var role in roles)
        {
            if (properties.ContainsKey(role) || IsCreatedHere)
            {
                properties = properties.SetItem(role, Value.Unknown);
            }
        }

        return new(Shape, Location, IsCreatedHere, HasEscaped, properties, Elements, elements ? false : ElementsComplete, Props, ConstructId, AddedAt);
    }

    /// <summary>What two paths agree on of one object: a property they disagree on is unknown, a list they disagree on incomplete.</summary>
    public static TrackedObject Join(TrackedObject left, TrackedObject right)
    {
        if (left.Equals(right))
        {
            return left;
        }

        var properties = left.Properties;
        foreach (var role in left.Properties.Keys.Union(right.Properties.Keys))
        {
            if (left.Get(role) is not { } value || !Equals(value, right.Get(role)))
            {
                properties = properties.SetItem(role, Value.Unknown);
            }
        }

        var sameElements = left.ElementsComplete == right.ElementsComplete && left.Elements.SequenceEqual(right.Elements);
        return new(
            left.Shape, left.Location, left.IsCreatedHere && right.IsCreatedHere, left.HasEscaped || right.HasEscaped, properties,
            sameElements ? left.Elements : ImmutableList<Value>.Empty, sameElements && left.ElementsComplete, left.Props ?? right.Props, left.ConstructId ?? right.ConstructId,
            left.AddedAt.Union(right.AddedAt));
    }

    public bool Equals(TrackedObject? other) =>
        other is not null
        && Hash == other.Hash
        && Location.Equals(other.Location)
        && IsCreatedHere == other.IsCreatedHere
        && HasEscaped == other.HasEscaped
        && ElementsComplete == other.ElementsComplete
        && Props == other.Props
        && ConstructId == other.ConstructId
        && AddedAt.SetEquals(other.AddedAt)
        && Properties.Count == other.Properties.Count
        && Properties.All(p => other.Properties.TryGetValue(p.Key, out var value) && Equals(value, p.Value))
        && Elements.SequenceEqual(other.Elements);

    public override bool Equals(object? obj) => Equals(obj as TrackedObject);

    public override int GetHashCode() => Hash;
}
