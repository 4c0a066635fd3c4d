using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace EiAnalyzers.Tests.Robustness;

/// <summary>
/// Valid code that sets an accelerator in every statement shape (a braceless if, else or loop body, an expression-bodied
/// member, a lambda, a switch section): every fix offered for every diagnostic applies cleanly, alone and with Fix All,
/// or is not offered.
/// </summary>
public class FixStatementShapesTests
{
    private const string Usings = """
        using System.Collections.Generic;
        using Amazon.SageMaker;
        using Amazon.SageMaker.Model;

        """;

    public static TheoryData<string, string> Shapes() => new()
    {
        {
            "a braceless if, on a GPU host (EI0006 removes the accelerator)",
            """
            class Deploy
            {
                ProductionVariant Make(bool attach)
                {
                    var variant = new ProductionVariant { ModelName = "m", InstanceType = ProductionVariantInstanceType.MlG4dnXlarge };
                    if (attach)
                        variant.AcceleratorType = "ml.eia2.medium";
                    return variant;
                }
            }
            """
        },
        {
            "a braceless else, on a CPU host (EI0013 migrates the host)",
            """
            class Deploy
            {
                ProductionVariant Make(bool plain)
                {
                    var variant = new ProductionVariant { ModelName = "m", InstanceType = ProductionVariantInstanceType.MlC5Xlarge };
                    if (plain)
                        variant.InitialInstanceCount = 2;
                    else
                        variant.AcceleratorType = "ml.eia2.medium";
                    return variant;
                }
            }
            """
        },
        {
            "a braceless if on a notebook update (EI0013 migrates and disassociates)",
            """
            class Deploy
            {
                UpdateNotebookInstanceRequest Make(bool attach)
                {
                    var update = new UpdateNotebookInstanceRequest { NotebookInstanceName = "lab" };
                    if (attach)
                        update.AcceleratorTypes = new List<string> { "ml.eia2.medium" };
                    return update;
                }
            }
            """
        },
        {
            "two accelerators added in braceless ifs (EI0011 keeps the first)",
            """
            class Deploy
            {
                CreateNotebookInstanceRequest Make(bool a, bool b)
                {
                    var request = new CreateNotebookInstanceRequest { NotebookInstanceName = "lab", InstanceType = InstanceType.MlT3Medium, AcceleratorTypes = new List<string>() };
                    if (a)
                        request.AcceleratorTypes.Add("ml.eia2.medium");
                    if (b)
                        request.AcceleratorTypes.Add("ml.eia2.large");
                    return request;
                }
            }
            """
        },
        {
            "a braceless loop body",
            """
            class Deploy
            {
                void Attach(List<ProductionVariant> variants)
                {
                    foreach (var variant in variants)
                        variant.AcceleratorType = "ml.eia2.medium";
                }
            }
            """
        },
        {
            "an expression-bodied method, on a GPU host",
            """
            class Deploy
            {
                static readonly ProductionVariant Variant = new ProductionVariant { ModelName = "m", InstanceType = ProductionVariantInstanceType.MlP32xlarge };

                void Attach() => Variant.AcceleratorType = "ml.eia2.medium";
            }
            """
        },
        {
            "a lambda",
            """
            class Deploy
            {
                void Attach(List<ProductionVariant> variants) => variants.ForEach(v => v.AcceleratorType = ProductionVariantAcceleratorType.MlEia2Medium);
            }
            """
        },
        {
            "a switch section, on an Inferentia host",
            """
            class Deploy
            {
                ProductionVariant Make(int size)
                {
                    var variant = new ProductionVariant { ModelName = "m", InstanceType = ProductionVariantInstanceType.MlInf1Xlarge };
                    switch (size)
                    {
                        case 1:
                            variant.AcceleratorType = "ml.eia2.medium";
                            break;
                        default:
                            variant.AcceleratorType = "ml.eia2.large";
                            break;
                    }

                    return variant;
                }
            }
            """
        },
        {
            "an unknown accelerator in a braceless if (EI0001 replaces it)",
            """
            class Deploy
            {
                ProductionVariant Make(bool attach)
                {
                    var variant = new ProductionVariant { ModelName = "m" };
                    if (attach)
                        variant.AcceleratorType = "eia2.medium";
                    return variant;
                }
            }
            """
        },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task Every_fix_for_an_accelerator_in_any_statement_shape_applies_cleanly(string shape, string code)
    {
        var run = await Engine.RunAsync(new[] { Engine.Parse(Usings + code) });
        Assert.Empty(run.UserErrors);
        Assert.Contains(run.Analyzer, d => Engine.FixableIds.Contains(d.Id));
        var failures = new List<Failure>(run.Failures);
        await Engine.RunFixesAsync(run.Output, run.Input.SyntaxTrees.Single(), run.Analyzer, rotation: 0, perProvider: int.MaxValue, failures.Add, new Engine.FixCounts());
        Assert.True(failures.Count == 0, shape + ":\n" + string.Join("\n\n", failures.Select(f => $"{f.What} {f.Detail}\n{f.Exception}")));
    }
}
