using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using EiAnalyzers.Description;
using EiAnalyzers.Reading.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace EiAnalyzers.Reading.Flow;

/// <summary>Creations, lists and calls: what they create, add, clear, and where a tracked object escapes.</summary>
internal sealed partial class Evaluator
{
    /// <summary>Longer lists are read as incomplete: a loop that adds cannot grow a list forever.</summary>
    private const int MaxElements = 16;

    private Value Create(IObjectCreationOperation creation, int depth)
    {
        var arguments = creation.Arguments.Select(a => Evaluate(a.Value, depth + 1)).ToList();
        var type = creation.Type;

        // new ProductionVariantAcceleratorType("ml.eia2.medium") is the text.
        if (known.IsConstantClass(type) && arguments.Count == 1)
        {
            return arguments[0] is TextValue text ? text.HeldAsWritten() : new TextValue(Texts.RunTime(creation.Syntax));
        }

        if (known.ShapeOf(type) is { } shape)
        {
            var id = IdFor(creation.Syntax);
            var tracked = TrackedObject.Created(shape, creation.Syntax.GetLocation());
            if (shape.PropsArgument >= 0)
            {
                var props = creation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == shape.PropsArgument) is { } argument
                    && arguments[creation.Arguments.IndexOf(argument)] is ObjectValue { Object: var propsId }
                    ? propsId
                    : (int?)null;
                var constructId = creation.Arguments.Length > 1 && creation.Arguments[1].Value.ConstantValue is { HasValue: true, Value: string text }
                    ? text
                    : null;
                tracked = tracked.WithConstruct(props, constructId);
            }

            State = State.WithObject(id, tracked);
            return new ObjectValue(id);
        }

        if (IsList(type))
        {
            // new List<T>(), new List<T>(capacity): empty; new List<T>(other): a copy of other.
            var (elements, complete) = arguments.Count == 0 || creation.Arguments.All(a => a.Value.Type?.SpecialType == SpecialType.System_Int32)
                ? (ImmutableList<Value>.Empty, true)
                : ElementsOf(arguments[0]);
            var id = IdFor(creation.Syntax);
            State = State.WithObject(id, TrackedObject.List(creation.Syntax.GetLocation(), true, elements, complete));
            return new ObjectValue(id);
        }

        // Some other object: it exists (AsyncInferenceConfig, ServerlessConfig ...); what it is given may be changed by it.
        foreach (var argument in arguments)
        {
            Escape(argument, havoc: creation.Constructor is { } constructor && IsInSource(constructor));
        }

        return new TextValue(Texts.Object(creation.Syntax.GetLocation(), Texts.Shorten(creation.Syntax.ToString())));
    }

    private Value CreateArray(IArrayCreationOperation array, int depth)
    {
        foreach (var size in array.DimensionSizes)
        {
            Evaluate(size, depth + 1);
        }

        var id = IdFor(array.Syntax);
        if (array.Initializer is { } initializer)
        {
            var elementType = (array.Type as IArrayTypeSymbol)?.ElementType;
            var elements = initializer.ElementValues
                .Select(e => elementType is null ? Evaluate(e, depth + 1) : Sited(Evaluate(e, depth + 1), e, elementType))
                .ToImmutableList();
            State = State.WithObject(id, TrackedObject.List(array.Syntax.GetLocation(), true, elements, elements.Count <= MaxElements));
        }
        else
        {
            // new string[0] is certainly empty; new string[n] is not known.
            var empty = array.DimensionSizes.All(d => d.ConstantValue is { HasValue: true, Value: 0 });
            State = State.WithObject(id, TrackedObject.List(array.Syntax.GetLocation(), true, ImmutableList<Value>.Empty, empty));
        }

        return new ObjectValue(id);
    }

    /// <summary><c>[a, b]</c> (C# 12): its operation is newer than the Roslyn this analyzer targets, so it is read by syntax.</summary>
    private Value CollectionExpression(IOperation operation, int depth)
    {
        var elements = ImmutableList.CreateBuilder<Value>();
        var complete = true;
        foreach (var child in operation.ChildOperations)
        {
            var value = Evaluate(child, depth + 1);
            if (child.Syntax is SpreadElementSyntax)
            {
                var (inner, innerComplete) = ElementsOf(value);
                elements.AddRange(inner);
                complete &= innerComplete;
            }
            else
            {
                elements.Add(child.Type is { } type ? Sited(value, child, type) : value);
            }
        }

        var id = IdFor(operation.Syntax);
        State = State.WithObject(id, TrackedObject.List(operation.Syntax.GetLocation(), true, elements.ToImmutable(), complete));
        return new ObjectValue(id);
    }

    private Value Invoke(IInvocationOperation invocation, int depth)
    {
        var method = invocation.TargetMethod;
        var instance = invocation.Instance is null ? null : Evaluate(invocation.Instance, depth + 1);
        var arguments = invocation.Arguments.Select(a => Evaluate(a.Value, depth + 1)).ToList();
        foreach (var argument in invocation.Arguments.Where(a => a.Parameter?.RefKind is RefKind.Ref or RefKind.Out))
        {
            Forget(Unwrap(argument.Value), invocation.Syntax.SpanStart);
        }

        // ConstantClass.FindValue("..."), value.ToString(): the text.
        if (method.IsStatic && method.Name == "FindValue" && arguments.Count == 1
            && (known.IsConstantClass(method.ContainingType) || known.IsGeneratedAccelerator(method.ReturnType) || known.IsConstantClass(method.ReturnType)))
        {
            return arguments[0] is TextValue found ? found.FoundBySdk() : new TextValue(Texts.RunTime(invocation.Syntax));
        }

        if (!method.IsStatic && method.Name == "ToString" && arguments.Count == 0 && instance is TextValue
            && (known.IsConstantClass(invocation.Instance?.Type) || known.IsGeneratedAccelerator(invocation.Instance?.Type)))
        {
            return instance;
        }

        // Array.Empty<T>(), Enumerable.Empty<T>().
        if (method is { IsStatic: true, Name: "Empty", ContainingType.Name: "Array" or "Enumerable" } && arguments.Count == 0)
        {
            var id = IdFor(invocation.Syntax);
            State = State.WithObject(id, TrackedObject.List(invocation.Syntax.GetLocation(), true, ImmutableList<Value>.Empty, true));
            return new ObjectValue(id);
        }

        var receiver = instance is ObjectValue { Object: var listId } && State.Objects.TryGetValue(listId, out var list) && list.IsList ? listId : (int?)null;

        // list.ToList(), list.ToArray(), list.AsEnumerable(): the same elements.
        if (method.IsExtensionMethod && method.Name is "ToList" or "ToArray" or "AsEnumerable" && arguments.Count == 1
            && arguments[0] is ObjectValue { Object: var sourceId } && State.Objects.TryGetValue(sourceId, out var source) && source.IsList)
        {
            return arguments[0];
        }

        if (receiver is { } listObject)
        {
            return ListCall(listObject, method, arguments, invocation);
        }

        // A call: what it is given may be completed or changed by it when it is the project's own code.
        var own = IsInSource(method);
        if (own)
        {
            EscapeCaptured(LocalFunctionSyntax(method), havoc: true);
            ForgetCapturedWrites(invocation.Syntax.SpanStart);
        }

        // Code of the project, or a delegate (given or called) that may be: any field or member may change.
        if (own || method.MethodKind == MethodKind.DelegateInvoke || invocation.Arguments.Any(a => a.Value.Type?.TypeKind == TypeKind.Delegate))
        {
            State = State.WithoutFactsAbout(Conditions.MemberToken);
            ForgetFields(invocation.Syntax.SpanStart);
        }
        else
        {
            // A library call may change what it is given (list.Insert, dictionary.Remove, Array.Clear): its members and elements.
            foreach (var given in invocation.Arguments.Select(a => a.Value).Concat(invocation.Instance is null ? Enumerable.Empty<IOperation>() : new[] { invocation.Instance }))
            {
                if (given.Type is { IsValueType: false } && Conditions.PathOf(given, State) is { } path && !Conditions.IsConstantPath(path))
                {
                    State = State.WithoutFactsAbout(path + ".");
                }
            }
        }

        if (known.Sends(method))
        {
            // What the service receives is the request as it is now, whatever the code does with the objects later.
            var sent = arguments.SelectMany(Reachable).Distinct().ToList();
            if (sent.Count > 0)
            {
                Observer.Observe(State, sent, incomplete: false);
            }
        }

        var storing = !own && method.Name is "Add" or "Insert" or "Push" or "Enqueue" or "TryAdd" or "Append" or "Prepend" or "AddRange" or "set_Item";
        foreach (var value in arguments.Concat(instance is null ? Enumerable.Empty<Value>() : new[] { instance }))
        {
            if (own || storing)
            {
                Escape(value, havoc: own);
            }
        }

        return IsTextType(invocation.Type) ? new TextValue(Texts.RunTime(invocation.Syntax)) : Value.Unknown;
    }

    /// <summary>Add, Insert, AddRange, Clear and Remove on a tracked list.</summary>
    private Value ListCall(int id, IMethodSymbol method, List<Value> arguments, IInvocationOperation invocation)
    {
        var list = State.Objects[id];
        var site = invocation.Syntax.SpanStart;
        switch (method.Name)
        {
            case "Add" when arguments.Count == 1:
                var element = Sited(arguments[0], invocation.Arguments[0].Value, invocation.Arguments[0].Value.Type ?? method.Parameters[0].Type);
                list = list.Added(site, new[] { element }, addedComplete: true, index: null);
                break;
            case "Insert" when arguments.Count == 2:
                var inserted = Sited(arguments[1], invocation.Arguments[1].Value, invocation.Arguments[1].Value.Type ?? method.Parameters[1].Type);
                var index = invocation.Arguments[0].Value.ConstantValue is { HasValue: true, Value: int at } ? at : (int?)null;
                list = list.Added(site, new[] { inserted }, addedComplete: index is not null, index);
                break;
            case "AddRange" when arguments.Count == 1:
                var (added, addedComplete) = ElementsOf(arguments[0]);
                list = list.Added(site, added, addedComplete, index: null);
                break;
            case "Clear":
                list = list.WithElements(ImmutableList<Value>.Empty, true);
                break;
            case "Contains" or "IndexOf" or "GetEnumerator" or "ToArray" or "CopyTo" or "Exists" or "Find" or "ForEach" or "TrueForAll" or "Count" or "Any":
                return Value.Unknown;
            default:
                // Remove, RemoveAt, Sort ...: what is left is not known.
                list = list.WithElements(ImmutableList<Value>.Empty, false);
                break;
        }

        State = State.WithObject(id, list.Truncated(MaxElements));
        return Value.Unknown;
    }

    private (ImmutableList<Value> Elements, bool Complete) ElementsOf(Value value) =>
        value is ObjectValue { Object: var id } && State.Objects.TryGetValue(id, out var list) && list.IsList
            ? (list.Elements, list.ElementsComplete)
            : (ImmutableList<Value>.Empty, false);

    private static bool IsList(ITypeSymbol? type) =>
        type is INamedTypeSymbol { IsGenericType: true, Arity: 1 } named
        && named.OriginalDefinition.ToDisplayString() is "System.Collections.Generic.List<T>" or "System.Collections.Generic.HashSet<T>"
            or "System.Collections.ObjectModel.Collection<T>";

    private static bool IsInSource(IMethodSymbol method) =>
        !method.OriginalDefinition.DeclaringSyntaxReferences.IsEmpty || method.MethodKind is MethodKind.LocalFunction or MethodKind.AnonymousFunction;

    /// <summary>After a call of the project's code: the fields it may have written hold what it left (unknown here).</summary>
    private void ForgetFields(int definition)
    {
        foreach (var pair in State.Variables)
        {
            if (pair.Key is IFieldSymbol { IsReadOnly: false, IsConst: false } field)
            {
                if (pair.Value.Value is ObjectValue)
                {
                    // An object in a field stays the same object; the call may change it.
                    Escape(pair.Value.Value, havoc: true);
                }
                else
                {
                    WriteVariable(field, Value.Unknown, definition);
                }
            }
        }
    }

    /// <summary>After a call that may run a lambda or local function of this block: what they write is unknown here.</summary>
    private void ForgetCapturedWrites(int definition)
    {
        foreach (var symbol in Conditions.CapturedWritten.ByLocalFunctions)
        {
            if (State.Variables.TryGetValue(symbol, out var slot) && slot.Value is ObjectValue)
            {
                Escape(slot.Value, havoc: true);
            }

            WriteVariable(symbol, Value.Unknown, definition);
        }
    }

    private static SyntaxNode? LocalFunctionSyntax(IMethodSymbol method) =>
        method.MethodKind == MethodKind.LocalFunction && method.DeclaringSyntaxReferences.Length == 1 ? method.DeclaringSyntaxReferences[0].GetSyntax() : null;

    // ---- Escapes --------------------------------------------------------------------------------------------------

    /// <summary>
    /// A tracked object leaves for code this block does not see. It is observed as it is (incomplete: that code may
    /// complete it); with <paramref name="havoc"/> (the code may change it) nothing of it is known afterwards.
    /// </summary>
    private void Escape(Value value, bool havoc)
    {
        var reached = Reachable(value);
        if (reached.Count == 0)
        {
            return;
        }

        if (havoc)
        {
            Observer.Observe(State, reached, incomplete: true);
        }

        foreach (var id in reached)
        {
            var tracked = State.Objects[id];
            State = State.WithObject(id, havoc ? tracked.Havocked() : tracked.Escaped());
        }
    }

    /// <summary>Every tracked object <paramref name="value"/> holds or contains.</summary>
    private List<int> Reachable(Value value)
    {
        var found = new List<int>();
        var pending = new Stack<Value>();
        pending.Push(value);
        while (pending.Count > 0)
        {
            var id = pending.Pop() switch
            {
                ObjectValue o => o.Object,
                ModelNameValue n => n.Model,
                _ => -1,
            };
            if (id < 0 || found.Contains(id) || !State.Objects.TryGetValue(id, out var tracked))
            {
                continue;
            }

            found.Add(id);
            foreach (var held in tracked.Properties.Values.Concat(tracked.Elements))
            {
                pending.Push(held);
            }

            if (tracked.Props is { } props)
            {
                pending.Push(new ObjectValue(props));
            }
        }

        return found;
    }

    /// <summary>A lambda or local function may run at any time and change the objects of the variables it names.</summary>
    private void EscapeCaptured(SyntaxNode? body, bool havoc)
    {
        if (body is null)
        {
            return;
        }

        foreach (var identifier in body.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (model.GetSymbolInfo(identifier, cancellationToken).Symbol is ILocalSymbol or IParameterSymbol
                && State.Variables.TryGetValue(model.GetSymbolInfo(identifier, cancellationToken).Symbol!, out var slot))
            {
                Escape(slot.Value, havoc);
            }
        }
    }

    /// <summary>
    /// The value a block returns: the caller may still complete it (set the accelerator a factory left out), so it is
    /// observed as incomplete and checks that need an absent value say nothing.
    /// </summary>
    public void Return(IOperation value)
    {
        Escape(Evaluate(value, 0), havoc: false);
    }
}
