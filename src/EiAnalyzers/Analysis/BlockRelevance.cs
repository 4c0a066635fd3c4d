using System.Collections.Generic;
using System.Linq;
using System.Threading;
using EiAnalyzers.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EiAnalyzers.Analysis;

/// <summary>
/// Which code blocks of a file to read, and their operations. Most blocks of a project never name a SageMaker type or
/// one of its EI properties: one scan of the file's text (no syntax walk, no binding, no operation tree) finds the few
/// that do, and only those pay for an operation tree and the reader.
/// </summary>
internal static class BlockRelevance
{
    /// <summary>
    /// The code blocks of <paramref name="tree"/> that name one of <paramref name="names"/> (the simple names of the
    /// configuration types and of their properties in this compilation), in source order. A block that sets or
    /// creates a SageMaker object always does: by the type's name, or by a property's name in an initializer or
    /// assignment. A block is a method, constructor, operator or accessor, a property or indexer (its expression body
    /// and initializer), a field's variable (its initializer), or the top-level statements (the compilation unit).
    /// </summary>
    public static List<SyntaxNode> BlocksNaming(SyntaxTree tree, RelevantNames names, CancellationToken cancellationToken)
    {
        // Most files name none of them: one pass over the text finds the places that may (no syntax node is visited),
        // and the token at each place says whether it is an identifier of that name (not a comment or a string).
        return BlocksOf(TextScan.CandidateTokens(tree, names, cancellationToken), names, cancellationToken);
    }

    /// <summary>The blocks of the identifier tokens among <paramref name="tokens"/> that spell one of <paramref name="names"/>, each once.</summary>
    internal static List<SyntaxNode> BlocksOf(IEnumerable<SyntaxToken> tokens, RelevantNames names, CancellationToken cancellationToken)
    {
        var blocks = new List<SyntaxNode>();
        var found = new HashSet<SyntaxNode>();
        foreach (var token in IdentifiersNaming(tokens, names))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (BlockOf(token) is { } block && found.Add(block))
            {
                blocks.Add(block);
            }
        }

        return blocks;
    }

    /// <summary>The identifier tokens among <paramref name="tokens"/> that spell one of <paramref name="names"/> (not a comment or a string).</summary>
    internal static IEnumerable<SyntaxToken> IdentifiersNaming(IEnumerable<SyntaxToken> tokens, RelevantNames names) =>
        tokens.Where(token => token.IsKind(SyntaxKind.IdentifierToken) && names.Contains(token.ValueText));

    private static SyntaxNode? BlockOf(SyntaxToken token)
    {
        for (var node = token.Parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case AccessorDeclarationSyntax or BaseMethodDeclarationSyntax or BasePropertyDeclarationSyntax:
                    return node;
                case VariableDeclaratorSyntax { Parent.Parent: BaseFieldDeclarationSyntax }:
                    return node;
                case GlobalStatementSyntax { Parent: { } compilationUnit }:
                    return compilationUnit;
                case BaseTypeDeclarationSyntax or BaseNamespaceDeclarationSyntax or DelegateDeclarationSyntax:
                    return null;
            }
        }

        return null;
    }

    /// <summary>The operation trees of a block found by <see cref="BlocksNaming"/>.</summary>
    public static IEnumerable<IOperation> OperationsOf(SyntaxNode block, SemanticModel model, CancellationToken cancellationToken)
    {
        SyntaxNode?[] executable = block switch
        {
            VariableDeclaratorSyntax variable => new SyntaxNode?[] { variable.Initializer },
            PropertyDeclarationSyntax property => new SyntaxNode?[] { property.ExpressionBody, property.Initializer },
            IndexerDeclarationSyntax indexer => new SyntaxNode?[] { indexer.ExpressionBody },
            BasePropertyDeclarationSyntax => new SyntaxNode?[0],
            _ => new SyntaxNode?[] { block },
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
