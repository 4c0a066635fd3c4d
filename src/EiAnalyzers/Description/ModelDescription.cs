using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace EiAnalyzers.Description;

/// <summary>A model (SDK <c>CreateModelRequest</c>, CDK <c>CfnModel</c>): its name and the containers that serve it.</summary>
internal sealed record ModelDescription(Location Location, ImmutableArray<ModelState> Alternatives)
{
    /// <summary>The construct id of a CDK model (<c>new CfnModel(this, "Churn", ...)</c>), to name a model without ModelName.</summary>
    public string? ConstructId { get; init; }

    /// <summary>How messages name the model.</summary>
    public string DisplayName
    {
        get
        {
            foreach (var alternative in Alternatives)
            {
                if (alternative.Name?.Text is { } name)
                {
                    return name;
                }
            }

            return ConstructId ?? "(unnamed)";
        }
    }

    /// <summary>Every name the model may be created under.</summary>
    public ImmutableArray<string> Names
    {
        get
        {
            var names = ImmutableArray.CreateBuilder<string>();
            foreach (var alternative in Alternatives)
            {
                if (alternative.Name?.Text is { } name && !names.Contains(name))
                {
                    names.Add(name);
                }
            }

            return names.ToImmutable();
        }
    }
}

/// <summary>One configuration of a model, as one path leaves it.</summary>
internal sealed record ModelState
{
    public ValueSite? Name { get; init; }

    public ImmutableArray<ContainerState> Containers { get; init; } = ImmutableArray<ContainerState>.Empty;

    // Compared by content: two paths that leave the same containers are one configuration.
    public bool Equals(ModelState? other) =>
        other is not null && Equals(Name, other.Name) && Containers.SequenceEqual(other.Containers);

    public override int GetHashCode() => (Name?.GetHashCode() ?? 0) + Containers.Length;
}

/// <summary>One container of a model: its image and its mode.</summary>
internal sealed record ContainerState(ValueSite? Image, ValueSite? Mode);
