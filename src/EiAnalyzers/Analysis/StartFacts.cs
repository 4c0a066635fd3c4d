using System;
using System.Linq;
using System.Threading;
using EiAnalyzers.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EiAnalyzers.Analysis;

/// <summary>
/// What the analyzer can tell of a compilation when it starts, before anything is bound: from the references' file
/// names and the generated table's syntax. Each answer over-approximates ("may"): where it cannot tell, it says yes,
/// and the symbols decide later (<see cref="KnownSymbols"/>).
/// </summary>
/// <remarks>
/// Nothing is bound here, so a compilation with no SageMaker reference and no declaration registers nothing and binds
/// nothing for the analyzer, and a file that names no SageMaker type or property costs only its scan. In a command-line
/// build this measured no faster than looking the types up at compilation start (docs/performance.md, change 13).
/// </remarks>
internal static class StartFacts
{
    /// <summary>
    /// Whether a reference may be the SDK's SageMaker assembly (or a stand-in named after it) or the CDK's: a file named
    /// so, another project's compilation (the IDE's project reference) whose assembly is named so, or a reference that
    /// cannot be told (an image in memory, a script's <c>#r</c>). A package's file is named after its assembly; a
    /// SageMaker assembly in a renamed file is not seen.
    /// </summary>
    public static bool MayReferenceSageMaker(Compilation compilation)
    {
        if (compilation.SyntaxTrees.Any(tree => tree.Options.Kind != SourceCodeKind.Regular))
        {
            return true;
        }

        foreach (var reference in compilation.ExternalReferences)
        {
            var mayBe = reference switch
            {
                PortableExecutableReference { FilePath: { Length: > 0 } path } => ConfigurationShapes.IsSdkFile(path) || ConfigurationShapes.IsCdkFile(path),
                CompilationReference { Compilation.AssemblyName: { } name } => ConfigurationShapes.IsSageMakerAssembly(name),
                _ => true,
            };

            if (mayBe)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the project may declare models: unless the generated table is there and counts none. Without the table
    /// (the generator did not run), or with one that does not read as the generator writes it, it may.
    /// </summary>
    public static bool MayDeclareModels(Compilation compilation, CancellationToken cancellationToken)
    {
        var tables = 0;
        var none = false;
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (!IsTableFile(tree.FilePath))
            {
                continue;
            }

            tables++;
            none = CountsNoDeclaration(tree.GetRoot(cancellationToken));
        }

        return !(tables == 1 && none);
    }

    private static bool IsTableFile(string path)
    {
        var file = ConfigurationShapes.GeneratedCompatibilityFile;
        return path.EndsWith(file, StringComparison.OrdinalIgnoreCase)
            && (path.Length == file.Length || path[path.Length - file.Length - 1] is '/' or '\\');
    }

    /// <summary>Whether the table's <c>DeclarationCount</c> is the literal 0, in the namespace and class the generator writes.</summary>
    private static bool CountsNoDeclaration(SyntaxNode root)
    {
        var metadataName = ConfigurationShapes.GeneratedCompatibility;
        var dot = metadataName.LastIndexOf('.');
        var (namespaceName, className) = (metadataName.Substring(0, dot), metadataName.Substring(dot + 1));
        if (root is not CompilationUnitSyntax unit)
        {
            return false;
        }

        foreach (var member in unit.Members)
        {
            if (member is not BaseNamespaceDeclarationSyntax ns || ns.Name.ToString() != namespaceName)
            {
                continue;
            }

            foreach (var type in ns.Members)
            {
                if (type is not ClassDeclarationSyntax table || table.Identifier.ValueText != className)
                {
                    continue;
                }

                foreach (var field in table.Members)
                {
                    if (field is FieldDeclarationSyntax { Declaration.Variables: [var variable] }
                        && variable.Identifier.ValueText == ConfigurationShapes.DeclarationCountMember)
                    {
                        return variable.Initializer?.Value is LiteralExpressionSyntax literal
                            && literal.IsKind(SyntaxKind.NumericLiteralExpression)
                            && literal.Token.Value is 0;
                    }
                }
            }
        }

        return false;
    }
}
