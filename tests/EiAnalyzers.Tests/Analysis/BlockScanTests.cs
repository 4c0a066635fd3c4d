using System.Collections.Generic;
using System.Linq;
using System.Threading;
using EiAnalyzers.Analysis;
using EiAnalyzers.Reading;
using EiAnalyzers.Tests.Infrastructure;
using EiAnalyzers.Tests.Robustness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace EiAnalyzers.Tests.Analysis;

/// <summary>
/// The block scan finds the code blocks to read from the file's text (<see cref="TextScan"/>), not by walking its
/// tokens. It must find exactly the blocks the token walk finds: in every program of the tests, samples and corpus, cut
/// anywhere, and where the text and the tokens differ (escapes, non-ASCII characters, comments, strings).
/// </summary>
public class BlockScanTests
{
    /// <summary>The names of a project that references both the SDK and the CDK.</summary>
    private static readonly RelevantNames Names =
        KnownSymbols.Resolve(GeneratorHarness.Compilation(TestReferences.All, "class C { }"))!.RelevantNames;

    [Fact]
    public void The_text_scan_finds_the_blocks_the_token_walk_finds_in_every_program_and_cut()
    {
        var programs = 0;
        var withBlocks = 0;
        foreach (var source in TestSources.All())
        {
            var text = source.Text;
            var full = CSharpSyntaxTree.ParseText(text, GeneratorHarness.ParseOptions);
            var tokenEnds = full.GetRoot().DescendantTokens().Select(t => t.Span.End).Where(end => end > 0).ToList();
            foreach (var end in tokenEnds.Where((_, i) => i % 5 == 0).Append(text.Length))
            {
                var tree = CSharpSyntaxTree.ParseText(text.Substring(0, end), GeneratorHarness.ParseOptions);
                var byText = BlockRelevance.BlocksNaming(tree, Names, CancellationToken.None);
                var byTokens = BlockRelevance.BlocksOf(tree.GetRoot().DescendantTokens(), Names, CancellationToken.None);
                Assert.True(byTokens.SequenceEqual(byText), $"{source.Origin}, cut at {end}: the text scan found {byText.Count} blocks, the token walk {byTokens.Count}");
                programs++;
                withBlocks += byTokens.Count > 0 ? 1 : 0;
            }
        }

        // The comparison means something only if many programs have blocks to find.
        Assert.True(withBlocks > 1000, $"{withBlocks} of {programs} programs had blocks");
    }

    [Theory]
    [InlineData("Accelerator\\u0054ype", "an escape inside the name")]
    [InlineData("\\u0041cceleratorType", "an escape at its start")]
    [InlineData("AcceleratorTyp\\u0065", "an escape at its end")]
    [InlineData("@AcceleratorType", "a verbatim identifier")]
    public void An_identifier_spelled_otherwise_is_found(string spelled, string why)
    {
        var code = $"class C {{ void M(dynamic v) {{ v.{spelled} = \"ml.eia2.medium\"; }} void N() {{ }} }}";
        Assert.True(Blocks(code).Count == 1, why);
    }

    [Fact]
    public void A_name_after_a_non_breaking_space_or_next_to_other_non_ascii_text_is_found()
    {
        // U+00A0 is white space in C#: "x.\u00A0AcceleratorType" is "x." then the identifier.
        Assert.Single(Blocks("class C { void M(dynamic v) { v.\u00A0AcceleratorType = 1; } }"));
        Assert.Single(Blocks("class C { void M(dynamic v) { /* é */ v.AcceleratorType = 1; var ü = 1; } }"));

        // A non-ASCII letter makes a different identifier: not the name.
        Assert.Empty(Blocks("class C { void M(dynamic v) { v.AcceleratorTypeé = 1; v.éAcceleratorType = 1; } }"));
    }

    [Fact]
    public void A_name_in_a_comment_a_string_or_a_longer_identifier_is_not_a_block()
    {
        var code = """
            class C
            {
                // AcceleratorType
                void A() { var s = "AcceleratorType"; }
                /* ProductionVariant */ void B() { }
                void D() { var MyAcceleratorType = 1; var AcceleratorTypeName = 2; }
                /// <see cref="AcceleratorType"/>
                void E() { }
            #if NEVER
                void F() { AcceleratorType = 1; }
            #endif
            }
            """;
        Assert.Empty(Blocks(code));
    }

    [Fact]
    public void A_name_across_the_scan_chunks_and_at_the_end_of_the_file_is_found()
    {
        // The scan reads the text 4,096 characters at a time; a word cut by a chunk's end is still one word.
        for (var padding = 4070; padding < 4100; padding++)
        {
            var code = "class C { void M(dynamic v) { /*" + new string('x', padding) + "*/ v.AcceleratorType = 1; } }";
            Assert.Single(Blocks(code));
        }

        var text = SourceText.From("v.AcceleratorType");
        Assert.Equal(new[] { 2 }, TextScan.Candidates(text, Names, CancellationToken.None));
    }

    [Fact]
    public void The_candidates_are_every_place_where_a_name_may_be_written()
    {
        var text = SourceText.From("x AcceleratorType // AcceleratorType\n\"InstanceType\" Instance AcceleratorTypeX \\u0041b");
        Assert.Equal(new[] { 2, 21, 38, 79 }, TextScan.Candidates(text, Names, CancellationToken.None));
    }

    private static List<SyntaxNode> Blocks(string code) =>
        BlockRelevance.BlocksNaming(CSharpSyntaxTree.ParseText(code, GeneratorHarness.ParseOptions), Names, CancellationToken.None);
}
