using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using EiAnalyzers.Benchmarks.Inputs;

namespace EiAnalyzers.Benchmarks.Steps;

/// <summary>One line of the compiler's analyzer report: an assembly, or an analyzer or generator type in it.</summary>
internal sealed record ReportEntry(string Table, string Assembly, string? Type, double Seconds, string Percent)
{
    public bool IsEiAnalyzers => Assembly.StartsWith("EiAnalyzers", StringComparison.Ordinal);
}

/// <summary>How csc runs: as a new process per build (this machine's environment sets UseSharedCompilation=false, as CI has it), or in the warm compiler server (VBCSCompiler) of a developer machine.</summary>
internal enum CompilerMode
{
    NewProcess,
    Server,
}

internal sealed record BuildRun(CompilerMode Mode, double TotalAnalyzerSeconds, double TotalGeneratorSeconds, IReadOnlyList<ReportEntry> Entries, double WallSeconds)
{
    public IEnumerable<ReportEntry> Assemblies(string table) => Entries.Where(e => e.Table == table && e.Type is null);

    public double Ei(string table) => Assemblies(table).Where(e => e.IsEiAnalyzers).Sum(e => e.Seconds);

    public double Others(string table) => Assemblies(table).Where(e => !e.IsEiAnalyzers).Sum(e => e.Seconds);

    public double EiTotal => Ei("Analyzer") + Ei("Generator");

    public double OthersTotal => Others("Analyzer") + Others("Generator");

    public double Ratio => OthersTotal == 0 ? double.NaN : EiTotal / OthersTotal;
}

internal sealed record BuildReportResult(int Files, string Directory, string Command, IReadOnlyList<BuildRun> Runs)
{
    public IReadOnlyList<BuildRun> Of(CompilerMode mode) => Runs.Where(r => r.Mode == mode).ToList();

    /// <summary>The run with the median ratio (the lower one of an even count).</summary>
    public BuildRun? Median(CompilerMode mode) => Of(mode).OrderBy(r => r.Ratio).ElementAtOrDefault((Of(mode).Count - 1) / 2);
}

/// <summary>
/// Part 3: a 1,000-file SageMaker project on disk, referencing the analyzer as the package does (an Analyzer item) and
/// built by the .NET SDK with -p:ReportAnalyzer=true -v:d --no-incremental, so that the compiler's own report lists
/// every analyzer and generator that ran (the SDK's defaults and EiAnalyzers) with its time, side by side.
/// </summary>
internal static class BuildReport
{
    private static readonly Regex TotalLine = new(@"Total (?<table>analyzer|generator) execution time: (?<seconds>[\d.,]+) seconds", RegexOptions.Compiled);
    private static readonly Regex EntryLine = new(@"^\s*(?<seconds><?[\d.,]+)\s+(?<percent><?\d+)\s+(?<name>\S.*)$", RegexOptions.Compiled);

    public static BuildReportResult Run(int files, int runs)
    {
        var directory = Path.Combine(Path.GetTempPath(), "ei-bench-build-" + files);
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        Directory.CreateDirectory(Path.Combine(directory, "src"));
        foreach (var (name, text) in Corpus.Sources(CorpusKind.Relevant, files))
        {
            File.WriteAllText(Path.Combine(directory, "src", name), text);
        }

        File.WriteAllText(Path.Combine(directory, "SageMakerProject.csproj"), ProjectFile());

        // The corpus has EI mistakes on purpose, and most EI rules are errors: as warnings, the build succeeds and
        // every rule still runs and reports (changing a severity is what .editorconfig is for).
        File.WriteAllText(Path.Combine(directory, ".editorconfig"), "root = true\n\n[*.cs]\n" + string.Concat(
            Enumerable.Range(1, 15).Select(n => $"dotnet_diagnostic.EI{n:D4}.severity = warning\n")));
        Console.WriteLine($"  build: {files}-file project written to {directory}");

        // Restore and build once (the analyzer and the stand-in too), which also warms the compiler server.
        var first = Dotnet(directory, "build -c Release -nodeReuse:false", Path.Combine(directory, "first-build.log"));
        if (first.ExitCode != 0)
        {
            throw new InvalidOperationException($"The first build failed; see {Path.Combine(directory, "first-build.log")}.");
        }

        const string Arguments = "build -c Release --no-restore --no-incremental -nodeReuse:false -p:BuildProjectReferences=false -p:ReportAnalyzer=true -v:d";
        var results = new List<BuildRun>();
        foreach (var mode in new[] { CompilerMode.NewProcess, CompilerMode.Server })
        {
            var arguments = Arguments + (mode == CompilerMode.Server ? " -p:UseSharedCompilation=true" : " -p:UseSharedCompilation=false");
            var servers = mode == CompilerMode.Server ? CompilerServers() : new HashSet<int>();
            if (mode == CompilerMode.Server)
            {
                // Start the server and let it load and JIT every analyzer and generator once, as a developer's has.
                Dotnet(directory, arguments, Path.Combine(directory, "server-warmup.log"));
            }

            for (var run = 1; run <= runs; run++)
            {
                var log = Path.Combine(directory, $"report-{mode}-{run}.log");
                var (exitCode, wall) = Dotnet(directory, arguments, log);
                if (exitCode != 0)
                {
                    throw new InvalidOperationException($"The measured build failed; see {log}.");
                }

                var parsed = Parse(mode, File.ReadAllLines(log), wall);
                Console.WriteLine($"  build {mode} {run}/{runs}: {wall:0.0} s; analyzers {parsed.TotalAnalyzerSeconds:0.000} s, generators {parsed.TotalGeneratorSeconds:0.000} s; EiAnalyzers {parsed.EiTotal:0.000} s = {parsed.Ratio:P1} of the others");
                results.Add(parsed);
            }

            if (mode == CompilerMode.Server)
            {
                // Stop the compiler server these builds started (by its id: other servers on the machine are not ours).
                foreach (var id in CompilerServers().Except(servers))
                {
                    try
                    {
                        Process.GetProcessById(id).Kill();
                    }
                    catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
                    {
                        // Already gone.
                    }
                }
            }
        }

        return new BuildReportResult(files, directory, "dotnet " + Arguments + " -p:UseSharedCompilation=false|true", results);
    }

    private static string ProjectFile()
    {
        var versions = XDocument.Load(Path.Combine(References.RepositoryRoot, "Directory.Packages.props"))
            .Descendants("PackageVersion")
            .ToDictionary(e => (string)e.Attribute("Include")!, e => (string)e.Attribute("Version")!);
        var repo = References.RepositoryRoot;
        return $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <!-- Generated by EiAnalyzers.Benchmarks: a SageMaker project as a user has it, with the EiAnalyzers analyzer and generator. -->
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <LangVersion>12</LangVersion>
                <IsPackable>false</IsPackable>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{Path.Combine(repo, "src", "EiAnalyzers", "EiAnalyzers.csproj")}" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                <ProjectReference Include="{Path.Combine(repo, "tests", "AwsSdkStandIn", "AWSSDK.SageMaker.StandIn.csproj")}" />
                <PackageReference Include="AWSSDK.Core" Version="{versions["AWSSDK.Core"]}" />
                <PackageReference Include="Amazon.CDK.Lib" Version="{versions["Amazon.CDK.Lib"]}" />
              </ItemGroup>
            </Project>

            """;
    }

    private static (int ExitCode, double WallSeconds) Dotnet(string directory, string arguments, string log)
    {
        var start = new ProcessStartInfo("dotnet", arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.WaitForExit();
        watch.Stop();
        File.WriteAllText(log, output.ToString());
        return (process.ExitCode, watch.Elapsed.TotalSeconds);
    }

    /// <summary>
    /// Reads the report the compiler prints after "Total analyzer execution time" and "Total generator execution
    /// time": a header, then one line per assembly and, indented further, one per analyzer or generator type.
    /// </summary>
    public static BuildRun Parse(CompilerMode mode, IReadOnlyList<string> lines, double wall)
    {
        double analyzers = 0, generators = 0;
        var entries = new List<ReportEntry>();
        for (var i = 0; i < lines.Count; i++)
        {
            var total = TotalLine.Match(lines[i]);
            if (!total.Success)
            {
                continue;
            }

            var table = total.Groups["table"].Value == "analyzer" ? "Analyzer" : "Generator";
            var seconds = Number(total.Groups["seconds"].Value);
            if (table == "Analyzer")
            {
                analyzers = seconds;
            }
            else
            {
                generators = seconds;
            }

            var header = Enumerable.Range(i + 1, Math.Min(4, lines.Count - i - 1)).FirstOrDefault(j => lines[j].Contains("Time (s)", StringComparison.Ordinal), -1);
            if (header < 0)
            {
                continue;
            }

            // "   1.447   35   EiAnalyzers, Version=..." then "   1.447   35      EiAnalyzers.ElasticInferenceAnalyzer (EI0001, ...)":
            // after the percentage, a type's name is indented further than its assembly's. (csc aligns the times to the
            // right and separates assemblies with blank lines; the compiler server does neither.)
            int? assemblyGap = null;
            string? assembly = null;
            for (var j = header + 1; j < lines.Count; j++)
            {
                if (string.IsNullOrWhiteSpace(lines[j]))
                {
                    continue;
                }

                var match = EntryLine.Match(lines[j]);
                if (!match.Success)
                {
                    break;
                }

                var percent = match.Groups["percent"];
                var gap = match.Groups["name"].Index - (percent.Index + percent.Length);
                var name = match.Groups["name"].Value.Trim();
                var time = Number(match.Groups["seconds"].Value);
                assemblyGap ??= gap;
                if (gap <= assemblyGap)
                {
                    assembly = name.Split(',')[0].Trim();
                    entries.Add(new ReportEntry(table, assembly, null, time, match.Groups["percent"].Value));
                }
                else
                {
                    entries.Add(new ReportEntry(table, assembly ?? "?", name, time, match.Groups["percent"].Value));
                }
            }
        }

        return new BuildRun(mode, analyzers, generators, entries, wall);
    }

    /// <summary>The compiler server processes (VBCSCompiler) running now.</summary>
    private static HashSet<int> CompilerServers()
    {
        var ids = new HashSet<int>();
        foreach (var process in Process.GetProcesses())
        {
            try
            {
                var commandLine = $"/proc/{process.Id}/cmdline";
                if (File.Exists(commandLine) && File.ReadAllText(commandLine).Contains("VBCSCompiler", StringComparison.Ordinal))
                {
                    ids.Add(process.Id);
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidOperationException)
            {
                // A process that ended meanwhile.
            }
            finally
            {
                process.Dispose();
            }
        }

        return ids;
    }

    private static double Number(string text) =>
        text.StartsWith('<') ? 0 : double.Parse(text.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
}
