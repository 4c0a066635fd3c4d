using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EiAnalyzers.Reading.Flow;

/// <summary>
/// The locals and parameters of a code block that its lambdas and local functions write: a call of one of them (or
/// of code it was given to) may change them, so their values and the facts about them do not survive a call.
/// </summary>
internal static class CapturedWrites
{
    public static HashSet<ISymbol> Of(ControlFlowGraph? graph)
    {
        var written = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        if (graph?.OriginalOperation is not { } root)
        {
            return written;
        }

        foreach (var function in root.DescendantsAndSelf().Where(o => o is IAnonymousFunctionOperation or ILocalFunctionOperation))
        {
            var span = function.Syntax.Span;
            foreach (var operation in function.Descendants())
            {
                var symbol = operation switch
                {
                    ILocalReferenceOperation local => (ISymbol)local.Local,
                    IParameterReferenceOperation parameter => parameter.Parameter,
                    _ => null,
                };

                if (symbol is not null && IsWritten(operation) && !DeclaredWithin(symbol, span))
                {
                    written.Add(symbol);
                }
            }
        }

        return written;
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

    private static bool DeclaredWithin(ISymbol symbol, Microsoft.CodeAnalysis.Text.TextSpan span) =>
        symbol.DeclaringSyntaxReferences.Length > 0 && span.Contains(symbol.DeclaringSyntaxReferences[0].Span);
}
