using System;
using EiAnalyzers.Checks.Findings;
using Microsoft.CodeAnalysis;

namespace EiAnalyzers.Checks;

/// <summary>What every check reads besides the descriptions (the options of a place), and where its findings go.</summary>
internal sealed class CheckContext
{
    private readonly Func<Location, double> headroom;
    private readonly Action<Finding> report;

    public CheckContext(Func<Location, double> headroom, Action<Finding> report)
    {
        this.headroom = headroom;
        this.report = report;
    }

    /// <summary>The EI0005 factor (ei_memory_headroom) that applies at <paramref name="location"/>.</summary>
    public double HeadroomAt(Location location) => headroom(location);

    public void Report(Finding finding)
    {
        // A value whose place is not known (after code that may have changed it) is never reported.
        if (finding.Location != Location.None)
        {
            report(finding);
        }
    }
}
