using System;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace EiAnalyzers.Benchmarks.Infrastructure;

/// <summary>
/// Short jobs, in process: a 2-core machine has no time for BenchmarkDotNet's defaults (and generating and building a
/// project per benchmark class), and the benchmarks record CPU time and analyzer telemetry into this process.
/// </summary>
internal static class Jobs
{
    /// <summary>Iteration counts: the defaults suit a 2-core machine; --quick lowers them for a smoke run.</summary>
    public static int Warmup { get; set; } = 1;

    public static int Iterations { get; set; } = 5;

    /// <summary>
    /// Warm-up iterations of the keystroke benchmarks (100 generator runs each). The IDE runs the generator for hours,
    /// so its code is tiered up: the runtime promotes a method to optimized code only after 30 calls and a quiet spell
    /// without new tier-0 code, which on this machine took about ten such iterations; before that an unrelated
    /// keystroke measured 2-3 ms instead of 0.4 ms (see the performance page, part 4).
    /// </summary>
    public static int GeneratorWarmup { get; set; } = 20;

    /// <summary>The 5,000-file case: no warmup iteration (the JIT is warm from the smaller cases and BenchmarkDotNet's jitting run), 3 iterations.</summary>
    public static int LargeWarmup { get; set; }

    public static int LargeIterations { get; set; } = 3;

    public static Job Short(string id, int warmup, int iterations) => Job.Default
        .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true))
        .WithLaunchCount(1)
        .WithWarmupCount(warmup)
        .WithIterationCount(iterations)
        .WithId(id);
}

/// <summary>Analysis of whole compilations (seconds each): one invocation per iteration, ratios within each category.</summary>
public sealed class AnalysisConfig : ManualConfig
{
    public AnalysisConfig()
    {
        AddJob(Jobs.Short("Short", Jobs.Warmup, Jobs.Iterations).WithInvocationCount(1).WithUnrollFactor(1));
        AddLogicalGroupRules(BenchmarkLogicalGroupRule.ByParams, BenchmarkLogicalGroupRule.ByCategory);
        AddColumn(CategoriesColumn.Default);
        SummaryStyle = SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend);
        Options |= ConfigOptions.DisableLogFile;
    }
}

/// <summary>The 5,000-file compilations: fewer iterations (each is tens of seconds on 2 cores).</summary>
public sealed class LargeAnalysisConfig : ManualConfig
{
    public LargeAnalysisConfig()
    {
        AddJob(Jobs.Short("Large", Jobs.LargeWarmup, Jobs.LargeIterations).WithInvocationCount(1).WithUnrollFactor(1));
        AddLogicalGroupRules(BenchmarkLogicalGroupRule.ByParams, BenchmarkLogicalGroupRule.ByCategory);
        AddColumn(CategoriesColumn.Default);
        SummaryStyle = SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend);
        Options |= ConfigOptions.DisableLogFile;
    }
}

/// <summary>Generator runs (milliseconds each): a long warm-up (see <see cref="Jobs.GeneratorWarmup"/>), more iterations, and allocations per run.</summary>
public sealed class GeneratorConfig : ManualConfig
{
    public GeneratorConfig()
    {
        AddJob(Jobs.Short("Short", Jobs.GeneratorWarmup, Jobs.Iterations + 3).WithInvocationCount(1).WithUnrollFactor(1));
        AddDiagnoser(MemoryDiagnoser.Default);
        Options |= ConfigOptions.DisableLogFile;
    }
}
