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
/// code of every file (everything but method bodies, top-level statements, non-constant initializers and trivia), the
/// files' paths, the references, the options and the .editorconfig options. While the user types inside a method body
/// or a comment, it is equal to the previous one, and the driver does not read the declarations again: the symbols
/// they bind to cannot have changed, since no method body can change a declaration, an attribute argument or a
/// constant.
/// <para>
/// Two snapshots are compared file by file: the same tree is the same code (trees are immutable), so only the trees
/// that differ are hashed (<see cref="TopLevelHash"/>), and a build, which runs the generator once, hashes nothing.
/// The snapshot holds the trees of its own compilation, which the driver holds too (it keeps the latest value of
/// a step, equal or not); the compilation and the options are held weakly, so that no step output keeps them alive.
/// The step that reads the declarations runs only when this step's output changed in the current run, on a snapshot
/// whose compilation the driver holds.
/// </para>
/// </summary>
internal sealed class DeclarationSnapshot
{
    public static readonly IEqualityComparer<DeclarationSnapshot> ByDeclarations = new Comparer();

    private readonly WeakReference<Compilation> compilation;
    private readonly WeakReference<AnalyzerConfigOptionsProvider> options;
    private readonly ImmutableArray<SyntaxTree> trees;
    private readonly ImmutableArray<MetadataReference> references;
    private readonly CompilationOptions compilationOptions;

    private DeclarationSnapshot(Compilation compilation, AnalyzerConfigOptionsProvider options)
    {
        this.compilation = new WeakReference<Compilation>(compilation);
        this.options = new WeakReference<AnalyzerConfigOptionsProvider>(options);
        trees = compilation.SyntaxTrees.ToImmutableArray();
        // Not References, which binds every reference (the compiler's reference manager) to add #r directives'
        // ones: a command-line build runs generators before the compiler binds anything, so that would be paid here.
        references = compilation.ExternalReferences;
        compilationOptions = compilation.Options;
    }

    public static DeclarationSnapshot Of(Compilation compilation, AnalyzerConfigOptionsProvider options) => new(compilation, options);

    /// <summary>The compilation's syntax trees, for a step that reads declaration-level code only.</summary>
    public ImmutableArray<SyntaxTree> Trees => trees;

    /// <summary>
    /// Every declared model of the compilation, with its .editorconfig headroom. A declaration is read from its syntax
    /// where that gives what binding would (<see cref="SyntacticModelReader"/>), so that a compilation whose
    /// declarations are all literals is never bound here; the others are bound. What the syntactic read needs of the
    /// whole compilation (<see cref="DeclarationSyntaxFacts"/>, the references' type names) is read only once a file
    /// has an attribute that may be <c>[EiModel]</c>: most projects have none, and pay one walk of their declarations.
    /// </summary>
    public ImmutableArray<ModelSpec> ReadModels(CancellationToken cancellationToken)
    {
        if (!compilation.TryGetTarget(out var current) || !options.TryGetTarget(out var optionsProvider))
        {
            // Never the case: this runs only on the snapshot made in the same run (see the class comment).
            return ImmutableArray<ModelSpec>.Empty;
        }

        var names = AttributeNames(current, cancellationToken);
        var candidates = current.SyntaxTrees
            .Select(tree => FileDeclarations.Of(tree, cancellationToken))
            .Where(file => file.AttributeNames.Any(names.Contains))
            .SelectMany(file => file.Types
                .Where(type => DeclarationNames.IsModelKind(type) && type.AttributeLists.SelectMany(l => l.Attributes).Any(a => names.Contains(DeclarationNames.SimpleName(a.Name)))))
            .ToList();
        if (candidates.Count == 0)
        {
            return ImmutableArray<ModelSpec>.Empty;
        }

        // A public type of a reference named like EiModel or EiFramework could make a name ambiguous: then all are bound.
        var facts = ReferencedBindingNames.AnyDefinedIn(current.ExternalReferences, cancellationToken) ? null : DeclarationSyntaxFacts.Of(current, candidates, cancellationToken);
        INamedTypeSymbol? attributeType = null;
        var semanticModels = new Dictionary<SyntaxTree, SemanticModel>();
        var headrooms = new Dictionary<SyntaxTree, double>();
        var models = ImmutableArray.CreateBuilder<ModelSpec>();
        foreach (var type in candidates)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var tree = type.SyntaxTree;
            if (!headrooms.TryGetValue(tree, out var headroom))
            {
                headrooms[tree] = headroom = Options.HeadroomOption.Read(optionsProvider.GetOptions(tree), optionsProvider.GlobalOptions).Factor;
            }

            if (facts is not null && SyntacticModelReader.TryRead(type, facts, headroom) is { } read)
            {
                models.Add(read);
                continue;
            }

            attributeType ??= current.Assembly.GetTypeByMetadataName(ModelDeclaration.AttributeMetadataName)
                ?? current.GetTypeByMetadataName(ModelDeclaration.AttributeMetadataName);
            if (attributeType is null)
            {
                continue;
            }

            // As Roslyn's ForAttributeWithMetadataName: the type's attributes of this class written in this file.
            if (!semanticModels.TryGetValue(tree, out var model))
            {
                semanticModels[tree] = model = current.GetSemanticModel(tree);
            }

            if (model.GetDeclaredSymbol(type, cancellationToken) is not INamedTypeSymbol symbol
                || symbol.GetAttributes().FirstOrDefault(a => a.ApplicationSyntaxReference?.SyntaxTree == tree
                    && SymbolEqualityComparer.Default.Equals(a.AttributeClass, attributeType)) is not { } attribute)
            {
                continue;
            }

            models.Add(ModelParser.Read(attribute, symbol, type, headroom));
        }

        return models.ToImmutable();
    }

    /// <summary>The names <c>[EiModel]</c> may be written with: its own, and those of the using aliases to it.</summary>
    private static HashSet<string> AttributeNames(Compilation compilation, CancellationToken cancellationToken)
    {
        var names = new HashSet<string>(StringComparer.Ordinal) { ModelDeclaration.AttributeName, ModelDeclaration.AttributeTypeName };
        foreach (var alias in compilation.SyntaxTrees.SelectMany(tree => FileDeclarations.Of(tree, cancellationToken).AliasNames))
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
                && x.trees.Length == y.trees.Length
                && x.references.SequenceEqual(y.references, ReferenceEqualityComparer.Instance)
                && Equals(x.compilationOptions, y.compilationOptions)
                && SameOptions(x, y)
                && SameDeclarations(x.trees, y.trees);
        }

        public int GetHashCode(DeclarationSnapshot snapshot) => snapshot.trees.Length;

        private static bool SameOptions(DeclarationSnapshot x, DeclarationSnapshot y) =>
            x.options.TryGetTarget(out var first) && y.options.TryGetTarget(out var second) && ReferenceEquals(first, second);

        private static bool SameDeclarations(ImmutableArray<SyntaxTree> x, ImmutableArray<SyntaxTree> y)
        {
            for (var i = 0; i < x.Length; i++)
            {
                if (!ReferenceEquals(x[i], y[i])
                    && (x[i].FilePath != y[i].FilePath || !Equals(x[i].Options, y[i].Options) || !TopLevelHash.Of(x[i]).Equals(TopLevelHash.Of(y[i]))))
                {
                    return false;
                }
            }

            return true;
        }
    }

    private sealed class ReferenceEqualityComparer : IEqualityComparer<MetadataReference>
    {
        public static readonly ReferenceEqualityComparer Instance = new();

        public bool Equals(MetadataReference? x, MetadataReference? y) => ReferenceEquals(x, y);

        public int GetHashCode(MetadataReference obj) => RuntimeHelpers.GetHashCode(obj);
    }
}

/// <summary>How the declarations <c>[EiModel]</c> applies to are written.</summary>
internal static class DeclarationNames
{
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
}

/// <summary>
/// A 128-bit hash of one file's declaration-level code: its tokens outside method bodies, top-level statements and
/// non-constant initializers, without trivia. Computed once per syntax tree, and only for trees that replaced another.
/// </summary>
internal readonly struct TopLevelHash : IEquatable<TopLevelHash>
{
    private static readonly ConditionalWeakTable<SyntaxTree, object> Cache = new();

    private readonly ulong first;
    private readonly ulong second;

    private TopLevelHash(ulong first, ulong second)
    {
        this.first = first;
        this.second = second;
    }

    public static TopLevelHash Of(SyntaxTree tree) => (TopLevelHash)Cache.GetValue(tree, static t => Compute(t.GetRoot()));

    public bool Equals(TopLevelHash other) => first == other.first && second == other.second;

    public override bool Equals(object? obj) => obj is TopLevelHash other && Equals(other);

    public override int GetHashCode() => first.GetHashCode();

    private static TopLevelHash Compute(SyntaxNode root)
    {
        // FNV-1a and a second multiplicative hash over the same input: 128 bits, so that two different
        // declaration-level texts never look equal in practice.
        var first = 14695981039346656037UL;
        var second = 0x9E3779B97F4A7C15UL;
        foreach (var item in root.DescendantNodesAndTokens(static node => !IsExecutable(node)))
        {
            Mix(ref first, ref second, item.RawKind);
            if (item.IsToken)
            {
                foreach (var c in item.AsToken().Text)
                {
                    Mix(ref first, ref second, c);
                }
            }
        }

        return new TopLevelHash(first, second);
    }

    private static void Mix(ref ulong first, ref ulong second, int value)
    {
        first = (first ^ (uint)value) * 1099511628211UL;
        second = (second + (uint)value) * 0xBF58476D1CE4E5B9UL;
        second ^= second >> 31;
    }

    /// <summary>
    /// Code that runs and declares nothing: method, accessor and local function bodies, top-level statements (their
    /// locals and local functions are Main's), and the initializers of properties and of fields that are not
    /// constants. A constant's or an enum member's value is declaration-level.
    /// </summary>
    private static bool IsExecutable(SyntaxNode node) => node switch
    {
        GlobalStatementSyntax => true,
        BlockSyntax or ArrowExpressionClauseSyntax => node.Parent is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or BasePropertyDeclarationSyntax or LocalFunctionStatementSyntax,
        EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax } => true,
        EqualsValueClauseSyntax { Parent.Parent.Parent: FieldDeclarationSyntax field } => !field.Modifiers.Any(SyntaxKind.ConstKeyword),
        _ => false,
    };
}
