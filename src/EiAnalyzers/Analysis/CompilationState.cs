using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using EiAnalyzers.Declarations;
using EiAnalyzers.Deployment;
using EiAnalyzers.Options;
using EiAnalyzers.Readers;
using EiAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace EiAnalyzers.Analysis;

/// <summary>
/// What the analyzer knows of one compilation while it runs. Each code block is read once, when its first SageMaker
/// object or property is met; what can only be decided with the whole compilation (ties by an equal name) waits for
/// its end. Nothing here outlives the compilation.
/// </summary>
internal sealed class CompilationState
{
    private readonly KnownSymbols known;
    private readonly AnalyzerConfigOptionsProvider options;
    private readonly GeneratedCode generatedCode;
    private readonly ConcurrentDictionary<INamedTypeSymbol, DeclaredModel?> declarations = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<SyntaxTree, HeadroomOption> headrooms = new();
    private readonly ConcurrentQueue<PendingVariant> pendingVariants = new();
    private readonly ConcurrentQueue<ModelDescription> models = new();
    private readonly ConcurrentQueue<NotebookDescription> notebooks = new();

    public CompilationState(KnownSymbols known, Compilation compilation, AnalyzerConfigOptionsProvider options)
    {
        this.known = known;
        this.options = options;
        generatedCode = new GeneratedCode(compilation, options);
    }

    private sealed class PendingVariant
    {
        public PendingVariant(VariantDescription variant, ValueSite modelName, DeclaredModel? declaredByConstant)
        {
            Variant = variant;
            ModelName = modelName;
            DeclaredByConstant = declaredByConstant;
        }

        public VariantDescription Variant { get; }

        public ValueSite ModelName { get; }

        public DeclaredModel? DeclaredByConstant { get; }
    }

    // ---- Declarations -------------------------------------------------------------------------------------------

    public void AnalyzeNamedType(SymbolAnalysisContext context)
    {
        if (context.Symbol is INamedTypeSymbol type && Declaration(type) is { } model)
        {
            DeclarationRules.CheckDeclaration(model, Rules(context.ReportDiagnostic, null, atCompilationEnd: false, context.CancellationToken));
        }
    }

    /// <summary>The declaration on a type; constructed generic types (<c>Model&lt;int&gt;.Name</c>) are their definition.</summary>
    private DeclaredModel? Declaration(INamedTypeSymbol type)
    {
        if (known.EiModelAttribute is not { } attribute)
        {
            return null;
        }

        // Only types with the attribute are kept: the symbol action sees every type of the compilation.
        var definition = type.OriginalDefinition;
        if (declarations.TryGetValue(definition, out var model))
        {
            return model;
        }

        return DeclaredModel.Read(definition, attribute) is { } read ? declarations.GetOrAdd(definition, read) : null;
    }

    /// <summary>The model whose generated <c>Name</c> constant is <paramref name="value"/> (<c>ModelName = BertQa.Name</c>).</summary>
    private DeclaredModel? DeclaredByConstant(IOperation value) =>
        ValueReader.Unwrap(value) is IFieldReferenceOperation { Field: { IsConst: true, Name: "Name", ContainingType: { } type } }
        && Declaration(type) is { IsValid: true } model
            ? model
            : null;

    // ---- Code blocks --------------------------------------------------------------------------------------------

    /// <summary>Reads the blocks of one file that name a SageMaker type or property.</summary>
    public void AnalyzeSemanticModel(SemanticModelAnalysisContext context)
    {
        var model = context.SemanticModel;
        foreach (var block in BlockRelevance.BlocksNaming(model.SyntaxTree, known.RelevantNames, context.CancellationToken))
        {
            foreach (var operation in BlockRelevance.OperationsOf(block, model, context.CancellationToken))
            {
                ReadBlock(operation, context.ReportDiagnostic, context.CancellationToken);
            }
        }
    }

    private void ReadBlock(IOperation root, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        var deployment = BlockReader.Read(known, root, root.SemanticModel, DeclaredByConstant);
        var rules = Rules(report, root.SemanticModel, atCompilationEnd: false, cancellationToken);
        foreach (var model in deployment.Models)
        {
            ModelRules.CheckModel(model, rules);
            models.Enqueue(model);
        }

        foreach (var variant in deployment.Variants)
        {
            VariantRules.CheckVariant(variant, variant.DeclaredByConstant, rules);
            foreach (var name in variant.ModelNames.Where(n => n.IsKnown))
            {
                pendingVariants.Enqueue(new PendingVariant(variant, name, variant.DeclaredByConstant));
            }

            if (variant.LinkedModels.Count > 0 && !variant.ModelNames.Any(n => n.IsKnown))
            {
                pendingVariants.Enqueue(new PendingVariant(variant, variant.ModelNames.FirstOrDefault() ?? new ValueSite(variant.Location, null, false, ValueStyle.Other), null));
            }
        }

        foreach (var notebook in deployment.Notebooks)
        {
            NotebookRules.CheckNotebook(notebook, rules);
            notebooks.Enqueue(notebook);
        }
    }

    // ---- The end of the compilation -----------------------------------------------------------------------------

    public void AnalyzeCompilationEnd(CompilationAnalysisContext context)
    {
        var rules = Rules(context.ReportDiagnostic, null, atCompilationEnd: true, context.CancellationToken);
        var declared = DeclarationRules.ByName(declarations.Values.Where(d => d is not null).Select(d => d!), rules);
        var modelsByName = models
            .Where(m => m.Name is not null)
            .GroupBy(m => m.Name!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.OrderBy(m => m.Location.SourceSpan.Start).ThenBy(m => m.Location.SourceTree?.FilePath, StringComparer.Ordinal).ToList(), StringComparer.OrdinalIgnoreCase);

        foreach (var model in declared.Values.OrderBy(m => m.TypeName, StringComparer.Ordinal))
        {
            if (modelsByName.TryGetValue(model.Name, out var created))
            {
                DeclarationRules.CheckAgainstImages(model, created, rules);
            }
        }

        foreach (var pending in pendingVariants.OrderBy(p => p.Variant.Location, LocationOrder.Instance))
        {
            var name = pending.ModelName.Text;
            var byName = name is not null && declared.TryGetValue(name, out var model) ? model : null;
            var declaredModel = pending.DeclaredByConstant ?? byName;
            var linked = pending.Variant.LinkedModels;
            var named = name is not null && modelsByName.TryGetValue(name, out var list) ? list.Except(linked).ToList() : new List<ModelDescription>();
            VariantRules.CheckModels(
                pending.Variant, pending.ModelName, declaredModel, pending.DeclaredByConstant is not null, linked.Concat(named).ToList(), rules);
        }

        foreach (var notebook in notebooks.OrderBy(n => n.Location, LocationOrder.Instance))
        {
            foreach (var name in notebook.Names.Select(n => n.Text).Where(n => n is not null).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                var served = declared.Values
                    .Where(m => m.Notebooks.Contains(name!, StringComparer.OrdinalIgnoreCase))
                    .OrderBy(m => m.TypeName, StringComparer.Ordinal);
                NotebookRules.CheckServedModels(notebook, name!, served, rules);
            }
        }
    }

    // ---- Shared -------------------------------------------------------------------------------------------------

    /// <summary>The rules' context for one unit of analysis; <paramref name="model"/> is its file's semantic model, if it has one.</summary>
    private RuleContext Rules(Action<Diagnostic> report, SemanticModel? model, bool atCompilationEnd, CancellationToken cancellationToken) =>
        new(new DiagnosticSink(report, location => generatedCode.Contains(location, model, cancellationToken), atCompilationEnd), Headroom);

    private HeadroomOption Headroom(SyntaxTree tree) =>
        headrooms.GetOrAdd(tree, t => HeadroomOption.Read(options.GetOptions(t), options.GlobalOptions));
}

/// <summary>Orders locations by file, then position, so the end of the compilation reports in a stable order.</summary>
internal sealed class LocationOrder : IComparer<Location>
{
    public static readonly LocationOrder Instance = new();

    public int Compare(Location? x, Location? y)
    {
        var byFile = string.CompareOrdinal(x?.SourceTree?.FilePath, y?.SourceTree?.FilePath);
        return byFile != 0 ? byFile : (x?.SourceSpan.Start ?? 0).CompareTo(y?.SourceSpan.Start ?? 0);
    }
}
