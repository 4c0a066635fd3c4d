using System.Collections.Generic;
using EiAnalyzers.Knowledge;
using Microsoft.CodeAnalysis;

namespace EiAnalyzers.Deployment;

/// <summary>
/// The neutral description of a deployment that every reader (AWS SDK, AWS CDK) produces and every rule reads.
/// A property set more than once (in branches, after construction) keeps all its values.
/// </summary>
internal sealed class VariantDescription
{
    public VariantDescription(Location location, bool isComplete)
    {
        Location = location;
        IsComplete = isComplete;
    }

    /// <summary>The object creation, or the first assignment when the object was created elsewhere.</summary>
    public Location Location { get; }

    /// <summary>Whether the object was created here, so that a property never set is known to be unset.</summary>
    public bool IsComplete { get; }

    public List<ValueSite> Accelerators { get; } = new();

    public List<ValueSite> InstanceTypes { get; } = new();

    public List<ValueSite> ModelNames { get; } = new();

    public List<ValueSite> ServerlessConfigs { get; } = new();

    /// <summary>Models tied by object (CDK <c>model.AttrModelName</c>, <c>request.ModelName</c>), not by name.</summary>
    public List<ModelDescription> LinkedModels { get; } = new();

    /// <summary>The declared model tied by its generated <c>Name</c> constant (known at the use site, live in the IDE).</summary>
    public Declarations.DeclaredModel? DeclaredByConstant { get; set; }

    /// <summary>The endpoint configurations that list this variant.</summary>
    public List<EndpointConfigDescription> Configs { get; } = new();

    /// <summary>Accelerators set to a value (possibly unknown): null and absent are not.</summary>
    public IEnumerable<ValueSite> SetAccelerators
    {
        get
        {
            foreach (var accelerator in Accelerators)
            {
                if (accelerator.IsSet)
                {
                    yield return accelerator;
                }
            }
        }
    }
}

internal sealed class EndpointConfigDescription
{
    public List<ValueSite> AsyncInferenceConfigs { get; } = new();
}

/// <summary>One list of accelerator types set on a notebook (<c>AcceleratorTypes = ...</c>, or the <c>Add</c> calls).</summary>
internal sealed class AcceleratorList
{
    public AcceleratorList(ValueSite? list, List<ValueSite> elements, bool isComplete)
    {
        List = list;
        Elements = elements;
        IsComplete = isComplete;
    }

    /// <summary>The list expression, or null for elements added with <c>Add</c>.</summary>
    public ValueSite? List { get; }

    public List<ValueSite> Elements { get; }

    /// <summary>Whether every element is known to be listed (a literal list, not a list built at run time).</summary>
    public bool IsComplete { get; }
}

internal sealed class NotebookDescription
{
    public NotebookDescription(Location location)
    {
        Location = location;
    }

    public Location Location { get; }

    public List<AcceleratorList> AcceleratorLists { get; } = new();

    public List<ValueSite> InstanceTypes { get; } = new();

    public List<ValueSite> Names { get; } = new();
}

internal sealed class ContainerDescription
{
    public ContainerDescription(ValueSite? image, ValueSite? mode)
    {
        Image = image;
        Mode = mode;
        ImageReference = ImageReference.Parse(image?.Pattern);
    }

    public ValueSite? Image { get; }

    /// <summary>The image URI as far as it is known, or null when nothing of its repository is.</summary>
    public ImageReference? ImageReference { get; }

    public ValueSite? Mode { get; }

    public bool IsMultiModel => Mode?.Text is { } mode && string.Equals(mode, Readers.ConfigurationShapes.MultiModel, System.StringComparison.OrdinalIgnoreCase);
}

/// <summary>A <c>CreateModelRequest</c> or <c>CfnModel</c>: a model name and the containers that serve it.</summary>
internal sealed class ModelDescription
{
    public ModelDescription(Location location)
    {
        Location = location;
    }

    public Location Location { get; }

    public List<ValueSite> Names { get; } = new();

    public List<ContainerDescription> Containers { get; } = new();

    /// <summary>The construct id of a CDK model (<c>new CfnModel(this, "Churn", ...)</c>), to name a model without ModelName.</summary>
    public string? ConstructId { get; set; }

    /// <summary>How messages name the model.</summary>
    public string DisplayName => Name ?? ConstructId ?? "(unnamed)";

    public string? Name
    {
        get
        {
            foreach (var name in Names)
            {
                if (name.Text is { } text)
                {
                    return text;
                }
            }

            return null;
        }
    }
}

/// <summary>Everything one code block configures.</summary>
internal sealed class DeploymentDescription
{
    public List<VariantDescription> Variants { get; } = new();

    public List<NotebookDescription> Notebooks { get; } = new();

    public List<ModelDescription> Models { get; } = new();

    public bool IsEmpty => Variants.Count == 0 && Notebooks.Count == 0 && Models.Count == 0;
}
