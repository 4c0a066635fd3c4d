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
    /// The local a condition was read through (a bool local holding it), whose own tests count as tests of it.
    /// </summary>
    public string? Via { get; init; }

    /// <summary>
    /// An atom that is false whenever <see cref="Atom"/> is true, though not the reverse: for values without a total
    /// order (floats, nullables), <c>a &lt; b</c> and <c>b &lt;= a</c> are never both true, and may both be false.
    /// </summary>
    public string? Excludes { get; init; }

    /// <summary>Conditions that hold whenever <see cref="Atom"/> does (the property tests of a pattern of several properties).</summary>
    public Condition[]? Implied { get; init; }

    /// <summary>
    /// <see cref="Atom"/> holds exactly when every one of <see cref="Implied"/> does (a pattern all of whose parts are
    /// read): where it fails, they do not all hold.
    /// </summary>
    public bool Conjunction { get; init; }

    /// <summary>The value a property pattern tests: where <see cref="Atom"/> is <see cref="NotNullWhen"/> (the pattern matched), it is not null.</summary>
    public string? NotNullPath { get; init; }

    public bool NotNullWhen { get; init; }

    /// <summary>Every value <see cref="SetPath"/> can take, where they are few (a <c>bool?</c>'s): what a path learns of it is kept within them.</summary>
    public ValueSet? Universe { get; init; }

    /// <summary>The atom as a test of one string value (a string method's, an ignore-case test), for paths that know the value's constants.</summary>
    public StringTest? Test { get; init; }

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
internal sealed partial class Conditions
{
    private readonly Dictionary<ISymbol, int> ids = new(SymbolEqualityComparer.Default);
    private readonly ControlFlowGraph? graph;
    private Dictionary<CaptureId, IOperation>? capturedValues;
    private Dictionary<ISymbol, IOperation>? singleWrites;
    private Dictionary<ISymbol, List<IOperation>>? valuesWritten;

    public Conditions(ControlFlowGraph? graph)
    {
        this.graph = graph;
        CapturedWritten = CapturedWrites.Of(graph);
    }

    /// <summary>The variables and fields the graph's lambdas and local functions write (see <see cref="CapturedWrites"/>).</summary>
    public CapturedWrites CapturedWritten { get; }

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
    public static string MemberKey(ISymbol member)
    {
        member = TupleElement(member);
        return (IsImmutable(member) ? ImmutableToken : MemberToken) + member.Name + "#";
    }

    /// <summary>A tuple's named element (<c>t.gpu</c>) is the field it names (<c>t.Item1</c>): one member by either name.</summary>
    private static ISymbol TupleElement(ISymbol member) =>
        member is IFieldSymbol { CorrespondingTupleField: { } underlying } && !SymbolEqualityComparer.Default.Equals(underlying, member) ? underlying : member;

    /// <summary>Contained by every path through an array element.</summary>
    public const string ElementKey = "{f[";

    /// <summary>What <paramref name="condition"/> tests, with <paramref name="peek"/> (when given) to read the value tested on this path.</summary>
    public Condition Read(IOperation condition, FlowState? state, System.Func<IOperation, Value>? peek = null)
    {
        condition = Strip(condition);
        if (condition.ConstantValue is { HasValue: true, Value: bool constant })
        {
            return Condition.Known(constant);
        }

        switch (condition)
        {
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not:
                return Read(not.Operand, state, peek).Negate();
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } binary:
                var equality = binary.OperatorMethod is null
                    ? Equality(binary.LeftOperand, binary.RightOperand, state, peek, ignoreCase: false)
                    : UserDefinedEquality(binary, state, peek);
                return binary.OperatorKind == BinaryOperatorKind.NotEquals ? equality.Negate() : equality;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.LessThan or BinaryOperatorKind.GreaterThan or BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.GreaterThanOrEqual } relational:
                return Relational(relational, state);
            case IBinaryOperation binary when PathOf(binary.LeftOperand, state) is { } left && PathOf(binary.RightOperand, state) is { } right:
                return new Condition($"bin:{binary.OperatorKind}:{left}:{right}", false);
            case IInvocationOperation invocation when StringEquality(invocation) is var (left, right, ignoreCase):
                return Equality(left, right, state, peek, ignoreCase);
            case IInvocationOperation invocation when StringMethodTest(invocation, state, peek) is { } stringTest:
                return stringTest;
            case IPropertyReferenceOperation { Property.Name: "HasValue", Instance: { } nullable } when IsNullable(nullable.Type):
                return Membership(nullable, ValueSet.Of("null"), state, peek).Negate();
            case IIsPatternOperation pattern when PathOf(pattern.Value, state) is { } path:
                return Pattern(pattern, path, state, peek);
            case IIsTypeOperation { IsNegated: var negated, TypeOperand: var type, ValueOperand: { Type: { } valueType } value } when IsInputType(valueType, type):
                // x is string, for a string x: x is not null.
                var notNull = Membership(value, ValueSet.Of("null"), state, peek).Negate();
                return negated ? notNull.Negate() : notNull;
            case IIsNullOperation isNull:
                return Membership(isNull.Operand, ValueSet.Of("null"), state, peek);
            case ILocalReferenceOperation local when AliasOf(local.Local, state) is { } alias:
                // Kept as a fact when either the condition or the local is tested more than once.
                return alias with { Via = OwnName(local.Local, state) };
            case IInvocationOperation { TargetMethod.Name: "GetValueOrDefault", Arguments.IsEmpty: true, Instance: { } nullable } when IsNullable(nullable.Type):
                // maybe ?? false, maybe.GetValueOrDefault(): true exactly where maybe == true.
                return Membership(nullable, ValueSet.Of("true"), state, peek);
            case IPropertyReferenceOperation { Property.Name: "Value", Instance: { } nullable } when IsNullable(nullable.Type):
                return Membership(nullable, ValueSet.Of("true"), state, peek);
            case IFlowCaptureReferenceOperation capture when state is not null && state.Captures.TryGetValue(capture.Id, out var captured) && captured.Condition is { } held:
                // A bool the graph captured (an arm of maybe ?? false, of gpu && n > 4): the condition it was then.
                return held;
            case IFlowCaptureReferenceOperation capture when state is null && CapturedValue(capture.Id) is { Type.SpecialType: SpecialType.System_Boolean } source:
                return Read(source, null);
            case IPropertyReferenceOperation { Type.SpecialType: SpecialType.System_Boolean } computed
                when ThroughGetter(computed, state, (body, _) => Read(body, state)) is { } getter && IsRead(getter):
                return getter;
            default:
                // A bool read as it is: decided where the path knows its value (a constant written to it).
                return PathOf(condition, state) is { } atom
                    ? new Condition(atom, false, null, atom, condition.Type?.SpecialType == SpecialType.System_Boolean ? ValueSet.Of("true") : null)
                    : Condition.Opaque;
        }
    }

    /// <summary>The constant an operation writes, as conditions compare it; null when it is not a constant.</summary>
    public static string? ConstantOf(IOperation operation) => Constant(operation, ignoreCase: false);

    /// <summary>The condition a bool local holds: the one its only write gave it (<c>var useEi = !gpu;</c>).</summary>
    private Condition? AliasOf(ILocalSymbol local, FlowState? state)
    {
        if (IsVolatile(local))
        {
            return null;
        }

        if (state is not null)
        {
            return state.Variables.TryGetValue(local, out var slot) ? slot.Alias : null;
        }

        return SingleWriteOf(local) is { } value && Read(value, null) is { Atom: not null } alias ? alias : null;
    }

    /// <summary>
    /// <c>==</c> of a type's own operator: for the SDK's ConstantClass (which compares its texts ignoring case) a test
    /// against constants in any case; for any other, the same operands are the same test.
    /// </summary>
    private Condition UserDefinedEquality(IBinaryOperation binary, FlowState? state, System.Func<IOperation, Value>? peek)
    {
        if (IsConstantClass(binary.OperatorMethod!.ContainingType))
        {
            return Equality(ThroughTextConversion(binary.LeftOperand), ThroughTextConversion(binary.RightOperand), state, peek, ignoreCase: true);
        }

        // a != b of an operator declared as the negation of its ==: the negation of a == b (the caller negates).
        var method = binary.OperatorKind == BinaryOperatorKind.NotEquals && EqualityNegatedByCached(binary.OperatorMethod!) is { } equality ? equality : binary.OperatorMethod!;
        return PathOf(binary.LeftOperand, state) is { } left && PathOf(binary.RightOperand, state) is { } right
            ? new Condition("op:" + Id(method) + ":" + left + ":" + right, false)
            : Condition.Opaque;
    }

    /// <summary>A string constant given where a ConstantClass is expected (its implicit conversion): the constant.</summary>
    private static IOperation ThroughTextConversion(IOperation operand) =>
        operand is IConversionOperation { OperatorMethod: not null, Operand: var text } && text.ConstantValue.HasValue ? text : operand;

    private static bool IsConstantClass(ITypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current is { Name: "ConstantClass", ContainingNamespace: { Name: "Runtime", ContainingNamespace: { Name: "Amazon", ContainingNamespace.IsGlobalNamespace: true } } })
            {
                return true;
            }
        }

        return false;
    }

    private Condition Equality(IOperation left, IOperation right, FlowState? state, System.Func<IOperation, Value>? peek, bool ignoreCase)
    {
        // The constant as the comparison sees it (0.1f compared with a double is 0.10000000149011612).
        if (Constant(right, ignoreCase) is { } rightValue)
        {
            return Compare(Strip(left), rightValue, Strip(right), state, peek, ignoreCase);
        }

        if (Constant(left, ignoreCase) is { } leftValue)
        {
            return Compare(Strip(right), leftValue, Strip(left), state, peek, ignoreCase);
        }

        left = Strip(left);
        right = Strip(right);
        if (ignoreCase)
        {
            return Condition.Opaque;
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

    private Condition Compare(IOperation operand, string constant, IOperation constantOperation, FlowState? state, System.Func<IOperation, Value>? peek, bool ignoreCase)
    {
        // x == true is x; x == false is !x (for a bool?, x == true is "x is true", a value test).
        if (constantOperation.ConstantValue is { HasValue: true, Value: bool flag } && !IsNullable(operand.Type))
        {
            return Read(operand, state, peek) is var read && flag ? read : read.Negate();
        }

        return Membership(operand, ValueSet.Of(constant), state, peek, ignoreCase ? "ci:" : "");
    }

    /// <summary>"<paramref name="operand"/> is one of <paramref name="set"/>", decided where its value is known.</summary>
    /// <param name="kind">"ci:" for a test that ignores case (its constants are lower case): a set of its own for the value.</param>
    private Condition Membership(IOperation operand, ValueSet set, FlowState? state, System.Func<IOperation, Value>? peek, string kind = "")
    {
        operand = Strip(operand);
        if (Constant(operand, kind.Length > 0) is { } both)
        {
            return Condition.Known(ValueSet.Of(both).Decides(set) is true);
        }

        if (ThroughGetter(operand, state, (body, _) => ComputedMembership(body, set, state, kind) ?? Condition.Opaque) is { } computed && IsRead(computed))
        {
            return computed;
        }

        if (PathOf(operand, state) is not { } valuePath)
        {
            return Condition.Opaque;
        }

        var path = kind + valuePath;

        // A capture of a constant (the null arm of ?.): its path is the constant.
        if (kind.Length == 0 && IsConstantPath(path))
        {
            return Condition.Known(ValueSet.Of(path.Substring(2)).Decides(set) is true);
        }

        // For a test that ignores case, the text known in lower case, as its constants are.
        if (peek is not null && KnownValue(operand, peek(operand)) is { } known && (kind.Length == 0 ? known : LowerCased(known)) is { } compared
            && compared.Decides(set) is { } decided)
        {
            return Condition.Known(decided);
        }

        // A bool? is one of three values: one that is neither false nor null is true.
        var membership = kind.Length == 0 && IsNullable(operand.Type) && ((INamedTypeSymbol)operand.Type!).TypeArguments[0].SpecialType == SpecialType.System_Boolean
            ? Condition.Membership(path, set) with { Universe = ValueSet.Of("false", "null", "true") }
            : Condition.Membership(path, set);
        if (CaseMappedTest(operand, membership, state, kind) is not { } test)
        {
            return membership;
        }

        // Ignoring case, or of a case mapping: a test of the string itself, decided where its text is known.
        var tested = kind.Length > 0 ? operand : ((IInvocationOperation)operand).Instance!;
        var text = peek is not null && KnownValue(tested, peek(tested)) is { Excludes: false } knownText ? knownText : null;
        if (text is not null && Decided(test, text) is { } byText)
        {
            return Condition.Known(membership.Negated ? !byText : byText);
        }

        return membership with { Test = test.WithKnownValues(text) };
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

        switch (pattern.Pattern)
        {
            case IConstantPatternOperation { Value.ConstantValue: { HasValue: true, Value: bool flag } } when !IsNullable(pattern.Value.Type):
                return flag ? Read(pattern.Value, state, peek) : Read(pattern.Value, state, peek).Negate();
            case IConstantPatternOperation { Value.ConstantValue: { HasValue: true, Value: bool } } constantPattern:
                // On a bool?, "is true" is "== true": a value test.
                return Membership(pattern.Value, ValueSet.Of(Constant(constantPattern.Value)!), state, peek);
            case IRelationalPatternOperation relational when RelationalTest(relational, pattern.Value, path, state) is { } comparison:
                return comparison;
            case var property when PropertyTest(property, path) is { } test:
                return Matched(test, pattern.Value, path);
            case INegatedPatternOperation { Pattern: var negated } when PropertyTest(negated, path) is { } test:
                return Matched(test, pattern.Value, path).Negate();
            case var properties when PropertiesTest(properties, pattern.Value, path, state) is { } test:
                return Matched(test, pattern.Value, path);
            case INegatedPatternOperation { Pattern: var negated } when PropertiesTest(negated, pattern.Value, path, state) is { } test:
                return Matched(test, pattern.Value, path).Negate();
            default:
                return new Condition("is:" + path + ":" + Normalized(pattern.Pattern.Syntax.ToString()), false);
        }
    }

    /// <summary><c>x is &lt; 2</c> is <c>x &lt; 2</c>.</summary>
    private Condition? RelationalTest(IRelationalPatternOperation relational, IOperation value, string path, FlowState? state)
    {
        if (PathOf(relational.Value, state) is not { } boundPath)
        {
            return null;
        }

        if (path == "c:null")
        {
            return Condition.Known(false);
        }

        var comparison = Compare(relational.OperatorKind, path, boundPath, IsTotallyOrdered(value) && IsTotallyOrdered(relational.Value));
        return NotNullWhereItHolds(comparison, value, path);
    }

    /// <summary>
    /// <paramref name="test"/>, read as the pattern matching: where it matches, the value is not null (a host chosen by
    /// <c>s is { UseGpu: true }</c> and an accelerator by <c>s is null</c> are never combined).
    /// </summary>
    private static Condition Matched(Condition test, IOperation value, string path) =>
        value.Type is { IsReferenceType: true } or INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T }
        && !IsConstantPath(path)
            ? test with { NotNullPath = path, NotNullWhen = !test.Negated }
            : test;

    /// <summary>
    /// <c>o is { UseGpu: true }</c>, <c>o is { Mode: "ei" or "cpu" }</c>: one property of the value tested against constants,
    /// the same test as <c>o.UseGpu</c> or <c>o.Mode is "ei" or "cpu"</c> (a later read of the property finds <c>o</c> not
    /// null, or throws). Null for any other pattern: several properties, a type test, a declared variable.
    /// </summary>
    private Condition? PropertyTest(IPatternOperation pattern, string path) =>
        pattern is IRecursivePatternOperation { DeconstructionSubpatterns.IsEmpty: true, PropertySubpatterns.Length: 1, DeclaredSymbol: null } recursive
        && (recursive.MatchedType is not { } matched || IsInputType(recursive.InputType, matched))
            ? SubpatternTest(recursive.PropertySubpatterns[0], path)
            : null;

    /// <summary>
    /// <c>o is { Mode: "gpu", UseGpu: true }</c>, <c>o is { Mode: "gpu" } and { UseGpu: true }</c>: a condition of its
    /// own, whose truth implies each property test it reads (a path that takes it knows <c>o.UseGpu</c>; one that knew
    /// <c>!o.UseGpu</c> cannot take it); where every part is read, it is their conjunction, so that a path that knew
    /// them all cannot see it fail (as for one property, a null <c>o</c> is not told apart).
    /// </summary>
    private Condition? PropertiesTest(IPatternOperation pattern, IOperation value, string path, FlowState? state)
    {
        if (pattern is not (IRecursivePatternOperation or IBinaryPatternOperation { OperatorKind: BinaryOperatorKind.And }))
        {
            return null;
        }

        var parts = new List<Condition>();
        var complete = Conjuncts(pattern, value, path, state, parts);
        return parts.Count == 0
            ? null
            : new Condition("is:" + path + ":" + Normalized(pattern.Syntax.ToString()), false) { Implied = parts.ToArray(), Conjunction = complete };
    }

    /// <summary>
    /// The tests a pattern (or an <c>and</c> of patterns) of the value reads: of its properties, and comparisons
    /// (<c>n is &gt; 4 and &lt; 10</c>); false where it tests more than they say.
    /// </summary>
    private bool Conjuncts(IPatternOperation pattern, IOperation value, string path, FlowState? state, List<Condition> parts)
    {
        switch (pattern)
        {
            case IRelationalPatternOperation relational when RelationalTest(relational, value, path, state) is { } comparison:
                parts.Add(comparison);
                return true;
            case IRecursivePatternOperation recursive when !recursive.PropertySubpatterns.IsEmpty || !recursive.DeconstructionSubpatterns.IsEmpty:
                var complete = recursive.DeclaredSymbol is null && (recursive.MatchedType is not { } matched || IsInputType(recursive.InputType, matched));
                if (recursive is { DeclaredSymbol: null, DeconstructionSubpatterns.IsEmpty: true, MatchedType: { } type, InputType.IsReferenceType: true }
                    && (type.IsReferenceType || (type.IsValueType && !IsNullable(type)))
                    && !IsInputType(recursive.InputType, type) && !IsConstantPath(path))
                {
                    // o is Settings { UseGpu: true }: (o as Settings) is not null, and its properties' tests hold.
                    path = TryCastPath(path, type);
                    parts.Add(Condition.Membership(path, ValueSet.Of("null")).Negate());
                    complete = true;
                }

                for (var position = 0; position < recursive.DeconstructionSubpatterns.Length; position++)
                {
                    // A record's positional pattern: each position is its property's test (a discard tests nothing).
                    var positional = recursive.DeconstructionSubpatterns[position];
                    if (positional is IDiscardPatternOperation)
                    {
                        continue;
                    }

                    if (PositionalProperty(recursive.DeconstructSymbol, position) is { } property && MemberTest(property, property.Type, positional, path) is { } test)
                    {
                        parts.Add(test);
                    }
                    else
                    {
                        complete = false;
                    }
                }

                foreach (var subpattern in recursive.PropertySubpatterns)
                {
                    if (SubpatternTest(subpattern, path) is { } part)
                    {
                        parts.Add(part);
                    }
                    else if (NestedSubpattern(subpattern, path) is var (member, memberPath, nested))
                    {
                        // { Inner.UseGpu: true }, { Inner: { UseGpu: true } }: Inner is not null, and its own tests hold.
                        parts.Add(Condition.Membership(memberPath, ValueSet.Of("null")).Negate());
                        complete = Conjuncts(nested, member, memberPath, state, parts) && complete;
                    }
                    else
                    {
                        complete = false;
                    }
                }

                return complete;
            case IBinaryPatternOperation { OperatorKind: BinaryOperatorKind.And } both:
                var left = Conjuncts(both.LeftPattern, value, path, state, parts);
                return Conjuncts(both.RightPattern, value, path, state, parts) && left;
            default:
                return false;
        }
    }

    /// <summary>One property of the value tested against constants (<c>UseGpu: true</c>, <c>Mode: "ei" or "cpu"</c>), as a test of the property.</summary>
    private Condition? SubpatternTest(IPropertySubpatternOperation subpattern, string path)
    {
        if (subpattern is not { Member: IMemberReferenceOperation { Instance: IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.PatternInput } } member, Pattern: var inner }
            || member is not (IPropertyReferenceOperation { Arguments.IsEmpty: true } or IFieldReferenceOperation))
        {
            return null;
        }

        return MemberTest(member.Member, member.Type, inner, path);
    }

    /// <summary>A property of the value tested by a pattern of its own properties (an extended property pattern's member chain included).</summary>
    private (IOperation Member, string Path, IPatternOperation Pattern)? NestedSubpattern(IPropertySubpatternOperation subpattern, string path) =>
        subpattern is
        {
            Member: IMemberReferenceOperation { Instance: IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.PatternInput } } member,
            Pattern: IRecursivePatternOperation { DeclaredSymbol: null, MatchedType: var matched } nested,
        }
        && member is IPropertyReferenceOperation { Arguments.IsEmpty: true } or IFieldReferenceOperation
        && member.Type is { IsReferenceType: true } type
        && (matched is null || IsInputType(type, matched))
            ? (member, path + "." + MemberSegment(member.Member), nested)
            : null;

    private Condition? MemberTest(ISymbol member, ITypeSymbol? type, IPatternOperation inner, string path)
    {
        var memberPath = path + "." + MemberSegment(member);
        if (SetOf(inner) is { } set)
        {
            return Condition.Membership(memberPath, set);
        }

        return inner is IConstantPatternOperation { Value.ConstantValue: { HasValue: true, Value: bool flag } } && !IsNullable(type)
            ? new Condition(memberPath, !flag, null, memberPath, ValueSet.Of("true"))
            : null;
    }

    /// <summary>
    /// The property a position of <c>r is ("gpu", true)</c> reads, for a record's own Deconstruct (the compiler's, which
    /// gives each positional property); null for any other Deconstruct.
    /// </summary>
    private static IPropertySymbol? PositionalProperty(ISymbol? deconstruct, int position) =>
        deconstruct is IMethodSymbol { Name: "Deconstruct", IsImplicitlyDeclared: true, ContainingType: { IsRecord: true } record } method
        && position < method.Parameters.Length
            ? record.GetMembers(method.Parameters[position].Name).OfType<IPropertySymbol>().FirstOrDefault(p => !p.IsStatic && p.Parameters.IsEmpty)
            : null;

    /// <summary>The values a pattern of constants matches (<c>"a" or "b"</c>, <c>not null</c>, <c>{ }</c>); null for any other pattern.</summary>
    private static ValueSet? SetOf(IPatternOperation pattern)
    {
        switch (pattern)
        {
            case IConstantPatternOperation { Value: var value } when value.ConstantValue is { HasValue: true, Value: not bool } && Constant(value) is { } constant:
                return ValueSet.Of(constant);
            case INegatedPatternOperation negated:
                return SetOf(negated.Pattern)?.Complement();
            case IBinaryPatternOperation binary when SetOf(binary.LeftPattern) is { } left && SetOf(binary.RightPattern) is { } right:
                return binary.OperatorKind == BinaryOperatorKind.Or ? left.Union(right) : left.Intersect(right);
            case ITypePatternOperation { MatchedType: var type } when IsInputType(pattern.InputType, type):
                // x is string, for a string x: x is not null.
                return ValueSet.Of("null").Complement();
            case IDeclarationPatternOperation { MatchedType: var type, DeclaredSymbol: not null } when IsInputType(pattern.InputType, type):
                return ValueSet.Of("null").Complement();
            case IRecursivePatternOperation { MatchedType: var matched, DeconstructionSubpatterns.IsEmpty: true, PropertySubpatterns.IsEmpty: true, DeclaredSymbol: null }
                when matched is null || IsInputType(pattern.InputType, matched):
                return ValueSet.Of("null").Complement();
            default:
                return null;
        }
    }

    private static bool IsInputType(ITypeSymbol input, ITypeSymbol? matched) =>
        matched is not null
        && (SymbolEqualityComparer.Default.Equals(input.WithNullableAnnotation(NullableAnnotation.None), matched.WithNullableAnnotation(NullableAnnotation.None))
            || (input is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
                && SymbolEqualityComparer.Default.Equals(nullable.TypeArguments[0], matched)));

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

        // A lifted comparison with null (the null arm of all?.Count > 0) is false.
        if (left == "c:null" || right == "c:null")
        {
            return Condition.Known(false);
        }

        var comparison = Compare(relational.OperatorKind, left, right, IsTotallyOrdered(relational.LeftOperand) && IsTotallyOrdered(relational.RightOperand));
        return NotNullWhereItHolds(NotNullWhereItHolds(comparison, relational.LeftOperand, left), relational.RightOperand, right);
    }

    /// <summary><c>left &lt; right</c>, <c>&gt;</c>, <c>&lt;=</c> or <c>&gt;=</c> (a binary comparison's or a relational pattern's operator) as one atom in one operand order.</summary>
    private static Condition Compare(BinaryOperatorKind kind, string left, string right, bool total) => kind switch
    {
        BinaryOperatorKind.LessThan => LessThan(left, right, total),
        BinaryOperatorKind.GreaterThan => LessThan(right, left, total),
        BinaryOperatorKind.LessThanOrEqual => total ? LessThan(right, left, total).Negate() : AtMost(left, right),
        _ => total ? LessThan(left, right, total).Negate() : AtMost(right, left),
    };

    /// <summary>A comparison of a nullable that holds (count &gt; 2) finds it not null; one that fails says nothing of it.</summary>
    private static Condition NotNullWhereItHolds(Condition comparison, IOperation operand, string path) =>
        comparison is { Negated: false, NotNullPath: null } && IsNullable(Strip(operand).Type) && !IsConstantPath(path)
            ? comparison with { NotNullPath = path, NotNullWhen = true }
            : comparison;

    /// <summary>
    /// <c>left &lt; right</c>; of an integer and a constant, counted by the value compared (so that <c>n &gt; 5</c> and
    /// <c>n &lt; 3</c> are kept, and bound each other: see PathExplorer.Bounded).
    /// </summary>
    private static Condition LessThan(string left, string right, bool total) =>
        new("lt:" + left + ":" + right, false, null, ComparedWithConstant(left, right, total))
        {
            Excludes = total ? null : "le:" + right + ":" + left,
        };

    private static string? ComparedWithConstant(string left, string right, bool total) =>
        !total ? null
        : IsConstantPath(left) && !IsConstantPath(right) ? right
        : IsConstantPath(right) && !IsConstantPath(left) ? left
        : null;

    private static Condition AtMost(string left, string right) =>
        new("le:" + left + ":" + right, false) { Excludes = "lt:" + right + ":" + left };

    private static bool IsTotallyOrdered(IOperation operand) =>
        Strip(operand).Type is { } type
        && (type.TypeKind == TypeKind.Enum
            || type.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_Int16 or SpecialType.System_SByte
                or SpecialType.System_Byte or SpecialType.System_UInt16 or SpecialType.System_UInt32 or SpecialType.System_UInt64 or SpecialType.System_Char);

    /// <summary>
    /// <c>string.Equals(a, b)</c>, <c>a.Equals(b)</c>: ordinal, the same test as <c>==</c>; with
    /// <c>StringComparison.OrdinalIgnoreCase</c> or <c>InvariantCultureIgnoreCase</c>, a test that ignores case. Any other
    /// comparison (a culture's) is not read as a value test.
    /// </summary>
    private static (IOperation Left, IOperation Right, bool IgnoreCase)? StringEquality(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (method.Name != "Equals" || method.ContainingType?.SpecialType != SpecialType.System_String)
        {
            return null;
        }

        var ignoreCase = false;
        var strings = new List<IOperation>();
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Type is { TypeKind: TypeKind.Enum, Name: "StringComparison" })
            {
                switch (argument.Value.ConstantValue is { HasValue: true, Value: int comparison } ? (System.StringComparison?)comparison : null)
                {
                    case System.StringComparison.Ordinal:
                        break;
                    case System.StringComparison.OrdinalIgnoreCase or System.StringComparison.InvariantCultureIgnoreCase:
                        ignoreCase = true;
                        break;
                    default:
                        return null;
                }
            }
            else if (argument.Parameter?.Type.SpecialType == SpecialType.System_String)
            {
                strings.Add(argument.Value);
            }
            else
            {
                return null;
            }
        }

        return (invocation.Instance, strings.Count) switch
        {
            (null, 2) => (strings[0], strings[1], ignoreCase),
            ({ } instance, 1) => (instance, strings[0], ignoreCase),
            _ => null,
        };
    }

    private static bool IsNullable(ITypeSymbol? type) => type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T };

    /// <summary>Whether a path (<see cref="PathOf"/>) is a constant's (<c>c:...</c>), not a place that holds a value.</summary>
    public static bool IsConstantPath(string path) => path.StartsWith("c:", System.StringComparison.Ordinal);

    /// <summary>
    /// What an operation reads, as a key: variables with the write that gave them their value, members by symbol,
    /// calls by method and arguments, constants by value; null when it reads something that has no stable name.
    /// </summary>
    public string? PathOf(IOperation operation, FlowState? state)
    {
        // The constant as converted (0.1f read as a double is not 0.1).
        if (Constant(operation) is { } constant)
        {
            return "c:" + constant;
        }

        operation = Strip(operation);
        if (Constant(operation) is { } kept)
        {
            return "c:" + kept;
        }

        switch (operation)
        {
            case ILocalReferenceOperation local:
                return IsVolatile(local.Local) ? VolatileRead(local.Local, local, state) : Variable(local.Local, state);
            case IParameterReferenceOperation parameter:
                return IsVolatile(parameter.Parameter) ? VolatileRead(parameter.Parameter, parameter, state) : Variable(parameter.Parameter, state);
            case IInstanceReferenceOperation:
                // Within a getter's body read for its receiver (see Conditions.Getters): the receiver.
                return thisPath ?? "this";
            case IConversionOperation { OperatorMethod: { } conversion, Operand: var converted }:
                // A conversion operator of a type (to bool, to string): a call, the same for the same operand.
                return PathOf(converted, state) is { } operand ? CallToken + Id(conversion) + "(" + operand + ")" : null;
            case IBinaryOperation { OperatorMethod: null } binary when PathOf(binary.LeftOperand, state) is { } left && PathOf(binary.RightOperand, state) is { } right:
                // (f & Feat.Gpu), n + 1: a built-in operator gives the same value for the same operands.
                return "(" + binary.OperatorKind + ":" + left + ":" + right + ")";
            case IConversionOperation { OperatorMethod: null, IsTryCast: true, Operand: var cast, Type: { IsReferenceType: true } target }:
                // o as Settings: the same for the same o.
                return PathOf(cast, state) is { } source ? TryCastPath(source, target) : null;
            case IConversionOperation { OperatorMethod: null, IsTryCast: true, Operand: { Type.IsReferenceType: true } cast, Type: INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable }:
                // o as Pt?: not null where o is a boxed Pt, the value o is Pt { ... } tests.
                return PathOf(cast, state) is { } boxed ? TryCastPath(boxed, nullable.TypeArguments[0]) : null;
            case IDefaultValueOperation { Type: var type } when type is { IsReferenceType: true } || IsNullable(type):
                // The null arm of ?. on a nullable value.
                return "c:null";
            case IFieldReferenceOperation { Instance: null or IInstanceReferenceOperation } field when IsVolatile(field.Field):
                // A field a lambda writes, of this object: a value of its own at every read, as a volatile local's.
                return VolatileRead(field.Field, field, state);
            case IFieldReferenceOperation field:
                return IsVolatile(field.Field) ? null : Member(field.Instance, field.Field, state);
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

    /// <summary><c>value as type</c> of the value at <paramref name="path"/>: a type pattern's value, as its properties are read.</summary>
    private string TryCastPath(string path, ITypeSymbol type) => "(as" + Id(type) + ":" + path + ")";

    /// <summary>A read of a volatile variable: a value of its own at every read (two tests of it never agree by themselves).</summary>
    private string VolatileRead(ISymbol symbol, IOperation read, FlowState? state) =>
        VariableToken(symbol) + (state is null ? "*" : (-1_000_000 - read.Syntax.SpanStart).ToString(CultureInfo.InvariantCulture)) + "}";

    private string Variable(ISymbol symbol, FlowState? state)
    {
        if (state is null)
        {
            return CopyHeldBy(symbol, null) is { SetMembers: null } copy ? copy.Path : OwnName(symbol, null);
        }

        // On a path, the slot tells both what the variable copied and the write that gave it its value.
        return state.Variables.TryGetValue(symbol, out var slot)
            ? slot.Copied is { SetMembers: null } held ? held.Path : VariableToken(symbol) + slot.Definition.ToString(CultureInfo.InvariantCulture) + "}"
            : VariableToken(symbol) + "0}";
    }

    /// <summary>The variable's own path, at the write that gave it its value; not the variable it copied (see Conditions.Copies).</summary>
    private string OwnName(ISymbol symbol, FlowState? state)
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
        var token = MemberSegment(member);
        if (instance is null)
        {
            return token;
        }

        if (IsImmutable(member) && RecordCopied(instance, member, state) is { } original)
        {
            return original + "." + token;
        }

        return PathOf(NullableUnwrapped(instance), state) is { } receiver ? receiver + "." + token : null;
    }

    /// <summary>
    /// The nullable value whose member is read: <c>pt?.UseGpu</c> reads it through the implicit <c>GetValueOrDefault()</c>
    /// of its not-null arm, <c>pt.Value.UseGpu</c> through <c>Value</c>; the same member a pattern of <c>pt</c> tests
    /// (<c>pt is { UseGpu: true }</c>). Only as a member's receiver: the value itself is not the nullable.
    /// </summary>
    private static IOperation NullableUnwrapped(IOperation instance) =>
        instance switch
        {
            IInvocationOperation { IsImplicit: true, Instance: { } nullable, Arguments.IsEmpty: true, TargetMethod.Name: "GetValueOrDefault" }
                when IsNullable(nullable.Type) => nullable,
            IPropertyReferenceOperation { Instance: { } nullable, Property.Name: "Value" } when IsNullable(nullable.Type) => nullable,
            _ => instance,
        };

    /// <summary>
    /// The variable a pattern declares for the value it tests: <c>mode is var m</c>, <c>boxed is string s</c>, and
    /// <c>o is Settings { UseGpu: true } st</c> alike. Null for a pattern that declares none.
    /// </summary>
    public static ISymbol? PatternVariable(IPatternOperation pattern) =>
        pattern switch
        {
            IDeclarationPatternOperation declaration => declaration.DeclaredSymbol,
            IRecursivePatternOperation recursive => recursive.DeclaredSymbol,
            _ => null,
        };

    /// <summary>By name and symbol: a write through another symbol of the same name (an interface's, a base's) forgets it too.</summary>
    private string MemberSegment(ISymbol member) => MemberKey(member) + Id(TupleElement(member)) + "}";

    /// <summary>
    /// Members no code can change once the object is built: consts and readonly fields, init-only properties
    /// (records' positional ones), and get-only auto properties of the project.
    /// </summary>
    private static bool IsImmutable(ISymbol member) =>
        member switch
        {
            IFieldSymbol field => field.IsConst || field.IsReadOnly,
            IPropertySymbol { IsIndexer: false, IsAbstract: false, IsVirtual: false, IsOverride: false, ContainingType.TypeKind: not TypeKind.Interface } property
                => (property.SetMethod is null || property.SetMethod.IsInitOnly) && IsAutoProperty(property),
            _ => false,
        };

    /// <summary>A property of the project whose accessors have no body (a record's positional one included): it holds its backing field.</summary>
    public static bool IsAutoProperty(IPropertySymbol property) =>
        property.DeclaringSyntaxReferences.Length == 1
        && property.DeclaringSyntaxReferences[0].GetSyntax() switch
        {
            Microsoft.CodeAnalysis.CSharp.Syntax.PropertyDeclarationSyntax { ExpressionBody: null, AccessorList: { } accessors } =>
                accessors.Accessors.All(a => a.Body is null && a.ExpressionBody is null),
            Microsoft.CodeAnalysis.CSharp.Syntax.ParameterSyntax => true,
            _ => false,
        };

    /// <summary>A property of the project with an accessor that has a body (<c>get =&gt; Forced ?? m</c>, <c>set =&gt; m = value.ToLowerInvariant()</c>).</summary>
    public static bool HasAccessorBody(IPropertySymbol property) =>
        property.DeclaringSyntaxReferences.Length > 0 && !property.IsIndexer && !IsAutoProperty(property);

    /// <summary>
    /// Variables that code this block does not run in order may write at any time (a lambda's captured locals, ref
    /// locals): they have no value and no stable name to test.
    /// </summary>
    public bool IsVolatile(ISymbol symbol) => symbol is ILocalSymbol { IsRef: true } || CapturedWritten.Volatile.Contains(symbol);

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
        ReadWrites();
        return singleWrites!.TryGetValue(local, out var value) ? value : null;
    }

    /// <summary>The values the graph assigns to a local (<c>m = ...</c>, <c>x is var m</c>), in graph order; none for one a lambda or local function writes.</summary>
    private IReadOnlyList<IOperation> ValuesWrittenTo(ILocalSymbol local)
    {
        ReadWrites();
        return valuesWritten!.TryGetValue(local, out var values) && !CapturedWritten.ByLocalFunctions.Contains(local) && !CapturedWritten.Volatile.Contains(local)
            ? values
            : System.Array.Empty<IOperation>();
    }

    private void ReadWrites()
    {
        if (singleWrites is null)
        {
            singleWrites = new Dictionary<ISymbol, IOperation>(SymbolEqualityComparer.Default);
            valuesWritten = new Dictionary<ISymbol, List<IOperation>>(SymbolEqualityComparer.Default);
            void Written(ISymbol local, IOperation value)
            {
                if (!valuesWritten.TryGetValue(local, out var values))
                {
                    values = new List<IOperation>();
                    valuesWritten[local] = values;
                }

                values.Add(value);
            }

            var written = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            foreach (var block in graph?.Blocks ?? System.Collections.Immutable.ImmutableArray<BasicBlock>.Empty)
            {
                foreach (var pattern in (block.BranchValue?.DescendantsAndSelf() ?? Enumerable.Empty<IOperation>()).Concat(block.Operations.SelectMany(o => o.DescendantsAndSelf()))
                    .OfType<IPatternOperation>())
                {
                    if (PatternVariable(pattern) is ILocalSymbol declared && pattern.Parent is IIsPatternOperation { Value: var matched })
                    {
                        // mode is var m: m is written once, with the value tested (read only where it matched).
                        singleWrites[declared] = written.Add(declared) ? matched : null!;
                        Written(declared, matched);
                    }
                }

                foreach (var operation in block.Operations.SelectMany(o => o.DescendantsAndSelf()))
                {
                    if (operation is IDeconstructionAssignmentOperation deconstruction && DeconstructedPairs(deconstruction) is { } pairs)
                    {
                        foreach (var (target, element) in pairs)
                        {
                            if (target is ILocalReferenceOperation { Local: var local })
                            {
                                Written(local, element);
                            }
                        }
                    }

                    if (operation is ILocalReferenceOperation reference && CapturedWrites.IsWritten(reference))
                    {
                        if (reference.Parent is ISimpleAssignmentOperation { Value: var assigned })
                        {
                            Written(reference.Local, assigned);
                        }

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

            foreach (var captured in CapturedWritten.ByLocalFunctions.Concat(CapturedWritten.Volatile))
            {
                singleWrites[captured] = null!;
            }
        }
    }

    /// <summary>A constant as text: strings quoted, so that the string "true" is not the constant true.</summary>
    /// <summary>
    /// A constant as the comparison sees it: folded through its conversion where the compiler folds it (0.1f as a double is
    /// 0.10000000149011612), else through the conversions that keep it (to a nullable); lower case for a test that ignores case.
    /// </summary>
    private static string? Constant(IOperation operation, bool ignoreCase)
    {
        var constant = Constant(operation) ?? Constant(Strip(operation));
        return ignoreCase ? constant?.ToLowerInvariant() : constant;
    }

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

    /// <summary>Through every conversion the language adds without an operator method (for the evaluator, which reads values).</summary>
    public static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation { OperatorMethod: null } conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    /// <summary>Through the conversions that keep the value (implicit ones: int to long, to a nullable, to a base type); not through a cast.</summary>
    private static IOperation Strip(IOperation operation)
    {
        while (operation is IConversionOperation { OperatorMethod: null, Conversion.IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }
}
