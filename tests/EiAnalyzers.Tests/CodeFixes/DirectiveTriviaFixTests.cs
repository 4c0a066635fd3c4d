using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using EiAnalyzers.Tests.Infrastructure;
using EiAnalyzers.Tests.Robustness;
using Xunit;

namespace EiAnalyzers.Tests.CodeFixes;

/// <summary>
/// A fix that removes a value written under <c>#if</c> / <c>#else</c> / <c>#endif</c> keeps the directives balanced,
/// or is not offered: the program of Review/FixTests.cs (the accelerator's value under directives), whole and with the
/// class name deleted, as IncompleteCodeTests runs it (every action, and Fix All).
/// </summary>
public class DirectiveTriviaFixTests
{
    private const string Program = Verify.Usings + """
        class Deploy
        {
            ProductionVariant V() => new ProductionVariant
            {
                ModelName = "m",
                InstanceType = "ml.g4dn.xlarge",
                AcceleratorType =
        #if DEBUG
                    "ml.eia2.medium",
        #else
                    "ml.eia2.large",
        #endif
                InitialInstanceCount = 1,
            };
        }
        """;

    public static IEnumerable<object[]> Programs()
    {
        yield return new object[] { "whole", Program };
        yield return new object[] { "'Deploy' deleted", Program.Replace("class Deploy", "class ") };
        yield return new object[] { "'InitialInstanceCount' deleted", Program.Replace("InitialInstanceCount", "") };
        yield return new object[] { "'ModelName = \"m\",' deleted", Program.Replace("ModelName = \"m\",", "") };
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public async Task EI0006_and_EI0013_fixes_add_no_syntax_error(string name, string program)
    {
        var tree = Engine.Parse(program);
        var run = await Engine.RunAsync(new[] { tree });
        Assert.Empty(run.Failures);
        var ids = run.Analyzer.Where(d => d.Location.SourceTree == tree).Select(d => d.Id).ToHashSet();
        Assert.Contains("EI0013", ids);
        if (name == "whole")
        {
            Assert.Contains("EI0006", ids);
        }

        var failures = new List<Failure>();
        var counts = new Engine.FixCounts();
        await Engine.RunFixesAsync(run.Output, tree, run.Analyzer, 0, 100, f => failures.Add(f), counts);
        Assert.True(failures.Count == 0, name + ":\n" + string.Join("\n\n", failures.Select(f => f.What + " " + f.Detail)));
        if (name == "whole")
        {
            // The whole program's fixes take the whole #if group with the accelerator (Review/FixTests): offered.
            Assert.True(counts.Actions > 0 && counts.FixAlls > 0, $"{counts.Actions} actions, {counts.FixAlls} Fix All runs");
        }
    }
}
