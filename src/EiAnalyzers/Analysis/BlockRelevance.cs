using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EiAnalyzers.Analysis;

/// <summary>
/// Which code blocks to read, and their operations. Most blocks of a project never name a SageMaker type or one of
/// its EI properties: a scan of their identifiers (no binding, no operation tree) sets them aside, so only the few
/// that do pay for an operation tree and the reader.
/// </summary>
internal static class BlockRelevance
{
    /// <summary>
    /// Whether <paramref name="codeBlock"/> names one of <paramref name="names"/> (the simple names of the configuration
    /// types and of their properties in this compilation). A block that sets or creates a SageMaker object always does:
    /// by the type's name, or by a property's name in an initializer or assignment.
    /// </summary>
    public static bool MayTouchSageMaker(SyntaxNode codeBlock, HashSet<string> names)
    {
        foreach (var token in codeBlock.DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.IdentifierToken) && names.Contains(token.ValueText))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The operation trees of a code block: a method, constructor, accessor or top-level body, or the initializer or
    /// expression body of a field or property.
    /// </summary>
    /// <param name="owner">The symbol the block declares: of a field declaration's variables, only its own is read.</param>
    public static IEnumerable<IOperation> OperationsOf(SyntaxNode codeBlock, ISymbol owner, SemanticModel model, CancellationToken cancellationToken)
    {
        IEnumerable<SyntaxNode?> executable = codeBlock switch
        {
            BaseFieldDeclarationSyntax field => field.Declaration.Variables.Where(v => v.Identifier.ValueText == owner.Name).Select(v => v.Initializer),
            VariableDeclaratorSyntax variable => new[] { variable.Initializer },
            PropertyDeclarationSyntax property => new SyntaxNode?[] { property.ExpressionBody, property.Initializer },
            IndexerDeclarationSyntax indexer => new[] { indexer.ExpressionBody },
            _ => new[] { codeBlock },
        };

        foreach (var node in executable)
        {
            if (node is not null && model.GetOperation(node, cancellationToken) is { } operation)
            {
                yield return operation;
            }
        }
    }
}
