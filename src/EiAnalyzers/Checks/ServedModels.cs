using System.Collections.Immutable;
using System.Linq;
using EiAnalyzers.Description;

namespace EiAnalyzers.Checks;

/// <summary>One model a variant serves, with the configurations it may have when the variant uses it.</summary>
internal sealed record ModelUse(ModelDescription Model, ImmutableArray<ModelState> States, bool IsLinked);

/// <summary>What a variant's configuration serves, as far as it is known: its declaration and the models created for it.</summary>
internal sealed record ServedModels(DeclaredModelDescription? Declared, bool DeclaredByConstant, ImmutableArray<ModelUse> Models)
{
    public static readonly ServedModels None = new(null, false, ImmutableArray<ModelUse>.Empty);

    /// <summary>
    /// The models <paramref name="reference"/> ties to: the linked object (as the same path leaves it), then, where
    /// names can be looked up, the declaration and the models created under the same name.
    /// </summary>
    public static ServedModels For(ModelReference? reference, IModelDirectory directory)
    {
        if (reference is null)
        {
            return None;
        }

        var models = ImmutableArray.CreateBuilder<ModelUse>();
        if (reference.LinkedModel is { } location && directory.Linked(location) is { } linked)
        {
            models.Add(new ModelUse(linked, reference.LinkedState is { } state ? ImmutableArray.Create(state) : linked.Alternatives, IsLinked: true));
        }

        var declared = reference.DeclaredByConstant is { IsValid: true } byConstant ? byConstant : null;
        if (directory.HasNames && reference.Name.Text is { } name)
        {
            declared ??= directory.Declared(name);
            foreach (var created in directory.Created(name))
            {
                if (!models.Any(m => m.Model.Location.Equals(created.Location)))
                {
                    models.Add(new ModelUse(created, created.Alternatives, IsLinked: false));
                }
            }
        }

        return new ServedModels(declared, reference.DeclaredByConstant is not null, models.ToImmutable());
    }

    /// <summary>Whether anything of the model is known: a declaration or a created model.</summary>
    public bool IsKnown => Declared is not null || Models.Length > 0;
}
