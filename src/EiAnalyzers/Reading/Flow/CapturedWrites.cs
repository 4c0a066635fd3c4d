using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EiAnalyzers.Reading.Flow;

/// <summary>
/// What a code block's lambdas and local functions write of the block's own variables (and of fields). A local
/// function called by name runs where it is called: a call forgets what it writes. A lambda (or a local function
/// turned into a delegate) may run at any time, from any call, property or event: what it writes is volatile, never
/// known and never a stable name in a condition.
/// </summary>
internal sealed class CapturedWrites
{
    private CapturedWrites(HashSet<ISymbol> byLocalFunctions, HashSet<ISymbol> volatileSymbols)
    {
        ByLocalFunctions = byLocalFunctions;
        Volatile = volatileSymbols;
    }

    /// <summary>Written by local functions that are only called by name.</summary>
    public HashSet<ISymbol> ByLocalFunctions { get; }

    /// <summary>Written by lambdas, or by local functions that become delegates, or through a ref local.</summary>
    public HashSet<ISymbol> Volatile { get; }

    public static CapturedWrites Of(ControlFlowGraph? graph)
    {
        var byLocalFunctions = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        var volatileSymbols = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        if (graph?.OriginalOperation is not { } root)
        {
            return new CapturedWrites(byLocalFunctions, volatileSymbols);
        }

        var operations = root.DescendantsAndSelf().ToList();
        var delegates = new HashSet<IMethodSymbol>(
            operations.OfType<IMethodReferenceOperation>().Select(m => m.Method).Where(m => m.MethodKind == MethodKind.LocalFunction),
            SymbolEqualityComparer.Default);
        foreach (var referred in operations.SelectMany(RefTargets))
        {
            // ref var r = ref mode;: a write through r is a write of mode, at any point after.
            volatileSymbols.Add(referred);
        }

        foreach (var function in operations)
        {
            var target = function switch
            {
                IAnonymousFunctionOperation => volatileSymbols,
                ILocalFunctionOperation local => delegates.Contains(local.Symbol) ? volatileSymbols : byLocalFunctions,
                _ => null,
            };

            if (target is null)
            {
                continue;
            }

            var span = function.Syntax.Span;
            foreach (var operation in function.Descendants())
            {
                var symbol = operation switch
                {
                    ILocalReferenceOperation local => (ISymbol)local.Local,
                    IParameterReferenceOperation parameter => parameter.Parameter,
                    IFieldReferenceOperation { Instance: null or IInstanceReferenceOperation } field => field.Field,
                    _ => null,
                };

                if (symbol is not null && IsWritten(operation) && !DeclaredWithin(symbol, span))
                {
                    target.Add(symbol);
                }
            }
        }

        return new CapturedWrites(byLocalFunctions, volatileSymbols);
    }

    /// <summary>Whether <paramref name="reference"/> is the target of a write (assignment, ++, ref or out argument, deconstruction).</summary>
    public static bool IsWritten(IOperation reference) =>
        reference.Parent switch
        {
            ISimpleAssignmentOperation assignment => assignment.Target == reference,
            ICompoundAssignmentOperation compound => compound.Target == reference,
            ICoalesceAssignmentOperation coalesce => coalesce.Target == reference,
            IIncrementOrDecrementOperation => true,
            IArgumentOperation argument => argument.Parameter?.RefKind is RefKind.Ref or RefKind.Out,
            _ => reference.Parent is ITupleOperation or IDeclarationExpressionOperation,
        };

    /// <summary>
    /// The variables and fields a writable reference is made to (a ref local's initializer, a ref assignment to a local
    /// or a parameter, a ref argument of a ref struct's constructor): writes through it may come at any point after.
    /// </summary>
    private static IEnumerable<ISymbol> RefTargets(IOperation operation) =>
        operation switch
        {
            IVariableDeclaratorOperation { Symbol: { IsRef: true, RefKind: not RefKind.RefReadOnly }, Initializer.Value: var value } => Referred(value),
            ISimpleAssignmentOperation { IsRef: true, Target: ILocalReferenceOperation { Local.RefKind: not RefKind.RefReadOnly } or IParameterReferenceOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out }, Value: var value }
                => Referred(value),
            IObjectCreationOperation { Type.IsRefLikeType: true } creation => creation.Arguments.Where(a => a.Parameter?.RefKind == RefKind.Ref).SelectMany(a => Referred(a.Value)),
            _ => Enumerable.Empty<ISymbol>(),
        };

    /// <summary>What a ref expression refers to: a variable, either arm of a ref <c>?:</c>, any ref argument of a call that returns a ref.</summary>
    private static IEnumerable<ISymbol> Referred(IOperation value)
    {
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        switch (value)
        {
            case ILocalReferenceOperation local:
                return new[] { (ISymbol)local.Local };
            case IParameterReferenceOperation parameter:
                return new[] { (ISymbol)parameter.Parameter };
            case IFieldReferenceOperation { Instance: null or IInstanceReferenceOperation } field:
                return new[] { (ISymbol)field.Field };
            case IConditionalOperation { IsRef: true, WhenTrue: var whenTrue, WhenFalse: { } whenFalse }:
                return Referred(whenTrue).Concat(Referred(whenFalse));
            case IInvocationOperation { TargetMethod.ReturnsByRef: true } call:
                return call.Arguments.Where(a => a.Parameter?.RefKind == RefKind.Ref).SelectMany(a => Referred(a.Value));
            default:
                return Enumerable.Empty<ISymbol>();
        }
    }

    private static bool DeclaredWithin(ISymbol symbol, Microsoft.CodeAnalysis.Text.TextSpan span) =>
        symbol.DeclaringSyntaxReferences.Length > 0 && span.Contains(symbol.DeclaringSyntaxReferences[0].Span);
}
