using System;
using EiAnalyzers.Options;
using Microsoft.CodeAnalysis;

namespace EiAnalyzers.Rules;

/// <summary>What every rule reads besides the description: where to report, and the options of a file.</summary>
internal sealed class RuleContext
{
    private readonly Func<SyntaxTree, HeadroomOption> headroom;

    public RuleContext(DiagnosticSink sink, Func<SyntaxTree, HeadroomOption> headroom)
    {
        Sink = sink;
        this.headroom = headroom;
    }

    public DiagnosticSink Sink { get; }

    /// <summary>The EI0005 factor of the file holding <paramref name="location"/>.</summary>
    public HeadroomOption HeadroomAt(Location location) =>
        location.SourceTree is { } tree ? headroom(tree) : HeadroomOption.Default;
}
