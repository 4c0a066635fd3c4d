using System;
using System.Collections.Concurrent;
using System.Threading;
using EiAnalyzers.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace EiAnalyzers.Analysis;

/// <summary>
/// Whether a diagnostic's location is generated code, decided as the analysis driver decides it for an analyzer that
/// does not report in generated code: a generated file (<c>generated_code</c> in .editorconfig, else a generated name
/// or an auto-generated header comment), a <c>#line hidden</c> region, or a declaration marked
/// <c>[GeneratedCode]</c> in a file that names the attribute.
/// </summary>
/// <remarks>
/// The analyzer asks the driver for <see cref="GeneratedCodeAnalysisFlags.ReportDiagnostics"/> and filters here. The
/// driver still skips generated files and generated symbols, but no longer checks each diagnostic: its check walks
/// every token of every file a diagnostic is reported in, which took a fifth of the analyzer's time on relevant code.
/// Here the file's text is scanned once for the attribute's name, and symbols are asked about only in a file that
/// names it (<c>GeneratedCodeParityTests</c> holds it to the driver's answers).
/// </remarks>
internal sealed class GeneratedCode
{
    private const string AttributeMetadataName = "System.CodeDom.Compiler.GeneratedCodeAttribute";

    /// <summary>The token values that make the driver look for the attribute in a file.</summary>
    private static readonly RelevantNames AttributeNames = new(new[] { "GeneratedCode", "GeneratedCodeAttribute" });

    private static readonly string[] GeneratedNameEndings = { ".designer", ".generated", ".g", ".g.i" };

    private static readonly char[] Separators = { '/', '\\', ':' };

    private readonly Compilation compilation;
    private readonly AnalyzerConfigOptionsProvider options;
    private readonly ConcurrentDictionary<SyntaxTree, FileKind> files = new();
    private readonly Lazy<INamedTypeSymbol?> attribute;

    public GeneratedCode(Compilation compilation, AnalyzerConfigOptionsProvider options)
    {
        this.compilation = compilation;
        this.options = options;
        attribute = new Lazy<INamedTypeSymbol?>(() => compilation.GetTypeByMetadataName(AttributeMetadataName));
    }

    private enum FileKind
    {
        Written,
        NamesAttribute,
        Generated,
    }

    /// <summary>
    /// Whether <paramref name="location"/> is in generated code. <paramref name="model"/>, the semantic model of the
    /// location's file if the caller has it, is used only for a file that names the attribute.
    /// </summary>
    public bool Contains(Location location, SemanticModel? model, CancellationToken cancellationToken)
    {
        if (!location.IsInSource || location.SourceTree is not { } tree)
        {
            return false;
        }

        if (!files.TryGetValue(tree, out var kind))
        {
            kind = files.GetOrAdd(tree, Classify(tree, cancellationToken));
        }

        if (kind == FileKind.Generated)
        {
            return true;
        }

        // In a file with a #line hidden region, the driver treats the lines before the first #line directive as hidden too.
        var span = location.SourceSpan;
        if (tree.HasHiddenRegions()
            && tree.GetLineVisibility(span.Start, cancellationToken) is LineVisibility.Hidden or LineVisibility.BeforeFirstLineDirective)
        {
            return true;
        }

        return kind == FileKind.NamesAttribute && InMarkedDeclaration(tree, span, model, cancellationToken);
    }

    private FileKind Classify(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var marked = options.GetOptions(tree).TryGetValue("generated_code", out var value) && bool.TryParse(value, out var generated)
            ? generated
            : HasGeneratedName(tree.FilePath) || BeginsWithGeneratedComment(tree, cancellationToken);
        if (marked)
        {
            return FileKind.Generated;
        }

        return attribute.Value is not null && NamesAttribute(tree, cancellationToken) ? FileKind.NamesAttribute : FileKind.Written;
    }

    /// <summary>
    /// The driver's generated file names. The path is split by hand, on either separator: <c>System.IO.Path</c>
    /// throws on characters some hosts reject, and a path written on Windows can reach a build on Linux.
    /// </summary>
    private static bool HasGeneratedName(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return false;
        }

        var fileName = path!.Substring(path.LastIndexOfAny(Separators) + 1);
        if (fileName.StartsWith("TemporaryGeneratedFile_", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var extension = fileName.LastIndexOf('.');
        if (extension < 0)
        {
            return false;
        }

        var withoutExtension = fileName.Substring(0, extension);
        foreach (var ending in GeneratedNameEndings)
        {
            if (withoutExtension.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool BeginsWithGeneratedComment(SyntaxTree tree, CancellationToken cancellationToken)
    {
        foreach (var trivia in tree.GetRoot(cancellationToken).GetLeadingTrivia())
        {
            if (trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineCommentTrivia))
            {
                var text = trivia.ToString();
                if (text.IndexOf("<autogenerated", StringComparison.Ordinal) >= 0 || text.IndexOf("<auto-generated", StringComparison.Ordinal) >= 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether a token of the file (outside trivia) has the attribute's name as its value.</summary>
    private static bool NamesAttribute(SyntaxTree tree, CancellationToken cancellationToken)
    {
        foreach (var token in TextScan.CandidateTokens(tree, AttributeNames, cancellationToken))
        {
            if (AttributeNames.Contains(token.ValueText))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a declaration around <paramref name="span"/> is marked, as <c>[GeneratedCode]</c> marks code for the driver.</summary>
    private bool InMarkedDeclaration(SyntaxTree tree, TextSpan span, SemanticModel? model, CancellationToken cancellationToken)
    {
        if (attribute.Value is not { } generatedCode)
        {
            return false;
        }

        if (model is null || model.SyntaxTree != tree)
        {
            if (!compilation.ContainsSyntaxTree(tree))
            {
                return false;
            }

#pragma warning disable RS1030 // Only for a file that names [GeneratedCode], at the end of the compilation: declarations only, no body is bound.
            model = compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
        }

        for (var node = tree.GetRoot(cancellationToken).FindNode(span, getInnermostNodeForTie: true); node is not null; node = node.Parent)
        {
            // A field declaration's attributes, modifiers and type belong to all its variables: the first one stands for them.
            var declaration = node is BaseFieldDeclarationSyntax { Declaration.Variables: { Count: > 0 } variables } ? variables[0] : node;
            if (IsMemberDeclaration(declaration) && model.GetDeclaredSymbol(declaration, cancellationToken) is { } symbol && IsMarked(symbol, generatedCode))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsMemberDeclaration(SyntaxNode node) => node
        is BaseTypeDeclarationSyntax or DelegateDeclarationSyntax or BaseMethodDeclarationSyntax or BasePropertyDeclarationSyntax
        or AccessorDeclarationSyntax or EnumMemberDeclarationSyntax
        or VariableDeclaratorSyntax { Parent.Parent: BaseFieldDeclarationSyntax };

    /// <summary>
    /// The symbol or one that contains it carries the attribute. A partial symbol's own attributes do not count: the
    /// driver cannot tell which part they mark.
    /// </summary>
    private static bool IsMarked(ISymbol symbol, INamedTypeSymbol generatedCode)
    {
        for (var current = symbol; current is not null; current = current.ContainingSymbol)
        {
            if (current.Kind == SymbolKind.Namespace || current.DeclaringSyntaxReferences.Length > 1)
            {
                continue;
            }

            foreach (var data in current.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(data.AttributeClass, generatedCode))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
