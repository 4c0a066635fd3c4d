using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace EiAnalyzers.Benchmarks.Infrastructure;

/// <summary>One line of the final table: a measured figure, its target and whether it is met.</summary>
internal sealed record Verdict(string Part, string Measurement, string Value, string Target, bool? Met, string Note = "");

/// <summary>Collects the figures of every part and prints them, with the targets, as one Markdown table.</summary>
internal static class Verdicts
{
    private static readonly List<Verdict> All = new();
    private static readonly List<string> Notes = new();

    public static void Add(Verdict verdict)
    {
        All.Add(verdict);
        Console.WriteLine($"  [{Status(verdict.Met)}] {verdict.Part} | {verdict.Measurement}: {verdict.Value} (target {verdict.Target}) {verdict.Note}");
    }

    public static void Note(string text)
    {
        Notes.Add(text);
        Console.WriteLine("  " + text);
    }

    public static string Status(bool? met) => met switch
    {
        true => "met",
        false => "MISSED",
        null => "info",
    };

    public static string Ms(TimeSpan value) => Ms(value.TotalMilliseconds);

    public static string Ms(double milliseconds) => milliseconds.ToString(milliseconds >= 100 ? "N0" : "0.00", CultureInfo.InvariantCulture) + " ms";

    public static string Percent(double fraction) => (fraction * 100).ToString("0.00", CultureInfo.InvariantCulture) + " %";

    public static string Ratio(double ratio) => ratio.ToString("0.000", CultureInfo.InvariantCulture);

    public static string Markdown(string header)
    {
        var w = new StringBuilder();
        w.AppendLine(header);
        w.AppendLine();
        w.AppendLine("| Part | Measurement | Value | Target | Verdict | Note |");
        w.AppendLine("|---|---|---|---|---|---|");
        foreach (var v in All)
        {
            w.AppendLine($"| {v.Part} | {v.Measurement} | {v.Value} | {v.Target} | {Status(v.Met)} | {v.Note.Replace("|", "\\|", StringComparison.Ordinal)} |");
        }

        if (Notes.Count > 0)
        {
            w.AppendLine();
            foreach (var note in Notes)
            {
                w.AppendLine("- " + note);
            }
        }

        return w.ToString();
    }

    public static string Write(string header)
    {
        var directory = Path.Combine(Directory.GetCurrentDirectory(), "BenchmarkDotNet.Artifacts", "results");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "EiAnalyzers-verdicts.md");
        File.WriteAllText(path, Markdown(header));
        return path;
    }
}
