using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using EiAnalyzers.Reading.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EiAnalyzers.Reading.Flow;

/// <summary>
/// A branch condition by meaning: the fact it tests (or a constant), and whether it tests its negation. A test of a
/// value against constants (<c>==</c>, <c>Equals</c>, <c>is "a" or "b"</c>, a null test, <c>HasValue</c>) also
/// carries the value's path and the set it tests membership of, so that tests of other sets can be decided.
/// </summary>
internal readonly record struct Condition(string? Atom, bool Negated, bool? Constant = null, string? SetPath = null, ValueSet? Set = null)
{
    /// <summary>
    /// An atom that is false whenever <see cref="Atom"/> is true, though not the reverse: for values without a total
    /// order (floats, nullables), <c>a &lt; b</c> and <c>b &lt;= a</c> are never both true, and may both be false.
    /// </summary>
    public string? Excludes { get; init; }

    public Condition Negate() => this with { Negated = !Negated, Constant = Constant is { } value ? !value : null };

    public static readonly Condition Opaque = new(null, false);

    public static Condition Known(bool value) => new(null, false, value);

    /// <summary>"<paramref name="path"/> is in <paramref name="set"/>", the same atom for the same set however it is written.</summary>
    public static Condition Membership(string path, ValueSet set) =>
        set.Excludes
            ? Membership(path, set.Complement()).Negate()
            : new Condition("set:" + path + "=" + set.Key, false, null, path, set);
}

/// <summary>
/// Reads branch conditions by meaning, not by shape: the same symbols (locals and parameters at the same write),
/// members, indexers and array elements, calls with the same arguments, constants; <c>==</c>/<c>!=</c>,
/// <c>Equals</c>, patterns with <c>or</c>/<c>and</c>/<c>not</c>, null tests and <c>HasValue</c> as sets of values;
/// comparisons with their operands in one order (<c>a &gt; b</c> is <c>b &lt; a</c>, and for integers
/// <c>a &lt;= b</c> is <c>!(b &lt; a)</c>); a bool local as the condition it was given. Two conditions with the same
/// atom take the same value on a path, so that a host and an accelerator chosen by the same condition are never
/// combined across its arms; where the value tested is known on the path, the condition is decided.
/// </summary>
internal sealed class Conditions
{
    private readonly Dictionary<ISymbol, int> ids = new(SymbolEqualityComparer.Default);
    private readonly ControlFlowGraph? graph;
    private Dictionary<CaptureId, IOperation>? capturedValues;
    private Dictionary<ISymbol, IOperation>? singleWrites;

    public Conditions(ControlFlowGraph? graph)
    {
        this.graph = graph;
        CapturedWritten = CapturedWrites.Of(graph);
    }

    /// <summary>The locals and parameters the graph's lambdas and local functions write (see <see cref="CapturedWrites"/>).</summary>
    public HashSet<ISymbol> CapturedWritten { get; }

    /// <summary>The token of a variable in paths and facts; its prefix finds every fact about it.</summary>
    public string VariableToken(ISymbol symbol) => "{v" + Id(symbol) + "#";

    /// <summary>
    /// Facts about fields, properties, indexers and array elements may change when code of the project runs (calls
    /// are taken to answer the same for the same arguments). Members that cannot change after construction
    /// (readonly fields, init-only and get-only auto properties) have a token of their own.
    /// </summary>
    public const string MemberToken = "{f";

    private const string ImmutableToken = "{r";

    private const string CallToken = "{c";

    /// <summary>The token every path through <paramref name="member"/> contains, to forget the facts about it once it is written.</summary>
    public string MemberKey(ISymbol member) => MemberToken + Id(member) + "}";

    /// <summary>Contained by every path through an array element.</summary>
    public const string ElementKey = "{f[";

    /// <summary>What <paramref name="condition"/> tests, with <paramref name="peek"/> (when given) to read the value tested on this path.</summary>
    public Condition Read(IOperation condition, FlowState? state, System.Func<IOperation, Value>? peek = null)
    {
        condition = Unwrap(condition);
        if (condition.ConstantValue is { HasValue: true, Value: bool constant })
        {
            return Condition.Known(constant);
        }

        switch (condition)
        {
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not:
                return Read(not.Operand, state, peek).Negate();
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } binary:
                var equality = Equality(binary.LeftOperand, binary.RightOperand, state, peek);
                return binary.OperatorKind == BinaryOperatorKind.NotEquals ? equality.Negate() : equality;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.LessThan or BinaryOperatorKind.GreaterThan or BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.GreaterThanOrEqual } relational:
                return Relational(relational, state);
            case IBinaryOperation binary when PathOf(binary.LeftOperand, state) is { } left && PathOf(binary.RightOperand, state) is { } right:
                return new Condition($"bin:{binary.OperatorKind}:{left}:{right}", false);
            case IInvocationOperation invocation when StringEquality(invocation) is var (left, right):
                return Equality(left, right, state, peek);
            case IPropertyReferenceOperation { Property.Name: "HasValue", Instance: { } nullable } when IsNullable(nullable.Type):
                return Membership(nullable, ValueSet.Of("null"), state, peek).Negate();
            case IIsPatternOperation pattern when PathOf(pattern.Value, state) is { } path:
                return Pattern(pattern, path, state, peek);
            case IIsNullOperation isNull:
                return Membership(isNull.Operand, ValueSet.Of("null"), state, peek);
            case ILocalReferenceOperation local when AliasOf(local.Local, state) is { } alias:
                return alias;
            default:
                return PathOf(condition, state) is { } atom ? new Condition(atom, false) : Condition.Opaque;
        }
    }

    /// <summary>The condition a bool local holds: the one its only write gave it (<c>var useEi = !gpu;</c>).</summary>
    private Condition? AliasOf(ILocalSymbol local, FlowState? state)
    {
        if (state is not null)
        {
            return state.Variables.TryGetValue(local, out var slot) ? slot.Alias : null;
        }

        return SingleWriteOf(local) is { } value && Read(value, null) is { Atom: not null } alias ? alias : null;
    }

    private Condition Equality(IOperation left, IOperation right, FlowState? state, System.Func<IOperation, Value>? peek)
    {
        left = Unwrap(left);
        right = Unwrap(right);
        if (Constant(right) is { } rightValue)
        {
            return Compare(left, rightValue, right, state, peek);
        }

        if (Constant(left) is { } leftValue)
        {
            return Compare(right, leftValue, left, state, peek);
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

    private Condition Compare(IOperation operand, string constant, IOperation constantOperation, FlowState? state, System.Func<IOperation, Value>? peek)
    {
        // x == true is x; x == false is !x (for a bool?, x == true is "x is true", a value test).
        if (constantOperation.ConstantValue is { HasValue: true, Value: bool flag } && !IsNullable(operand.Type))
        {
            return Read(operand, state, peek) is var read && flag ? read : read.Negate();
        }

        return Membership(operand, ValueSet.Of(constant), state, peek);
    }

    /// <summary>"<paramref name="operand"/> is one of <paramref name="set"/>", decided where its value is known.</summary>
    private Condition Membership(IOperation operand, ValueSet set, FlowState? state, System.Func<IOperation, Value>? peek)
    {
        operand = Unwrap(operand);
        if (Constant(operand) is { } both)
        {
            return Condition.Known(ValueSet.Of(both).Decides(set) is true);
        }

        if (PathOf(operand, state) is not { } path)
        {
            return Condition.Opaque;
        }

        // A capture of a constant (the null arm of ?.): its path is the constant.
        if (path.StartsWith("c:", System.StringComparison.Ordinal))
        {
            return Condition.Known(ValueSet.Of(path.Substring(2)).Decides(set) is true);
        }

        if (peek is not null && KnownValue(operand, peek(operand)) is { } known && known.Decides(set) is { } decided)
        {
            return Condition.Known(decided);
        }

        return Condition.Membership(path, set);
    }

    /// <summary>What the path's value tells of a test against constants: null, not null, or (for a string) the text itself.</summary>
    private static ValueSet? KnownValue(IOperation operand, Value value)
    {
        if (value is not TextValue { Site: var site })
        {
            return null;
        }

        if (site.IsNull)
        {
            return ValueSet.Of("null");
        }

        if (site.Text is { } text && operand.Type?.SpecialType == SpecialType.System_String)
        {
            return ValueSet.Of("\"" + text + "\"");
        }

        return site.IsCertainlySet ? ValueSet.Of("null").Complement() : null;
    }

    private Condition Pattern(IIsPatternOperation pattern, string path, FlowState? state, System.Func<IOperation, Value>? peek)
    {
        if (SetOf(pattern.Pattern) is { } set)
        {
            return Membership(pattern.Value, set, state, peek);
        }

        return pattern.Pattern is IConstantPatternOperation { Value.ConstantValue: { HasValue: true, Value: bool flag } }
            ? new Condition(path, !flag)
            : new Condition("is:" + path + ":" + Normalized(pattern.Pattern.Syntax.ToString()), false);
    }

    /// <summary>The values a pattern of constants matches (<c>"a" or "b"</c>, <c>not null</c>, <c>{ }</c>); null for any other pattern.</summary>
    private static ValueSet? SetOf(IPatternOperation pattern)
    {
        switch (pattern)
        {
            case IConstantPatternOperation { Value: var value } when value.ConstantValue is { HasValue: true, Value: not bool } && Constant(Unwrap(value)) is { } constant:
                return ValueSet.Of(constant);
            case INegatedPatternOperation negated:
                return SetOf(negated.Pattern)?.Complement();
            case IBinaryPatternOperation binary when SetOf(binary.LeftPattern) is { } left && SetOf(binary.RightPattern) is { } right:
                return binary.OperatorKind == BinaryOperatorKind.Or ? left.Union(right) : left.Intersect(right);
            case IRecursivePatternOperation { MatchedType: var matched, DeconstructionSubpatterns.IsEmpty: true, PropertySubpatterns.IsEmpty: true, DeclaredSymbol: null }
                when matched is null || SymbolEqualityComparer.Default.Equals(matched, pattern.InputType)
                    || (pattern.InputType is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
                        && SymbolEqualityComparer.Default.Equals(nullable.TypeArguments[0], matched)):
                return ValueSet.Of("null").Complement();
            default:
                return null;
        }
    }

    /// <summary>
    /// <c>a &lt; b</c>, <c>a &gt; b</c>, <c>a &lt;= b</c>, <c>a &gt;= b</c> as one atom in one operand order. For integers, chars and enums
    /// (total orders without NaN or null) <c>a &lt;= b</c> is the negation of <c>b &lt; a</c>.
    /// </summary>
    private Condition Relational(IBinaryOperation relational, FlowState? state)
    {
        if (PathOf(relational.LeftOperand, state) is not { } left || PathOf(relational.RightOperand, state) is not { } right)
        {
            return Condition.Opaque;
        }

        var total = IsTotallyOrdered(relational.LeftOperand) && IsTotallyOrdered(relational.RightOperand);
        switch (relational.OperatorKind)
        {
            case BinaryOperatorKind.LessThan:
                return LessThan(left, right, total);
            case BinaryOperatorKind.GreaterThan:
                return LessThan(right, left, total);
            case BinaryOperatorKind.LessThanOrEqual:
                return total ? LessThan(right, left, total).Negate() : AtMost(left, right);
            default:
                return total ? LessThan(left, right, total).Negate() : AtMost(right, left);
        }
    }

    private static Condition LessThan(string left, string right, bool total) =>
        new("lt:" + left + ":" + right, false) { Excludes = total ? null : "le:" + right + ":" + left };

    private static Condition AtMost(string left, string right) =>
        new("le:" + left + ":" + right, false) { Excludes = "lt:" + right + ":" + left };

    private static bool IsTotallyOrdered(IOperation operand) =>
        Unwrap(operand).Type is { } type
        && (type.TypeKind == TypeKind.Enum
            || type.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_Int16 or SpecialType.System_SByte
                or SpecialType.System_Byte or SpecialType.System_UInt16 or SpecialType.System_UInt32 or SpecialType.System_UInt64 or SpecialType.System_Char);

    /// <summary><c>string.Equals(a, b)</c>, <c>a.Equals(b)</c> (ordinal: the same test as <c>==</c>).</summary>
    private static (IOperation Left, IOperation Right)? StringEquality(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (method.Name != "Equals" || method.ContainingType?.SpecialType != SpecialType.System_String)
        {
            return null;
        }

        var arguments = invocation.Arguments;
        var ordinal = arguments.Length == 0 || arguments[arguments.Length - 1].Value.Type?.SpecialType == SpecialType.System_String
            || (arguments[arguments.Length - 1].Value.ConstantValue is { HasValue: true, Value: int comparison } && comparison == (int)System.StringComparison.Ordinal);
        if (!ordinal)
        {
            return null;
        }

        var strings = arguments.Where(a => a.Value.Type?.SpecialType == SpecialType.System_String || a.Value.ConstantValue is { HasValue: true, Value: null }).Select(a => a.Value).ToList();
        return (invocation.Instance, strings.Count) switch
        {
            (null, 2) => (strings[0], strings[1]),
            ({ } instance, 1) => (instance, strings[0]),
            _ => null,
        };
    }

    private static bool IsNullable(ITypeSymbol? type) => type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T };

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
            case IDefaultValueOperation { Type: var type } when type is { IsReferenceType: true } || IsNullable(type):
                // The null arm of ?. on a nullable value.
                return "c:null";
            case IFieldReferenceOperation field:
                return Member(field.Instance, field.Field, state);
            case IPropertyReferenceOperation { Arguments.IsEmpty: true } property:
                return Member(property.Instance, property.Property, state);
            case IPropertyReferenceOperation indexer:
                // config["UseGpu"], all[i]: the indexer with its arguments.
                return Member(indexer.Instance, indexer.Property, state) is { } item && Arguments(indexer.Arguments.Select(a => a.Value), state) is { } keys
                    ? item + "[" + keys + "]"
                    : null;
            case IArrayElementReferenceOperation element:
                return PathOf(element.ArrayReference, state) is { } array && Arguments(element.Indices, state) is { } indices
                    ? array + "." + ElementKey + indices + "]}"
                    : null;
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

                return Arguments(invocation.Arguments.Select(a => a.Value), state) is { } arguments ? call.Append(arguments).Append(')').ToString() : null;
            default:
                return null;
        }
    }

    private string Variable(ISymbol symbol, FlowState? state)
    {
        var definition = state is not null && state.Variables.TryGetValue(symbol, out var slot) ? slot.Definition : 0;
        return VariableToken(symbol) + (state is null ? "*" : definition.ToString(CultureInfo.InvariantCulture)) + "}";
    }

    private string? Arguments(IEnumerable<IOperation> arguments, FlowState? state)
    {
        var keys = new StringBuilder();
        foreach (var argument in arguments)
        {
            if (PathOf(argument, state) is not { } path)
            {
                return null;
            }

            keys.Append(path).Append(',');
        }

        return keys.ToString();
    }

    private string? Member(IOperation? instance, ISymbol member, FlowState? state)
    {
        var token = (IsImmutable(member) ? ImmutableToken + Id(member) + "}" : MemberKey(member));
        if (instance is null)
        {
            return token;
        }

        return PathOf(instance, state) is { } receiver ? receiver + "." + token : null;
    }

    /// <summary>
    /// Members no code can change once the object is built: consts and readonly fields, init-only properties
    /// (records' positional ones), and get-only auto properties of the project.
    /// </summary>
    private static bool IsImmutable(ISymbol member) =>
        member switch
        {
            IFieldSymbol field => field.IsConst || field.IsReadOnly,
            IPropertySymbol { IsIndexer: false } property => property.SetMethod is { IsInitOnly: true } || (property.SetMethod is null && IsAutoProperty(property)),
            _ => false,
        };

    private static bool IsAutoProperty(IPropertySymbol property) =>
        property.DeclaringSyntaxReferences.Length == 1
        && property.DeclaringSyntaxReferences[0].GetSyntax() is Microsoft.CodeAnalysis.CSharp.Syntax.PropertyDeclarationSyntax { ExpressionBody: null, AccessorList: { } accessors }
        && accessors.Accessors.All(a => a.Body is null && a.ExpressionBody is null);

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
                    // Of the values a capture takes (the arms of ?:, ??, ?.), the first that is not a constant names it.
                    if (operation is IFlowCaptureOperation capture
                        && (!capturedValues.TryGetValue(capture.Id, out var earlier) || (earlier.ConstantValue.HasValue && !capture.Value.ConstantValue.HasValue)))
                    {
                        capturedValues[capture.Id] = capture.Value;
                    }
                }
            }
        }

        return capturedValues.TryGetValue(id, out var value) ? value : null;
    }

    /// <summary>The value of a local written once in the graph (its declaration), and nowhere else (not by ref, not in a lambda).</summary>
    private IOperation? SingleWriteOf(ILocalSymbol local)
    {
        if (singleWrites is null)
        {
            singleWrites = new Dictionary<ISymbol, IOperation>(SymbolEqualityComparer.Default);
            var written = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            foreach (var block in graph?.Blocks ?? System.Collections.Immutable.ImmutableArray<BasicBlock>.Empty)
            {
                foreach (var operation in block.Operations.SelectMany(o => o.DescendantsAndSelf()))
                {
                    if (operation is ILocalReferenceOperation reference && CapturedWrites.IsWritten(reference))
                    {
                        if (!written.Add(reference.Local) || reference.Parent is not ISimpleAssignmentOperation assignment)
                        {
                            singleWrites[reference.Local] = null!;
                        }
                        else if (!singleWrites.ContainsKey(reference.Local))
                        {
                            singleWrites[reference.Local] = assignment.Value;
                        }
                    }
                }
            }

            foreach (var captured in CapturedWritten)
            {
                singleWrites[captured] = null!;
            }
        }

        return singleWrites.TryGetValue(local, out var value) ? value : null;
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
