using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using EiAnalyzers.Checks;
using EiAnalyzers.Description;
using Microsoft.CodeAnalysis;

namespace EiAnalyzers.Analysis;

/// <summary>Every model of the compilation, by where it is created and by the names it is created under, and the declarations.</summary>
internal sealed class CompilationDirectory : IModelDirectory
{
    private readonly Dictionary<Location, ModelDescription> byLocation = new();
    private readonly Dictionary<string, ImmutableArray<ModelDescription>> byName;
    private readonly IReadOnlyDictionary<string, DeclaredModelDescription> declared;

    public CompilationDirectory(IEnumerable<DeploymentDescription> deployments, IReadOnlyDictionary<string, DeclaredModelDescription> declared)
    {
        this.declared = declared;
        var models = deployments.SelectMany(d => d.Models).OrderBy(m => m.Location, LocationOrder.Instance).ToList();
        foreach (var model in models)
        {
            byLocation[model.Location] = model;
        }

        byName = models
            .SelectMany(m => m.Names.Select(name => (Name: name, Model: m)))
            .GroupBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Model).Distinct().ToImmutableArray(), StringComparer.OrdinalIgnoreCase);
    }

    public bool HasNames => true;

    public ModelDescription? Linked(Location location) => byLocation.TryGetValue(location, out var model) ? model : null;

    public DeclaredModelDescription? Declared(string name) => declared.TryGetValue(name, out var model) ? model : null;

    public ImmutableArray<ModelDescription> Created(string name) => byName.TryGetValue(name, out var models) ? models : ImmutableArray<ModelDescription>.Empty;
}
