using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace EiAnalyzers.CodeFixes;

/// <summary>Writes a new text into a string literal, or into the text of an interpolated string, in the same kind of literal.</summary>
internal static class LiteralText
{
    public static TextChange? Rewrite(SyntaxNode root, TextSpan span, string value)
    {
        var node = root.FindNode(span, getInnermostNodeForTie: true);
        switch (node)
        {
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) && literal.Span == span:
                return Literal(literal.Token, value) is { } written ? new TextChange(span, written) : null;
            case InterpolatedStringTextSyntax part when part.Span == span && part.Parent is InterpolatedStringExpressionSyntax interpolated:
                return InterpolatedText(interpolated.StringStartToken.ValueText, value) is { } interpolatedText ? new TextChange(span, interpolatedText) : null;
            default:
                return null;
        }
    }

    private static string? Literal(SyntaxToken token, string value)
    {
        var original = token.Text;
        if (original.StartsWith("@", System.StringComparison.Ordinal))
        {
            return "@\"" + value.Replace("\"", "\"\"") + "\"";
        }

        if (original.StartsWith("\"\"\"", System.StringComparison.Ordinal))
        {
            // A raw literal keeps its delimiters when the new text needs no more quotes than they allow, on one line.
            var quotes = original.Length - original.TrimStart('"').Length;
            var delimiter = new string('"', quotes);
            return value.Contains(delimiter) || value.IndexOf('\n') >= 0 || original.IndexOf('\n') >= 0 || value.StartsWith("\"") || value.EndsWith("\"")
                ? null
                : delimiter + value + delimiter;
        }

        return SymbolDisplay.FormatLiteral(value, quote: true);
    }

    private static string? InterpolatedText(string start, string value)
    {
        var braces = value.Replace("{", "{{").Replace("}", "}}");
        if (start.Contains("\"\"\""))
        {
            return null;
        }

        if (start.Contains("@"))
        {
            return braces.Replace("\"", "\"\"");
        }

        var escaped = SymbolDisplay.FormatLiteral(braces, quote: false);
        return escaped;
    }
}
