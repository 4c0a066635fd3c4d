using System.Collections.Generic;
using System.Linq;

namespace EiAnalyzers.Reading.Flow;

/// <summary>
/// String tests (see <see cref="StringTest"/>) against the other tests of the same string on a path: decided where the
/// path knows its constants; where the relation cannot be told (a culture's comparison, two different string methods
/// of it), the path cannot tell which combinations are possible, and says nothing of what it chose.
/// </summary>
internal sealed partial class PathExplorer
{
    /// <summary>The string test of each atom a path took as a fact, by atom.</summary>
    private readonly Dictionary<string, StringTest> stringTests = new();

    private void RememberStringTest(Condition condition, string atom)
    {
        if (condition.Test is { } test)
        {
            stringTests[atom] = test;
        }
    }

    /// <summary>Whether the atom is <paramref name="holds"/> by what the path knows of the string it tests; null where that does not decide it.</summary>
    private bool? KnownByStringTests(FlowState state, Condition condition, string atom, bool holds)
    {
        // mode == "gpu" taken, then mode.StartsWith("gp", Ordinal): evaluated on "gpu".
        if (condition.Test is { } test && state.Equalities.TryGetValue(test.Path, out var values) && !values.Excludes
            && Conditions.Decided(test, values) is { } value)
        {
            return value == holds;
        }

        // Equals(mode, "GPU", OrdinalIgnoreCase) taken as false, then mode == "gpu": no constant of the set passes it.
        if (holds && condition is { Test: null, SetPath: { } path, Set: { Excludes: false } set })
        {
            foreach (var fact in StringTestsOf(state, path, atom))
            {
                if (set.Values.All(v => fact.Test.Evaluate(v) is { } result && result != fact.Value))
                {
                    return false;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the path, taking the atom as <paramref name="holds"/> (not decided), cannot tell that it may: the string
    /// it tests is known otherwise on the path, and how the two relate could not be evaluated.
    /// </summary>
    private bool RelationUnknown(FlowState state, Condition condition, string atom, bool holds)
    {
        if (condition.Test is { } test)
        {
            if ((test.KnownValues ?? (state.Equalities.TryGetValue(test.Path, out var equal) ? equal : null)) is { } values)
            {
                // Possible where a known constant gives it; unknown where none does but one cannot be evaluated.
                if (!values.Excludes && !values.Values.Any(v => test.Evaluate(v) == holds) && values.Values.Any(v => test.Evaluate(v) is null))
                {
                    return true;
                }

                // Every string it matches (its case variants) is one the path ruled out.
                if (values.Excludes && holds && test.Matches is { } matches && values.Values.Count(v => test.Evaluate(v) == true) >= matches)
                {
                    return true;
                }
            }

            // Another string test of the same string (StartsWith then Contains): related in ways not evaluated.
            return StringTestsOf(state, test.Path, atom).Any();
        }

        if (condition is { SetPath: { } path, Set: { Excludes: false } set })
        {
            foreach (var fact in StringTestsOf(state, path, atom))
            {
                if (holds && !set.Values.Any(v => fact.Test.Evaluate(v) == fact.Value) && set.Values.Any(v => fact.Test.Evaluate(v) is null))
                {
                    return true;
                }

                if (!holds && fact.Value && fact.Test.Matches is { } matches && set.Values.Count(v => fact.Test.Evaluate(v) == true) >= matches)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The string tests of <paramref name="path"/> the path took as facts, other than <paramref name="atom"/>'s.</summary>
    private IEnumerable<(StringTest Test, bool Value)> StringTestsOf(FlowState state, string path, string atom)
    {
        if (stringTests.Count == 0)
        {
            yield break;
        }

        foreach (var fact in state.Facts)
        {
            if (fact.Key != atom && stringTests.TryGetValue(fact.Key, out var test) && test.Path == path)
            {
                yield return (test, fact.Value);
            }
        }
    }
}
