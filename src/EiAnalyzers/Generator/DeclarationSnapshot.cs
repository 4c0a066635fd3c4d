using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using EiAnalyzers.Declarations;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EiAnalyzers.Generator;

/// <summary>
/// What the <c>[EiModel]</c> declarations of a compilation can depend on, and nothing else: the declaration-level
/// code of every file (everything but method bodies, non-constant initializers and trivia), the files' paths, the
/// references, the options and the .editorconfig options. While the user types inside a method body or a comment, it is equal to
/// the previous one, and the driver does not read the declarations again: the symbols they bind to cannot have
/// changed, since no method body can change a declaration, an attribute argument or a constant.
/// <para>
/// The compilation and the options are held weakly: no step output keeps a compilation alive. The step that reads
/// the declarations runs only when this step's output changed in the current run, so on a snapshot whose compilation
/// the driver holds.
/// </para>
/// </summary>
internal sealed class DeclarationSnapshot
{
    public static readonly IEqualityComparer<DeclarationSnapshot> ByDeclarations = new Comparer();

    private readonly WeakReference<Compilation> compilation;
    private readonly WeakReference<AnalyzerConfigOptionsProvider> options;
    private readonly ImmutableArray<TreeSummary> trees;
    private readonly ImmutableArray<string> paths;
    private readonly ImmutableArray<MetadataReference> references;
    private readonly CompilationOptions compilationOptions;
    private readonly ParseOptions? parseOptions;

    private DeclarationSnapshot(Compilation compilation, AnalyzerConfigOptionsProvider options, ImmutableArray<TreeSummary> trees)
    {
        this.compilation = new WeakReference<Compilation>(compilation);
        this.options = new WeakReference<AnalyzerConfigOptionsProvider>(options);
        this.trees = trees;
        paths = compilation.SyntaxTrees.Select(tree => tree.FilePath).ToImmutableArray();
        references = compilation.References.ToImmutableArray();
        compilationOptions = compilation.Options;
        parseOptions = compilation.SyntaxTrees.FirstOrDefault()?.Options;
    }

    public static DeclarationSnapshot Of(Compilation compilation, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken) =>
        new(compilation, options, compilation.SyntaxTrees.Select(tree => TreeSummary.Of(tree, cancellationToken)).ToImmutableArray());

    /// <summary>Every declared model of the compilation, with its .editorconfig headroom.</summary>
    public ImmutableArray<ModelSpec> ReadModels(CancellationToken cancellationToken)
    {
        if (!compilation.TryGetTarget(out var current) || !options.TryGetTarget(out var optionsProvider))
        {
            // Never the case: this runs only on the snapshot made in the same run (see the class comment).
            return ImmutableArray<ModelSpec>.Empty;
        }

        var attributeType = current.Assembly.GetTypeByMetadataName(ModelDeclaration.AttributeMetadataName)
            ?? current.GetTypeByMetadataName(ModelDeclaration.AttributeMetadataName);
        if (attributeType is null)
        {
            return ImmutableArray<ModelSpec>.Empty;
        }

        var names = AttributeNames();
        var models = ImmutableArray.CreateBuilder<ModelSpec>();
        foreach (var tree in current.SyntaxTrees)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!TreeSummary.Of(tree, cancellationToken).AttributeNames.Any(names.Contains))
            {
                continue;
            }

            var model = current.GetSemanticModel(tree);
            var headroom = Options.HeadroomOption.Read(optionsProvider.GetOptions(tree), optionsProvider.GlobalOptions).Factor;
            foreach (var type in TreeSummary.TypeDeclarations(tree.GetRoot(cancellationToken)))
            {
                if (!TreeSummary.IsModelKind(type) || !type.AttributeLists.SelectMany(l => l.Attributes).Any(a => names.Contains(TreeSummary.SimpleName(a.Name))))
                {
                    continue;
                }

                // As Roslyn's ForAttributeWithMetadataName: the type's attributes of this class written in this file.
                if (model.GetDeclaredSymbol(type, cancellationToken) is not INamedTypeSymbol symbol
                    || symbol.GetAttributes().FirstOrDefault(a => a.ApplicationSyntaxReference?.SyntaxTree == tree
                        && SymbolEqualityComparer.Default.Equals(a.AttributeClass, attributeType)) is not { } attribute)
                {
                    continue;
                }

                models.Add(ModelParser.Read(attribute, symbol, type, headroom));
            }
        }

        return models.ToImmutable();
    }

    /// <summary>The names <c>[EiModel]</c> may be written with: its own, and those of the using aliases to it.</summary>
    private HashSet<string> AttributeNames()
    {
        var names = new HashSet<string>(StringComparer.Ordinal) { TreeSummary.AttributeName, TreeSummary.AttributeName + "Attribute" };
        foreach (var alias in trees.SelectMany(t => t.AliasNames))
        {
            names.Add(alias);
            if (alias.EndsWith("Attribute", StringComparison.Ordinal) && alias.Length > "Attribute".Length)
            {
                names.Add(alias.Substring(0, alias.Length - "Attribute".Length));
            }
        }

        return names;
    }

    private sealed class Comparer : IEqualityComparer<DeclarationSnapshot>
    {
        public bool Equals(DeclarationSnapshot? x, DeclarationSnapshot? y)
        {
            if (ReferenceEquals(x, y))
            {
                return true;
            }

            return x is not null && y is not null
                && x.trees.SequenceEqual(y.trees, TreeSummary.ByDeclarations)
                && x.paths.SequenceEqual(y.paths, StringComparer.Ordinal)
                && x.references.SequenceEqual(y.references, ReferenceEqualityComparer.Instance)
                && Equals(x.compilationOptions, y.compilationOptions)
                && Equals(x.parseOptions, y.parseOptions)
                && SameOptions(x, y);
        }

        public int GetHashCode(DeclarationSnapshot snapshot) => snapshot.trees.Length;

        private static bool SameOptions(DeclarationSnapshot x, DeclarationSnapshot y) =>
            x.options.TryGetTarget(out var first) && y.options.TryGetTarget(out var second) && ReferenceEquals(first, second);
    }

    private sealed class ReferenceEqualityComparer : IEqualityComparer<MetadataReference>
    {
        public static readonly ReferenceEqualityComparer Instance = new();

        public bool Equals(MetadataReference? x, MetadataReference? y) => ReferenceEquals(x, y);

        public int GetHashCode(MetadataReference obj) => RuntimeHelpers.GetHashCode(obj);
    }
}

/// <summary>
/// One file's declaration-level code, as a 128-bit hash of its tokens outside method bodies and non-constant
/// initializers, with the names of the attributes on its classes and the using aliases that may name
/// <c>[EiModel]</c>. Computed once per syntax tree (trees are immutable) and kept as long as the tree lives.
/// </summary>
internal sealed class TreeSummary
{
    public const string AttributeName = "EiModel";

    public static readonly IEqualityComparer<TreeSummary> ByDeclarations = new Comparer();

    private static readonly ConditionalWeakTable<SyntaxTree, TreeSummary> Cache = new();

    private readonly ulong hash1;
    private readonly ulong hash2;

    private TreeSummary(ulong hash1, ulong hash2, string[] attributeNames, string[] aliasNames)
    {
        this.hash1 = hash1;
        this.hash2 = hash2;
        AttributeNames = attributeNames;
        AliasNames = aliasNames;
    }

    /// <summary>The simple names of the attributes on the file's classes and records.</summary>
    public string[] AttributeNames { get; }

    /// <summary>The file's using aliases whose target is named <c>EiModel</c> or <c>EiModelAttribute</c>.</summary>
    public string[] AliasNames { get; }

    public static TreeSummary Of(SyntaxTree tree, CancellationToken cancellationToken)
    {
        if (Cache.TryGetValue(tree, out var summary))
        {
            return summary;
        }

        summary = Compute(tree.GetRoot(cancellationToken), cancellationToken);
        return Cache.GetValue(tree, _ => summary);
    }

    /// <summary>The type declarations of a file, nested ones included (types are never declared in method bodies).</summary>
    public static IEnumerable<TypeDeclarationSyntax> TypeDeclarations(SyntaxNode root) =>
        root.DescendantNodes(static node => node is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax)
            .OfType<TypeDeclarationSyntax>();

    /// <summary>The declarations <c>[EiModel]</c> applies to: classes and record classes.</summary>
    public static bool IsModelKind(SyntaxNode node) =>
        node is ClassDeclarationSyntax or RecordDeclarationSyntax { ClassOrStructKeyword.RawKind: not (int)SyntaxKind.StructKeyword };

    public static string SimpleName(NameSyntax name) => name switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        _ => "",
    };

    private static TreeSummary Compute(SyntaxNode root, CancellationToken cancellationToken)
    {
        // FNV-1a and a second multiplicative hash over the same input: 128 bits, so that two different
        // declaration-level texts never look equal in practice.
        var hash1 = 14695981039346656037UL;
        var hash2 = 0x9E3779B97F4A7C15UL;
        void Mix(int value)
        {
            hash1 = (hash1 ^ (uint)value) * 1099511628211UL;
            hash2 = (hash2 + (uint)value) * 0xBF58476D1CE4E5B9UL;
            hash2 ^= hash2 >> 31;
        }

        var attributeNames = new HashSet<string>(StringComparer.Ordinal);
        var aliasNames = new HashSet<string>(StringComparer.Ordinal);
        var visited = 0;
        foreach (var item in root.DescendantNodesAndTokens(static node => !IsExecutable(node)))
        {
            if (++visited % 4096 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            Mix(item.RawKind);
            if (item.IsToken)
            {
                foreach (var c in item.AsToken().Text)
                {
                    Mix(c);
                }

                continue;
            }

            switch (item.AsNode())
            {
                case AttributeSyntax attribute when attribute.Parent?.Parent is { } target && IsModelKind(target):
                    attributeNames.Add(SimpleName(attribute.Name));
                    break;
                case UsingDirectiveSyntax { Alias: { } alias, Name: { } target } when SimpleName(target) is AttributeName or AttributeName + "Attribute":
                    aliasNames.Add(alias.Name.Identifier.ValueText);
                    break;
            }
        }

        return new TreeSummary(hash1, hash2, attributeNames.ToArray(), aliasNames.ToArray());
    }

    /// <summary>
    /// Code that runs and declares nothing: method, accessor and local function bodies, and the initializers of
    /// properties and of fields that are not constants. A constant's or an enum member's value is declaration-level.
    /// </summary>
    private static bool IsExecutable(SyntaxNode node) => node switch
    {
        BlockSyntax or ArrowExpressionClauseSyntax => node.Parent is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or BasePropertyDeclarationSyntax or LocalFunctionStatementSyntax,
        EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax } => true,
        EqualsValueClauseSyntax { Parent.Parent.Parent: FieldDeclarationSyntax field } => !field.Modifiers.Any(SyntaxKind.ConstKeyword),
        _ => false,
    };

    private sealed class Comparer : IEqualityComparer<TreeSummary>
    {
        public bool Equals(TreeSummary? x, TreeSummary? y) =>
            ReferenceEquals(x, y) || (x is not null && y is not null && x.hash1 == y.hash1 && x.hash2 == y.hash2);

        public int GetHashCode(TreeSummary summary) => summary.hash1.GetHashCode();
    }
}
