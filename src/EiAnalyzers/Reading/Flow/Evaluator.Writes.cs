using System.Collections.Immutable;
using System.Linq;
using EiAnalyzers.Description;
using EiAnalyzers.Reading.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EiAnalyzers.Reading.Flow;

/// <summary>Writes: to variables, to the properties of tracked objects, and to anything else (where a tracked object escapes).</summary>
internal sealed partial class Evaluator
{
    private void Assign(IOperation target, Value value, IOperation valueOperation, int depth)
    {
        Write(target, value, valueOperation, depth);

        // A constant written: tests of the place are decided until it is written again. Not a member of a struct the
        // graph copied (r with { UseGpu = true }): the copy's path names the original, which the write leaves as it was.
        if (Conditions.ConstantOf(valueOperation) is { } constant && !IsMemberOfCopiedStruct(target) && Conditions.PathOf(target, State) is { } path)
        {
            // Through a setter or getter with code (one that normalizes the value, or reads another field), the value
            // read back is not the one written: not known, and a test of it cannot tell what it chose.
            State = target is IPropertyReferenceOperation { Property: var property } && Conditions.HasAccessorBody(property)
                ? State.WithFact(PathExplorer.WrittenThroughCodeKey(path), true)
                : State.WithEquality(path, ValueSet.Of(constant));
        }
    }

    private static bool IsMemberOfCopiedStruct(IOperation target) =>
        target is IMemberReferenceOperation { Instance: IFlowCaptureReferenceOperation { Type.IsValueType: true } };

    private void Write(IOperation target, Value value, IOperation valueOperation, int depth)
    {
        if (target is IPropertyReferenceOperation { Property.IsIndexer: true } or IArrayElementReferenceOperation)
        {
            // What was known of the elements (of any list: the receiver may be another name for it) is no more.
            State = State.WithoutFactsAbout(target is IPropertyReferenceOperation indexed ? Conditions.MemberKey(indexed.Property) : Conditions.ElementKey);
        }

        switch (target)
        {
            case ILocalReferenceOperation local:
                if (local.Local.IsRef)
                {
                    // Through a ref local: whatever it refers to (any member or element) is written.
                    State = State.WithoutFactsAbout(Conditions.MemberToken);
                }

                WriteVariable(local.Local, value, target.Syntax.SpanStart, AliasFor(local.Local.Type, valueOperation), Conditions.CopyMadeBy(valueOperation, State));
                break;
            case IParameterReferenceOperation parameter:
                WriteVariable(parameter.Parameter, value, target.Syntax.SpanStart, AliasFor(parameter.Parameter.Type, valueOperation), Conditions.CopyMadeBy(valueOperation, State));
                break;
            case IFlowCaptureReferenceOperation capture when State.Captures.TryGetValue(capture.Id, out var captured) && captured.Reference is { } reference:
                Write(reference, value, valueOperation, depth);
                break;
            case IFieldReferenceOperation field when field.Instance is null or IInstanceReferenceOperation:
                // A field of this object: readable again in this block, and by any other code (the object escapes).
                WriteVariable(field.Field, value, target.Syntax.SpanStart);
                State = State.WithoutFactsAbout(Conditions.MemberToken).WithoutFactsAbout(Conditions.MemberKey(field.Field));
                Escape(value, havoc: false);
                break;
            case IPropertyReferenceOperation property when known.TryGetRole(property.Property, out var shape, out var role):
                State = State.WithoutFactsAbout(Conditions.MemberKey(property.Property));
                WriteProperty(property, shape, role, value, valueOperation, depth);
                break;
            case IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } list, Arguments.Length: 1 } indexer
                when WriteElement(list, indexer.Arguments[0].Value, indexer.Property.Type, value, valueOperation, depth):
                break;
            case IArrayElementReferenceOperation { Indices.Length: 1 } element
                when WriteElement(element.ArrayReference, element.Indices[0], element.Type, value, valueOperation, depth):
                break;
            default:
                if (target is IPropertyReferenceOperation or IFieldReferenceOperation or IArrayElementReferenceOperation)
                {
                    foreach (var child in target.ChildOperations)
                    {
                        Evaluate(child, depth + 1);
                    }

                    // What was known of the member (of any object: the receiver may be another name for it) is no more;
                    // of a struct in a local, only of that local's (no other name reaches it).
                    State = State.WithoutFactsAbout(MemberOfLocalStruct(target) ?? target switch
                    {
                        IPropertyReferenceOperation written => Conditions.MemberKey(written.Property),
                        IFieldReferenceOperation written => Conditions.MemberKey(written.Field),
                        _ => Conditions.ElementKey,
                    });
                }

                // Stored where other code can reach it: it may be completed there.
                Escape(value, havoc: false);
                break;
        }
    }

    /// <summary>
    /// <c>list[i] = value</c> on a tracked list, or on a list property of a configuration object (that object from
    /// elsewhere included): the value is one of the list's elements. Returns false for any other list.
    /// </summary>
    private bool WriteElement(IOperation list, IOperation indexOperation, ITypeSymbol? elementType, Value value, IOperation valueOperation, int depth)
    {
        int listId;
        if (Evaluate(list, depth + 1) is ObjectValue { Object: var id } && State.Objects.TryGetValue(id, out var tracked) && tracked.IsList)
        {
            listId = id;
        }
        else if (Unwrap(list) is IPropertyReferenceOperation { Instance: { } instance } property
            && known.TryGetRole(property.Property, out var shape, out var role) && ObjectShape.IsList(role))
        {
            // A list property of an object this block did not create or whose list it cannot see (a parameter's
            // request.AcceleratorTypes): the value is in that list, whatever else is.
            var owner = Evaluate(instance, depth + 1) is ObjectValue { Object: var ownerId } && State.Objects.ContainsKey(ownerId)
                ? ownerId
                : FreeObject(property.Syntax, shape, instance.Syntax.GetLocation());
            listId = IdFor(("written list", owner, role));
            State = State.WithObject(listId, TrackedObject.List(property.Syntax.GetLocation(), false, ImmutableList<Value>.Empty, false));
            State = State.WithObject(owner, State.Objects[owner].With(role, new ObjectValue(listId)));
        }
        else
        {
            return false;
        }

        Evaluate(indexOperation, depth + 1);
        var index = indexOperation.ConstantValue is { HasValue: true, Value: int at } ? at : (int?)null;
        var written = elementType is null ? value : Sited(value, valueOperation, elementType);
        State = State.WithObject(listId, State.Objects[listId].WithElementAt(index, written));
        return true;
    }

    /// <summary>
    /// The path of a field or auto property of a struct held in a local or parameter (<c>t.gpu</c>, <c>options.UseGpu</c>):
    /// writing it runs no code and changes no other value, since a copy of a struct is a value of its own. Null for
    /// anything else (a ref local's struct, a property with code, a member of a reference).
    /// </summary>
    private string? MemberOfLocalStruct(IOperation target)
    {
        var (instance, isPlain) = target switch
        {
            IFieldReferenceOperation { Instance: { } receiver } => (receiver, true),
            IPropertyReferenceOperation { Instance: { } receiver, Property: var property, Arguments.IsEmpty: true } => (receiver, Conditions.IsAutoProperty(property)),
            _ => (null, false),
        };

        var symbol = instance switch
        {
            ILocalReferenceOperation { Local.IsRef: false } local => (ISymbol)local.Local,
            IParameterReferenceOperation { Parameter.RefKind: RefKind.None } parameter => parameter.Parameter,
            _ => null,
        };

        return isPlain && symbol is not null && instance!.Type is { IsValueType: true } && !Conditions.IsVolatile(symbol) ? Conditions.PathOf(target, State) : null;
    }

    /// <summary>
    /// For a bool variable, the condition its value tests, so that a branch on the variable is a branch on that, or the
    /// constant it holds on this path (the null arm of <c>maybe ?? false</c>). Not through a member: the member may
    /// change while the variable keeps the value it had.
    /// </summary>
    private Condition? AliasFor(ITypeSymbol type, IOperation valueOperation) =>
        type.SpecialType == SpecialType.System_Boolean && Conditions.Read(valueOperation, State) is var alias
        && ((alias.Atom is { } atom && atom.IndexOf(Conditions.MemberToken, System.StringComparison.Ordinal) < 0) || alias.Constant is not null)
            ? alias
            : null;

    /// <summary>
    /// A new value at <paramref name="definition"/>: facts about earlier writes stay true of those writes (a bool local
    /// may still hold a condition on one, a copy the value it copied), facts about an earlier run of this same write (a
    /// loop) and the conditions and copies held through it are forgotten.
    /// </summary>
    private void WriteVariable(ISymbol symbol, Value value, int definition, Condition? alias = null, Copy? copy = null)
    {
        var token = Conditions.VariableToken(symbol) + definition.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}";
        foreach (var pair in State.Variables)
        {
            var slot = pair.Value;
            if (slot.Alias is { } held && (Mentions(held.Atom, token) || Mentions(held.Excludes, token)))
            {
                slot = slot with { Alias = null };
            }

            if (slot.Copied is { } copied && Mentions(copied.Path, token))
            {
                slot = slot with { Copied = null };
            }

            if (!ReferenceEquals(slot, pair.Value))
            {
                State = State.WithVariable(pair.Key, slot);
            }
        }

        State = State.WithoutFactsAbout(token).WithVariable(symbol, new Slot(value, definition) { Alias = alias, Copied = copy });
    }

    /// <summary>
    /// <paramref name="state"/> with <paramref name="variable"/> holding a value not known here, at the write every
    /// try's interrupted writes share (-1): what was known of it, and the copies and conditions held through it, go.
    /// </summary>
    public FlowState WithUnknown(FlowState state, ISymbol variable)
    {
        var saved = State;
        State = state;
        WriteVariable(variable, Value.Unknown, -1);
        var forgotten = State;
        State = saved;
        return forgotten;
    }

    private static bool Mentions(string? atom, string token) => atom is not null && atom.IndexOf(token, System.StringComparison.Ordinal) >= 0;

    /// <summary>A variable written in a way that is not read (compound assignment, ref, deconstruction): its value is unknown.</summary>
    private void Forget(IOperation? target, int definition)
    {
        switch (target)
        {
            case ILocalReferenceOperation local:
                WriteVariable(local.Local, Value.Unknown, definition);
                break;
            case IParameterReferenceOperation parameter:
                WriteVariable(parameter.Parameter, Value.Unknown, definition);
                break;
            case IPropertyReferenceOperation or IFieldReferenceOperation or IArrayElementReferenceOperation or IFlowCaptureReferenceOperation:
                // A member, element or property written with a value not read here: as a write of something unknown.
                Assign(target, Value.Unknown, target, 0);
                break;
        }
    }

    private static IOperation? TargetOf(IOperation operation) =>
        operation switch
        {
            ICompoundAssignmentOperation compound => compound.Target,
            ICoalesceAssignmentOperation coalesce => coalesce.Target,
            IIncrementOrDecrementOperation increment => increment.Target,
            _ => null,
        };

    private void WriteProperty(IPropertyReferenceOperation property, ObjectShape shape, Role role, Value value, IOperation valueOperation, int depth)
    {
        var owners = Owners(property, shape, depth);
        var written = Sited(value, valueOperation, property.Property.Type);
        foreach (var owner in owners)
        {
            if (State.Objects.TryGetValue(owner, out var tracked))
            {
                State = State.WithObject(owner, tracked.With(role, written));
            }
        }
    }

    /// <summary>The objects a property reference writes to: tracked ones, or one that comes from elsewhere.</summary>
    private int[] Owners(IPropertyReferenceOperation property, ObjectShape shape, int depth)
    {
        var instance = property.Instance;
        if (instance is null)
        {
            return new int[0];
        }

        var value = Evaluate(instance, depth + 1);
        if (value is ObjectValue { Object: var id })
        {
            return new[] { id };
        }

        // Not an object this block created or can name: each write stands alone (an indexer, a call's result ...).
        return new[] { FreeObject(property.Syntax, shape, instance.Syntax.GetLocation()) };
    }

    /// <summary>
    /// The value as written at this place: located at the expression assigned, spelled like it, and knowing the one
    /// literal it came from (a const's, a local's, an argument's), where a fix of the value itself writes.
    /// </summary>
    private Value Sited(Value value, IOperation valueOperation, ITypeSymbol propertyType)
    {
        // A branch of ?:, ?? or a switch is read through the graph's capture: the value is written in the branch.
        for (var depth = 0; depth < 8 && WithoutConversions(valueOperation) is IFlowCaptureReferenceOperation reference
            && State.Captures.TryGetValue(reference.Id, out var captured) && captured.Source is { } source; depth++)
        {
            valueOperation = source;
        }

        var place = valueOperation.Syntax;
        var location = place.GetLocation();
        var sentAsWritten = propertyType.SpecialType == SpecialType.System_String || propertyType.SpecialType == SpecialType.System_Object
            || (propertyType is INamedTypeSymbol { IsGenericType: true } generic && generic.TypeArguments.Length == 1
                && generic.TypeArguments[0].SpecialType == SpecialType.System_String)
            || propertyType is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_String };
        switch (value)
        {
            case TextValue { Site: var site } text:
                return text with
                {
                    Site = site with
                    {
                        Location = location,
                        Spelling = SpellingAt(valueOperation),
                        Origin = OriginOf(site, valueOperation),
                        IsSentAsWritten = text.SentAsWritten ?? (sentAsWritten && !known.IsConstantClass(WithoutConversions(valueOperation).Type)),
                        Code = site.Code ?? Texts.Shorten(place.ToString()),
                    },
                };
            case ModelNameValue name:
                return name with { Site = name.Site with { Location = location, Code = name.Site.Code ?? Texts.Shorten(place.ToString()) } };
            case UnknownValue:
                // Set to something only known at run time (a call's result, a configuration object from elsewhere).
                var unknown = Texts.RunTime(place);
                return new TextValue(unknown with { IsObject = !IsTextType(propertyType) && place is ObjectCreationExpressionSyntax });
            default:
                return value;
        }
    }

    /// <summary>How a replacement is written where <paramref name="valueOperation"/> is: in the same style when it is a field.</summary>
    private Spelling SpellingAt(IOperation valueOperation)
    {
        var value = WithoutConversions(valueOperation);
        if (value is IFieldReferenceOperation { Field.IsStatic: true } field)
        {
            var qualifier = field.Syntax is MemberAccessExpressionSyntax access ? access.Expression.ToString() : null;
            if (known.TryGetConstantKind(field.Field.ContainingType, out _))
            {
                return new Spelling(SpellingKind.ConstantClassField, qualifier);
            }

            if (known.GeneratedAccelerators is { } generated && SymbolEqualityComparer.Default.Equals(field.Field.ContainingType, generated))
            {
                return new Spelling(SpellingKind.GeneratedConstant, qualifier);
            }
        }

        return valueOperation.Syntax is ExpressionSyntax ? Spelling.StringLiteral : Spelling.None;
    }

    /// <summary>The one place the whole value is written, when it is a single literal or field elsewhere.</summary>
    private ValuePlace? OriginOf(ValueSite site, IOperation valueOperation)
    {
        var value = WithoutConversions(valueOperation);
        if (value is ILiteralOperation || site.Parts.Length != 1 || site.Parts[0].Kind == TextPartKind.Hole)
        {
            return null;
        }

        var part = site.Parts[0];
        if (part.Kind == TextPartKind.Literal && !part.Location.Equals(value.Syntax.GetLocation()))
        {
            return new ValuePlace(part.Location, Spelling.StringLiteral);
        }

        // A ConstantClass field written in a local's initializer or a constructor argument: corrected there, as a field.
        if (part.Kind == TextPartKind.Fixed && part.Location.SourceTree is { } tree
            && !part.Location.Equals(value.Syntax.GetLocation())
            && tree.GetRoot().FindNode(part.Location.SourceSpan, getInnermostNodeForTie: true) is MemberAccessExpressionSyntax access
            && model.SyntaxTree == tree && model.GetOperation(access) is IFieldReferenceOperation origin)
        {
            return new ValuePlace(part.Location, SpellingAt(origin));
        }

        return null;
    }

    /// <summary>What a property means for EI, or null.</summary>
    public Role? RoleOf(IPropertySymbol property) => known.TryGetRole(property, out _, out var role) ? role : null;

    /// <summary>A value as a property of <paramref name="propertyType"/> receives it at <paramref name="valueOperation"/>.</summary>
    public Value ReadAssigned(IOperation valueOperation, ITypeSymbol propertyType) =>
        Sited(Evaluate(valueOperation, 0), valueOperation, propertyType);
}
