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
    public bool IsEiAnalyzers => Assembly == "EiAnalyzers";

    /// <summary>The benchmark's floors (bench/EiAnalyzers.Floors), loaded in the same build.</summary>
    public bool IsFloor => Assembly == BuildReport.FloorAssembly;

    /// <summary>The floors' DriverWarmUpGenerator, which runs first and is neither EiAnalyzers' nor a floor's.</summary>
    public bool IsWarmUp => IsFloor && Type is not null && Type.EndsWith(".DriverWarmUpGenerator", StringComparison.Ordinal);
}

/// <summary>How csc runs: as a new process per build (this machine's environment sets UseSharedCompilation=false, as CI has it), or in the warm compiler server (VBCSCompiler) of a developer machine.</summary>
internal enum CompilerMode
{
    NewProcess,
    Server,
}

/// <summary>The projects of the build part.</summary>
internal enum BuildProjectKind
{
    /// <summary>An ordinary project: one file in ten declares a model and deploys it through the SDK; nullable off; the SDK referenced.</summary>
    Plain,

    /// <summary>An ordinary project that references the SDK and has no SageMaker code and no declaration; nullable off.</summary>
    Unused,

    /// <summary>The benchmark's heavy corpus (part 2's): one file in ten dense SDK and CDK code with mistakes on purpose; nullable on; SDK and CDK.</summary>
    Heavy,
}

internal sealed record BuildProject(BuildProjectKind Kind, int Files)
{
    public CorpusKind Corpus => Kind switch
    {
        BuildProjectKind.Plain => CorpusKind.Plain,
        BuildProjectKind.Unused => CorpusKind.SdkUnused,
        _ => CorpusKind.Relevant,
    };

    public string Name => Kind.ToString().ToLowerInvariant() + ":" + Files;

    public string Description => Kind switch
    {
        BuildProjectKind.Plain => $"plain {Files:N0}-file project (1 file in 10 SDK code + a declaration, nullable off)",
        BuildProjectKind.Unused => $"{Files:N0}-file project that references the SDK and never uses it (nullable off)",
        _ => $"heavy {Files:N0}-file project (part 2's corpus: 1 file in 10 dense SDK and CDK code, nullable on)",
    };

    public static BuildProject Parse(string text)
    {
        var parts = text.Split(':');
        var kind = parts[0].ToLowerInvariant() switch
        {
            "plain" => BuildProjectKind.Plain,
            "unused" => BuildProjectKind.Unused,
            "heavy" => BuildProjectKind.Heavy,
            _ => throw new ArgumentException($"Unknown build project '{parts[0]}' (plain, unused, heavy)."),
        };
        return new BuildProject(kind, parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : 1000);
    }
}

internal sealed record BuildRun(BuildProject Project, CompilerMode Mode, double TotalAnalyzerSeconds, double TotalGeneratorSeconds, double CscSeconds, IReadOnlyList<ReportEntry> Entries, double WallSeconds)
{
    public IEnumerable<ReportEntry> Assemblies(string table) => Entries.Where(e => e.Table == table && e.Type is null);

    public double Ei(string table) => Assemblies(table).Where(e => e.IsEiAnalyzers).Sum(e => e.Seconds);

    /// <summary>The floors' own types: not the warm-up generator, which takes the driver's first use for both sides.</summary>
    public double Floor(string table) => Entries.Where(e => e.Table == table && e.IsFloor && e.Type is not null && !e.IsWarmUp).Sum(e => e.Seconds);

    public double WarmUp(string table) => Entries.Where(e => e.Table == table && e.IsWarmUp).Sum(e => e.Seconds);

    /// <summary>The SDK's default analyzers and generators (and any other package's), without EiAnalyzers and the floors.</summary>
    public double Others(string table) => Assemblies(table).Where(e => !e.IsEiAnalyzers && !e.IsFloor).Sum(e => e.Seconds);

    public double EiTotal => Ei("Analyzer") + Ei("Generator");

    public double OthersTotal => Others("Analyzer") + Others("Generator");

    public double Ratio => OthersTotal == 0 ? double.NaN : EiTotal / OthersTotal;
}

internal sealed record BuildReportResult(string Command, IReadOnlyList<BuildRun> Runs)
{
    public IReadOnlyList<BuildRun> Of(BuildProject project, CompilerMode mode) => Runs.Where(r => r.Project == project && r.Mode == mode).ToList();

    /// <summary>The median of one figure over the builds of a project and mode (each figure its own median).</summary>
    public double Median(BuildProject project, CompilerMode mode, Func<BuildRun, double> figure)
    {
        var values = Of(project, mode).Select(figure).OrderBy(v => v).ToList();
        if (values.Count == 0)
        {
            return double.NaN;
        }

        return values.Count % 2 == 1 ? values[values.Count / 2] : (values[values.Count / 2 - 1] + values[values.Count / 2]) / 2;
    }

    /// <summary>The build whose EiAnalyzers total is the median (the lower one of an even count), for its full table.</summary>
    public BuildRun? MedianRun(BuildProject project, CompilerMode mode) =>
        Of(project, mode).OrderBy(r => r.EiTotal).ElementAtOrDefault((Of(project, mode).Count - 1) / 2);
}

/// <summary>
/// Part 3: projects on disk, referencing EiAnalyzers as the package does for this SDK's compiler (the roslyn4.14 build,
/// its ReadyToRun copy for the SDK's runtime, as an Analyzer item) and the benchmark's floors (bench/EiAnalyzers.Floors: a bind-only analyzer and a syntactic
/// generator), built by the .NET SDK with -p:ReportAnalyzer=true -v:d -clp:PerformanceSummary --no-incremental, so
/// that the compiler's own report lists every analyzer and generator that ran (the SDK's defaults, EiAnalyzers and
/// the floors) with its time, side by side in the same build, and MSBuild's summary the Csc task's time.
/// </summary>
internal static class BuildReport
{
    public const string FloorAssembly = "EiAnalyzers.Floors";

    public const string Arguments = "build -c Release --no-restore --no-incremental -nodeReuse:false -p:BuildProjectReferences=false -p:ReportAnalyzer=true -v:d -clp:PerformanceSummary";

    private static readonly Regex TotalLine = new(@"Total (?<table>analyzer|generator) execution time: (?<seconds>[\d.,]+) seconds", RegexOptions.Compiled);
    private static readonly Regex EntryLine = new(@"^\s*(?<seconds><?[\d.,]+)\s+(?<percent><?\d+)\s+(?<name>\S.*)$", RegexOptions.Compiled);
    private static readonly Regex CscLine = new(@"^\s*(?<ms>\d+) ms\s+Csc\s+\d+ calls", RegexOptions.Compiled);

    public static string DirectoryOf(BuildProject project) => Path.Combine(Path.GetTempPath(), $"ei-bench-build-{project.Kind.ToString().ToLowerInvariant()}-{project.Files}");

    public static BuildReportResult Run(IReadOnlyList<BuildProject> projects, int runs, IReadOnlyList<CompilerMode> modes)
    {
        var results = new List<BuildRun>();
        foreach (var project in projects)
        {
            var directory = Write(project);

            // Restore, and build the references (the analyzer, the floors and the stand-in), not the project itself: the
            // measured builds do not build references, and a first compile of the project would only cost time.
            var first = Dotnet(directory, "msbuild -restore -t:ResolveProjectReferences -p:Configuration=Release -nodeReuse:false", Path.Combine(directory, "first-build.log"));
            if (first.ExitCode != 0)
            {
                throw new InvalidOperationException($"Restoring and building the references failed; see {Path.Combine(directory, "first-build.log")}.");
            }

            foreach (var mode in modes)
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

                    var parsed = Parse(project, mode, File.ReadAllLines(log), wall);
                    Console.WriteLine($"  {project.Name} {mode} {run}/{runs}: {wall:0.0} s; Csc {parsed.CscSeconds:0.000} s; SDK defaults {parsed.OthersTotal:0.000} s; "
                        + $"EiAnalyzers {parsed.Ei("Analyzer"):0.000} + {parsed.Ei("Generator"):0.000} s; floors {parsed.Floor("Analyzer"):0.000} + {parsed.Floor("Generator"):0.000} s");
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
        }

        return new BuildReportResult("dotnet " + Arguments + " -p:UseSharedCompilation=false|true", results);
    }

    /// <summary>Writes the project's files to its directory (anew) and returns the directory.</summary>
    public static string Write(BuildProject project)
    {
        var directory = DirectoryOf(project);
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        Directory.CreateDirectory(Path.Combine(directory, "src"));
        foreach (var (name, text) in Corpus.Sources(project.Corpus, project.Files))
        {
            File.WriteAllText(Path.Combine(directory, "src", name), text);
        }

        File.WriteAllText(Path.Combine(directory, "BenchProject.csproj"), ProjectFile(project));

        // The heavy corpus has EI mistakes on purpose, and most EI rules are errors: as warnings, the build succeeds and
        // every rule still runs and reports (changing a severity is what .editorconfig is for).
        File.WriteAllText(Path.Combine(directory, ".editorconfig"), "root = true\n\n[*.cs]\n" + string.Concat(
            Enumerable.Range(1, 17).Select(n => $"dotnet_diagnostic.EI{n:D4}.severity = warning\n")));
        Console.WriteLine($"  build: {project.Description} written to {directory}");
        return directory;
    }

    private static string ProjectFile(BuildProject project)
    {
        var versions = XDocument.Load(Path.Combine(References.RepositoryRoot, "Directory.Packages.props"))
            .Descendants("PackageVersion")
            .ToDictionary(e => (string)e.Attribute("Include")!, e => (string)e.Attribute("Version")!);
        var repo = References.RepositoryRoot;
        var heavy = project.Kind == BuildProjectKind.Heavy;
        var cdk = heavy ? $"\n    <PackageReference Include=\"Amazon.CDK.Lib\" Version=\"{versions["Amazon.CDK.Lib"]}\" />" : "";
        return $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <!-- Generated by EiAnalyzers.Benchmarks: {project.Description}, with EiAnalyzers (the band this SDK's compiler loads) and the benchmark's floors. -->
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>{(heavy ? "enable" : "disable")}</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <LangVersion>12</LangVersion>
                <IsPackable>false</IsPackable>
                <!-- The ordinary code is written with nullable annotations, which a nullable-off project only warns about. -->
                <NoWarn>$(NoWarn);CS8632</NoWarn>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{Path.Combine(repo, "bench", "EiAnalyzers.Floors", "EiAnalyzers.Floors.csproj")}" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                <ProjectReference Include="{Path.Combine(repo, "src", "EiAnalyzers.Roslyn4.14", "EiAnalyzers.Roslyn4.14.csproj")}" OutputItemType="EiAnalyzersAssembly" ReferenceOutputAssembly="false" />
                <ProjectReference Include="{Path.Combine(repo, "tests", "AwsSdkStandIn", "AWSSDK.SageMaker.StandIn.csproj")}" />
                <PackageReference Include="AWSSDK.Core" Version="{versions["AWSSDK.Core"]}" />{cdk}
              </ItemGroup>
              <!-- As the package's targets do: the band's ReadyToRun copy for the SDK's runtime where the build made one. -->
              <Target Name="EiAnalyzersAsThePackageLoadsIt" AfterTargets="ResolveProjectReferences">
                <ItemGroup>
                  <_EiAnalyzersImage Include="@(EiAnalyzersAssembly->'%(RootDir)%(Directory)r2r/$(NETCoreSdkPortableRuntimeIdentifier)/%(Filename)%(Extension)')" />
                  <Analyzer Include="@(_EiAnalyzersImage)" Condition="Exists('%(FullPath)')" />
                  <Analyzer Include="@(EiAnalyzersAssembly)" Condition="!Exists('@(_EiAnalyzersImage)')" />
                </ItemGroup>
              </Target>
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
    public static BuildRun Parse(BuildProject project, CompilerMode mode, IReadOnlyList<string> lines, double wall)
    {
        double analyzers = 0, generators = 0, csc = 0;
        var entries = new List<ReportEntry>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (CscLine.Match(lines[i]) is { Success: true } cscLine)
            {
                csc = int.Parse(cscLine.Groups["ms"].Value, CultureInfo.InvariantCulture) / 1000.0;
                continue;
            }

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

        return new BuildRun(project, mode, analyzers, generators, csc, entries, wall);
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
