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
    /// The models <paramref name="reference"/> ties to. A model object linked by flow (the same path names it) is the
    /// one served: another model created under the same name elsewhere (another environment, another stack) is not.
    /// Without a link, where names can be looked up, the declaration and the models created under the same name: when
    /// several are, which one the variant serves is not known, so they are one use whose configurations are all of
    /// theirs (a finding about the model needs every one of them to give it).
    /// </summary>
    public static ServedModels For(ModelReference? reference, IModelDirectory directory)
    {
        if (reference is null)
        {
            return None;
        }

        var models = ImmutableArray.CreateBuilder<ModelUse>();
        var linked = reference.LinkedModel is { } location ? directory.Linked(location) : null;
        if (linked is not null)
        {
            models.Add(new ModelUse(linked, reference.LinkedState is { } state ? ImmutableArray.Create(state) : linked.Alternatives, IsLinked: true));
        }

        var declared = reference.DeclaredByConstant is { IsValid: true } byConstant ? byConstant : null;
        if (directory.HasNames && reference.Name.Text is { } name)
        {
            declared ??= directory.Declared(name);
            if (reference.LinkedModel is null)
            {
                var created = directory.Created(name);
                if (created.Length == 1)
                {
                    models.Add(new ModelUse(created[0], created[0].Alternatives, IsLinked: false));
                }
                else if (created.Length > 1)
                {
                    var states = created.SelectMany(m => m.Alternatives).Distinct().ToImmutableArray();
                    models.Add(new ModelUse(created[0], states, IsLinked: false));
                }
            }
        }

        return new ServedModels(declared, reference.DeclaredByConstant is not null, models.ToImmutable());
    }

    /// <summary>Whether anything of the model is known: a declaration or a created model.</summary>
    public bool IsKnown => Declared is not null || Models.Length > 0;
}
