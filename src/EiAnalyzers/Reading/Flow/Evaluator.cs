using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using EiAnalyzers.Description;
using EiAnalyzers.Reading.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EiAnalyzers.Reading.Flow;

/// <summary>
/// Runs the operations of a control flow graph's blocks on a <see cref="FlowState"/>: what each expression evaluates to
/// (texts, tracked objects), and what each write, creation and call changes. One evaluator serves one graph; the
/// state it works on is <see cref="State"/>, replaced (never changed) by every step.
/// </summary>
internal sealed partial class Evaluator
{
    private const int MaxDepth = 32;

    private readonly KnownSymbols known;
    private readonly SemanticModel model;
    private readonly ConstantTexts constants;
    private readonly Dictionary<object, int> objectIds = new();
    private readonly CancellationToken cancellationToken;

    public Evaluator(KnownSymbols known, SemanticModel model, Conditions conditions, IObjectObserver observer, CancellationToken cancellationToken)
    {
        this.known = known;
        this.model = model;
        Conditions = conditions;
        Observer = observer;
        this.cancellationToken = cancellationToken;
        constants = new ConstantTexts(known);
    }

    public Conditions Conditions { get; }

    public IObjectObserver Observer { get; }

    public FlowState State { get; set; } = FlowState.Empty;

    /// <summary>The anonymous functions met (their bodies are read as code blocks of their own).</summary>
    public List<IFlowAnonymousFunctionOperation> AnonymousFunctions { get; } = new();

    public void RunOperations(BasicBlock block)
    {
        foreach (var operation in block.Operations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Evaluate(operation, 0);
        }
    }

    public Value Evaluate(IOperation operation, int depth)
    {
        if (depth > MaxDepth)
        {
            return Value.Unknown;
        }

        if (operation.ConstantValue.HasValue && operation is not (IFlowCaptureReferenceOperation or IFlowCaptureOperation))
        {
            var constant = Unwrap(operation);
            return new TextValue(constants.FromConstant(constant, model, 0))
            {
                DeclaredBy = constant is IFieldReferenceOperation { Field: { IsConst: true, Name: "Name", ContainingType: { } type } } ? known.DeclarationOf(type) : null,
            };
        }

        switch (operation)
        {
            case IConversionOperation { OperatorMethod: not null } conversion when known.IsConstantClass(conversion.Type)
                && conversion.Operand.Type?.SpecialType == SpecialType.System_String:
                // The ConstantClass's implicit conversion from string calls its FindValue.
                var converted = Evaluate(conversion.Operand, depth + 1);
                return converted is TextValue convertedText ? convertedText.FoundBySdk() : converted;
            case IConversionOperation conversion:
                return Evaluate(conversion.Operand, depth + 1);
            case IExpressionStatementOperation statement:
                return Evaluate(statement.Operation, depth + 1);
            case IFlowCaptureOperation capture:
                return Capture(capture, depth);
            case IFlowCaptureReferenceOperation reference:
                return State.Captures.TryGetValue(reference.Id, out var captured) ? captured.Value : Value.Unknown;
            case ISimpleAssignmentOperation assignment:
                var assigned = Evaluate(assignment.Value, depth + 1);
                Assign(assignment.Target, assigned, assignment.Value, depth);
                return assigned;
            case ICompoundAssignmentOperation or ICoalesceAssignmentOperation or IIncrementOrDecrementOperation:
                EvaluateChildren(operation, depth);
                Forget(TargetOf(operation), operation.Syntax.SpanStart);
                return Value.Unknown;
            case IDeconstructionAssignmentOperation deconstruction when Conditions.DeconstructedPairs(deconstruction) is { } pairs:
                // (m, g) = (mode, gpu): each variable gets its element, all read before any is written (a swap).
                var read = pairs.Select(pair =>
                {
                    var value = Evaluate(pair.Element, depth + 1);
                    return (pair.Target, Value: value, Alias: pair.Target.Type is { } type ? AliasFor(type, pair.Element) : null, Copy: Conditions.CopyMadeBy(pair.Element, State));
                }).ToList();
                foreach (var (target, value, alias, copy) in read)
                {
                    switch (target)
                    {
                        case ILocalReferenceOperation local:
                            WriteVariable(local.Local, value, target.Syntax.SpanStart, alias, copy);
                            break;
                        case IParameterReferenceOperation parameter:
                            WriteVariable(parameter.Parameter, value, target.Syntax.SpanStart, alias, copy);
                            break;
                    }
                }

                return Value.Unknown;
            case IDeconstructionAssignmentOperation deconstruction:
                Evaluate(deconstruction.Value, depth + 1);
                foreach (var written in deconstruction.Target.DescendantsAndSelf()
                    .Where(o => o is ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation or IArrayElementReferenceOperation)
                    .Where(o => o.Parent is ITupleOperation or IDeclarationExpressionOperation || o == deconstruction.Target).ToList())
                {
                    Forget(written, deconstruction.Syntax.SpanStart);
                }

                return Value.Unknown;
            case IVariableDeclarationGroupOperation or IVariableDeclarationOperation:
                EvaluateChildren(operation, depth);
                return Value.Unknown;
            case IVariableDeclaratorOperation declarator:
                if (declarator.Initializer is { } initializer)
                {
                    WriteVariable(declarator.Symbol, Evaluate(initializer.Value, depth + 1), declarator.Syntax.SpanStart, AliasFor(declarator.Symbol.Type, initializer.Value),
                        Conditions.CopyMadeBy(initializer.Value, State));
                }

                return Value.Unknown;
            case IIsPatternOperation isPattern when Conditions.PatternVariable(isPattern.Pattern) is ILocalSymbol declared:
                // mode is var m, boxed is string s, o is Settings { UseGpu: true } st: the variable is read only where the
                // pattern matched, and then holds the value tested.
                WriteVariable(declared, Evaluate(isPattern.Value, depth + 1), isPattern.Pattern.Syntax.SpanStart, AliasFor(declared.Type, isPattern.Value),
                    Conditions.CopyMadeBy(isPattern.Value, State));
                return Value.Unknown;
            case IObjectCreationOperation creation:
                return Create(creation, depth);
            case IArrayCreationOperation array:
                return CreateArray(array, depth);
            case IInvocationOperation invocation:
                return Invoke(invocation, depth);
            case ILocalReferenceOperation local:
                return ReadVariable(local.Local, local, depth);
            case IParameterReferenceOperation parameter:
                return ReadVariable(parameter.Parameter, parameter, depth);
            case IFieldReferenceOperation field:
                return ReadField(field, depth);
            case IPropertyReferenceOperation property:
                return ReadProperty(property, depth);
            case IInterpolatedStringOperation interpolated:
                return Interpolate(interpolated, depth);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary when binary.Type?.SpecialType == SpecialType.System_String:
                return Concatenate(binary, depth);
            case IDefaultValueOperation defaultValue:
                return defaultValue.Type?.IsReferenceType == true ? new TextValue(Texts.Null(operation.Syntax.GetLocation())) : Value.Unknown;
            case IFlowAnonymousFunctionOperation function:
                AnonymousFunctions.Add(function);
                EscapeCaptured(function.Syntax, havoc: true);
                return Value.Unknown;
            case IDelegateCreationOperation delegateCreation:
                return Evaluate(delegateCreation.Target, depth + 1);
            case IAnonymousObjectCreationOperation or ITypeOfOperation:
                EvaluateChildren(operation, depth);
                return new TextValue(Texts.Object(operation.Syntax.GetLocation(), Texts.Shorten(operation.Syntax.ToString())));
            case { Syntax: CollectionExpressionSyntax }:
                return CollectionExpression(operation, depth);
            default:
                EvaluateChildren(operation, depth);
                return IsTextType(operation.Type) ? new TextValue(Texts.RunTime(operation.Syntax)) : Value.Unknown;
        }
    }

    /// <summary>
    /// The value of a reference on this path, without changing the path: for a condition that tests a value the path
    /// already knows (<c>v.InstanceType ??= ...</c> after the initializer set it).
    /// </summary>
    public Value Peek(IOperation operation)
    {
        // Only names read through names: nothing that runs code (and may observe or change objects).
        if (!Unwrap(operation).DescendantsAndSelf().All(o => o is ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation
            or IPropertyReferenceOperation { Arguments.IsEmpty: true } or IFlowCaptureReferenceOperation or IInstanceReferenceOperation
            or IConversionOperation { OperatorMethod: null }))
        {
            return Value.Unknown;
        }

        var saved = State;
        var value = Evaluate(operation, 0);
        State = saved;
        return value;
    }

    private void EvaluateChildren(IOperation operation, int depth)
    {
        foreach (var child in operation.ChildOperations)
        {
            Evaluate(child, depth + 1);
        }
    }

    private Value Capture(IFlowCaptureOperation capture, int depth)
    {
        var value = Evaluate(capture.Value, depth + 1);
        var reference = Unwrap(capture.Value) is ILocalReferenceOperation or IParameterReferenceOperation or IPropertyReferenceOperation
            or IFieldReferenceOperation or IArrayElementReferenceOperation
            ? Unwrap(capture.Value)
            : null;
        // A bool keeps what it tested: gpu && n > 4 in a local is n > 4 on the arm where gpu held, false on the other.
        var condition = capture.Value.Type?.SpecialType == SpecialType.System_Boolean && Conditions.Read(capture.Value, State) is { Implied: null } read
            && (read.Atom is not null || read.Constant is not null)
                ? read
                : (Condition?)null;
        State = State.WithCapture(capture.Id, new Captured(value, reference, Conditions.PathOf(capture.Value, State)) { Source = capture.Value, Condition = condition });
        return value;
    }

    // ---- Reading --------------------------------------------------------------------------------------------------

    private Value ReadVariable(ISymbol symbol, IOperation reference, int depth)
    {
        if (Conditions.IsVolatile(symbol))
        {
            var volatileType = symbol switch { ILocalSymbol l => l.Type, IParameterSymbol p => p.Type, _ => null };
            return IsTextType(volatileType) ? new TextValue(Texts.RunTime(reference.Syntax)) : Value.Unknown;
        }

        if (State.Variables.TryGetValue(symbol, out var slot))
        {
            return slot.Value;
        }

        // Not written on this path: a parameter (or a variable of the enclosing code, read from a lambda).
        var type = symbol switch { ILocalSymbol l => l.Type, IParameterSymbol p => p.Type, _ => null };
        if (known.ShapeOf(type) is { } shape)
        {
            var id = FreeObject(symbol, shape, reference.Syntax.GetLocation());
            State = State.WithVariable(symbol, new Slot(new ObjectValue(id), 0));
            return new ObjectValue(id);
        }

        return IsTextType(type) ? new TextValue(Texts.RunTime(reference.Syntax)) : Value.Unknown;
    }

    private Value ReadField(IFieldReferenceOperation reference, int depth)
    {
        if (constants.FromKnownField(reference) is { } knownField)
        {
            return new TextValue(knownField);
        }

        var field = reference.Field;
        var isOwn = reference.Instance is null or IInstanceReferenceOperation;
        if (isOwn && Conditions.IsVolatile(field))
        {
            return IsTextType(field.Type) ? new TextValue(Texts.RunTime(reference.Syntax)) : Value.Unknown;
        }

        if (isOwn && State.Variables.TryGetValue(field, out var slot))
        {
            return slot.Value;
        }

        if (reference.Instance is { } instance)
        {
            Evaluate(instance, depth + 1);
        }

        if (field.IsReadOnly && (constants.Declared(field, model, 0) ?? constants.FromReadonlyFieldSyntax(field)) is { } declared)
        {
            return new TextValue(declared with { Location = reference.Syntax.GetLocation() });
        }

        if (ReadonlyInitializer(field, depth) is { } initialized)
        {
            return initialized;
        }

        if (isOwn && known.ShapeOf(field.Type) is { } shape)
        {
            var id = FreeObject(field, shape, reference.Syntax.GetLocation());
            State = State.WithVariable(field, new Slot(new ObjectValue(id), 0));
            return new ObjectValue(id);
        }

        return IsTextType(field.Type) ? new TextValue(Texts.RunTime(reference.Syntax)) : Value.Unknown;
    }

    /// <summary>A readonly field initialized in this file with a value that is not a C# constant (an interpolation of consts ...).</summary>
    private Value? ReadonlyInitializer(IFieldSymbol field, int depth)
    {
        if (!field.IsReadOnly || !IsTextType(field.Type) || field.DeclaringSyntaxReferences.Length != 1
            || field.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: { } initializer }
            || initializer.SyntaxTree != model.SyntaxTree
            || model.GetOperation(initializer, cancellationToken) is not { } operation)
        {
            return null;
        }

        // Read as if alone: the initializer runs before any method, with nothing of this block's state.
        var saved = State;
        State = FlowState.Empty;
        var value = Evaluate(operation, depth + 8);
        State = saved;
        return value is TextValue { Site: var site } && site.Pattern is not null
            ? new TextValue(Texts.SharedBy(site, ConstantTexts.SharedName(field)) with { Location = initializer.GetLocation() })
            : null;
    }

    private Value ReadProperty(IPropertyReferenceOperation reference, int depth)
    {
        var instance = reference.Instance is null ? null : Evaluate(reference.Instance, depth + 1);
        foreach (var argument in reference.Arguments)
        {
            Evaluate(argument.Value, depth + 1);
        }

        if (instance is ObjectValue { Object: var id } && State.Objects.TryGetValue(id, out var owner)
            && known.TryGetRole(reference.Property, out var shape, out var role))
        {
            // The name of a model object ties a variant to it (CDK model.AttrModelName, SDK request.ModelName).
            if (role == Role.ModelName && shape.Kind == ObjectKind.Model)
            {
                var nameSite = NameOf(id, owner) ?? Texts.RunTime(reference.Syntax);
                return new ModelNameValue(id, nameSite with { Location = reference.Syntax.GetLocation() });
            }

            if (owner.Get(role) is { } value)
            {
                return value;
            }

            if (ObjectShape.IsList(role))
            {
                return new ObjectValue(ImplicitList(id, owner, role, reference.Syntax.GetLocation()));
            }
        }

        // ConstantClass.Value and EiAccelerator.Name are the text itself.
        if (instance is TextValue text
            && ((reference.Property.Name == "Value" && known.IsConstantClass(reference.Instance?.Type))
                || (reference.Property.Name == "Name" && known.IsGeneratedAccelerator(reference.Instance?.Type))))
        {
            return text with { Site = text.Site with { Location = reference.Syntax.GetLocation() } };
        }

        return IsTextType(reference.Type) ? new TextValue(Texts.RunTime(reference.Syntax)) : Value.Unknown;
    }

    /// <summary>The name a model object is created under (through its props for a CDK construct).</summary>
    private ValueSite? NameOf(int id, TrackedObject model)
    {
        if (model.Get(Role.ModelName) is TextValue { Site: var site })
        {
            return site;
        }

        return model.Props is { } props && State.Objects.TryGetValue(props, out var propsObject) && propsObject.Get(Role.ModelName) is TextValue { Site: var propsSite }
            ? propsSite
            : null;
    }

    // ---- Texts ----------------------------------------------------------------------------------------------------

    private Value Interpolate(IInterpolatedStringOperation interpolated, int depth)
    {
        var parts = ImmutableArray.CreateBuilder<TextPart>();
        foreach (var part in interpolated.Parts)
        {
            switch (part)
            {
                case IInterpolatedStringTextOperation text:
                    parts.Add(new TextPart(text.Text.ConstantValue.Value as string ?? "", TextPartKind.InterpolatedText, text.Syntax.GetLocation()));
                    break;
                case IInterpolationOperation { Alignment: null, FormatString: null } interpolation:
                    parts.AddRange(TextParts(Evaluate(interpolation.Expression, depth + 1), interpolation.Syntax.GetLocation()));
                    break;
                default:
                    EvaluateChildren(part, depth);
                    parts.Add(TextPart.Hole(part.Syntax.GetLocation()));
                    break;
            }
        }

        return new TextValue(Texts.FromParts(parts.ToImmutable(), interpolated.Syntax.GetLocation(), Texts.Shorten(interpolated.Syntax.ToString())));
    }

    private Value Concatenate(IBinaryOperation binary, int depth)
    {
        var left = TextParts(Evaluate(binary.LeftOperand, depth + 1), binary.LeftOperand.Syntax.GetLocation());
        var right = TextParts(Evaluate(binary.RightOperand, depth + 1), binary.RightOperand.Syntax.GetLocation());
        return new TextValue(Texts.FromParts(left.AddRange(right), binary.Syntax.GetLocation(), Texts.Shorten(binary.Syntax.ToString())));
    }

    private static ImmutableArray<TextPart> TextParts(Value value, Location location) =>
        value is TextValue { Site: var site } ? Texts.PartsOf(site, location) : ImmutableArray.Create(TextPart.Hole(location));

    // ---- Helpers --------------------------------------------------------------------------------------------------

    private static IOperation Unwrap(IOperation operation) => Conditions.Unwrap(operation);

    /// <summary>Through every conversion, a ConstantClass's implicit one from string included: the value is the same text.</summary>
    private static IOperation WithoutConversions(IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    /// <summary>Types whose values the rules read as text: strings, ConstantClass values, the generated accelerators.</summary>
    private bool IsTextType(ITypeSymbol? type) =>
        type is not null
        && (type.SpecialType == SpecialType.System_String || known.IsConstantClass(type) || known.IsGeneratedAccelerator(type));

    private int IdFor(object key)
    {
        if (!objectIds.TryGetValue(key, out var id))
        {
            id = objectIds.Count;
            objectIds[key] = id;
        }

        return id;
    }

    /// <summary>An object that comes from elsewhere, the same one every time it is read through the same name.</summary>
    private int FreeObject(object key, ObjectShape shape, Location location)
    {
        var id = IdFor(("free", key));
        if (!State.Objects.ContainsKey(id))
        {
            State = State.WithObject(id, TrackedObject.Free(shape, location));
        }

        return id;
    }

    /// <summary>A list property read before any list was assigned (SDK v3 lists start empty; <c>AcceleratorTypes = { ... }</c>).</summary>
    private int ImplicitList(int ownerId, TrackedObject owner, Role role, Location location)
    {
        var id = IdFor(("list", ownerId, role));
        if (!State.Objects.ContainsKey(id))
        {
            State = State.WithObject(id, TrackedObject.List(location, owner.IsComplete, ImmutableList<Value>.Empty, owner.IsComplete));
            State = State.WithObject(ownerId, owner.With(role, new ObjectValue(id)));
        }

        return id;
    }
}
