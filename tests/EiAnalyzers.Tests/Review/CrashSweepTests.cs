using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using EiAnalyzers.Tests.Robustness;
using Xunit;

namespace EiAnalyzers.Tests.Review;

/// <summary>Review: unusual but compiling shapes; the only requirement is that nothing throws (no AD0001, no generator or fix exception).</summary>
public class CrashSweepTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using Amazon.SageMaker;
        using Amazon.SageMaker.Model;
        using SageMaker.ElasticInference;

        """;

    public static TheoryData<string, string> Programs()
    {
        var data = new TheoryData<string, string>();
        data.Add("declarations", Usings + """
            static class Names { public const string A = "alpha"; }

            [EiModel(Names.A + "-b", EiFramework.TensorFlow, "2.3", ArtifactSizeMb = int.MaxValue, Notebooks = null)]
            internal static partial class Big { }

            [EiModel(nameof(Small), (EiFramework)42, "1.0", ArtifactSizeMb = 1)]
            internal static partial class Small { }

            [EiModel("quoted\"name\\x", EiFramework.MXNet, "1.7", Notebooks = new string[] { null, "", "n\u00e9" })]
            internal static partial class Quoted { }

            internal static partial class Outer
            {
                [EiModel("nested", EiFramework.PyTorch, "1.5.1")]
                internal static partial class Inner { }
            }

            class Use
            {
                ProductionVariant V() => new ProductionVariant { ModelName = Big.Name, InstanceType = "ml.m5.large", AcceleratorType = Big.SmallestAccelerator };
                ProductionVariant W() => new ProductionVariant { ModelName = Quoted.Name, InstanceType = "ml.m5.large", AcceleratorType = "ml.eia1.medium" };
            }
            """);

        var deep = string.Concat(Enumerable.Range(0, 40).Select(i => $"x == {i} ? \"ml.eia2.medium\" : ")) + "null";
        data.Add("deep-ternary", Usings + $$"""
            class P
            {
                ProductionVariant V(int x) => new ProductionVariant { ModelName = "m", InstanceType = x > 3 ? "ml.g4dn.xlarge" : "ml.m5.large", AcceleratorType = {{deep}} };
            }
            """);

        var longImage = "763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference-eia:2.3.0-cpu" + new string('x', 2000);
        var concat = string.Join(" + ", Enumerable.Range(0, 120).Select(i => $"\"{(i == 0 ? "763104351884.dkr.ecr.us-east-1.amazonaws.com/" : "")}p{i}\""));
        data.Add("long-texts", Usings + $$"""
            class P
            {
                void Run(List<object> list, string s)
                {
                    var a = new CreateModelRequest { ModelName = "a", PrimaryContainer = new ContainerDefinition { Image = "{{longImage}}" } };
                    var b = new CreateModelRequest { ModelName = "b", PrimaryContainer = new ContainerDefinition { Image = {{concat}} + s } };
                    list.Add(new ProductionVariant { ModelName = a.ModelName, InstanceType = "ml.m5.large", AcceleratorType = "ml.eia2.medium" });
                    list.Add(new ProductionVariant { ModelName = b.ModelName, InstanceType = "ml.m5.large", AcceleratorType = "ml.eia2.medium" });
                }
            }
            """);

        var cases = string.Concat(Enumerable.Range(0, 80).Select(i => $"            case {i}: v.InstanceType = \"ml.m5.{(i % 2 == 0 ? "large" : "xlarge")}\"; v.AcceleratorType = \"ml.eia2.medium\"; break;\n"));
        data.Add("big-switch", Usings + $$"""
            class P
            {
                ProductionVariant V(int x, bool a, bool b, bool c)
                {
                    var v = new ProductionVariant { ModelName = "m" };
                    switch (x)
                    {
            {{cases}}
                        default: v.InstanceType = "ml.g4dn.xlarge"; break;
                    }

                    if (a) v.ModelName = "a";
                    if (b) v.ModelName = "b";
                    if (c) v.ModelName = "c";
                    return v;
                }
            }
            """);

        data.Add("recursion-and-self-reference", Usings + """
            class P
            {
                static readonly string A = B + "/tensorflow-inference-eia:2.3.0-cpu";
                static readonly string B = A + "763104351884.dkr.ecr.us-east-1.amazonaws.com";
                ProductionVariant v = new ProductionVariant();

                ProductionVariant Self()
                {
                    v.AcceleratorType = v.AcceleratorType;
                    v.InstanceType = v.InstanceType ?? v.AcceleratorType?.Value;
                    var m = new CreateModelRequest { ModelName = v.ModelName, PrimaryContainer = new ContainerDefinition { Image = A } };
                    v.ModelName = m.ModelName;
                    return Self();
                }
            }
            """);

        data.Add("notebook-lists", Usings + """
            class P
            {
                void Run(CreateNotebookInstanceRequest r, UpdateNotebookInstanceRequest u, string[] more)
                {
                    r.AcceleratorTypes = new List<string>(more) { "ml.eia2.medium" };
                    r.AcceleratorTypes.Insert(more.Length, "ml.eia2.large");
                    r.AcceleratorTypes.InsertRange(0, more);
                    r.AcceleratorTypes.RemoveAll(t => t.StartsWith("ml.eia1"));
                    r.AcceleratorTypes.Sort();
                    r.AcceleratorTypes.Reverse();
                    u.AcceleratorTypes = r.AcceleratorTypes.ConvertAll(t => t.ToLowerInvariant());
                    u.AcceleratorTypes.AddRange(new[] { NotebookInstanceAcceleratorType.MlEia2Medium.Value });
                    u.AcceleratorTypes[0] = u.AcceleratorTypes[u.AcceleratorTypes.Count - 1];
                    u.DisassociateAcceleratorTypes = u.AcceleratorTypes.Count == 0;
                }
            }
            """);
        return data;
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public async Task Nothing_throws(string name, string source)
    {
        var tree = Engine.Parse(source, "/review/" + name + ".cs");
        var run = await Engine.RunAsync(new[] { tree });
        var problems = new List<string>();
        problems.AddRange(run.Failures.Select(f => "failure: " + f.What + " " + f.Detail + " " + f.Exception));
        problems.AddRange(run.GeneratedErrors.Select(e => "generated code does not compile: " + e));
        var failures = new List<Failure>();
        await Engine.RunFixesAsync(run.Output, tree, run.Analyzer, rotation: 0, perProvider: int.MaxValue, failures.Add, new Engine.FixCounts());
        problems.AddRange(failures.Select(f => "fix: " + f.What + " " + f.Detail + " " + f.Exception));
        Assert.True(problems.Count == 0, string.Join("\n", problems) + "\nuser errors:\n" + string.Join("\n", run.UserErrors));
    }
}
