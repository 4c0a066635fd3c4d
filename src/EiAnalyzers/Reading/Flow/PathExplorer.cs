using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using EiAnalyzers.Reading.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EiAnalyzers.Reading.Flow;

/// <summary>
/// Walks every path of one control flow graph with the <see cref="Evaluator"/>: in statement order, through branches
/// (taking the conditions they test as facts, so that two tests of the same condition agree), loops (until the states
/// repeat), finally blocks and catch handlers (entered with what the try may have left half done). Paths that end
/// at the exit are observed. A block reached by too many distinct paths is entered with their join (what they all
/// agree on) instead; the walk gives up, rather than guess, only when that does not settle within a bound.
/// </summary>
internal sealed partial class PathExplorer
{
    /// <summary>Distinct states one block may be reached with before the states that reach it are joined.</summary>
    private const int MaxStatesPerBlock = 64;

    /// <summary>Blocks run in all, over all paths: a bound on the work for one code block.</summary>
    private const int MaxVisits = 50_000;

    private static readonly Regex Definition = new(@"#-?\d+\}", RegexOptions.CultureInvariant);

    private readonly ControlFlowGraph graph;
    private readonly Evaluator evaluator;
    private readonly IObjectObserver observer;
    private readonly HashSet<string> correlated;

    /// <summary>Each branch's condition read by the names it is written with (see <see cref="Conditions.ReadAsWritten"/>), by block.</summary>
    private readonly Dictionary<int, Condition> asWritten = new();
    private readonly Dictionary<ControlFlowRegion, TryEffects> tryEffects = new();

    /// <summary>The parts of each conjunction (see <see cref="Condition.Conjunction"/>) a path took as failed, by its atom on the path.</summary>
    private readonly Dictionary<string, Condition[]> conjunctions = new();
    private int visits;

    public PathExplorer(ControlFlowGraph graph, Evaluator evaluator, IObjectObserver observer)
    {
        this.graph = graph;
        this.evaluator = evaluator;
        this.observer = observer;
        correlated = CorrelatedConditions();
    }

    /// <summary>The write a joined state gives the variables its paths disagree on: one per block, so that joins settle.</summary>
    private static int WidenedDefinition(int ordinal) => -2 - ordinal;

    /// <summary>Explores every path; false when even joined states do not settle within the bound on the work.</summary>
    public bool Explore()
    {
        var pending = new Stack<(int Block, FlowState State)>();
        var seen = new Dictionary<int, HashSet<FlowState>>();
        var widened = new Dictionary<int, FlowState>();
        pending.Push((0, FlowState.Empty));
        while (pending.Count > 0)
        {
            var (ordinal, state) = pending.Pop();
            if (!seen.TryGetValue(ordinal, out var states))
            {
                states = new HashSet<FlowState>();
                seen[ordinal] = states;
            }

            if (!states.Add(state))
            {
                continue;
            }

            if (states.Count > MaxStatesPerBlock)
            {
                // Too many paths to tell apart: from here on the block is entered with one state that says only what
                // they all agree on, until it settles.
                var joined = widened.TryGetValue(ordinal, out var before)
                    ? FlowState.Join(before, state, WidenedDefinition(ordinal))
                    : states.Aggregate((left, right) => FlowState.Join(left, right, WidenedDefinition(ordinal)));
                if (before is not null && joined.Equals(before))
                {
                    continue;
                }

                widened[ordinal] = joined;
                state = joined;
            }

            if (++visits > MaxVisits)
            {
                return false;
            }

            Visit(graph.Blocks[ordinal], state, next => pending.Push(next), onStructuredExit: null);
        }

        return true;
    }

    private void Visit(BasicBlock block, FlowState state, System.Action<(int, FlowState)> push, System.Action<FlowState>? onStructuredExit)
    {
        if (block.Kind == BasicBlockKind.Exit)
        {
            observer.Observe(state, null, incomplete: false);
            return;
        }

        SeedHandlers(block, state, push);
        evaluator.State = state;
        evaluator.RunOperations(block);
        if (block.ConditionKind != ControlFlowConditionKind.None && block.BranchValue is { } condition)
        {
            evaluator.Evaluate(condition, 0);
            var after = evaluator.State;
            var meaning = evaluator.Conditions.Read(condition, after, evaluator.Peek);
            var jumpsWhen = block.ConditionKind == ControlFlowConditionKind.WhenTrue;
            var written = asWritten[block.Ordinal];
            if (Assume(after, meaning, jumpsWhen, written) is { } jumped)
            {
                Follow(block.ConditionalSuccessor, jumped, push, onStructuredExit);
            }

            if (Assume(after, meaning, !jumpsWhen, written) is { } fell)
            {
                Follow(block.FallThroughSuccessor, fell, push, onStructuredExit);
            }

            return;
        }

        if (block.BranchValue is { } value)
        {
            if (block.FallThroughSuccessor?.Semantics == ControlFlowBranchSemantics.Return)
            {
                evaluator.Return(value);
            }
            else
            {
                evaluator.Evaluate(value, 0);
            }
        }

        Follow(block.FallThroughSuccessor, evaluator.State, push, onStructuredExit);
    }

    private void Follow(ControlFlowBranch? branch, FlowState state, System.Action<(int, FlowState)> push, System.Action<FlowState>? onStructuredExit)
    {
        if (branch is null)
        {
            return;
        }

        switch (branch.Semantics)
        {
            case ControlFlowBranchSemantics.Throw or ControlFlowBranchSemantics.Rethrow or ControlFlowBranchSemantics.Error
                or ControlFlowBranchSemantics.ProgramTermination:
                // An exception leaves the block: nothing it configured on this path is used as configured.
                return;
            case ControlFlowBranchSemantics.StructuredExceptionHandling:
                onStructuredExit?.Invoke(state);
                return;
        }

        var states = new List<FlowState> { state };
        foreach (var region in branch.FinallyRegions)
        {
            states = states.SelectMany(s => RunFinally(region, s)).Distinct().ToList();
        }

        if (branch.Destination is { } destination)
        {
            foreach (var after in states)
            {
                push((destination.Ordinal, after));
            }
        }
    }

    /// <summary>Runs a finally block on the way out of its try, and returns the states it ends in.</summary>
    private List<FlowState> RunFinally(ControlFlowRegion region, FlowState state)
    {
        var ends = new List<FlowState>();
        var pending = new Stack<(int Block, FlowState State)>();
        var seen = new HashSet<(int, FlowState)>();
        pending.Push((region.FirstBlockOrdinal, state));
        while (pending.Count > 0)
        {
            var next = pending.Pop();
            if (!seen.Add(next) || ++visits > MaxVisits || seen.Count > MaxStatesPerBlock * 4)
            {
                continue;
            }

            Visit(graph.Blocks[next.Block], next.State, pending.Push, ends.Add);
        }

        return ends;
    }

    /// <summary>
    /// The fact a branch tests: the path that takes it assumes it; a path whose facts contradict it is not taken.
    /// Facts are kept only for conditions that more than one branch tests, so that unrelated branches do not
    /// multiply the paths.
    /// </summary>
    private FlowState? Assume(FlowState state, Condition condition, bool outcome, Condition written)
    {
        if (condition.Constant is { } constant)
        {
            return constant == outcome ? state : null;
        }

        if (condition.Atom is not { } atom)
        {
            return state;
        }

        var holds = outcome != condition.Negated;
        if (Known(state, condition, atom, holds) is { } consistent)
        {
            return consistent ? state : null;
        }

        // A condition this path tested before, on a value that has changed since to one not known here. By the names it
        // is written with: a copy of the old value (var m = mode;) tested after mode changed is not mode tested again.
        var testedKey = TestedKey(written.Atom ?? atom);
        if ((state.Facts.ContainsKey(testedKey) || RelationUnknown(state, condition, atom, holds) || ReadsWrittenThroughCode(state, atom))
            && !state.Facts.ContainsKey(UncertainKey))
        {
            state = state.WithFact(UncertainKey, true);
        }

        if (condition.NotNullPath is { } matched && holds == condition.NotNullWhen)
        {
            // A property pattern matched: the value it tested is not null.
            if (Holds(state, Condition.Membership(matched, ValueSet.Of("null")).Negate()) is not { } notNull)
            {
                return null;
            }

            state = notNull;
        }

        if (holds && condition.Implied is { } implied)
        {
            foreach (var part in implied)
            {
                if (Holds(state, part) is not { } next)
                {
                    return null;
                }

                state = next;
            }
        }

        if (!holds && condition is { Conjunction: true, Implied: { } parts })
        {
            // Failed: not every part holds. A path that knew them all cannot take it, one that learns them all later
            // cannot go on (see Contradicted).
            if (AllHold(state, parts))
            {
                return null;
            }

            conjunctions[atom] = parts;
        }

        // Kept when the value it tests is tested elsewhere, through whichever copy this path holds, or when the
        // condition as written is (m == "gpu" twice, m a copy of mode on one path and of fallback on another), or
        // a part of it is.
        var keep = IsCorrelated(condition, atom)
            || (condition.Via is { } via && correlated.Contains(Shape(via)))
            || (written.Atom is { } writtenAtom && correlated.Contains(Shape(writtenAtom)))
            || (written.SetPath is { } writtenPath && correlated.Contains("=" + Shape(writtenPath)))
            || (condition.Implied is { } kept && kept.Any(p => Keys(p).Any(correlated.Contains)));
        if (!keep)
        {
            return state;
        }

        RememberStringTest(condition, atom);
        var assumed = state.WithFact(atom, holds).WithFact(testedKey, true);
        if (holds && condition.Excludes is { } falseNow)
        {
            assumed = assumed.WithFact(falseNow, false);
        }

        assumed = WithValues(assumed, condition, holds);
        return Contradicted(assumed) ? null : assumed;
    }

    /// <summary>Whether the path now knows every part of a conjunction it took as failed.</summary>
    private bool Contradicted(FlowState state)
    {
        if (conjunctions.Count == 0)
        {
            return false;
        }

        foreach (var fact in state.Facts)
        {
            if (!fact.Value && conjunctions.TryGetValue(fact.Key, out var parts) && AllHold(state, parts))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether another branch tests the condition's atom or the value it compares.</summary>
    private bool IsCorrelated(Condition condition, string atom) =>
        correlated.Contains(Shape(atom)) || (condition.SetPath is { } setPath && correlated.Contains("=" + Shape(setPath)))
        || (condition.Test is { } test && correlated.Contains("=" + Shape(test.Path)));

    /// <summary>Whether the path knows that every one of <paramref name="parts"/> holds.</summary>
    private bool AllHold(FlowState state, Condition[] parts) =>
        parts.All(p => p.Atom is { } partAtom && Known(state, p, partAtom, !p.Negated) == true);

    /// <summary>The value is in the set, or (the test failed) outside it: with what was known, what is known now.</summary>
    private static FlowState WithValues(FlowState state, Condition condition, bool holds)
    {
        if (condition is not { SetPath: { } valuePath, Set: { } set })
        {
            return state;
        }

        var now = holds ? set : set.Complement();
        if (condition.Universe is { } all)
        {
            now = now.Intersect(all);
        }

        return state.WithEquality(valuePath, state.Equalities.TryGetValue(valuePath, out var before) ? before.Intersect(now) : now);
    }

    /// <summary>
    /// Whether what the path knows agrees with <paramref name="atom"/> being <paramref name="holds"/> (its facts, an
    /// atom it excludes, the values it knows); null where the path does not know.
    /// </summary>
    private bool? Known(FlowState state, Condition condition, string atom, bool holds)
    {
        if (state.Facts.TryGetValue(atom, out var known))
        {
            return known == holds;
        }

        if (holds && condition.Excludes is { } excluded && state.Facts.TryGetValue(excluded, out var excludedHolds) && excludedHolds)
        {
            return false;
        }

        if (condition is { SetPath: { } path, Set: { } tested } && state.Equalities.TryGetValue(path, out var values) && values.Decides(tested) is { } decided)
        {
            return decided == holds;
        }

        if (KnownByStringTests(state, condition, atom, holds) is { } byStringTests)
        {
            return byStringTests;
        }

        return condition.Excludes is null ? Bounded(state, atom, holds) : null;
    }

    /// <summary>
    /// For a comparison of an integer with an integer constant (n &gt; 5 taken, then n &lt; 3): whether the bounds the
    /// path's other comparisons of the same value give decide it.
    /// </summary>
    private static bool? Bounded(FlowState state, string atom, bool holds)
    {
        if (Bound(atom, holds) is not var (path, low, high))
        {
            return null;
        }

        var (known, knownLow, knownHigh) = (false, long.MinValue, long.MaxValue);
        foreach (var fact in state.Facts)
        {
            if (Bound(fact.Key, fact.Value) is var (factPath, factLow, factHigh) && factPath == path)
            {
                (known, knownLow, knownHigh) = (true, System.Math.Max(knownLow, factLow), System.Math.Min(knownHigh, factHigh));
            }
        }

        if (!known)
        {
            return null;
        }

        // Disjoint: the comparison cannot come out so; contained: it cannot come out otherwise.
        if (System.Math.Max(low, knownLow) > System.Math.Min(high, knownHigh))
        {
            return false;
        }

        return low <= knownLow && knownHigh <= high ? true : null;
    }

    /// <summary>The values "lt:c:K:path" or "lt:path:c:K" (a total order's K &lt; path, path &lt; K) allows its value, as it came out.</summary>
    private static (string Path, long Low, long High)? Bound(string atom, bool value)
    {
        const string Prefix = "lt:c:";
        if (!atom.StartsWith("lt:", System.StringComparison.Ordinal))
        {
            return null;
        }

        if (atom.StartsWith(Prefix, System.StringComparison.Ordinal))
        {
            var end = atom.IndexOf(':', Prefix.Length);
            if (end > 0 && long.TryParse(atom.Substring(Prefix.Length, end - Prefix.Length), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var k)
                && k < long.MaxValue && !Conditions.IsConstantPath(atom.Substring(end + 1)))
            {
                // k < path.
                return value ? (atom.Substring(end + 1), k + 1, long.MaxValue) : (atom.Substring(end + 1), long.MinValue, k);
            }

            return null;
        }

        var constant = atom.LastIndexOf(":c:", System.StringComparison.Ordinal);
        if (constant > 3 && long.TryParse(atom.Substring(constant + 3), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var bound)
            && bound > long.MinValue)
        {
            // path < bound.
            var path = atom.Substring(3, constant - 3);
            return value ? (path, long.MinValue, bound - 1) : (path, bound, long.MaxValue);
        }

        return null;
    }

    /// <summary>A condition a taken condition implies: null where the path knows it false, a fact where it is tested elsewhere.</summary>
    private FlowState? Holds(FlowState state, Condition condition)
    {
        if (condition.Constant is { } constant)
        {
            return constant ? state : null;
        }

        if (condition.Atom is not { } atom)
        {
            return state;
        }

        var holds = !condition.Negated;
        if (Known(state, condition, atom, holds) is { } consistent)
        {
            return consistent ? state : null;
        }

        if (!IsCorrelated(condition, atom))
        {
            return state;
        }

        RememberStringTest(condition, atom);
        var held = WithValues(state.WithFact(atom, holds), condition, holds);
        return Contradicted(held) ? null : held;
    }

    /// <summary>The conditions (and the values compared with a constant) that more than one branch of the graph tests.</summary>
    private HashSet<string> CorrelatedConditions()
    {
        var counts = new Dictionary<string, int>();
        void Count(string key) => counts[key] = counts.TryGetValue(key, out var count) ? count + 1 : 1;
        foreach (var block in graph.Blocks)
        {
            if (block.ConditionKind == ControlFlowConditionKind.None || block.BranchValue is null)
            {
                continue;
            }

            // By the names the condition is written with, and through the copies it reads (m for mode after var m = mode;).
            var written = evaluator.Conditions.ReadAsWritten(block.BranchValue);
            asWritten[block.Ordinal] = written;
            foreach (var key in new HashSet<string>(Keys(evaluator.Conditions.Read(block.BranchValue, null)).Concat(Keys(written))))
            {
                Count(key);
            }
        }

        return new HashSet<string>(counts.Where(c => c.Value > 1).Select(c => c.Key));
    }

    /// <summary>What a condition is counted by: its atom, the atom it excludes, the local it is read through, the value it tests, and the same of what it implies.</summary>
    private static IEnumerable<string> Keys(Condition condition)
    {
        foreach (var key in new[] { condition.Atom, condition.Excludes, condition.Via })
        {
            if (key is not null)
            {
                yield return Shape(key);
            }
        }

        if (condition.SetPath is { } path)
        {
            yield return "=" + Shape(path);
        }

        if (condition.NotNullPath is { } matched)
        {
            yield return "=" + Shape(matched);
        }

        if (condition.Test is { } test)
        {
            yield return "=" + Shape(test.Path);
        }

        foreach (var part in condition.Implied ?? System.Array.Empty<Condition>())
        {
            foreach (var key in Keys(part))
            {
                yield return key;
            }
        }
    }

    private static string Shape(string atom) => Definition.Replace(atom, "#*}");

    private const string WrittenThroughCodePrefix = "~written:";

    /// <summary>
    /// The key that remembers a constant was written through a property with code (see Evaluator.Assign): written so
    /// that no variable or member token matches it, so that it outlives the facts forgotten on writes.
    /// </summary>
    public static string WrittenThroughCodeKey(string path) => WrittenThroughCodePrefix + Shape(path).Replace('{', '<');

    /// <summary>Whether the atom tests a property the path wrote a constant to through code: what it reads is not known.</summary>
    private static bool ReadsWrittenThroughCode(FlowState state, string atom)
    {
        string? shape = null;
        foreach (var fact in state.Facts)
        {
            if (fact.Key.StartsWith(WrittenThroughCodePrefix, System.StringComparison.Ordinal)
                && (shape ??= Shape(atom).Replace('{', '<')).IndexOf(fact.Key.Substring(WrittenThroughCodePrefix.Length), System.StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Set on a path that tested a condition again after its value changed to one not known here.</summary>
    private const string UncertainKey = "~uncertain";

    /// <summary>Whether <paramref name="state"/>'s path chose by a value that changed between two tests of it (see <see cref="Assume"/>).</summary>
    public static bool IsUncertain(FlowState state) => state.Facts.ContainsKey(UncertainKey);

    /// <summary>
    /// The key that remembers a condition was tested on the path, whatever write its values come from: written so that
    /// no variable or member token matches it, so it outlives the facts forgotten on writes.
    /// </summary>
    private static string TestedKey(string atom) => "~tested:" + Shape(atom).Replace('{', '<');

    // ---- Exceptions -----------------------------------------------------------------------------------------------

    /// <summary>On entering a try with catch handlers, each handler may run with anything the try writes half done.</summary>
    private void SeedHandlers(BasicBlock block, FlowState state, System.Action<(int, FlowState)> push)
    {
        for (var region = block.EnclosingRegion; region is not null && region.FirstBlockOrdinal == block.Ordinal; region = region.EnclosingRegion)
        {
            if (region.Kind != ControlFlowRegionKind.Try || region.EnclosingRegion is not { Kind: ControlFlowRegionKind.TryAndCatch } tryAndCatch)
            {
                continue;
            }

            var forgotten = Forget(state, EffectsOf(region));
            foreach (var handler in tryAndCatch.NestedRegions)
            {
                if (handler != region)
                {
                    push((handler.FirstBlockOrdinal, forgotten));
                }
            }
        }
    }

    private FlowState Forget(FlowState state, TryEffects effects)
    {
        foreach (var local in effects.Locals)
        {
            state = evaluator.WithUnknown(state, local);
        }

        if (effects.ChangesMembers)
        {
            state = state.WithoutFactsAbout(Conditions.MemberToken);
        }

        foreach (var pair in state.Objects)
        {
            state = state.WithObject(pair.Key, pair.Value.Forget(effects.Roles, effects.ChangesMembers));
        }

        return state;
    }

    private TryEffects EffectsOf(ControlFlowRegion region)
    {
        if (tryEffects.TryGetValue(region, out var effects))
        {
            return effects;
        }

        var locals = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        var roles = new HashSet<Role>();
        var changesMembers = false;
        for (var ordinal = region.FirstBlockOrdinal; ordinal <= region.LastBlockOrdinal; ordinal++)
        {
            var block = graph.Blocks[ordinal];
            var operations = block.BranchValue is null ? block.Operations : block.Operations.Add(block.BranchValue);
            foreach (var operation in operations.SelectMany(o => o.DescendantsAndSelf()))
            {
                if (operation is IInvocationOperation)
                {
                    changesMembers = true;
                }

                if (!CapturedWrites.IsWritten(operation))
                {
                    continue;
                }

                switch (operation)
                {
                    case ILocalReferenceOperation local:
                        locals.Add(local.Local);
                        break;
                    case IParameterReferenceOperation parameter:
                        locals.Add(parameter.Parameter);
                        break;
                    case IPropertyReferenceOperation property:
                        if (evaluator.RoleOf(property.Property) is { } role)
                        {
                            roles.Add(role);
                        }

                        changesMembers = true;
                        break;
                    case IFieldReferenceOperation field:
                        locals.Add(field.Field);
                        changesMembers = true;
                        break;
                    default:
                        changesMembers = true;
                        break;
                }
            }
        }

        effects = new TryEffects(locals, roles, changesMembers);
        tryEffects[region] = effects;
        return effects;
    }

    /// <summary>What a try may have left half done: locals written, properties of tracked objects, and any member (calls included).</summary>
    private sealed record TryEffects(HashSet<ISymbol> Locals, HashSet<Role> Roles, bool ChangesMembers);
}
