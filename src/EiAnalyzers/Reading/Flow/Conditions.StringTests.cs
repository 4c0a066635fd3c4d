using System.Linq;
using EiAnalyzers.Reading.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EiAnalyzers.Reading.Flow;

/// <summary>
/// A condition's atom as a function of one string value (<see cref="Path"/>): <c>string.Equals(mode, "GPU",
/// OrdinalIgnoreCase)</c>, <c>mode.ToLowerInvariant() == "gpu"</c>, <c>mode.StartsWith("gpu", Ordinal)</c>,
/// <c>mode.Contains("gp")</c>. A path that knows the constants <c>mode</c> can be (<c>mode == "gpu"</c> taken) decides it
/// by evaluating it on them; where the culture could change the answer, it cannot be evaluated, and a path that
/// tests the value otherwise too cannot tell which combinations are possible (see PathExplorer.StringTests).
/// </summary>
internal sealed class StringTest : System.IEquatable<StringTest>
{
    private readonly System.Func<string, bool?> evaluate;

    public StringTest(string path, string key, System.Func<string, bool?> evaluate, int? matches)
    {
        Path = path;
        Key = key;
        this.evaluate = evaluate;
        Matches = matches;
    }

    /// <summary>The path of the string tested.</summary>
    public string Path { get; }

    /// <summary>What the test is, for equality (the atom it belongs to says the rest).</summary>
    public string Key { get; }

    /// <summary>
    /// How many strings of ASCII make the atom true, where they are few (an ignore-case test of a constant: its case
    /// variants); null where they are many.
    /// </summary>
    public int? Matches { get; }

    /// <summary>The constants the string was known to be where the test was read (its text on the path), that did not decide it.</summary>
    public ValueSet? KnownValues { get; private set; }

    public StringTest WithKnownValues(ValueSet? known) => new(Path, Key, evaluate, Matches) { KnownValues = known };

    /// <summary>The atom's truth for the string constant <paramref name="constant"/> (as Conditions writes it); null where it cannot be told.</summary>
    public bool? Evaluate(string constant) => evaluate(constant);

    public bool Equals(StringTest? other) => other is not null && Path == other.Path && Key == other.Key;

    public override bool Equals(object? obj) => Equals(obj as StringTest);

    public override int GetHashCode() => Path.GetHashCode() ^ Key.GetHashCode();
}

internal sealed partial class Conditions
{
    /// <summary>
    /// A bool string method of a string (<c>StartsWith</c>, <c>EndsWith</c>, <c>Contains</c>, <c>Equals</c> of a culture's
    /// comparison): an atom of its own that carries its test of the receiver; decided where the receiver's text is known.
    /// </summary>
    private Condition? StringMethodTest(IInvocationOperation invocation, FlowState? state, System.Func<IOperation, Value>? peek)
    {
        if (invocation.TargetMethod.ContainingType?.SpecialType != SpecialType.System_String
            || invocation.Type?.SpecialType != SpecialType.System_Boolean
            || StringPredicate(invocation) is not var (tested, predicate, key)
            || PathOf(tested, state) is not { } testedPath
            || PathOf(invocation, state) is not { } atom)
        {
            return null;
        }

        var test = new StringTest(testedPath, key, predicate, null);
        var known = peek is not null && KnownValue(tested, peek(tested)) is { Excludes: false } text ? text : null;
        if (known is not null && Decided(test, known) is { } decided)
        {
            return Condition.Known(decided);
        }

        return new Condition(atom, false, null, atom, ValueSet.Of("true")) { Test = test.WithKnownValues(known) };
    }

    /// <summary>The value a string method tests, how it tests it (on the value's constant), and a key for the test.</summary>
    private static (IOperation Tested, System.Func<string, bool?> Predicate, string Key)? StringPredicate(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (method.Name is "StartsWith" or "EndsWith" or "Contains" && invocation.Instance is { } receiver
            && invocation.Arguments.Length is 1 or 2 && invocation.Arguments[0].Value is var argument)
        {
            var comparison = invocation.Arguments.Length == 2 ? ComparisonOf(invocation.Arguments[1]) : DefaultComparison(method.Name, argument.Type);
            var part = argument.ConstantValue is { HasValue: true, Value: var value } ? value switch { string text => text, char c => c.ToString(), _ => null } : null;
            if (invocation.Arguments.Length == 2 && invocation.Arguments[1].Parameter?.Type is not { TypeKind: TypeKind.Enum, Name: "StringComparison" })
            {
                return null;
            }

            return (receiver, constant => Unquoted(constant) is { } text && part is not null && comparison is { } known ? Affix(method.Name, text, part, known) : null,
                method.Name + ":" + comparison + ":" + part);
        }

        // Equals with a comparison that StringEquality does not read (a culture's): a test of the receiver that cannot be evaluated.
        if (method.Name == "Equals" && invocation.Arguments.Any(a => a.Parameter?.Type is { TypeKind: TypeKind.Enum, Name: "StringComparison" }))
        {
            var strings = invocation.Arguments.Where(a => a.Parameter?.Type.SpecialType == SpecialType.System_String).Select(a => a.Value).ToList();
            var tested = invocation.Instance ?? strings.FirstOrDefault(s => !s.ConstantValue.HasValue);
            return tested is null ? null : (tested, _ => null, "Equals:culture:" + invocation.Syntax);
        }

        return null;
    }

    /// <summary>The comparison StartsWith and EndsWith of a string use by default (the current culture's); Contains and a char's are ordinal.</summary>
    private static System.StringComparison? DefaultComparison(string method, ITypeSymbol? argument) =>
        method == "Contains" || argument?.SpecialType == SpecialType.System_Char ? System.StringComparison.Ordinal : null;

    private static System.StringComparison? ComparisonOf(IArgumentOperation argument) =>
        argument.Value.ConstantValue is { HasValue: true, Value: int comparison } ? (System.StringComparison)comparison : null;

    /// <summary><c>text.StartsWith(part)</c> and the like, where the comparison cannot depend on the culture; null where it can.</summary>
    private static bool? Affix(string method, string text, string part, System.StringComparison comparison)
    {
        switch (comparison)
        {
            case System.StringComparison.Ordinal:
                break;
            case System.StringComparison.OrdinalIgnoreCase when IsAscii(text) && IsAscii(part):
                (text, part) = (text.ToLowerInvariant(), part.ToLowerInvariant());
                break;
            default:
                // A culture's comparison (the invariant one included: it ignores some characters even in ASCII).
                return null;
        }

        return method switch
        {
            "StartsWith" => text.StartsWith(part, System.StringComparison.Ordinal),
            "EndsWith" => text.EndsWith(part, System.StringComparison.Ordinal),
            _ => text.IndexOf(part, System.StringComparison.Ordinal) >= 0,
        };
    }

    /// <summary>
    /// The test of the string a test of its case mapping reads (<c>mode.ToLowerInvariant() == "gpu"</c>) or an
    /// ignore-case test (its constants lower case): the atom's set, for the mapped string.
    /// </summary>
    private StringTest? CaseMappedTest(IOperation operand, Condition membership, FlowState? state, string kind)
    {
        if (membership.Set is not { } set)
        {
            return null;
        }

        IOperation? tested;
        System.Func<string, string?> map;
        string name;
        if (kind.Length > 0)
        {
            (tested, map, name) = (operand, text => IsAscii(text) ? text.ToLowerInvariant() : null, "ci");
        }
        else if (operand is IInvocationOperation { Instance: { Type.SpecialType: SpecialType.System_String } receiver, TargetMethod: { ContainingType.SpecialType: SpecialType.System_String } method } call
            && method.Name is "ToLowerInvariant" or "ToUpperInvariant" or "ToLower" or "ToUpper")
        {
            var lower = method.Name.StartsWith("ToLower", System.StringComparison.Ordinal);
            var invariant = method.Name.EndsWith("Invariant", System.StringComparison.Ordinal)
                || (call.Arguments.Length == 1 && call.Arguments[0].Value is IPropertyReferenceOperation { Property: { Name: "InvariantCulture", ContainingType.Name: "CultureInfo" } });
            (tested, name) = (receiver, method.Name + (invariant ? ":invariant" : ":culture"));
            map = text => !invariant || !IsAscii(text) ? null : lower ? text.ToLowerInvariant() : text.ToUpperInvariant();
        }
        else
        {
            return null;
        }

        if (tested.Type?.SpecialType != SpecialType.System_String || PathOf(tested, state) is not { } testedPath)
        {
            return null;
        }

        // The strings of ASCII the mapping takes to one of the set's constants: the case variants of those it keeps.
        int? matches = set.Excludes ? null : set.Values.Sum(v => Unquoted(v) is { } k && IsAscii(k) && map(k) == k ? 1 << System.Math.Min(20, k.Count(char.IsLetter)) : 0);
        return new StringTest(
            testedPath,
            name + ":" + set.Key,
            constant => constant == "null" ? (kind.Length > 0 ? set.Decides(ValueSet.Of("null")) : null)
                : Unquoted(constant) is { } text && map(text) is { } mapped ? set.Decides(ValueSet.Of("\"" + mapped + "\"")) : null,
            matches);
    }

    /// <summary>The test's value on every constant of <paramref name="known"/>, where they agree; null where they do not, or one cannot be told.</summary>
    public static bool? Decided(StringTest test, ValueSet known)
    {
        var results = known.Values.Select(test.Evaluate).Distinct().ToList();
        return results is [{ } only] ? only : null;
    }

    /// <summary>The set's texts in lower case, for a test that ignores case; null where one is not ASCII (its case mapping could differ).</summary>
    private static ValueSet? LowerCased(ValueSet values)
    {
        var lowered = new System.Collections.Generic.List<string>();
        foreach (var value in values.Values)
        {
            if (Unquoted(value) is not { } text)
            {
                lowered.Add(value);
            }
            else if (IsAscii(text))
            {
                lowered.Add("\"" + text.ToLowerInvariant() + "\"");
            }
            else
            {
                return null;
            }
        }

        return new ValueSet(values.Excludes, ValueSet.Sorted(lowered));
    }

    private static string? Unquoted(string constant) =>
        constant.Length >= 2 && constant[0] == '"' && constant[constant.Length - 1] == '"' ? constant.Substring(1, constant.Length - 2) : null;

    /// <summary>Printable ASCII, whose case mappings and ordinal comparisons no runtime or culture changes.</summary>
    private static bool IsAscii(string text) => text.All(c => c >= ' ' && c <= '~');
}
