using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace EiAnalyzers.Description;

/// <summary>
/// An endpoint production variant (SDK <c>ProductionVariant</c>, CDK <c>ProductionVariantProperty</c>) and every
/// configuration the code can really give it: one alternative per combination some path produces.
/// </summary>
internal sealed record VariantDescription(Location Location, ImmutableArray<VariantState> Alternatives)
{
    /// <summary>How an instance type is written on this object when it has none yet.</summary>
    public Spelling HostSpelling { get; init; } = Spelling.StringLiteral;
}

/// <summary>One configuration of a variant, as one path through the code leaves it.</summary>
internal sealed record VariantState
{
    /// <summary>Whether the object was created in the code read and nothing else may have set it: an unset property is unset.</summary>
    public bool IsComplete { get; init; }

    /// <summary>Created in the code read (it may still have left for code that completes it): a property can be added to it.</summary>
    public bool IsCreated { get; init; }

    public ValueSite? Accelerator { get; init; }

    public ValueSite? InstanceType { get; init; }

    public ModelReference? Model { get; init; }

    public ValueSite? Serverless { get; init; }

    /// <summary>The <c>AsyncInferenceConfig</c> of an endpoint configuration that lists the variant, when set.</summary>
    public ValueSite? AsyncInference { get; init; }

    /// <summary>An accelerator is set to something (possibly only known at run time).</summary>
    public bool HasAccelerator => Accelerator is { IsSet: true };

    /// <summary>Certainly no accelerator: none was set, or it was set to null.</summary>
    public bool HasNoAccelerator => IsComplete && Accelerator is null or { IsNull: true };

    /// <summary>A serverless variant: it has no instance at all.</summary>
    public bool IsServerless => Serverless is { IsCertainlySet: true } && InstanceType is null;
}
