using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace EiAnalyzers.Description;

/// <summary>A notebook instance request (create or update, SDK or CDK) and the configurations the code can give it.</summary>
internal sealed record NotebookDescription(Location Location, ImmutableArray<NotebookState> Alternatives)
{
    /// <summary>An update of an existing notebook: removing its accelerator also needs <c>DisassociateAcceleratorTypes</c>.</summary>
    public bool IsUpdate { get; init; }

    public Spelling HostSpelling { get; init; } = Spelling.StringLiteral;
}

/// <summary>One configuration of a notebook instance, as one path leaves it.</summary>
internal sealed record NotebookState
{
    public bool IsComplete { get; init; }

    /// <summary>The accelerator types listed, in order, as far as they are known.</summary>
    public ImmutableArray<ValueSite> Accelerators { get; init; } = ImmutableArray<ValueSite>.Empty;

    /// <summary>Whether every element of the list is known (a literal list, not one built at run time).</summary>
    public bool AcceleratorsComplete { get; init; } = true;

    /// <summary>The list value itself when one was assigned (<c>AcceleratorTypes = list</c>), or null.</summary>
    public ValueSite? AcceleratorList { get; init; }

    public ValueSite? InstanceType { get; init; }

    public ValueSite? Name { get; init; }

    // Compared by content: two paths that leave the same list are one configuration.
    public bool Equals(NotebookState? other) =>
        other is not null
        && IsComplete == other.IsComplete
        && AcceleratorsComplete == other.AcceleratorsComplete
        && Equals(AcceleratorList, other.AcceleratorList)
        && Equals(InstanceType, other.InstanceType)
        && Equals(Name, other.Name)
        && Accelerators.SequenceEqual(other.Accelerators);

    public override int GetHashCode() => (Accelerators.Length * 31) + (InstanceType?.GetHashCode() ?? 0) + (Name?.GetHashCode() ?? 0);

    /// <summary>An accelerator may be attached: an element, or a list built at run time.</summary>
    public bool MayHaveAccelerator => Accelerators.Length > 0 || (!AcceleratorsComplete && AcceleratorList is { IsSet: true });
}
