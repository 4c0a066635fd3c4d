using System.Collections.Immutable;
using EiAnalyzers.Description;
using Microsoft.CodeAnalysis;

namespace EiAnalyzers.Checks;

/// <summary>
/// Where a variant's model is looked up: in the code block that creates it (live, in the IDE), or in the whole
/// compilation (declared models and models created under an equal name, at its end).
/// </summary>
internal interface IModelDirectory
{
    /// <summary>Whether models can be looked up by name (only once the whole compilation is known).</summary>
    bool HasNames { get; }

    /// <summary>The model object created at <paramref name="location"/>, when it is known here.</summary>
    ModelDescription? Linked(Location location);

    /// <summary>The valid declaration of the model named <paramref name="name"/> (the first, by type name), or null.</summary>
    DeclaredModelDescription? Declared(string name);

    /// <summary>The models created under <paramref name="name"/>.</summary>
    ImmutableArray<ModelDescription> Created(string name);
}
