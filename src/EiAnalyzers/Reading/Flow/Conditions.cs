using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EiAnalyzers.Reading.Flow;

/// <summary>A branch condition by meaning: the fact it tests (or a constant), and whether it tests its negation.</summary>
internal readonly struct Condition
{
    public Condition(string? atom, bool negated, bool? constant = null, string? equalityPath = null, string? equalityValue = null)
    {
        Atom = atom;
        Negated = negated;
        Constant = constant;
        EqualityPath = equalityPath;
        EqualityValue = equalityValue;
    }

    /// <summary>What the condition tests, as a key two conditions share when they mean the same; null when opaque.</summary>
    public string? Atom { get; }

    public bool Negated { get; }

    /// <summary>The value of a condition known without running the code (<c>true</c>, a const).</summary>
    public bool? Constant { get; }

    /// <summary>For <c>x == "c"</c>: the path of <c>x</c> and the constant, so that <c>x == "d"</c> is known false once it holds.</summary>
    public string? EqualityPath { get; }

    public string? EqualityValue { get; }

    public Condition Negate() => new(Atom, !Negated, Constant is { } value ? !value : null, EqualityPath, EqualityValue);

    public static readonly Condition Opaque = new(null, false);
}

/// <summary>
/// Reads branch conditions by meaning, not by shape: the same symbols (locals and parameters at the same write),
/// members, calls with the same arguments, constants, <c>==</c>/<c>!=</c>/<c>is</c>, <c>== true</c>, negation. Two
/// conditions with the same atom take the same value on a path, so that a host and an accelerator chosen by the
/// same condition are never combined across its arms.
/// </summary>
internal sealed class Conditions
{
    private readonly Dictionary<ISymbol, int> ids = new(SymbolEqualityComparer.Default);
    private readonly ControlFlowGraph? graph;
    private Dictionary<CaptureId, IOperation>? capturedValues;

    public Conditions(ControlFlowGraph? graph)
    {
        this.graph = graph;
    }

    /// <summary>The token of a variable in paths and facts; its prefix finds every fact about it.</summary>
    public string VariableToken(ISymbol symbol) => "{v" + Id(symbol) + "#";

    /// <summary>Facts about fields and properties may change when code of the project runs (calls are taken to answer the same for the same arguments).</summary>
    public const string MemberToken = "{f";

    private const string CallToken = "{c";

    public Condition Read(IOperation condition, FlowState? state)
    {
        condition = Unwrap(condition);
        if (condition.ConstantValue is { HasValue: true, Value: bool constant })
        {
            return new Condition(null, false, constant);
        }

        switch (condition)
        {
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not:
                return Read(not.Operand, state).Negate();
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } binary:
                var equality = Equality(binary.LeftOperand, binary.RightOperand, state);
                return binary.OperatorKind == BinaryOperatorKind.NotEquals ? equality.Negate() : equality;
            case IBinaryOperation binary when PathOf(binary.LeftOperand, state) is { } left && PathOf(binary.RightOperand, state) is { } right:
                return new Condition($"bin:{binary.OperatorKind}:{left}:{right}", false);
            case IIsPatternOperation pattern when PathOf(pattern.Value, state) is { } path:
                return Pattern(path, pattern.Pattern);
            case IIsNullOperation isNull when PathOf(isNull.Operand, state) is { } nullPath:
                return new Condition("eq:" + nullPath + "=null", false, null, nullPath, "null");
            default:
                return PathOf(condition, state) is { } atom ? new Condition(atom, false) : Condition.Opaque;
        }
    }

    private Condition Equality(IOperation left, IOperation right, FlowState? state)
    {
        left = Unwrap(left);
        right = Unwrap(right);
        if (Constant(right) is { } rightValue)
        {
            return Compare(left, rightValue, right, state);
        }

        if (Constant(left) is { } leftValue)
        {
            return Compare(right, leftValue, left, state);
        }

        if (PathOf(left, state) is { } leftPath && PathOf(right, state) is { } rightPath)
        {
            // a == b and b == a are the same test.
            return string.CompareOrdinal(leftPath, rightPath) <= 0
                ? new Condition("eqp:" + leftPath + "=" + rightPath, false)
                : new Condition("eqp:" + rightPath + "=" + leftPath, false);
        }

        return Condition.Opaque;
    }

    private Condition Compare(IOperation operand, string constant, IOperation constantOperation, FlowState? state)
    {
        if (Constant(operand) is { } both)
        {
            return new Condition(null, false, both == constant);
        }

        if (PathOf(operand, state) is not { } path)
        {
            return Condition.Opaque;
        }

        // x == true is x; x == false is !x.
        if (constantOperation.ConstantValue is { HasValue: true, Value: bool flag })
        {
            return new Condition(path, !flag);
        }

        return new Condition("eq:" + path + "=" + constant, false, null, path, constant);
    }

    private Condition Pattern(string path, IPatternOperation pattern)
    {
        switch (pattern)
        {
            case INegatedPatternOperation negated:
                return Pattern(path, negated.Pattern).Negate();
            case IConstantPatternOperation { Value: var value } when Constant(Unwrap(value)) is { } constant:
                return value.ConstantValue.Value is bool flag
                    ? new Condition(path, !flag)
                    : new Condition("eq:" + path + "=" + constant, false, null, path, constant);
            default:
                return new Condition("is:" + path + ":" + Normalized(pattern.Syntax.ToString()), false);
        }
    }

    /// <summary>
    /// What an operation reads, as a key: variables with the write that gave them their value, members by symbol,
    /// calls by method and arguments, constants by value; null when it reads something that has no stable name.
    /// </summary>
    public string? PathOf(IOperation operation, FlowState? state)
    {
        operation = Unwrap(operation);
        if (Constant(operation) is { } constant)
        {
            return "c:" + constant;
        }

        switch (operation)
        {
            case ILocalReferenceOperation local:
                return Variable(local.Local, state);
            case IParameterReferenceOperation parameter:
                return Variable(parameter.Parameter, state);
            case IInstanceReferenceOperation:
                return "this";
            case IFieldReferenceOperation field:
                return Member(field.Instance, field.Field, state);
            case IPropertyReferenceOperation { Arguments.IsEmpty: true } property:
                return Member(property.Instance, property.Property, state);
            case IFlowCaptureReferenceOperation capture:
                if (state is not null)
                {
                    return state.Captures.TryGetValue(capture.Id, out var captured) ? captured.Path : null;
                }

                return CapturedValue(capture.Id) is { } value ? PathOf(value, null) : null;
            case IInvocationOperation invocation:
                var call = new StringBuilder(CallToken).Append(Id(invocation.TargetMethod)).Append('(');
                if (invocation.Instance is { } instance)
                {
                    if (PathOf(instance, state) is not { } receiver)
                    {
                        return null;
                    }

                    call.Append(receiver).Append(';');
                }

                foreach (var argument in invocation.Arguments)
                {
                    if (PathOf(argument.Value, state) is not { } path)
                    {
                        return null;
                    }

                    call.Append(path).Append(',');
                }

                return call.Append(')').ToString();
            default:
                return null;
        }
    }

    private string Variable(ISymbol symbol, FlowState? state)
    {
        var definition = state is not null && state.Variables.TryGetValue(symbol, out var slot) ? slot.Definition : 0;
        return VariableToken(symbol) + (state is null ? "*" : definition.ToString(CultureInfo.InvariantCulture)) + "}";
    }

    private string? Member(IOperation? instance, ISymbol member, FlowState? state)
    {
        var token = MemberToken + Id(member) + "}";
        if (instance is null)
        {
            return token;
        }

        return PathOf(instance, state) is { } receiver ? receiver + "." + token : null;
    }

    private int Id(ISymbol symbol)
    {
        var definition = symbol.OriginalDefinition;
        if (!ids.TryGetValue(definition, out var id))
        {
            id = ids.Count;
            ids[definition] = id;
        }

        return id;
    }

    private IOperation? CapturedValue(CaptureId id)
    {
        if (capturedValues is null)
        {
            capturedValues = new Dictionary<CaptureId, IOperation>();
            foreach (var block in graph?.Blocks ?? System.Collections.Immutable.ImmutableArray<BasicBlock>.Empty)
            {
                foreach (var operation in block.Operations)
                {
                    if (operation is IFlowCaptureOperation capture && !capturedValues.ContainsKey(capture.Id))
                    {
                        capturedValues[capture.Id] = capture.Value;
                    }
                }
            }
        }

        return capturedValues.TryGetValue(id, out var value) ? value : null;
    }

    /// <summary>A constant as text: strings quoted, so that the string "true" is not the constant true.</summary>
    private static string? Constant(IOperation operation)
    {
        if (!operation.ConstantValue.HasValue)
        {
            return null;
        }

        return operation.ConstantValue.Value switch
        {
            null => "null",
            string text => "\"" + text + "\"",
            bool flag => flag ? "true" : "false",
            var other => System.Convert.ToString(other, CultureInfo.InvariantCulture),
        };
    }

    public static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation { OperatorMethod: null } conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    private static string Normalized(string code)
    {
        var builder = new StringBuilder(code.Length);
        foreach (var c in code)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
