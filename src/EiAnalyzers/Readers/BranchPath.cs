using System.Collections.Generic;
using System.Collections.Immutable;
using EiAnalyzers.Deployment;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EiAnalyzers.Readers;

/// <summary>
/// The branches a value is written in (if/else, <c>?:</c>, <c>??</c>, switch), so that the rules do not combine
/// values that never hold together: a GPU host in the <c>if</c> and an accelerator in the <c>else</c>.
/// </summary>
internal static class BranchPath
{
    public static ImmutableArray<BranchArm> Of(SyntaxNode node)
    {
        List<BranchArm>? arms = null;
        void Add(string branch, int arm) => (arms ??= new List<BranchArm>()).Add(new BranchArm(branch, arm));

        SyntaxNode child = node;
        for (var parent = node.Parent; parent is not null; child = parent, parent = parent.Parent)
        {
            switch (parent)
            {
                case IfStatementSyntax statement when child == statement.Statement || child == statement.Else:
                    AddCondition(statement.Condition, child == statement.Statement ? 0 : 1, Add);
                    break;
                case ConditionalExpressionSyntax conditional when child == conditional.WhenTrue || child == conditional.WhenFalse:
                    AddCondition(conditional.Condition, child == conditional.WhenTrue ? 0 : 1, Add);
                    break;
                case BinaryExpressionSyntax coalesce when coalesce.IsKind(SyntaxKind.CoalesceExpression):
                    Add("??" + coalesce.SpanStart, child == coalesce.Left ? 0 : 1);
                    break;
                case SwitchSectionSyntax section when section.Parent is SwitchStatementSyntax switchStatement:
                    Add("switch" + switchStatement.SpanStart, switchStatement.Sections.IndexOf(section));
                    break;
                case SwitchExpressionArmSyntax arm when arm.Parent is SwitchExpressionSyntax switchExpression && child == arm.Expression:
                    Add("switch" + switchExpression.SpanStart, switchExpression.Arms.IndexOf(arm));
                    break;
                case MemberDeclarationSyntax or AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax:
                    return arms is null ? ImmutableArray<BranchArm>.Empty : arms.ToImmutableArray();
            }
        }

        return arms is null ? ImmutableArray<BranchArm>.Empty : arms.ToImmutableArray();
    }

    /// <summary>
    /// A condition names its branch by its code, so that two ifs (or an if and a <c>?:</c>) on the same condition in one
    /// member correlate: <c>useGpu ? gpuHost : cpuHost</c> and <c>useGpu ? null : accelerator</c>. A negation swaps the arms.
    /// </summary>
    private static void AddCondition(ExpressionSyntax condition, int arm, System.Action<string, int> add)
    {
        while (condition is PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalNotExpression } not)
        {
            condition = not.Operand;
            arm = 1 - arm;
        }

        while (condition is ParenthesizedExpressionSyntax parenthesized)
        {
            condition = parenthesized.Expression;
        }

        // Only a condition that reads a value (no call, no assignment) means the same in two places.
        var branch = IsPlainRead(condition) ? "if " + condition.ToString() : "if@" + condition.SpanStart;
        add(branch, arm);
    }

    private static bool IsPlainRead(ExpressionSyntax condition) =>
        condition is IdentifierNameSyntax or MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax or ThisExpressionSyntax };
}
