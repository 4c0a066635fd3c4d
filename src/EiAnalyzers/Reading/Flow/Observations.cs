using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using EiAnalyzers.Description;
using EiAnalyzers.Reading.Values;
using Microsoft.CodeAnalysis;

namespace EiAnalyzers.Reading.Flow;

/// <summary>Told of the tracked objects as a path leaves them (at the end of the block, or where they escape).</summary>
internal interface IObjectObserver
{
    /// <param name="objects">The objects to observe, or null for all of them.</param>
    /// <param name="incomplete">The objects go to code that may complete them: what is unset is not known to stay unset.</param>
    void Observe(FlowState state, IReadOnlyCollection<int>? objects, bool incomplete);
}

/// <summary>
/// Collects, for each variant, notebook and model of a block, the distinct configurations the paths leave it in,
/// and turns them into the neutral description.
/// </summary>
internal sealed class Observations : IObjectObserver
{
    /// <summary>More configurations than this for one object are not told apart (the first ones are kept).</summary>
    private const int MaxAlternatives = 64;

    private readonly Dictionary<int, Observed> observed = new();

    private sealed class Observed
    {
        public Observed(TrackedObject tracked)
        {
            Location = tracked.Location;
            Shape = tracked.Shape!;
            ConstructId = tracked.ConstructId;
        }

        public Location Location { get; }

        public ObjectShape Shape { get; }

        public string? ConstructId { get; }

        public HashSet<object> Alternatives { get; } = new();

        public List<object> Ordered { get; } = new();

        public void Add(object alternative)
        {
            if (Ordered.Count < MaxAlternatives && Alternatives.Add(alternative))
            {
                Ordered.Add(alternative);
            }
        }
    }

    public void Observe(FlowState state, IReadOnlyCollection<int>? objects, bool incomplete)
    {
        var propsOfConstructs = new HashSet<int>(state.Objects.Values.Where(o => o.Props is not null).Select(o => o.Props!.Value));
        Dictionary<int, ValueSite>? asyncConfigs = null;
        foreach (var pair in state.Objects)
        {
            var (id, tracked) = (pair.Key, pair.Value);
            if (tracked.Shape is not { } shape || propsOfConstructs.Contains(id) || (objects is not null && !objects.Contains(id)))
            {
                continue;
            }

            var complete = tracked.IsComplete && !incomplete;
            var view = new View(state, tracked);
            switch (shape.Kind)
            {
                case ObjectKind.Variant:
                    asyncConfigs ??= AsyncConfigs(state);
                    Of(id, tracked).Add(new VariantState
                    {
                        IsComplete = complete,
                        IsCreated = tracked.IsCreatedHere,
                        Accelerator = Site(view.Get(Role.Accelerator)),
                        InstanceType = Site(view.Get(Role.InstanceType)),
                        Serverless = Site(view.Get(Role.Serverless)),
                        Model = Reference(state, view.Get(Role.ModelName)),
                        AsyncInference = asyncConfigs.TryGetValue(id, out var async) ? async : null,
                    });
                    break;
                case ObjectKind.Notebook:
                    Of(id, tracked).Add(Notebook(state, view, complete));
                    break;
                case ObjectKind.Model:
                    Of(id, tracked).Add(Model(state, view));
                    break;
            }
        }
    }

    private Observed Of(int id, TrackedObject tracked)
    {
        if (!observed.TryGetValue(id, out var entry))
        {
            entry = new Observed(tracked);
            observed[id] = entry;
        }

        return entry;
    }

    public DeploymentDescription Describe()
    {
        var variants = ImmutableArray.CreateBuilder<VariantDescription>();
        var notebooks = ImmutableArray.CreateBuilder<NotebookDescription>();
        var models = ImmutableArray.CreateBuilder<ModelDescription>();
        foreach (var entry in observed.Values.OrderBy(e => e.Location.SourceSpan.Start))
        {
            switch (entry.Shape.Kind)
            {
                case ObjectKind.Variant:
                    variants.Add(new VariantDescription(entry.Location, entry.Ordered.Cast<VariantState>().ToImmutableArray()) { HostSpelling = entry.Shape.HostSpelling });
                    break;
                case ObjectKind.Notebook:
                    notebooks.Add(new NotebookDescription(entry.Location, entry.Ordered.Cast<NotebookState>().ToImmutableArray())
                    {
                        HostSpelling = entry.Shape.HostSpelling,
                        IsUpdate = entry.Shape.IsUpdate,
                    });
                    break;
                case ObjectKind.Model:
                    models.Add(new ModelDescription(entry.Location, entry.Ordered.Cast<ModelState>().ToImmutableArray()) { ConstructId = entry.ConstructId });
                    break;
            }
        }

        return new DeploymentDescription(variants.ToImmutable(), notebooks.ToImmutable(), models.ToImmutable());
    }

    /// <summary>An object's properties, through its props object for a CDK construct.</summary>
    private readonly struct View
    {
        private readonly FlowState state;
        private readonly TrackedObject tracked;

        public View(FlowState state, TrackedObject tracked)
        {
            this.state = state;
            this.tracked = tracked;
        }

        public Value? Get(Role role) =>
            tracked.Get(role)
            ?? (tracked.Props is { } props && state.Objects.TryGetValue(props, out var propsObject) ? propsObject.Get(role) : null);
    }

    /// <summary>For each variant, the asynchronous inference configuration of an endpoint configuration that lists it.</summary>
    private static Dictionary<int, ValueSite> AsyncConfigs(FlowState state)
    {
        var configs = new Dictionary<int, ValueSite>();
        foreach (var tracked in state.Objects.Values)
        {
            if (tracked.Shape is not { Kind: ObjectKind.EndpointConfig })
            {
                continue;
            }

            var view = new View(state, tracked);
            if (Site(view.Get(Role.AsyncInference)) is not { IsCertainlySet: true } async)
            {
                continue;
            }

            foreach (var role in new[] { Role.Variants, Role.ShadowVariants })
            {
                foreach (var element in Elements(state, view.Get(role)).Elements)
                {
                    if (element is ObjectValue { Object: var variant } && !configs.ContainsKey(variant))
                    {
                        configs[variant] = async;
                    }
                }
            }
        }

        return configs;
    }

    private static NotebookState Notebook(FlowState state, View view, bool complete)
    {
        var list = view.Get(Role.NotebookAccelerators);
        var (elements, elementsComplete) = Elements(state, list);
        return new NotebookState
        {
            IsComplete = complete,
            Accelerators = elements.Select(Site).Where(s => s is not null).Select(s => s!).ToImmutableArray(),
            AcceleratorsComplete = elementsComplete && list is not TextValue,
            AcceleratorList = list is ObjectValue ? null : Site(list),
            InstanceType = Site(view.Get(Role.InstanceType)),
            Name = Site(view.Get(Role.NotebookName)),
        };
    }

    private static ModelState Model(FlowState state, View view)
    {
        var containers = ImmutableArray.CreateBuilder<ContainerState>();
        var values = new List<Value>();
        if (view.Get(Role.PrimaryContainer) is { } primary)
        {
            values.Add(primary);
        }

        values.AddRange(Elements(state, view.Get(Role.Containers)).Elements);
        foreach (var value in values)
        {
            if (value is ObjectValue { Object: var id } && state.Objects.TryGetValue(id, out var container))
            {
                containers.Add(new ContainerState(Site(container.Get(Role.Image)), Site(container.Get(Role.Mode))));
            }
        }

        return new ModelState { Name = Site(view.Get(Role.ModelName)), Containers = containers.ToImmutable() };
    }

    private static (ImmutableList<Value> Elements, bool Complete) Elements(FlowState state, Value? list) =>
        list switch
        {
            null => (ImmutableList<Value>.Empty, true),
            ObjectValue { Object: var id } when state.Objects.TryGetValue(id, out var tracked) && tracked.IsList => (tracked.Elements, tracked.ElementsComplete),
            TextValue { Site.IsNull: true } => (ImmutableList<Value>.Empty, true),
            _ => (ImmutableList<Value>.Empty, false),
        };

    private static ModelReference? Reference(FlowState state, Value? value) =>
        value switch
        {
            TextValue text => new ModelReference(text.Site) { DeclaredByConstant = text.DeclaredBy },
            ModelNameValue name when state.Objects.TryGetValue(name.Model, out var model) =>
                new ModelReference(name.Site) { LinkedModel = model.Location, LinkedState = Model(state, new View(state, model)) },
            null => null,
            _ => new ModelReference(ValueSite.Unknown),
        };

    private static ValueSite? Site(Value? value) =>
        value switch
        {
            null => null,
            TextValue text => text.Site,
            ModelNameValue name => name.Site,
            ObjectValue => new ValueSite { IsObject = true },
            _ => ValueSite.Unknown,
        };
}
