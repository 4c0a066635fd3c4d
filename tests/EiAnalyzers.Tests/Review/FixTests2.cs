using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using EiAnalyzers.CodeFixes;
using EiAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace EiAnalyzers.Tests.Review;

/// <summary>Review, second batch: fixes that do not compile, are missing, or say what is not so.</summary>
public class FixTests2
{
    private const string Key = "EI0013.Fix";
    private const string Quiet = "dotnet_diagnostic.EI0014.severity = none\n";

    [Fact]
    public async Task Migrating_a_notebook_update_that_already_sets_DisassociateAcceleratorTypes_compiles()
    {
        // The fix writes a second DisassociateAcceleratorTypes into the same initializer: CS1912.
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            Verify.Usings + """
            class Deploy
            {
                UpdateNotebookInstanceRequest Update() => new UpdateNotebookInstanceRequest
                {
                    NotebookInstanceName = "nb",
                    DisassociateAcceleratorTypes = false,
                    AcceleratorTypes = new List<string> { {|EI0013:"ml.eia2.medium"|} },
                };
            }
            """,
            Verify.Usings + """
            class Deploy
            {
                UpdateNotebookInstanceRequest Update() => new UpdateNotebookInstanceRequest
                {
                    NotebookInstanceName = "nb",
                    DisassociateAcceleratorTypes = true,
                };
            }
            """,
            equivalenceKey: Key,
            editorConfig: Quiet);
    }

    [Fact]
    public async Task Migrating_an_accelerator_set_in_an_expression_bodied_member_is_offered()
    {
        // EI0013 is reported; the migration's ReplaceSetter finds no statement or initializer, so no fix, and Fix All
        // (dotnet format) silently leaves it.
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            Verify.Usings + """
            class Deploy
            {
                void Enable(ProductionVariant v) => v.AcceleratorType = {|EI0013:"ml.eia2.medium"|};

                Action Later(ProductionVariant v) => () => v.AcceleratorType = {|EI0013:"ml.eia2.medium"|};
            }
            """,
            Verify.Usings + """
            class Deploy
            {
                void Enable(ProductionVariant v) => v.InstanceType = ProductionVariantInstanceType.MlG4dnXlarge;

                Action Later(ProductionVariant v) => () => v.InstanceType = ProductionVariantInstanceType.MlG4dnXlarge;
            }
            """,
            equivalenceKey: Key,
            editorConfig: Quiet);
    }

    [Fact]
    public async Task A_const_interpolated_ei_image_is_not_said_to_have_no_gpu_image()
    {
        // AWS published tensorflow-inference:2.3.0-gpu; the message says it did not, because the const's text cannot
        // be rewritten (read as one Fixed part).
        await Verify.Analyzer(
            Verify.Usings + """
            class Deploy
            {
                const string Registry = "763104351884.dkr.ecr.us-east-1.amazonaws.com";
                const string Image = $"{Registry}/tensorflow-inference-eia:2.3.0-cpu";

                void Run(List<object> list)
                {
                    var model = new CreateModelRequest { ModelName = "vision", PrimaryContainer = new ContainerDefinition { Image = Image } };
                    list.Add(new ProductionVariant { ModelName = model.ModelName, InstanceType = "ml.m5.large", AcceleratorType = {|#0:"ml.eia2.medium"|} });
                }
            }
            """,
            Quiet,
            Verify.Diagnostic(Descriptors.EndOfLife).WithLocation(0).WithArguments(
                "April 2024",
                "accelerator 'ml.eia2.medium' will be rejected; remove it and move the host to ml.g4dn.xlarge with image "
                + "'763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference:2.3.0-gpu', or keep the CPU host with image "
                + "'763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference:2.3.0-cpu'; AWS Inferentia (ml.inf1.xlarge) needs the model compiled with AWS Neuron first"));
    }

    [Fact]
    public async Task An_image_const_built_from_consts_in_another_file_is_migrated()
    {
        var images = ("/0/Images.cs", """
            static class Images
            {
                public const string Registry = "763104351884.dkr.ecr.us-east-1.amazonaws.com";
                public const string Vision = Registry + "/tensorflow-inference-eia:2.3.0-cpu";
            }
            """);
        var vision = ("/0/Vision.cs", Verify.Usings + """
            class Vision
            {
                void Run(List<object> list)
                {
                    var model = new CreateModelRequest { ModelName = "vision", PrimaryContainer = new ContainerDefinition { Image = Images.Vision } };
                    list.Add(new ProductionVariant { ModelName = model.ModelName, InstanceType = "ml.m5.large", AcceleratorType = {|EI0013:"ml.eia2.medium"|} });
                }
            }
            """);
        var imagesFixed = ("/0/Images.cs", images.Item2.Replace("tensorflow-inference-eia:2.3.0-cpu", "tensorflow-inference:2.3.0-gpu"));
        var visionFixed = ("/0/Vision.cs", Verify.Usings + """
            class Vision
            {
                void Run(List<object> list)
                {
                    var model = new CreateModelRequest { ModelName = "vision", PrimaryContainer = new ContainerDefinition { Image = Images.Vision } };
                    list.Add(new ProductionVariant { ModelName = model.ModelName, InstanceType = "ml.g4dn.xlarge" });
                }
            }
            """);
        await Verify.FixProject<ElasticInferenceCodeFixProvider>(new[] { images, vision }, new[] { imagesFixed, visionFixed }, Key, Quiet);
    }

    [Fact]
    public async Task Migrating_one_of_two_branch_accelerators_leaves_no_error_behind()
    {
        // One light-bulb fix on the first EI0013 moves the shared host to a GPU and removes only its own accelerator:
        // the other branch's accelerator is now on a GPU (EI0006, an Error) until its own fix is applied too.
        var test = new SingleFixTest(Key, Quiet)
        {
            TestCode = Verify.Usings + """
                class Deploy
                {
                    ProductionVariant V(string model, bool large)
                    {
                        var v = new ProductionVariant { ModelName = model, InstanceType = "ml.m5.large" };
                        if (large)
                        {
                            v.AcceleratorType = {|EI0013:"ml.eia2.large"|};
                        }
                        else
                        {
                            v.AcceleratorType = {|EI0013:"ml.eia2.medium"|};
                        }

                        return v;
                    }
                }
                """,
            FixedCode = Verify.Usings + """
                class Deploy
                {
                    ProductionVariant V(string model, bool large)
                    {
                        var v = new ProductionVariant { ModelName = model, InstanceType = "ml.g4dn.xlarge" };
                        if (large)
                        {
                        }
                        else
                        {
                        }

                        return v;
                    }
                }
                """,
        };
        await test.RunAsync(CancellationToken.None);
    }
}
