using System;
using System.Collections.Generic;
using System.Linq;
using EiAnalyzers.Declarations;
using EiAnalyzers.Deployment;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace EiAnalyzers.Readers;

/// <summary>
/// Reads one code block (a method body, a field initializer ...) into a <see cref="DeploymentDescription"/>: each
/// configuration object with every value set on it, in initializers, by assignments after construction (also in
/// branches), through locals, by <c>Add</c> calls, and linked to the objects that contain it.
/// </summary>
internal sealed class BlockReader
{
    private readonly KnownSymbols known;
    private readonly LocalWrites locals = new();
    private readonly ValueReader values;
    private readonly Dictionary<IOperation, ObjectNode> created = new();
    private readonly Dictionary<ILocalSymbol, List<ObjectNode>> localObjects = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ISymbol, ObjectNode> freeObjects = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ILocalSymbol, List<Added>> localListAdds = new(SymbolEqualityComparer.Default);
    private readonly List<ObjectNode> nodes = new();
    private readonly Func<IOperation, DeclaredModel?> declaredByConstant;

    private BlockReader(KnownSymbols known, SemanticModel? semanticModel, Func<IOperation, DeclaredModel?> declaredByConstant)
    {
        this.known = known;
        this.declaredByConstant = declaredByConstant;
        values = new ValueReader(known, locals, semanticModel);
    }

    /// <param name="declaredByConstant">The declared model whose generated <c>Name</c> constant a value is, or null.</param>
    public static DeploymentDescription Read(
        KnownSymbols known, IOperation root, SemanticModel? semanticModel, Func<IOperation, DeclaredModel?> declaredByConstant)
    {
        var reader = new BlockReader(known, semanticModel, declaredByConstant);
        reader.Collect(root);
        return reader.Describe();
    }

    private sealed class ObjectNode
    {
        public ObjectNode(ObjectShape shape, IOperation? creation, Location location)
        {
            Shape = shape;
            Creation = creation;
            Location = location;
        }

        public ObjectShape Shape { get; }

        public IOperation? Creation { get; }

        public Location Location { get; }

        public List<(Role Role, IOperation Value)> Values { get; } = new();

        /// <summary>Elements added with <c>Add</c> (or lists added with <c>AddRange</c>) to a list property.</summary>
        public List<(Role Role, Added Element)> Elements { get; } = new();

        /// <summary>For a CDK construct, its props objects, whose values are its own.</summary>
        public List<ObjectNode> Props { get; } = new();

        public bool IsPropsOfConstruct { get; set; }

        public IEnumerable<IOperation> ValuesOf(Role role) =>
            Values.Where(v => v.Role == role).Select(v => v.Value).Concat(Props.SelectMany(p => p.ValuesOf(role)));

        public IEnumerable<Added> ElementsOf(Role role) =>
            Elements.Where(e => e.Role == role).Select(e => e.Element).Concat(Props.SelectMany(p => p.ElementsOf(role)));
    }

    // ---- Collecting the graph -----------------------------------------------------------------------------------

    private void Collect(IOperation root)
    {
        var writes = new List<(IPropertyReferenceOperation Target, Role Role, IOperation Value)>();
        var adds = new List<IInvocationOperation>();
        foreach (var operation in root.DescendantsAndSelf())
        {
            locals.Add(operation);
            switch (operation)
            {
                case IObjectCreationOperation creation when known.ShapeOf(creation.Type) is { } shape:
                    var node = new ObjectNode(shape, creation, creation.Syntax.GetLocation());
                    created[creation] = node;
                    nodes.Add(node);
                    break;
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment
                    when known.TryGetRole(target.Property, out _, out var role):
                    writes.Add((target, role, assignment.Value));
                    break;
                case IInvocationOperation { TargetMethod.Name: "Add" or "Insert" or "AddRange" } invocation when invocation.Arguments.Length > 0:
                    adds.Add(invocation);
                    break;
            }
        }

        BindLocals();
        foreach (var (target, role, value) in writes)
        {
            foreach (var owner in OwnersOf(target))
            {
                owner.Values.Add((role, value));
            }
        }

        foreach (var add in adds)
        {
            CollectAdd(add);
        }

        LinkConstructProps();
    }

    private void BindLocals()
    {
        foreach (var local in locals.Locals)
        {
            foreach (var write in locals.WritesOf(local)!)
            {
                if (write is not null && created.TryGetValue(ValueReader.Unwrap(write), out var node))
                {
                    Bind(local, node);
                }
            }
        }
    }

    private void Bind(ILocalSymbol local, ObjectNode node)
    {
        if (!localObjects.TryGetValue(local, out var list))
        {
            list = new List<ObjectNode>();
            localObjects[local] = list;
        }

        list.Add(node);
    }

    /// <summary>The objects a property reference belongs to: created here, held by a local, or known only by a symbol.</summary>
    private IEnumerable<ObjectNode> OwnersOf(IPropertyReferenceOperation property)
    {
        var instance = property.Instance is null ? null : ValueReader.Unwrap(property.Instance);
        switch (instance)
        {
            case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver }:
                return EnclosingCreation(instance) is { } owner ? new[] { owner } : new[] { Free(null, property) };
            case ILocalReferenceOperation local:
                return localObjects.TryGetValue(local.Local, out var bound) ? bound : new[] { Free(local.Local, property) };
            case IParameterReferenceOperation parameter:
                return new[] { Free(parameter.Parameter, property) };
            // A field or property of this object (or a static one) is the same object on every write; anything else
            // (an indexer, another object's member) may not be, so each write stands alone.
            case IFieldReferenceOperation field when IsOwnMember(field.Instance):
                return new[] { Free(field.Field, property) };
            case IPropertyReferenceOperation other when other.Arguments.IsEmpty && IsOwnMember(other.Instance):
                return new[] { Free(other.Property, property) };
            case IObjectCreationOperation creation when created.TryGetValue(creation, out var node):
                return new[] { node };
            default:
                return new[] { Free(null, property) };
        }
    }

    private static bool IsOwnMember(IOperation? instance) =>
        instance is null or IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance };

    /// <summary>The object whose initializer contains <paramref name="operation"/> (an implicit receiver).</summary>
    private ObjectNode? EnclosingCreation(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is IObjectOrCollectionInitializerOperation initializer)
            {
                return initializer.Parent is IObjectCreationOperation creation && created.TryGetValue(creation, out var node) ? node : null;
            }
        }

        return null;
    }

    /// <summary>An object not created in this block: its values are known, its other properties are not.</summary>
    private ObjectNode Free(ISymbol? symbol, IPropertyReferenceOperation property)
    {
        if (symbol is not null && freeObjects.TryGetValue(symbol, out var existing))
        {
            return existing;
        }

        known.TryGetRole(property.Property, out var shape, out _);
        var node = new ObjectNode(shape, null, property.Syntax.GetLocation());
        nodes.Add(node);
        if (symbol is not null)
        {
            freeObjects[symbol] = node;
        }

        return node;
    }

    private void CollectAdd(IInvocationOperation add)
    {
        var receiver = add.Instance is null ? null : ValueReader.Unwrap(add.Instance);
        var arguments = add.TargetMethod.Name == "Insert" ? add.Arguments.Skip(1) : add.Arguments.Take(1);
        foreach (var argument in arguments)
        {
            switch (receiver)
            {
                // request.AcceleratorTypes.Add("ml.eia2.medium")
                case IPropertyReferenceOperation property when known.TryGetRole(property.Property, out _, out var role) && ObjectShape.IsList(role):
                    foreach (var owner in OwnersOf(property))
                    {
                        owner.Elements.Add((role, AddedValue(add, argument)));
                    }

                    break;

                // AcceleratorTypes = { "ml.eia2.medium" } (a collection initializer on the property itself)
                case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver }
                    when add.Parent is IObjectOrCollectionInitializerOperation { Parent: IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation member } }
                         && known.TryGetRole(member.Property, out _, out var memberRole) && ObjectShape.IsList(memberRole):
                    foreach (var owner in OwnersOf(member))
                    {
                        owner.Elements.Add((memberRole, new Added(argument.Value, isRange: false)));
                    }

                    break;

                // variants.Add(variant), later assigned: ProductionVariants = variants
                case ILocalReferenceOperation local:
                    if (!localListAdds.TryGetValue(local.Local, out var list))
                    {
                        list = new List<Added>();
                        localListAdds[local.Local] = list;
                    }

                    list.Add(AddedValue(add, argument));
                    break;
            }
        }
    }

    /// <summary>An <c>AddRange</c> argument is itself a list; an <c>Add</c> argument is an element.</summary>
    private static Added AddedValue(IInvocationOperation add, IArgumentOperation argument) =>
        new(argument.Value, isRange: add.TargetMethod.Name == "AddRange");

    /// <summary>What an <c>Add</c> or <c>AddRange</c> call adds to a list.</summary>
    private readonly struct Added
    {
        public Added(IOperation value, bool isRange)
        {
            Value = value;
            IsRange = isRange;
        }

        public IOperation Value { get; }

        public bool IsRange { get; }
    }

    /// <summary>The elements <paramref name="added"/> contributes.</summary>
    private (List<IOperation> Elements, bool IsComplete) ElementsOf(IEnumerable<Added> added, int depth)
    {
        var elements = new List<IOperation>();
        var complete = true;
        foreach (var item in added)
        {
            if (item.IsRange)
            {
                var (inner, innerComplete) = ElementsOf(item.Value, depth + 1);
                elements.AddRange(inner);
                complete &= innerComplete;
            }
            else
            {
                elements.Add(item.Value);
            }
        }

        return (elements, complete);
    }

    private void LinkConstructProps()
    {
        foreach (var node in nodes.ToList())
        {
            if (node.Shape.PropsArgument >= 0 && node.Creation is IObjectCreationOperation creation
                && creation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == node.Shape.PropsArgument) is { } argument)
            {
                foreach (var props in ObjectsOf(argument.Value))
                {
                    if (props != node && props.Shape.Kind == node.Shape.Kind)
                    {
                        node.Props.Add(props);
                        props.IsPropsOfConstruct = true;
                    }
                }
            }
        }
    }

    /// <summary>The objects an expression evaluates to, when it is a creation or a local holding one.</summary>
    private IEnumerable<ObjectNode> ObjectsOf(IOperation value)
    {
        var unwrapped = ValueReader.Unwrap(value);
        return unwrapped switch
        {
            IObjectCreationOperation creation when created.TryGetValue(creation, out var node) => new[] { node },
            ILocalReferenceOperation local when localObjects.TryGetValue(local.Local, out var bound) => bound,
            _ => Enumerable.Empty<ObjectNode>(),
        };
    }

    // ---- Lists ----------------------------------------------------------------------------------------------------

    /// <summary>The elements of a list value, and whether they are all of them.</summary>
    private (List<IOperation> Elements, bool IsComplete) ElementsOf(IOperation list, int depth = 0)
    {
        var elements = new List<IOperation>();
        var value = ValueReader.Unwrap(list);
        if (depth > 4)
        {
            return (elements, false);
        }

        switch (value)
        {
            case IArrayCreationOperation array:
                if (array.Initializer is null)
                {
                    // new string[0] is certainly empty; new string[n] is not known.
                    return (elements, array.DimensionSizes.All(d => d.ConstantValue is { HasValue: true, Value: 0 }));
                }

                elements.AddRange(array.Initializer.ElementValues);
                return (elements, true);
            case IInvocationOperation { TargetMethod: { Name: "Empty", ContainingType: { Name: "Array" or "Enumerable" } }, Arguments.Length: 0 }:
                // Array.Empty<string>(), Enumerable.Empty<string>()
                return (elements, true);
            case IObjectCreationOperation creation:
                var complete = creation.Arguments.All(a => a.Value.Type?.SpecialType == SpecialType.System_Int32);
                if (creation.Initializer is not null)
                {
                    foreach (var initializer in creation.Initializer.Initializers)
                    {
                        if (initializer is IInvocationOperation { Arguments.Length: > 0 } add)
                        {
                            elements.Add(add.Arguments[0].Value);
                        }
                        else
                        {
                            complete = false;
                        }
                    }
                }

                return (elements, complete);
            // [a, b] (C# 12): its operation kind is newer than the Roslyn this analyzer targets, so read it by syntax.
            case { Syntax: CollectionExpressionSyntax }:
                var allPlain = true;
                foreach (var element in value.ChildOperations)
                {
                    if (element.Syntax is SpreadElementSyntax)
                    {
                        allPlain = false;
                    }
                    else
                    {
                        elements.Add(element);
                    }
                }

                return (elements, allPlain);
            case ILocalReferenceOperation local:
                var writes = locals.WritesOf(local.Local);
                var localComplete = writes is { Count: 1 } && writes[0] is not null;
                foreach (var write in writes ?? (IReadOnlyList<IOperation?>)new IOperation?[0])
                {
                    if (write is not null)
                    {
                        var (inner, innerComplete) = ElementsOf(write, depth + 1);
                        elements.AddRange(inner);
                        localComplete &= innerComplete;
                    }
                }

                if (localListAdds.TryGetValue(local.Local, out var added))
                {
                    var (inner, innerComplete) = ElementsOf(added, depth);
                    elements.AddRange(inner);
                    localComplete &= innerComplete;
                }

                return (elements, localComplete);
            default:
                return (elements, value.ConstantValue is { HasValue: true, Value: null });
        }
    }

    // ---- Describing -----------------------------------------------------------------------------------------------

    private DeploymentDescription Describe()
    {
        var description = new DeploymentDescription();
        var models = new Dictionary<ObjectNode, ModelDescription>();
        var variants = new Dictionary<ObjectNode, VariantDescription>();

        foreach (var node in nodes.Where(n => n.Shape.Kind == ObjectKind.Model && !n.IsPropsOfConstruct))
        {
            var model = DescribeModel(node);
            models[node] = model;
            description.Models.Add(model);
        }

        foreach (var node in nodes.Where(n => n.Shape.Kind == ObjectKind.Variant && !n.IsPropsOfConstruct))
        {
            var variant = DescribeVariant(node, models);
            variants[node] = variant;
            description.Variants.Add(variant);
        }

        foreach (var node in nodes.Where(n => n.Shape.Kind == ObjectKind.EndpointConfig && !n.IsPropsOfConstruct))
        {
            var config = new EndpointConfigDescription();
            config.AsyncInferenceConfigs.AddRange(node.ValuesOf(Role.AsyncInference).SelectMany(values.ReadAll));
            foreach (var element in ListElements(node, Role.Variants).Elements)
            {
                foreach (var variantNode in ObjectsOf(element))
                {
                    if (variants.TryGetValue(variantNode, out var variant))
                    {
                        variant.Configs.Add(config);
                    }
                }
            }
        }

        foreach (var node in nodes.Where(n => n.Shape.Kind == ObjectKind.Notebook && !n.IsPropsOfConstruct))
        {
            description.Notebooks.Add(DescribeNotebook(node));
        }

        return description;
    }

    /// <summary>The elements of every value of a list property, and of its <c>Add</c> calls.</summary>
    private (List<IOperation> Elements, bool IsComplete) ListElements(ObjectNode node, Role role)
    {
        var elements = new List<IOperation>();
        var complete = true;
        foreach (var value in node.ValuesOf(role))
        {
            var (inner, innerComplete) = ElementsOf(value);
            elements.AddRange(inner);
            complete &= innerComplete;
        }

        var (added, addedComplete) = ElementsOf(node.ElementsOf(role), 0);
        elements.AddRange(added);
        return (elements, complete && addedComplete);
    }

    private ModelDescription DescribeModel(ObjectNode node)
    {
        var model = new ModelDescription(node.Location);
        model.Names.AddRange(node.ValuesOf(Role.ModelName).SelectMany(values.ReadAll));
        if (node.Shape.PropsArgument > 0 && node.Creation is IObjectCreationOperation { Arguments.Length: > 1 } construct
            && construct.Arguments[1].Value.ConstantValue is { HasValue: true, Value: string id })
        {
            model.ConstructId = id;
        }

        var containerValues = node.ValuesOf(Role.PrimaryContainer).Concat(ListElements(node, Role.Containers).Elements);
        foreach (var containerValue in containerValues)
        {
            foreach (var container in ObjectsOf(containerValue))
            {
                var image = container.ValuesOf(Role.Image).Select(values.Read).FirstOrDefault();
                var mode = container.ValuesOf(Role.Mode).Select(values.Read).FirstOrDefault();
                model.Containers.Add(new ContainerDescription(image, mode));
            }
        }

        return model;
    }

    private VariantDescription DescribeVariant(ObjectNode node, Dictionary<ObjectNode, ModelDescription> models)
    {
        var variant = new VariantDescription(node.Location, isComplete: node.Creation is not null);
        variant.Accelerators.AddRange(node.ValuesOf(Role.Accelerator).SelectMany(values.ReadAll));
        variant.InstanceTypes.AddRange(node.ValuesOf(Role.InstanceType).SelectMany(values.ReadAll));
        variant.ServerlessConfigs.AddRange(node.ValuesOf(Role.Serverless).SelectMany(values.ReadAll));
        foreach (var name in node.ValuesOf(Role.ModelName))
        {
            variant.ModelNames.AddRange(values.ReadAll(name));
            variant.DeclaredByConstant ??= declaredByConstant(name);

            // ModelName = model.AttrModelName (CDK) or request.ModelName: tied to that object.
            if (ValueReader.Unwrap(name) is IPropertyReferenceOperation { Instance: { } instance } property
                && known.TryGetRole(property.Property, out var shape, out var role) && role == Role.ModelName && shape.Kind == ObjectKind.Model)
            {
                foreach (var modelNode in ObjectsOf(instance))
                {
                    var owner = nodes.FirstOrDefault(n => n.Props.Contains(modelNode)) ?? modelNode;
                    if (models.TryGetValue(owner, out var model))
                    {
                        variant.LinkedModels.Add(model);
                    }
                }
            }
        }

        return variant;
    }

    private NotebookDescription DescribeNotebook(ObjectNode node)
    {
        var notebook = new NotebookDescription(node.Location);
        notebook.InstanceTypes.AddRange(node.ValuesOf(Role.InstanceType).SelectMany(values.ReadAll));
        notebook.Names.AddRange(node.ValuesOf(Role.NotebookName).SelectMany(values.ReadAll));
        foreach (var list in node.ValuesOf(Role.NotebookAccelerators))
        {
            var (elements, complete) = ElementsOf(list);
            notebook.AcceleratorLists.Add(new AcceleratorList(values.Read(list), elements.SelectMany(values.ReadAll).ToList(), complete));
        }

        var added = node.ElementsOf(Role.NotebookAccelerators).ToList();
        if (added.Count > 0)
        {
            var (elements, complete) = ElementsOf(added, 0);
            notebook.AcceleratorLists.Add(new AcceleratorList(null, elements.SelectMany(values.ReadAll).ToList(), complete));
        }

        return notebook;
    }
}
