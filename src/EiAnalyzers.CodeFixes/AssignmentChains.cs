using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace EiAnalyzers.CodeFixes;

/// <summary>
/// <c>w.AcceleratorType = v.AcceleratorType = "..."</c>: the setters of one chain are removed together, so that the
/// assignments kept still get the value, and removing one never removes the other.
/// </summary>
internal static class AssignmentChains
{
    /// <summary>The outermost assignment of the chain a setter is part of, or null when it is in none.</summary>
    public static AssignmentExpressionSyntax? RootOf(Setter setter)
    {
        var assignment = setter.Node switch
        {
            AssignmentExpressionSyntax a => a,
            ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax a } => a,
            _ => null,
        };
        if (assignment is null || (assignment.Right is not AssignmentExpressionSyntax && !IsInner(assignment)))
        {
            return null;
        }

        while (IsInner(assignment))
        {
            assignment = (AssignmentExpressionSyntax)assignment.Parent!;
        }

        return assignment;
    }

    /// <summary>The chain without the <paramref name="removed"/> assignments.</summary>
    public static TextChange Without(AssignmentExpressionSyntax root, ICollection<AssignmentExpressionSyntax> removed, SourceText text)
    {
        var chain = new List<AssignmentExpressionSyntax>();
        for (ExpressionSyntax current = root; current is AssignmentExpressionSyntax assignment; current = assignment.Right)
        {
            chain.Add(assignment);
        }

        var value = chain[chain.Count - 1].Right;
        var kept = chain.Where(a => !removed.Contains(a)).ToList();
        if (kept.Count > 0)
        {
            return new TextChange(root.Span, string.Join(" = ", kept.Select(a => a.Left.ToString())) + " = " + value);
        }

        // Nothing of the chain is kept: as a statement it goes; as a lambda's body it sets null; elsewhere its value stays.
        return root.Parent switch
        {
            ExpressionStatementSyntax statement => Removal.Of(new Setter(statement, null), text),
            LambdaExpressionSyntax or ArrowExpressionClauseSyntax => new TextChange(chain[chain.Count - 1].Right.Span, "null"),
            _ => new TextChange(root.Span, value.ToString()),
        };
    }

    private static bool IsInner(AssignmentExpressionSyntax assignment) =>
        assignment.Parent is AssignmentExpressionSyntax outer && outer.Right == assignment;
}
