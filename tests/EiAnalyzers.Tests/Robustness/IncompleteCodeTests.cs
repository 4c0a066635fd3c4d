using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using EiAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;
using Xunit.Abstractions;

namespace EiAnalyzers.Tests.Robustness;

/// <summary>
/// Code as it is while being typed: every program of the tests, the samples and the corpus (see
/// <see cref="TestSources"/>), cut after every token and with every single token deleted. The analyzer, the
/// generator and the code fixes run on each variant, and nothing may throw.
/// </summary>
public class IncompleteCodeTests
{
    /// <summary>
    /// Fixes run only on variants with a diagnostic that some provider fixes. There, each provider is offered at most
    /// this many of its diagnostics (chosen round-robin over the variants, so successive variants exercise different
    /// diagnostics); every action it registers is applied, and its Fix All runs once for the document.
    /// </summary>
    private const int DiagnosticsPerProviderPerVariant = 1;

    /// <summary>
    /// Applying fixes (simplifier and formatter included) costs several analyses, and nearly every variant of an EI
    /// program has EI0013. So fixes run on the whole program and on every <see cref="FixEveryNthVariant"/>-th fixable
    /// variant of it (cuts and deletions alike, evenly spread): every program, and every part of it, reaches the fixes
    /// while the test stays within its time budget.
    /// </summary>
    private const int FixEveryNthVariant = 10;

    /// <summary>
    /// Every program is tried whole, and every <see cref="VariantStride"/>-th of its distinct cuts and deletions,
    /// starting at an offset that moves with the program: the programs of the tests share most of their text (the
    /// usings, the variants, the requests), so the positions one program skips, its neighbours try. 1 tries every cut
    /// and deletion of every program (about 67,000 variants, over 6 minutes on 2 idle cores, more than the whole suite
    /// may take); 8 keeps it near 3 minutes (about 15,000 variants of 877 programs), so that the whole suite stays well under 10.
    /// </summary>
    private const int VariantStride = 8;

    /// <summary>
    /// Every variant is analyzed. Most are analyzed as the IDE analyzes the document being typed in: every action on
    /// its tree (<c>GetAnalyzerSemanticDiagnosticsAsync</c>). The whole program and every
    /// <see cref="WholeCompilationEveryNth"/>-th variant are analyzed as a build does: the whole compilation, with the
    /// compilation end actions (the ties by model name across requests), which costs about twice as much.
    /// </summary>
    private const int WholeCompilationEveryNth = 3;

    private readonly ITestOutputHelper output;

    public IncompleteCodeTests(ITestOutputHelper output)
    {
        this.output = output;
    }

    private void Print(string line)
    {
        output.WriteLine(line);
        Console.WriteLine(line);
    }

    [Fact]
    public async Task Truncated_and_token_deleted_programs_never_make_the_analysis_or_the_fixes_throw()
    {
        var stopwatch = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var sources = TestSources.All();
        Assert.True(sources.Count > 50, $"only {sources.Count} programs were found in the tests, samples and corpus");
        foreach (var expected in new[] { "ElasticInferenceCodeFixProvider" })
        {
            Assert.Contains(Engine.FixProviders, p => p.GetType().Name == expected);
        }

        var plans = Plan(sources);
        var failures = new FailureLog();
        var fixCounts = new Engine.FixCounts();
        var variants = 0;
        var fixedVariants = 0;
        var diagnosticsSeen = new ConcurrentDictionary<string, int>();
        long analysisTicks = 0;
        var wholeAnalyses = 0;
        long fixTicks = 0;
        var compilerFailures = new ConcurrentDictionary<string, byte>();

        // Largest first, so that the workers finish together.
        await Parallel.ForEachAsync(
            plans.OrderByDescending(p => p.Variants.Count * p.Source.Text.Length),
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            async (plan, _) =>
            {
                var source = plan.Source;
                var baseCompilation = Engine.BaseWith(source.Companions.Select(c => Engine.Parse(c.Text, c.Path)));
                GeneratorDriver driver = GeneratorHarness.Driver(trackSteps: false);
                var fixable = 0;
                var planned = 0;

                foreach (var variant in plan.Variants)
                {
                    var text = variant.Text(source.Text);
                    Interlocked.Increment(ref variants);
                    void Fail(Failure failure) => failures.Add(failure, $"{source.Origin}, {variant.Description(source.Text)}", text);

                    var start = Stopwatch.GetTimestamp();
                    try
                    {
                        var tree = Engine.Parse(text);
                        var generated = Engine.Generate(ref driver, Engine.WithUserTree(baseCompilation, tree), Fail);
                        var whole = variant.Kind == VariantKind.Whole || ++planned % WholeCompilationEveryNth == 0;
                        if (whole)
                        {
                            Interlocked.Increment(ref wholeAnalyses);
                        }

                        // Serial analysis: the variants already keep every core busy.
                        var diagnostics = await Engine.AnalyzeAsync(generated, Fail, concurrent: false, onlyTree: whole ? null : tree).ConfigureAwait(false);
                        foreach (var id in diagnostics.Select(d => d.Id).Distinct())
                        {
                            diagnosticsSeen.AddOrUpdate(id, 1, (_, n) => n + 1);
                        }

                        var analyzed = Stopwatch.GetTimestamp();
                        Interlocked.Add(ref analysisTicks, analyzed - start);
                        if (diagnostics.Any(d => d.Location.SourceTree == tree && Engine.FixableIds.Contains(d.Id))
                            && (fixable++ % FixEveryNthVariant == 0 || variant.Kind == VariantKind.Whole))
                        {
                            Interlocked.Increment(ref fixedVariants);
                            await Engine.RunFixesAsync(generated, tree, diagnostics, fixable, DiagnosticsPerProviderPerVariant, Fail, fixCounts).ConfigureAwait(false);
                            Interlocked.Add(ref fixTicks, Stopwatch.GetTimestamp() - analyzed);
                        }
                    }
                    catch (Exception exception) when (ThrownByTheCompilerAlone(exception))
                    {
                        // The compiler's own binder failing on broken code (no frame of EiAnalyzers): not ours to fix.
                        compilerFailures.TryAdd($"{source.Origin}, {variant.Description(source.Text)}: {exception.GetType().Name} in {TopFrame(exception)}", 0);
                    }
                    catch (Exception exception)
                    {
                        Fail(new Failure("the test itself threw", "", exception));
                    }
                }
            });

        stopwatch.Stop();
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        Print($"Incomplete code: {variants} variants of {sources.Count} programs (tests, samples, corpus) tried in {stopwatch.Elapsed.TotalSeconds:F1} s " +
              $"({cpuSeconds:F0} s CPU on {Environment.ProcessorCount} cores); the whole compilation analyzed on {wholeAnalyses} of them; fixes on {fixedVariants} variants: " +
              $"{fixCounts.Actions} actions applied, {fixCounts.FixAlls} Fix All runs.");
        foreach (var failure in compilerFailures.Keys.OrderBy(k => k, StringComparer.Ordinal))
        {
            Print("The compiler itself threw (not EiAnalyzers): " + failure);
        }

        Print($"Time in the workers: {analysisTicks / (double)Stopwatch.Frequency:F0} s parsing, generating and analyzing, {fixTicks / (double)Stopwatch.Frequency:F0} s in the fixes.");
        Print("Variants with each diagnostic: " + string.Join(", ", diagnosticsSeen.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}")));
        if (failures.Count > 0)
        {
            Print(failures.Report());
        }

        Assert.True(failures.Count == 0, failures.Report());
    }

    private enum VariantKind
    {
        Whole,
        Cut,
        Deleted,
    }

    /// <summary>One variant of a program: the whole, cut after a token, or without a token.</summary>
    private readonly record struct Variant(VariantKind Kind, int Start, int End, string Separator)
    {
        public string Text(string program) => Kind switch
        {
            VariantKind.Whole => program,
            VariantKind.Cut => program.Substring(0, End),
            _ => program.Substring(0, Start) + Separator + program.Substring(End),
        };

        public string Description(string program) => Kind switch
        {
            VariantKind.Whole => "the whole program",
            VariantKind.Cut => $"cut after '{program.Substring(Start, End - Start)}' at {Start}",
            _ => $"'{program.Substring(Start, End - Start)}' at {Start} deleted",
        };
    }

    private sealed record SourcePlan(TestSource Source, List<Variant> Variants);

    /// <summary>
    /// The variants to try, planned in a fixed order so the count is the same on every run. A variant identical to
    /// one already planned is tried once. A token deletion in a top-level part (a using directive, a type, a member
    /// of a namespace) that a program shares verbatim, with all the text before it, with a program planned earlier
    /// (the <c>Verify.Usings</c> prefix, a const of model declarations) is tried in that earlier program only: the
    /// code up to the end of the broken part is the same, and what follows is that program's own, unbroken code.
    /// </summary>
    private static List<SourcePlan> Plan(IReadOnlyList<TestSource> sources)
    {
        var seen = new HashSet<Guid>();
        var plans = new List<SourcePlan>();
        foreach (var source in sources)
        {
            var companions = string.Join("\0", source.Companions.Select(c => c.Path));
            var text = source.Text;
            var root = CSharpSyntaxTree.ParseText(text, GeneratorHarness.ParseOptions).GetRoot();
            var tokens = root.DescendantTokens().Where(t => !t.IsKind(SyntaxKind.EndOfFileToken) && t.Span.Length > 0).ToList();
            var variants = new List<Variant>();

            void Add(Variant variant, string key)
            {
                if (seen.Add(Key(companions, key)))
                {
                    variants.Add(variant);
                }
            }

            Add(new Variant(VariantKind.Whole, 0, text.Length, ""), text);
            foreach (var token in tokens)
            {
                Add(new Variant(VariantKind.Cut, token.Span.Start, token.Span.End, ""), text.Substring(0, token.Span.End));
            }

            foreach (var token in tokens)
            {
                var span = token.Span;
                var before = span.Start > 0 ? text[span.Start - 1] : ' ';
                var after = span.End < text.Length ? text[span.End] : ' ';

                // Only the token's text goes; a space keeps its neighbours apart where no trivia did.
                var separator = char.IsWhiteSpace(before) || char.IsWhiteSpace(after) ? "" : " ";
                var variant = new Variant(VariantKind.Deleted, span.Start, span.End, separator);
                var partEnd = TopLevelPart(token)?.FullSpan.End ?? text.Length;
                Add(variant, "deleted\0" + text.Substring(0, span.Start) + separator + text.Substring(span.End, partEnd - span.End));
            }

            var offset = plans.Count % VariantStride;
            plans.Add(new SourcePlan(source, variants.Where((v, i) => v.Kind == VariantKind.Whole || i % VariantStride == offset).ToList()));
        }

        return plans;
    }

    /// <summary>Whether no frame of the exception is EiAnalyzers' (the analyzer, the generator, the fixes), and its top frame is the compiler's.</summary>
    private static bool ThrownByTheCompilerAlone(Exception exception)
    {
        var frames = exception.ToString().Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("at ", StringComparison.Ordinal)).ToList();
        return frames.Count > 0
            && frames[0].StartsWith("at Microsoft.CodeAnalysis.", StringComparison.Ordinal)
            && !frames.Any(f => f.StartsWith("at EiAnalyzers.", StringComparison.Ordinal) && !f.StartsWith("at EiAnalyzers.Tests.", StringComparison.Ordinal));
    }

    private static string TopFrame(Exception exception) =>
        exception.ToString().Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("at ", StringComparison.Ordinal)) ?? "(no frame)";

    /// <summary>The using directive, attribute list or member directly under the compilation unit or a namespace that holds <paramref name="token"/>.</summary>
    private static SyntaxNode? TopLevelPart(SyntaxToken token) =>
        token.Parent?.AncestorsAndSelf().FirstOrDefault(n =>
            n.Parent is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax
            && n is UsingDirectiveSyntax or ExternAliasDirectiveSyntax or AttributeListSyntax or MemberDeclarationSyntax
            && n is not BaseNamespaceDeclarationSyntax);

    private static Guid Key(string companions, string text) =>
        new(MD5.HashData(Encoding.UTF8.GetBytes(companions + "\u0001" + text)));
}
