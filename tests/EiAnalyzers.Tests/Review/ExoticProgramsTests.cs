using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using EiAnalyzers.Tests.Robustness;
using Microsoft.CodeAnalysis;
using Xunit;

namespace EiAnalyzers.Tests.Review;

/// <summary>
/// Review: valid programs in the C# shapes the reader must survive (iterators, expression trees, lock, patterns on
/// variants, local functions, records, dynamic ...): no exception anywhere, and only EI0013/EI0014 reported.
/// </summary>
public class ExoticProgramsTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Linq.Expressions;
        using System.Threading.Tasks;
        using Amazon.SageMaker;
        using Amazon.SageMaker.Model;
        using Amazon.CDK;
        using Amazon.CDK.AWS.Sagemaker;
        using Constructs;

        """;

    public static TheoryData<string, string> Programs() => new()
    {
        { "iterator", Usings + """
            class P
            {
                IEnumerable<ProductionVariant> Variants(bool gpu)
                {
                    var v = new ProductionVariant { ModelName = "m" };
                    if (gpu)
                    {
                        v.InstanceType = "ml.g4dn.xlarge";
                        yield return v;
                        yield break;
                    }

                    v.InstanceType = "ml.m5.large";
                    v.AcceleratorType = "ml.eia2.medium";
                    yield return v;
                }

                async IAsyncEnumerable<ProductionVariant> More()
                {
                    await Task.Yield();
                    yield return new ProductionVariant { ModelName = "m", InstanceType = "ml.c5.large", AcceleratorType = "ml.eia2.medium" };
                }
            }
            """ },
        { "expression-tree", Usings + """
            class P
            {
                Expression<Func<ProductionVariant>> Make = () => new ProductionVariant { ModelName = "m", InstanceType = "ml.m5.large", AcceleratorType = "ml.eia2.medium" };

                Expression<Func<string, ProductionVariant>> Make2() => host => new ProductionVariant { InstanceType = host, AcceleratorType = "ml.eia2.medium" };
            }
            """ },
        { "lock-and-patterns", Usings + """
            class P
            {
                private readonly object gate = new object();
                private ProductionVariant current = new ProductionVariant { ModelName = "m", InstanceType = "ml.m5.large" };

                void Run(bool ei)
                {
                    lock (gate)
                    {
                        if (current is { InstanceType: { Value: "ml.m5.large" } } && ei)
                        {
                            current.AcceleratorType = "ml.eia2.medium";
                        }
                        else if (current is not { AcceleratorType: null })
                        {
                            current.AcceleratorType = null;
                        }
                    }
                }
            }
            """ },
        { "locals-functions-records", Usings + """
            record Spec(string Host, string? Accelerator);

            class P
            {
                List<ProductionVariant> Run(Spec[] specs)
                {
                    var list = new List<ProductionVariant>();
                    foreach (var spec in specs)
                    {
                        list.Add(Make(spec with { Accelerator = spec.Host.StartsWith("ml.g") ? null : spec.Accelerator }));
                    }

                    static ProductionVariant Make(Spec s) => new() { ModelName = "m", InstanceType = s.Host, AcceleratorType = s.Accelerator };

                    ProductionVariant Cpu()
                    {
                        var v = new ProductionVariant { ModelName = "m", InstanceType = "ml.m5.large" };
                        void Ei() => v.AcceleratorType = "ml.eia2.medium";
                        Ei();
                        return v;
                    }

                    list.Add(Cpu());
                    return list;
                }
            }
            """ },
        { "dynamic-ref-out-tuples", Usings + """
            class P
            {
                static bool TryHost(string mode, out string host) { host = mode == "gpu" ? "ml.g4dn.xlarge" : "ml.m5.large"; return true; }

                static void Swap(ref ProductionVariant a, ref ProductionVariant b) { var t = a; a = b; b = t; }

                void Run(dynamic settings, string mode)
                {
                    var a = new ProductionVariant { ModelName = "a", InstanceType = "ml.m5.large", AcceleratorType = "ml.eia2.medium" };
                    var b = new ProductionVariant { ModelName = "b", InstanceType = "ml.g4dn.xlarge" };
                    Swap(ref a, ref b);
                    if (TryHost(mode, out var host))
                    {
                        b.InstanceType = host == "ml.g4dn.xlarge" ? "ml.m5.large" : host;
                    }

                    var (name, count) = ("c", 1);
                    var c = new ProductionVariant { ModelName = name, InitialInstanceCount = count, InstanceType = settings.Host };
                    c.AcceleratorType = settings.Accelerator;
                    dynamic d = new ProductionVariant();
                    d.AcceleratorType = "ml.eia2.medium";
                    d.InstanceType = "ml.g4dn.xlarge";
                }
            }
            """ },
        { "collection-expressions", Usings + """
            class P
            {
                CreateEndpointConfigRequest Run(ProductionVariant[] more)
                {
                    ProductionVariant cpu = new() { ModelName = "a", InstanceType = "ml.m5.large", AcceleratorType = "ml.eia2.medium" };
                    List<ProductionVariant> gpus = [new() { ModelName = "b", InstanceType = "ml.g4dn.xlarge" }];
                    return new CreateEndpointConfigRequest
                    {
                        EndpointConfigName = "c",
                        ProductionVariants = [cpu, .. gpus, .. more],
                        ShadowProductionVariants = [.. more.Where(v => v.AcceleratorType == null)],
                    };
                }

                CreateNotebookInstanceRequest Notebook(string[] extra) => new()
                {
                    NotebookInstanceName = "lab",
                    InstanceType = InstanceType.MlT3Medium,
                    AcceleratorTypes = [.. extra.Take(1)],
                };
            }
            """ },
        { "goto-switch-when", Usings + """
            class P
            {
                ProductionVariant Run(string mode, int size)
                {
                    var v = new ProductionVariant { ModelName = "m" };
                    switch (mode)
                    {
                        case "ei" when size < 2:
                            v.InstanceType = "ml.m5.large";
                            v.AcceleratorType = "ml.eia2.medium";
                            goto done;
                        case "ei":
                            v.InstanceType = "ml.m5.xlarge";
                            v.AcceleratorType = "ml.eia2.large";
                            goto done;
                        default:
                            goto case "gpu";
                        case "gpu":
                            v.InstanceType = "ml.g4dn.xlarge";
                            break;
                    }

                    done:
                    return v;
                }
            }
            """ },
        { "cdk-helpers", Usings + """
            internal sealed class S : Stack
            {
                public S(Construct scope, string id, bool gpu) : base(scope, id)
                {
                    var model = new CfnModel(this, "M", Props(gpu));
                    new CfnEndpointConfig(this, "C", new CfnEndpointConfigProps
                    {
                        ProductionVariants = new object[] { Variant(model.AttrModelName, gpu) },
                    });
                    new CfnEndpointConfig(this, "D", new CfnEndpointConfigProps
                    {
                        ProductionVariants = Lazy.Any(new Producer(() => new[] { Variant(model.AttrModelName, gpu) })),
                    });
                }

                static CfnModelProps Props(bool gpu) => new()
                {
                    ExecutionRoleArn = "r",
                    PrimaryContainer = new CfnModel.ContainerDefinitionProperty
                    {
                        Image = gpu ? "763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference:2.3.0-gpu" : "763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference-eia:2.3.0-cpu",
                    },
                };

                static CfnEndpointConfig.ProductionVariantProperty Variant(string model, bool gpu) => new()
                {
                    ModelName = model,
                    VariantName = "v",
                    InstanceType = gpu ? "ml.g4dn.xlarge" : "ml.m5.large",
                    AcceleratorType = gpu ? null : "ml.eia2.medium",
                };

                sealed class Producer : IStableAnyProducer
                {
                    private readonly Func<object> f;
                    public Producer(Func<object> f) => this.f = f;
                    public object Produce() => f();
                }
            }
            """ },
    };

    [Theory]
    [MemberData(nameof(Programs))]
    public async Task A_valid_program_runs_cleanly_and_gets_only_end_of_life(string name, string source)
    {
        var tree = Engine.Parse(source, "/review/" + name + ".cs");
        var run = await Engine.RunAsync(new[] { tree });
        var problems = new List<string>();
        problems.AddRange(run.Failures.Select(f => "failure: " + f.What + " " + f.Detail + " " + f.Exception));
        problems.AddRange(run.UserErrors.Select(e => "does not compile: " + e));
        problems.AddRange(run.Analyzer.Where(d => d.Id is not ("EI0013" or "EI0014")).Select(d => "unexpected: " + d));
        var failures = new List<Failure>();
        await Engine.RunFixesAsync(run.Output, tree, run.Analyzer, rotation: 0, perProvider: int.MaxValue, failures.Add, new Engine.FixCounts());
        problems.AddRange(failures.Select(f => "fix: " + f.What + " " + f.Detail + " " + f.Exception));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
