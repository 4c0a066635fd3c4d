using System.Collections.Immutable;
using System.Linq;
using EiAnalyzers.Checks;
using EiAnalyzers.Description;
using Microsoft.CodeAnalysis;

namespace EiAnalyzers.Analysis;

/// <summary>The models one code block creates, for the checks that run while the user types (no look-up by name).</summary>
internal sealed class BlockDirectory : IModelDirectory
{
    private readonly DeploymentDescription deployment;

    public BlockDirectory(DeploymentDescription deployment)
    {
        this.deployment = deployment;
    }

    public bool HasNames => false;

    public ModelDescription? Linked(Location location) => deployment.Models.FirstOrDefault(m => m.Location.Equals(location));

    public DeclaredModelDescription? Declared(string name) => null;

    public ImmutableArray<ModelDescription> Created(string name) => ImmutableArray<ModelDescription>.Empty;
}
