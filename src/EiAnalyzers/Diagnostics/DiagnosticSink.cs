using System;
using System.Collections.Generic;
using EiAnalyzers.Checks.Findings;
using Microsoft.CodeAnalysis;

namespace EiAnalyzers.Diagnostics;

/// <summary>
/// Reports the findings of one unit of analysis (a file, or the end of the compilation) as diagnostics, once each:
/// the same value reached by two paths gives one diagnostic. None is reported in generated code.
/// </summary>
internal sealed class DiagnosticSink
{
    private readonly Action<Diagnostic> report;
    private readonly Func<Location, bool> isGeneratedCode;
    private readonly HashSet<(string Id, Location Location, string Message)> reported = new();

    public DiagnosticSink(Action<Diagnostic> report, Func<Location, bool> isGeneratedCode)
    {
        this.report = report;
        this.isGeneratedCode = isGeneratedCode;
    }

    public void Report(Finding finding)
    {
        if (isGeneratedCode(finding.Location))
        {
            return;
        }

        var diagnostic = FindingReporter.Create(finding);
        if (reported.Add((diagnostic.Id, diagnostic.Location, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture))))
        {
            report(diagnostic);
        }
    }
}
