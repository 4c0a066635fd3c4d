using System.Threading.Tasks;
using EiAnalyzers.CodeFixes;
using EiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace EiAnalyzers.Tests.Review;

/// <summary>Review: fixes that write wrong code, edit what they must not, or lose layout.</summary>
public class FixTests
{
    private const string Key = "EI0013.Fix";
    private const string Quiet = "dotnet_diagnostic.EI0014.severity = none\n";
    private const string NoEol = "dotnet_diagnostic.EI0013.severity = none\ndotnet_diagnostic.EI0014.severity = none\n";

    [Fact]
    public async Task Migration_of_an_interpolated_image_with_a_version_const_leaves_the_const_alone()
    {
        // The version is the same before and after: neither the const nor the text around it should be cut apart.
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            Verify.Usings + """
            class Deploy
            {
                const string TfVersion = "2.3.0";

                void Run(List<object> list, string account, string region)
                {
                    var model = new CreateModelRequest { ModelName = "vision", PrimaryContainer = new ContainerDefinition { Image = $"{account}.dkr.ecr.{region}.amazonaws.com/tensorflow-inference-eia:{TfVersion}-cpu" } };
                    list.Add(new ProductionVariant { ModelName = model.ModelName, InstanceType = "ml.m5.large", AcceleratorType = {|EI0013:"ml.eia2.medium"|} });
                }
            }
            """,
            Verify.Usings + """
            class Deploy
            {
                const string TfVersion = "2.3.0";

                void Run(List<object> list, string account, string region)
                {
                    var model = new CreateModelRequest { ModelName = "vision", PrimaryContainer = new ContainerDefinition { Image = $"{account}.dkr.ecr.{region}.amazonaws.com/tensorflow-inference:{TfVersion}-gpu" } };
                    list.Add(new ProductionVariant { ModelName = model.ModelName, InstanceType = "ml.g4dn.xlarge" });
                }
            }
            """,
            equivalenceKey: Key,
            editorConfig: Quiet);
    }

    [Fact]
    public async Task Migration_never_rewrites_a_tag_const_another_correct_model_reads()
    {
        // Images.CpuTag is read by "vision" (EI, migrates to a GPU) and by "search" (a CPU model on a CPU host, correct):
        // the fix must not change what "search" serves.
        var images = ("/0/Images.cs", """
            static class Images
            {
                public const string Registry = "763104351884.dkr.ecr.us-east-1.amazonaws.com";
                public const string CpuTag = "2.3.0-cpu";
            }
            """);
        var search = ("/0/Search.cs", Verify.Usings + """
            class Search
            {
                void Run(List<object> list)
                {
                    var model = new CreateModelRequest { ModelName = "search", PrimaryContainer = new ContainerDefinition { Image = Images.Registry + "/tensorflow-inference:" + Images.CpuTag } };
                    list.Add(new ProductionVariant { ModelName = model.ModelName, InstanceType = "ml.m5.large" });
                }
            }
            """);
        var vision = ("/0/Vision.cs", Verify.Usings + """
            class Vision
            {
                void Run(List<object> list)
                {
                    var model = new CreateModelRequest { ModelName = "vision", PrimaryContainer = new ContainerDefinition { Image = Images.Registry + "/tensorflow-inference-eia:" + Images.CpuTag } };
                    list.Add(new ProductionVariant { ModelName = model.ModelName, InstanceType = "ml.m5.large", AcceleratorType = {|EI0013:"ml.eia2.medium"|} });
                }
            }
            """);
        var visionFixed = ("/0/Vision.cs", Verify.Usings + """
            class Vision
            {
                void Run(List<object> list)
                {
                    var model = new CreateModelRequest { ModelName = "vision", PrimaryContainer = new ContainerDefinition { Image = Images.Registry + "/tensorflow-inference:2.3.0-gpu" } };
                    list.Add(new ProductionVariant { ModelName = model.ModelName, InstanceType = "ml.g4dn.xlarge" });
                }
            }
            """);
        await Verify.FixProject<ElasticInferenceCodeFixProvider>(new[] { images, search, vision }, new[] { images, search, visionFixed }, Key, Quiet);
    }

    [Fact]
    public async Task Migration_of_a_const_interpolated_image_switches_it()
    {
        // C# 10 const interpolated strings: AWS did publish tensorflow-inference:2.3.0-gpu.
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            Verify.Usings + """
            class Deploy
            {
                const string Registry = "763104351884.dkr.ecr.us-east-1.amazonaws.com";
                const string Image = $"{Registry}/tensorflow-inference-eia:2.3.0-cpu";

                void Run(List<object> list)
                {
                    var model = new CreateModelRequest { ModelName = "vision", PrimaryContainer = new ContainerDefinition { Image = Image } };
                    list.Add(new ProductionVariant { ModelName = model.ModelName, InstanceType = "ml.m5.large", AcceleratorType = {|EI0013:"ml.eia2.medium"|} });
                }
            }
            """,
            Verify.Usings + """
            class Deploy
            {
                const string Registry = "763104351884.dkr.ecr.us-east-1.amazonaws.com";
                const string Image = $"{Registry}/tensorflow-inference:2.3.0-gpu";

                void Run(List<object> list)
                {
                    var model = new CreateModelRequest { ModelName = "vision", PrimaryContainer = new ContainerDefinition { Image = Image } };
                    list.Add(new ProductionVariant { ModelName = model.ModelName, InstanceType = "ml.g4dn.xlarge" });
                }
            }
            """,
            equivalenceKey: Key,
            editorConfig: Quiet);
    }

    [Fact]
    public async Task Removing_an_accelerator_under_if_else_directives_keeps_them_balanced()
    {
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            Verify.Usings + """
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
                        {|EI0006:"ml.eia2.large"|},
            #endif
                    InitialInstanceCount = 1,
                };
            }
            """,
            Verify.Usings + """
            class Deploy
            {
                ProductionVariant V() => new ProductionVariant
                {
                    ModelName = "m",
                    InstanceType = "ml.g4dn.xlarge",
                    InitialInstanceCount = 1,
                };
            }
            """,
            editorConfig: NoEol);
    }

    [Fact]
    public async Task Removing_a_last_accelerator_without_trailing_comma_keeps_the_comment_of_the_previous_line()
    {
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            Verify.Usings + """
            class Deploy
            {
                ProductionVariant V() => new ProductionVariant
                {
                    ModelName = "m",
                    InstanceType = "ml.g4dn.xlarge", // the GPU host
                    AcceleratorType = {|EI0006:"ml.eia2.medium"|}
                };
            }
            """,
            Verify.Usings + """
            class Deploy
            {
                ProductionVariant V() => new ProductionVariant
                {
                    ModelName = "m",
                    InstanceType = "ml.g4dn.xlarge" // the GPU host
                };
            }
            """,
            editorConfig: NoEol);
    }

    [Fact]
    public async Task A_chained_assignment_loses_only_the_gpu_variants_accelerator()
    {
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            Verify.Usings + """
            class Deploy
            {
                void Run(List<object> list)
                {
                    var cpu = new ProductionVariant { ModelName = "a", InstanceType = "ml.m5.large" };
                    var gpu = new ProductionVariant { ModelName = "b", InstanceType = "ml.g4dn.xlarge" };
                    gpu.AcceleratorType = {|EI0006:cpu.AcceleratorType = "ml.eia2.medium"|};
                    list.Add(cpu);
                    list.Add(gpu);
                }
            }
            """,
            Verify.Usings + """
            class Deploy
            {
                void Run(List<object> list)
                {
                    var cpu = new ProductionVariant { ModelName = "a", InstanceType = "ml.m5.large" };
                    var gpu = new ProductionVariant { ModelName = "b", InstanceType = "ml.g4dn.xlarge" };
                    cpu.AcceleratorType = "ml.eia2.medium";
                    list.Add(cpu);
                    list.Add(gpu);
                }
            }
            """,
            editorConfig: NoEol);
    }
}
