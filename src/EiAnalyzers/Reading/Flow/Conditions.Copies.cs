using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EiAnalyzers.Reading.Flow;

/// <summary>
/// Copies: a variable given another variable's value (<c>var m = mode;</c>, <c>mode is var m</c>, <c>(m, g) = (mode,
/// gpu)</c>) is another name for that value as it was, so a test of one is a test of the other; a record copied with
/// <c>with</c> keeps the original's members it does not set, where they cannot change after construction. Only
/// variables are followed, never members (a member may change while the copy keeps the value it had), and only values
/// a write cannot split (a reference, a number, a bool, an enum: a copy of a struct is a value of its own).
/// </summary>
internal sealed partial class Conditions
{
    /// <summary>How many copies of copies are followed before the paths are read (a guard against incomplete code).</summary>
    private const int MaxCopyChain = 8;

    /// <summary>The method a record's <c>with</c> calls to copy it (the compiler's name; not in Roslyn 4.8's WellKnownMemberNames).</summary>
    private const string CloneMethodName = "<Clone>$";

    private int followingCopies;

    /// <summary>
    /// <paramref name="condition"/> read before the paths by the names it is written with, copies not followed: a
    /// variable tested by its own name in one place and through a copy in another has both names on the paths.
    /// </summary>
    public Condition ReadAsWritten(IOperation condition)
    {
        var saved = followingCopies;
        followingCopies = MaxCopyChain;
        try
        {
            return Read(condition, null);
        }
        finally
        {
            followingCopies = saved;
        }
    }

    /// <summary>
    /// What writing <paramref name="value"/> copies: a variable read through conversions that keep the value, a flow
    /// capture of one, or a record it clones with <c>with</c>. Null for anything else.
    /// </summary>
    public Copy? CopyMadeBy(IOperation value, FlowState? state)
    {
        var read = KeepingValue(value);
        switch (read)
        {
            case ILocalReferenceOperation or IParameterReferenceOperation when SharesWrites(read.Type):
                return PathOf(read, state) is { } path ? new Copy(path, null) : null;
            case IFlowCaptureReferenceOperation capture when CaptureSource(capture, state) is { } source:
                if (KeepingValue(source) is ILocalReferenceOperation or IParameterReferenceOperation && SharesWrites(capture.Type))
                {
                    // The governing value of a switch, captured.
                    return PathOf(capture, state) is { } capturedPath ? new Copy(capturedPath, null) : null;
                }

                if (source is IInvocationOperation { TargetMethod.Name: CloneMethodName, Instance: { } original, Syntax: WithExpressionSyntax with }
                    && KeepingValue(original) is ILocalReferenceOperation or IParameterReferenceOperation
                    && !HasCopyConstructor(original.Type)
                    && SetMembers(with, original.Type!) is { } set
                    && PathOf(original, state) is { } recordPath)
                {
                    // A copy of a copy keeps what neither sets.
                    return VariableOf(original) is { } copied && CopyHeldBy(copied, state) is { SetMembers: { } before } earlier
                        ? new Copy(earlier.Path, before + set.Substring(1))
                        : new Copy(recordPath, set);
                }

                return null;
            case IInvocationOperation call when IsPureStringMethod(call) && VariableOf(call.Instance!) is not null
                && call.Arguments.All(a => a.Value.ConstantValue.HasValue || VariableOf(a.Value) is not null):
                // var m = mode.ToLowerInvariant(): the same value as the call made again on mode as it was.
                return PathOf(call, state) is { } callPath ? new Copy(callPath, null) : null;
            default:
                return null;
        }
    }

    /// <summary>
    /// A method of string whose result only its receiver and arguments decide (no culture, no state): the same for the
    /// same variables as they were.
    /// </summary>
    private static bool IsPureStringMethod(IInvocationOperation call) =>
        call is { Instance: { Type.SpecialType: SpecialType.System_String }, TargetMethod: { ContainingType.SpecialType: SpecialType.System_String, IsStatic: false } method }
        && method.Name is "ToLowerInvariant" or "ToUpperInvariant" or "Trim" or "TrimStart" or "TrimEnd" or "Substring" or "PadLeft" or "PadRight"
        && method.Parameters.All(p => p.Type.SpecialType is SpecialType.System_Int32 or SpecialType.System_Char
            || p.Type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Char });

    /// <summary>
    /// The variables of <c>(a, b) = (x, y)</c> with the elements they get: a tuple of locals and parameters (declared
    /// there or not, none by ref) given a tuple literal of as many elements. Null for any other deconstruction.
    /// </summary>
    public static List<(IOperation Target, IOperation Element)>? DeconstructedPairs(IDeconstructionAssignmentOperation deconstruction)
    {
        var targets = deconstruction.Target is IDeclarationExpressionOperation { Expression: var declared } ? declared : deconstruction.Target;
        var value = deconstruction.Value;
        while (value is IConversionOperation { Conversion.IsIdentity: true } identity)
        {
            value = identity.Operand;
        }

        if (targets is not ITupleOperation { Elements: var variables } || value is not ITupleOperation { Elements: var elements } || variables.Length != elements.Length)
        {
            return null;
        }

        var pairs = new List<(IOperation, IOperation)>();
        for (var i = 0; i < variables.Length; i++)
        {
            var variable = variables[i] is IDeclarationExpressionOperation { Expression: var inner } ? inner : variables[i];
            switch (variable)
            {
                case ILocalReferenceOperation { Local.IsRef: false, Type: not null }:
                case IParameterReferenceOperation { Parameter.RefKind: RefKind.None, Type: not null }:
                    pairs.Add((variable, elements[i]));
                    break;
                case IDiscardOperation:
                    pairs.Add((variable, elements[i]));
                    break;
                default:
                    return null;
            }
        }

        return pairs;
    }

    /// <summary>
    /// The copy <paramref name="symbol"/> holds: on a path, what its write recorded; before the paths are read, what
    /// the first of its writes that copies copies (generous on purpose: that read only chooses the conditions worth
    /// keeping as facts, and the paths key them by their own writes).
    /// </summary>
    private Copy? CopyHeldBy(ISymbol symbol, FlowState? state)
    {
        if (state is not null)
        {
            return state.Variables.TryGetValue(symbol, out var slot) ? slot.Copied : null;
        }

        if (symbol is not ILocalSymbol local || followingCopies >= MaxCopyChain)
        {
            return null;
        }

        followingCopies++;
        try
        {
            foreach (var value in ValuesWrittenTo(local))
            {
                if (CopyMadeBy(value, null) is { } copy)
                {
                    return copy;
                }
            }

            return null;
        }
        finally
        {
            followingCopies--;
        }
    }

    /// <summary>For <c>copy.UseGpu</c> where <c>copy = o with { Mode = ... }</c>: the path of <c>o</c>, whose member it is.</summary>
    private string? RecordCopied(IOperation instance, ISymbol member, FlowState? state) =>
        VariableOf(instance) is { } symbol && CopyHeldBy(symbol, state) is { SetMembers: not null } copy && copy.Keeps(member) ? copy.Path : null;

    /// <summary>The local or parameter <paramref name="operation"/> reads, where it has a stable name (not volatile).</summary>
    private ISymbol? VariableOf(IOperation operation)
    {
        var symbol = KeepingValue(operation) switch
        {
            ILocalReferenceOperation local => (ISymbol)local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            _ => null,
        };
        return symbol is not null && !IsVolatile(symbol) ? symbol : null;
    }

    private IOperation? CaptureSource(IFlowCaptureReferenceOperation capture, FlowState? state) =>
        state is not null
            ? state.Captures.TryGetValue(capture.Id, out var captured) ? captured.Source : null
            : CapturedValue(capture.Id);

    /// <summary>
    /// Whether a copy of a value of this type stays the same value whatever is written after: a reference (a write to a
    /// member is a write to the one object), or a value without members to write (a number, a bool, an enum). A copy of
    /// a struct or a tuple is a value of its own.
    /// </summary>
    private static bool SharesWrites(ITypeSymbol? type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        return type is not null && (type.IsReferenceType || type.TypeKind == TypeKind.Enum || type.SpecialType != SpecialType.None);
    }

    /// <summary>Through the conversions that keep the value itself: identity, reference, to a nullable.</summary>
    private static IOperation KeepingValue(IOperation operation)
    {
        while (operation is IConversionOperation { OperatorMethod: null, Conversion: var conversion } converted
            && (conversion.IsIdentity || conversion.IsReference || conversion.IsNullable))
        {
            operation = converted.Operand;
        }

        return operation;
    }

    /// <summary>A record whose copy constructor (or a base's) is the project's own may copy its members otherwise.</summary>
    private static bool HasCopyConstructor(ITypeSymbol? type)
    {
        for (var current = type as INamedTypeSymbol; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            if (current.InstanceConstructors.Any(c => !c.IsImplicitlyDeclared && c.Parameters.Length == 1
                && SymbolEqualityComparer.Default.Equals(c.Parameters[0].Type, current)))
            {
                return true;
            }
        }

        return type is null;
    }

    /// <summary>
    /// The members a <c>with</c> sets, as ",Mode,Count,"; null where its initializer is not plain assignments of names,
    /// or a member it sets runs code (an init accessor with a body may set the others too).
    /// </summary>
    private static string? SetMembers(WithExpressionSyntax with, ITypeSymbol record)
    {
        var names = new StringBuilder(",");
        foreach (var expression in with.Initializer.Expressions)
        {
            if (expression is not AssignmentExpressionSyntax { Left: IdentifierNameSyntax name } || !IsPlainStorage(record, name.Identifier.ValueText))
            {
                return null;
            }

            names.Append(name.Identifier.ValueText).Append(',');
        }

        return names.ToString();
    }

    /// <summary>Whether every member of that name (in the record or a base) is a field or an auto property: setting it sets only itself.</summary>
    private static bool IsPlainStorage(ITypeSymbol record, string name)
    {
        var found = false;
        for (var type = record; type is not null; type = type.BaseType)
        {
            foreach (var member in type.GetMembers(name))
            {
                if (member is not (IFieldSymbol or IPropertySymbol { IsIndexer: false }) || (member is IPropertySymbol property && !IsAutoProperty(property)))
                {
                    return false;
                }

                found = true;
            }
        }

        return found;
    }
}
