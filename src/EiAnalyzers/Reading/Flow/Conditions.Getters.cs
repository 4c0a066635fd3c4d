using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace EiAnalyzers.Reading.Flow;

/// <summary>
/// Getters computed from other members (<c>public string Mode =&gt; UseGpu ? "gpu" : "cpu";</c>): a test of the property
/// is a test of what its body reads, on the same object, so that a test of it after those members changed is read
/// again; only for a body the block's semantic model binds (declared in the same file), never overridden.
/// </summary>
internal sealed partial class Conditions
{
    /// <summary>How many getters within getters are read through.</summary>
    private const int MaxInlinedGetters = 4;

    /// <summary>The path <c>this</c> stands for while a getter's body is read (its receiver's).</summary>
    private string? thisPath;

    private int inlinedGetters;

    /// <summary>
    /// The condition <paramref name="read"/> gives of <paramref name="operand"/>'s getter body, read with <c>this</c> as the
    /// receiver; null where the property is not such a getter.
    /// </summary>
    private Condition? ThroughGetter(IOperation operand, FlowState? state, System.Func<IOperation, IOperation, Condition> read)
    {
        if (operand is not IPropertyReferenceOperation { Instance: { } receiver, Arguments.IsEmpty: true, Property: var property }
            || inlinedGetters >= MaxInlinedGetters
            || GetterBody(property) is not { } body
            || PathOf(receiver, state) is not { } receiverPath)
        {
            return null;
        }

        var (savedThis, savedDepth) = (thisPath, inlinedGetters);
        (thisPath, inlinedGetters) = (receiverPath, inlinedGetters + 1);
        try
        {
            return read(body, operand);
        }
        finally
        {
            (thisPath, inlinedGetters) = (savedThis, savedDepth);
        }
    }

    /// <summary>"<paramref name="getter"/>'s body is in <paramref name="set"/>": for <c>c ? "a" : "b"</c>, what <c>c</c> says of it.</summary>
    private Condition? ComputedMembership(IOperation body, ValueSet set, FlowState? state, string kind)
    {
        if (kind.Length > 0 || Strip(body) is not IConditionalOperation { WhenFalse: { } whenFalse } conditional
            || Constant(conditional.WhenTrue) is not { } whenTrueValue || Constant(whenFalse) is not { } whenFalseValue)
        {
            return null;
        }

        var (ifTrue, ifFalse) = (ValueSet.Of(whenTrueValue).Decides(set) is true, ValueSet.Of(whenFalseValue).Decides(set) is true);
        if (ifTrue == ifFalse)
        {
            return Condition.Known(ifTrue);
        }

        var condition = Read(conditional.Condition, state);
        return ifTrue ? condition : condition.Negate();
    }

    /// <summary>Whether a condition says something (an atom or a constant), not <see cref="Condition.Opaque"/>.</summary>
    private static bool IsRead(Condition condition) => condition.Atom is not null || condition.Constant is not null;

    /// <summary>The expression a non-virtual instance getter of the project returns, bound by the block's own semantic model; null for any other.</summary>
    private IOperation? GetterBody(IPropertySymbol property)
    {
        if (property is { IsStatic: true } or { IsVirtual: true } or { IsAbstract: true } or { IsOverride: true } or { IsIndexer: true }
            || property.ContainingType?.TypeKind is not (TypeKind.Class or TypeKind.Struct)
            || property.DeclaringSyntaxReferences.Length != 1
            || graph?.OriginalOperation.SemanticModel is not { } model)
        {
            return null;
        }

        var expression = property.DeclaringSyntaxReferences[0].GetSyntax() switch
        {
            PropertyDeclarationSyntax { ExpressionBody.Expression: var arrow } => arrow,
            PropertyDeclarationSyntax { AccessorList.Accessors: var accessors } =>
                accessors.FirstOrDefault(a => a.Keyword.ValueText == "get") is { ExpressionBody.Expression: var getter } ? getter : null,
            _ => null,
        };
        return expression is not null && expression.SyntaxTree == model.SyntaxTree ? model.GetOperation(expression) : null;
    }
}
