using System;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EiAnalyzers.Benchmarks.Infrastructure;

/// <summary>
/// Runs another analyzer unchanged and adds up the CPU time its callbacks take on their threads. The driver's telemetry
/// is wall time inside the callbacks: on this 2-core machine it also counts the time a callback's thread stands still
/// while the compiler, running on the other core, collects garbage or holds the CPU. A thread's CPU clock does not
/// advance then; it does count a collection the callback's own allocation triggers (workstation GC runs on that thread).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class CallbackCpuAnalyzer : DiagnosticAnalyzer
{
    private readonly DiagnosticAnalyzer inner;
    private long nanoseconds;

    public CallbackCpuAnalyzer(DiagnosticAnalyzer inner) => this.inner = inner;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => inner.SupportedDiagnostics;

    /// <summary>The CPU time of the callbacks since the last call, and starts again from zero.</summary>
    public TimeSpan TakeCpuTime() => TimeSpan.FromTicks(Interlocked.Exchange(ref nanoseconds, 0) / 100);

#pragma warning disable RS1025, RS1026 // The wrapped analyzer configures generated code and concurrency, through Context.
    public override void Initialize(AnalysisContext context) => inner.Initialize(new Context(context, this));
#pragma warning restore RS1025, RS1026

    private void Timed<T>(Action<T> action, T argument)
    {
        var start = ThreadCpu.Nanoseconds();
        try
        {
            action(argument);
        }
        finally
        {
            Interlocked.Add(ref nanoseconds, ThreadCpu.Nanoseconds() - start);
        }
    }

    private Action<T> Wrap<T>(Action<T> action) => argument => Timed(action, argument);

    /// <summary>Passes every registration through, with the action wrapped.</summary>
    private sealed class Context : AnalysisContext
    {
        private readonly AnalysisContext context;
        private readonly CallbackCpuAnalyzer owner;

        public Context(AnalysisContext context, CallbackCpuAnalyzer owner)
        {
            this.context = context;
            this.owner = owner;
        }

        public override void EnableConcurrentExecution() => context.EnableConcurrentExecution();

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => context.ConfigureGeneratedCodeAnalysis(analysisMode);

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) =>
            context.RegisterCompilationStartAction(owner.Wrap<CompilationStartAnalysisContext>(start => action(new StartContext(start, owner))));

        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => context.RegisterCompilationAction(owner.Wrap(action));

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => context.RegisterSemanticModelAction(owner.Wrap(action));

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) =>
            context.RegisterSymbolAction(owner.Wrap(action), symbolKinds);

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) =>
            throw new NotSupportedException("not used by the analyzers measured");

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => context.RegisterCodeBlockAction(owner.Wrap(action));

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => context.RegisterSyntaxTreeAction(owner.Wrap(action));

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) =>
            context.RegisterSyntaxNodeAction(owner.Wrap(action), syntaxKinds);
    }

    private sealed class StartContext : CompilationStartAnalysisContext
    {
        private readonly CompilationStartAnalysisContext context;
        private readonly CallbackCpuAnalyzer owner;

        public StartContext(CompilationStartAnalysisContext context, CallbackCpuAnalyzer owner)
            : base(context.Compilation, context.Options, context.CancellationToken)
        {
            this.context = context;
            this.owner = owner;
        }

        public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => context.RegisterCompilationEndAction(owner.Wrap(action));

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => context.RegisterSemanticModelAction(owner.Wrap(action));

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) =>
            context.RegisterSymbolAction(owner.Wrap(action), symbolKinds);

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) =>
            throw new NotSupportedException("not used by the analyzers measured");

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => context.RegisterCodeBlockAction(owner.Wrap(action));

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => context.RegisterSyntaxTreeAction(owner.Wrap(action));

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) =>
            context.RegisterSyntaxNodeAction(owner.Wrap(action), syntaxKinds);
    }

    /// <summary>The calling thread's CPU clock (Linux <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>, a vDSO call).</summary>
    internal static class ThreadCpu
    {
        private const int ClockThreadCpuTimeId = 3;

        [StructLayout(LayoutKind.Sequential)]
        private struct TimeSpec
        {
            public long Seconds;
            public long Nanoseconds;
        }

        [DllImport("libc", EntryPoint = "clock_gettime")]
        private static extern int ClockGetTime(int clockId, out TimeSpec time);

        public static long Nanoseconds()
        {
            if (ClockGetTime(ClockThreadCpuTimeId, out var time) != 0)
            {
                throw new InvalidOperationException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed");
            }

            return time.Seconds * 1_000_000_000 + time.Nanoseconds;
        }
    }
}
