using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using EiAnalyzers.Deployment;
using Microsoft.CodeAnalysis;

namespace EiAnalyzers;

/// <summary>What a fix needs from a diagnostic: additional locations with their roles, and properties.</summary>
internal sealed class FixData
{
    private readonly List<Location> locations = new();
    private readonly List<string> roles = new();
    private readonly Dictionary<string, string?> properties = new();

    /// <summary>The data of a diagnostic on <paramref name="site"/>: its origin when the value was written elsewhere.</summary>
    public static FixData For(ValueSite site)
    {
        var data = new FixData();
        if (site.Origin is not null)
        {
            data.Add(FixProperties.Origin, site.Origin);
        }

        return data;
    }

    public FixData With(string key, string? value)
    {
        properties[key] = value;
        return this;
    }

    public FixData WithHosts(IEnumerable<ValueSite> hosts)
    {
        foreach (var host in hosts)
        {
            Add(FixProperties.Host, host.Location);
        }

        return this;
    }

    /// <summary>A location shown with the diagnostic (the image a declaration disagrees with).</summary>
    public FixData WithRelated(Location location)
    {
        Add(FixProperties.Related, location);
        return this;
    }

    private void Add(string role, Location location)
    {
        locations.Add(location);
        roles.Add(role);
    }

    public IEnumerable<Location> Locations => locations;

    public ImmutableDictionary<string, string?> Properties
    {
        get
        {
            var all = properties.ToImmutableDictionary();
            return roles.Count == 0 ? all : all.SetItem(FixProperties.LocationRoles, string.Join(";", roles));
        }
    }
}

/// <summary>
/// Reports the diagnostics of one unit of analysis (a code block, or the end of the compilation), once each: the
/// same value read through two paths gives one diagnostic. None is reported in generated code.
/// </summary>
internal sealed class DiagnosticSink
{
    private readonly Action<Diagnostic> report;
    private readonly Func<Location, bool> isGeneratedCode;
    private readonly bool atCompilationEnd;
    private readonly HashSet<(string Id, Location Location, string Message)> reported = new();

    public DiagnosticSink(Action<Diagnostic> report, Func<Location, bool> isGeneratedCode, bool atCompilationEnd)
    {
        this.report = report;
        this.isGeneratedCode = isGeneratedCode;
        this.atCompilationEnd = atCompilationEnd;
    }

    public void Report(DiagnosticDescriptor descriptor, Location location, FixData? fix, params object?[] arguments) =>
        Report(descriptor, location, fix, descriptor.DefaultSeverity, arguments);

    public void Report(DiagnosticDescriptor descriptor, Location location, FixData? fix, DiagnosticSeverity severity, params object?[] arguments)
    {
        if (isGeneratedCode(location))
        {
            return;
        }

        if (atCompilationEnd)
        {
            descriptor = Descriptors.ForBuild(descriptor);
        }

        var diagnostic = Diagnostic.Create(
            descriptor, location, severity, fix?.Locations, fix?.Properties ?? ImmutableDictionary<string, string?>.Empty, arguments);
        if (reported.Add((descriptor.Id, location, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture))))
        {
            report(diagnostic);
        }
    }
}
