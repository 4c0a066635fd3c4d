using System.Threading.Tasks;
using EiAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace EiAnalyzers.Tests.Checks;

/// <summary>EI0006 (host not a CPU instance), EI0010 (excluded features), EI0011 (notebook accelerators).</summary>
public class HostAndFeatureTests
{
    private const string Quiet = "dotnet_diagnostic.EI0013.severity = none\ndotnet_diagnostic.EI0014.severity = none\n";

    [Theory]
    [InlineData("ProductionVariantInstanceType.MlG4dnXlarge")]
    [InlineData("ProductionVariantInstanceType.MlP32xlarge")]
    [InlineData("ProductionVariantInstanceType.MlG52xlarge")]
    [InlineData("ProductionVariantInstanceType.MlInf1Xlarge")]
    [InlineData("ProductionVariantInstanceType.MlInf224xlarge")]
    [InlineData("ProductionVariantInstanceType.MlTrn12xlarge")]
    [InlineData("ProductionVariantInstanceType.MlDl124xlarge")]
    [InlineData("ProductionVariantInstanceType.MlP6B20048xlarge")]
    [InlineData("\"ml.g4dn.xlarge\"")]
    [InlineData("\"ML.P3.2XLARGE\"")]
    [InlineData("new ProductionVariantInstanceType(\"ml.inf2.xlarge\")")]
    [InlineData("ProductionVariantInstanceType.FindValue(\"ml.trn1.32xlarge\")")]
    public async Task Accelerator_on_a_non_cpu_host_is_an_error(string host)
    {
        await Verify.Analyzer(Verify.Usings + $$"""
            class Deploy
            {
                ProductionVariant V() => new ProductionVariant { InstanceType = {{host}}, AcceleratorType = {|EI0006:"ml.eia2.medium"|} };
            }
            """, Quiet);
    }

    [Theory]
    [InlineData("ProductionVariantInstanceType.MlC6gXlarge")]
    [InlineData("ProductionVariantInstanceType.MlM6gdLarge")]
    [InlineData("\"ml.r7gd.xlarge\"")]
    [InlineData("ProductionVariantInstanceType.MlC8gMedium")]
    public async Task Accelerator_on_a_graviton_host_is_a_warning(string host)
    {
        await Verify.Analyzer(
            Verify.Usings + $$"""
            class Deploy
            {
                ProductionVariant V() => new ProductionVariant { InstanceType = {{host}}, AcceleratorType = {|#0:"ml.eia2.medium"|} };
            }
            """,
            Quiet,
            Verify.Diagnostic("EI0006").WithLocation(0).WithSeverity(DiagnosticSeverity.Warning).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
    }

    [Theory]
    [InlineData("ProductionVariantInstanceType.MlC5Xlarge")]
    [InlineData("ProductionVariantInstanceType.MlM5Large")]
    [InlineData("ProductionVariantInstanceType.MlT2Medium")]
    [InlineData("ProductionVariantInstanceType.MlR5d2xlarge")]
    [InlineData("\"ml.c6i.xlarge\"")]
    [InlineData("\"ml.x9.large\"")]
    [InlineData("\"not-an-instance\"")]
    [InlineData("Environment.GetEnvironmentVariable(\"HOST\")")]
    public async Task Accelerator_on_a_cpu_or_unknown_host_is_not_reported(string host)
    {
        await Verify.Analyzer(Verify.Usings + $$"""
            class Deploy
            {
                ProductionVariant V() => new ProductionVariant { InstanceType = {{host}}, AcceleratorType = "ml.eia2.medium" };
            }
            """, Quiet);
    }

    [Fact]
    public async Task A_gpu_host_without_accelerator_is_fine_and_host_set_after_construction_is_read()
    {
        await Verify.Analyzer(Verify.Usings + """
            class Deploy
            {
                void Run(bool gpu)
                {
                    new ProductionVariant { InstanceType = ProductionVariantInstanceType.MlG4dnXlarge };
                    var variant = new ProductionVariant { AcceleratorType = {|EI0006:"ml.eia2.medium"|} };
                    if (gpu)
                    {
                        variant.InstanceType = ProductionVariantInstanceType.MlG5Xlarge;
                    }
                    else
                    {
                        variant.InstanceType = ProductionVariantInstanceType.MlC5Xlarge;
                    }
                }
            }
            """, Quiet);
    }

    [Fact]
    public async Task Notebook_on_a_gpu_instance_with_an_accelerator_is_an_error()
    {
        await Verify.Analyzer(Verify.Usings + """
            class Deploy
            {
                void Run()
                {
                    new CreateNotebookInstanceRequest { InstanceType = InstanceType.MlP32xlarge, AcceleratorTypes = new List<string> { {|EI0006:"ml.eia2.medium"|} } };
                    new CreateNotebookInstanceRequest { InstanceType = InstanceType.MlT3Medium, AcceleratorTypes = new List<string> { "ml.eia2.medium" } };
                }
            }
            """, Quiet);
    }

    [Fact]
    public async Task Serverless_variant_with_an_accelerator_is_EI0010()
    {
        await Verify.Analyzer(Verify.Usings + """
            class Deploy
            {
                void Run(ProductionVariantServerlessConfig configured)
                {
                    new ProductionVariant
                    {
                        ModelName = "m",
                        ServerlessConfig = new ProductionVariantServerlessConfig { MemorySizeInMB = 2048, MaxConcurrency = 5 },
                        AcceleratorType = {|EI0010:"ml.eia2.medium"|},
                    };
                    new ProductionVariant { ServerlessConfig = null, AcceleratorType = "ml.eia2.medium" };
                    new ProductionVariant { ServerlessConfig = configured, AcceleratorType = "ml.eia2.medium" };
                    new ProductionVariant { ServerlessConfig = new ProductionVariantServerlessConfig { MemorySizeInMB = 2048 } };
                }
            }
            """, Quiet);
    }

    [Fact]
    public async Task Asynchronous_inference_with_an_accelerator_is_EI0010_in_every_list_form()
    {
        await Verify.Analyzer(Verify.Usings + """
            class Deploy
            {
                void Run()
                {
                    new CreateEndpointConfigRequest
                    {
                        EndpointConfigName = "async",
                        AsyncInferenceConfig = new AsyncInferenceConfig { OutputConfig = new AsyncInferenceOutputConfig { S3OutputPath = "s3://bucket/out" } },
                        ProductionVariants = new List<ProductionVariant>
                        {
                            new ProductionVariant { ModelName = "m", InstanceType = ProductionVariantInstanceType.MlM5Xlarge, AcceleratorType = {|EI0010:"ml.eia2.medium"|} },
                        },
                    };

                    var variant = new ProductionVariant { ModelName = "m", AcceleratorType = {|EI0010:ProductionVariantAcceleratorType.MlEia2Large|} };
                    var request = new CreateEndpointConfigRequest { ProductionVariants = new List<ProductionVariant>() };
                    request.AsyncInferenceConfig = new AsyncInferenceConfig();
                    request.ProductionVariants.Add(variant);

                    var shadow = new ProductionVariant { ModelName = "m", AcceleratorType = {|EI0010:"ml.eia2.xlarge"|} };
                    var variants = new List<ProductionVariant> { shadow };
                    new CreateEndpointConfigRequest { AsyncInferenceConfig = new AsyncInferenceConfig(), ShadowProductionVariants = variants };

                    new CreateEndpointConfigRequest
                    {
                        ProductionVariants = new List<ProductionVariant> { new ProductionVariant { ModelName = "m", AcceleratorType = "ml.eia2.medium" } },
                    };
                }
            }
            """, Quiet);
    }

    [Fact]
    public async Task More_than_one_notebook_accelerator_is_EI0011_on_each_extra_one()
    {
        await Verify.Analyzer(Verify.Usings + """
            class Deploy
            {
                void Run(bool large)
                {
                    new CreateNotebookInstanceRequest
                    {
                        NotebookInstanceName = "dev",
                        AcceleratorTypes = new List<string> { "ml.eia2.medium", {|EI0011:"ml.eia2.large"|} },
                    };
                    new CreateNotebookInstanceRequest { AcceleratorTypes = new List<string> { "ml.eia1.medium", {|EI0011:"ml.eia2.medium"|}, {|EI0011:"ml.eia2.xlarge"|} } };

                    var request = new CreateNotebookInstanceRequest { AcceleratorTypes = new List<string> { "ml.eia2.medium" } };
                    request.AcceleratorTypes.Add({|EI0011:NotebookInstanceAcceleratorType.MlEia2Large|});

                    var single = new UpdateNotebookInstanceRequest { NotebookInstanceName = "dev" };
                    if (large)
                    {
                        single.AcceleratorTypes = new List<string> { "ml.eia2.large" };
                    }
                    else
                    {
                        single.AcceleratorTypes = new List<string> { "ml.eia2.medium" };
                    }
                }
            }
            """, Quiet);
    }

    [Fact]
    public async Task Features_set_through_locals_or_in_a_branch_are_read()
    {
        await Verify.Analyzer(Verify.Usings + """
            class Deploy
            {
                void Run(bool gpu)
                {
                    var asyncConfig = new AsyncInferenceConfig { OutputConfig = new AsyncInferenceOutputConfig { S3OutputPath = "s3://bucket/out" } };
                    var request = new CreateEndpointConfigRequest { EndpointConfigName = "c" };
                    request.AsyncInferenceConfig = asyncConfig;
                    request.ProductionVariants = new List<ProductionVariant> { new ProductionVariant { ModelName = "m", AcceleratorType = {|EI0010:"ml.eia2.medium"|} } };

                    var serverless = new ProductionVariantServerlessConfig { MemorySizeInMB = 4096 };
                    new ProductionVariant { ModelName = "m", ServerlessConfig = serverless, AcceleratorType = {|EI0010:"ml.eia2.medium"|} };

                    new ProductionVariant
                    {
                        ModelName = "m",
                        InstanceType = gpu ? ProductionVariantInstanceType.MlG4dnXlarge : ProductionVariantInstanceType.MlC5Xlarge,
                        AcceleratorType = {|EI0006:"ml.eia2.medium"|},
                    };
                }
            }
            """, Quiet);
    }

    [Fact]
    public async Task Writes_through_an_indexer_or_another_objects_member_are_not_merged()
    {
        await Verify.Analyzer(Verify.Usings + """
            class Holder
            {
                public ProductionVariant Variant { get; set; } = new ProductionVariant();
            }

            class Deploy
            {
                ProductionVariant own = new ProductionVariant();

                void Run(CreateEndpointConfigRequest request, Holder first, Holder second)
                {
                    request.ProductionVariants[0].InstanceType = ProductionVariantInstanceType.MlG4dnXlarge;
                    request.ProductionVariants[1].AcceleratorType = "ml.eia2.medium";
                    first.Variant.InstanceType = ProductionVariantInstanceType.MlP32xlarge;
                    second.Variant.AcceleratorType = "ml.eia2.medium";

                    own.InstanceType = ProductionVariantInstanceType.MlG5Xlarge;
                    own.AcceleratorType = {|EI0006:"ml.eia2.medium"|};
                }
            }
            """, Quiet);
    }

    [Fact]
    public async Task Values_in_different_arms_of_one_branch_are_not_combined()
    {
        await Verify.Analyzer(Verify.Usings + """
            class Deploy
            {
                bool useGpu;

                void Run(bool gpu, int size, bool a, bool b)
                {
                    var variant = new ProductionVariant { ModelName = "m" };
                    if (gpu)
                    {
                        variant.InstanceType = ProductionVariantInstanceType.MlG4dnXlarge;
                    }
                    else
                    {
                        variant.InstanceType = ProductionVariantInstanceType.MlC5Xlarge;
                        variant.AcceleratorType = "ml.eia2.medium";
                    }

                    // The same condition in two places: its arms correlate, a negation swaps them.
                    new ProductionVariant
                    {
                        InstanceType = useGpu ? ProductionVariantInstanceType.MlG4dnXlarge : ProductionVariantInstanceType.MlC5Xlarge,
                        AcceleratorType = useGpu ? null : ProductionVariantAcceleratorType.MlEia2Medium,
                    };
                    var other = new ProductionVariant { InstanceType = !this.useGpu ? "ml.m5.large" : "ml.p3.2xlarge" };
                    if (this.useGpu) { } else { other.AcceleratorType = "ml.eia2.medium"; }

                    var bySize = new ProductionVariant { ModelName = "m" };
                    switch (size)
                    {
                        case 0:
                            bySize.InstanceType = "ml.inf1.xlarge";
                            break;
                        default:
                            bySize.InstanceType = "ml.c5.large";
                            bySize.AcceleratorType = "ml.eia2.large";
                            break;
                    }

                    var serverless = new ProductionVariant { ModelName = "m" };
                    if (size > 1)
                        serverless.AcceleratorType = "ml.eia2.medium";
                    else
                        serverless.ServerlessConfig = new ProductionVariantServerlessConfig { MemorySizeInMB = 2048 };

                    var notebook = new CreateNotebookInstanceRequest { NotebookInstanceName = "dev", AcceleratorTypes = new List<string>() };
                    if (a)
                        notebook.AcceleratorTypes.Add("ml.eia2.medium");
                    else
                        notebook.AcceleratorTypes.Add("ml.eia2.large");
                }
            }
            """, Quiet);
    }

    [Fact]
    public async Task Values_in_the_same_arm_or_in_unrelated_branches_are_combined_and_calls_with_the_same_arguments_correlate()
    {
        await Verify.Analyzer(Verify.Usings + """
            class Deploy
            {
                void Run(bool gpu, bool attach, bool a, bool b, int size)
                {
                    var variant = new ProductionVariant { ModelName = "m" };
                    if (gpu)
                    {
                        variant.InstanceType = ProductionVariantInstanceType.MlG4dnXlarge;
                        variant.AcceleratorType = {|EI0006:"ml.eia2.medium"|};
                    }

                    var unrelated = new ProductionVariant { ModelName = "m" };
                    if (gpu)
                        unrelated.InstanceType = "ml.g5.xlarge";
                    if (attach)
                        unrelated.AcceleratorType = {|EI0006:"ml.eia2.medium"|};

                    // A call with the same arguments answers the same (issue 14: IsEi(mode) in two places).
                    new ProductionVariant
                    {
                        InstanceType = Pick(size) ? "ml.g4dn.xlarge" : "ml.c5.xlarge",
                        AcceleratorType = Pick(size) ? null : "ml.eia2.medium",
                    };

                    var notebook = new CreateNotebookInstanceRequest { NotebookInstanceName = "dev", AcceleratorTypes = new List<string>() };
                    if (a)
                        notebook.AcceleratorTypes.Add("ml.eia2.medium");
                    if (b)
                        notebook.AcceleratorTypes.Add({|EI0011:"ml.eia2.large"|});
                }

                static bool Pick(int size) => size > 1;
            }
            """, Quiet);
    }

    [Fact]
    public async Task Every_kind_of_code_block_is_read()
    {
        await Verify.Program(Verify.Usings + """
            var variant = new ProductionVariant { InstanceType = "ml.g4dn.xlarge", AcceleratorType = {|EI0006:"ml.eia2.medium"|} };
            System.Console.WriteLine(variant.VariantName);

            class Deploy
            {
                static readonly ProductionVariant Field = new ProductionVariant { InstanceType = "ml.p3.2xlarge", AcceleratorType = {|EI0006:"ml.eia2.medium"|} }, Second = new ProductionVariant();

                ProductionVariant Initialized { get; } = new ProductionVariant { InstanceType = "ml.inf1.xlarge", AcceleratorType = {|EI0006:"ml.eia2.medium"|} };

                ProductionVariant ExpressionBodied => new ProductionVariant { InstanceType = "ml.g5.xlarge", AcceleratorType = {|EI0006:"ml.eia2.medium"|} };

                ProductionVariant this[int i] => new ProductionVariant { InstanceType = "ml.trn1.2xlarge", AcceleratorType = {|EI0006:"ml.eia2.medium"|} };

                ProductionVariant Accessor
                {
                    get { return new ProductionVariant { InstanceType = "ml.g4dn.2xlarge", AcceleratorType = {|EI0006:"ml.eia2.medium"|} }; }
                }

                Deploy()
                {
                    Make();
                    ProductionVariant Make() => new ProductionVariant { InstanceType = "ml.p3.8xlarge", AcceleratorType = {|EI0006:"ml.eia2.medium"|} };
                }
            }
            """, Quiet);
    }
}
