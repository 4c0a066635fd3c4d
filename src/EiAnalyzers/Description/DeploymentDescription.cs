using System.Collections.Immutable;

namespace EiAnalyzers.Description;

/// <summary>Everything one piece of code (a method, an initializer, a manifest) configures.</summary>
internal sealed record DeploymentDescription(
    ImmutableArray<VariantDescription> Variants,
    ImmutableArray<NotebookDescription> Notebooks,
    ImmutableArray<ModelDescription> Models)
{
    public static readonly DeploymentDescription Empty = new(
        ImmutableArray<VariantDescription>.Empty, ImmutableArray<NotebookDescription>.Empty, ImmutableArray<ModelDescription>.Empty);

    public bool IsEmpty => Variants.IsEmpty && Notebooks.IsEmpty && Models.IsEmpty;
}
