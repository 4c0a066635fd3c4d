using Microsoft.CodeAnalysis;

namespace EiAnalyzers.Description;

/// <summary>
/// What a variant's <c>ModelName</c> ties it to: a model object of the same code block (CDK <c>model.AttrModelName</c>,
/// SDK <c>request.ModelName</c>), a declared model by its generated <c>Name</c> constant, or a name to look up.
/// </summary>
internal sealed record ModelReference(ValueSite Name)
{
    /// <summary>The model object (by its location) of the same deployment this name is read from, or null.</summary>
    public Location? LinkedModel { get; init; }

    /// <summary>The linked model object as the same path leaves it, so that its image and the variant's host are read together.</summary>
    public ModelState? LinkedState { get; init; }

    /// <summary>The declared model whose generated <c>Name</c> constant is the value (known at the use site), or null.</summary>
    public DeclaredModelDescription? DeclaredByConstant { get; init; }

    /// <summary>Whether the tie can only be made with the whole compilation (an equal name elsewhere).</summary>
    public bool NeedsCompilation => LinkedModel is null && (Name.IsKnown || DeclaredByConstant is not null);
}
