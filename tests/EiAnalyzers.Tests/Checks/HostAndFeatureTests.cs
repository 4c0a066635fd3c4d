using System.Threading.Tasks;
using EiAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace EiAnalyzers.Tests.Checks;

/// <summary>
/// EI0006 (host not a CPU instance), EI0010 (excluded features), EI0011 (notebook accelerators). How values reach the
/// checks through branches and locals: Reading/FlowReadingTests.
/// </summary>
public class HostAndFeatureTests
{
    private const string Quiet = "dotnet_diagnostic.EI0013.severity = none\ndotnet_diagnostic.EI0014.severity = none\n";

    [Theory]
    [Sdk("ProductionVariantInstanceType.MlG4dnXlarge")]
    [Sdk("ProductionVariantInstanceType.MlP32xlarge")]
    [Sdk("ProductionVariantInstanceType.MlG52xlarge")]
    [Sdk("ProductionVariantInstanceType.MlInf1Xlarge")]
    [Sdk("ProductionVariantInstanceType.MlInf224xlarge")]
    [Sdk("ProductionVariantInstanceType.MlTrn12xlarge")]
    [Sdk("ProductionVariantInstanceType.MlDl124xlarge")]
    [Sdk("ProductionVariantInstanceType.MlP6B20048xlarge")]
    [Libraries("\"ml.g4dn.xlarge\"")]
    [Libraries("\"ML.P3.2XLARGE\"")]
    [Libraries("\"ml.inf1.xlarge\"")]
    [Cdk("\"ml.trn1.32xlarge\"")]
    [Sdk("new ProductionVariantInstanceType(\"ml.inf2.xlarge\")")]
    [Sdk("ProductionVariantInstanceType.FindValue(\"ml.trn1.32xlarge\")")]
    public async Task Accelerator_on_a_non_cpu_host_is_an_error(Library library, string host)
    {
        await Verify.Analyzer(library.Program(library.Variant(instanceType: host, accelerator: "{|EI0006:\"ml.eia2.medium\"|}") + ";"), Quiet);
    }

    [Theory]
    [Sdk("ProductionVariantInstanceType.MlC6gXlarge")]
    [Sdk("ProductionVariantInstanceType.MlM6gdLarge")]
    [Libraries("\"ml.r7gd.xlarge\"")]
    [Sdk("ProductionVariantInstanceType.MlC8gMedium")]
    public async Task Accelerator_on_a_graviton_host_is_a_warning(Library library, string host)
    {
        await Verify.Analyzer(
            library.Program(library.Variant(instanceType: host, accelerator: "{|#0:\"ml.eia2.medium\"|}") + ";"),
            Quiet,
            Verify.Diagnostic("EI0006").WithLocation(0).WithSeverity(DiagnosticSeverity.Warning).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
    }

    [Theory]
    [Sdk("ProductionVariantInstanceType.MlC5Xlarge")]
    [Sdk("ProductionVariantInstanceType.MlM5Large")]
    [Sdk("ProductionVariantInstanceType.MlT2Medium")]
    [Sdk("ProductionVariantInstanceType.MlR5d2xlarge")]
    [Cdk("\"ml.m5.large\"")]
    [Libraries("\"ml.c6i.xlarge\"")]
    [Libraries("\"ml.x9.large\"")]
    [Libraries("\"not-an-instance\"")]
    [Libraries("System.Environment.GetEnvironmentVariable(\"HOST\")")]
    public async Task Accelerator_on_a_cpu_or_unknown_host_is_not_reported(Library library, string host)
    {
        await Verify.Analyzer(library.Program(library.Variant(instanceType: host, accelerator: "\"ml.eia2.medium\"") + ";"), Quiet);
    }

    [Theory]
    [Libraries]
    public async Task Notebook_on_a_gpu_instance_with_an_accelerator_is_an_error(Library library)
    {
        await Verify.Analyzer(library.Program($$"""
            {{library.Notebook(instanceType: library.NotebookHost("ml.p3.2xlarge"), accelerators: "{|EI0006:\"ml.eia2.medium\"|}", id: "Gpu")}};
            {{library.Notebook(instanceType: library.NotebookHost("ml.t3.medium"), accelerators: "\"ml.eia2.medium\"", id: "Cpu")}};
            {{library.Notebook(name: "\"vision-dev\"", instanceType: "\"ml.p3.2xlarge\"", accelerators: "{|EI0006:\"ml.eia2.medium\"|}, {|EI0006:{|EI0011:\"ml.eia2.large\"|}|}", id: "Vision")}};
            """), Quiet);
    }

    [Theory]
    [Libraries]
    public async Task Serverless_variant_with_an_accelerator_is_EI0010(Library library)
    {
        await Verify.Analyzer(
            library.Program(
                $$"""
                {{library.Variant(model: "\"m\"", serverless: library.Serverless(memoryMb: 2048, maxConcurrency: 5), accelerator: "{|EI0010:\"ml.eia2.medium\"|}")}};
                {{library.Variant(serverless: "null", accelerator: "\"ml.eia2.medium\"")}};
                {{library.Variant(serverless: "configured", accelerator: "\"ml.eia2.medium\"")}};
                {{library.Variant(serverless: library.Serverless(memoryMb: 2048))}};
                {{library.EndpointConfig(library.Variant(name: "\"AllTraffic\"", model: "\"m\"", serverless: library.Serverless(memoryMb: 2048, maxConcurrency: 5), accelerator: "{|EI0010:\"ml.eia2.medium\"|}"), id: "serverless")}};
                """,
                parameters: library.ServerlessType + " configured"),
            Quiet);
    }

    [Theory]
    [Libraries]
    public async Task Asynchronous_inference_with_an_accelerator_is_EI0010(Library library)
    {
        await Verify.Analyzer(library.Program($$"""
            {{library.EndpointConfig(library.Variant(model: "\"m\"", instanceType: library.Host("ml.m5.xlarge"), accelerator: "{|EI0010:\"ml.eia2.medium\"|}"), asyncInference: true, id: "async")}};

            var variant = {{library.Variant(model: "\"m\"", accelerator: "{|EI0010:" + library.Accelerator("ml.eia2.large") + "|}")}};
            var request = {{library.EndpointConfig("variant", id: "later")}};
            request.AsyncInferenceConfig = {{library.AsyncInference}};

            var shadow = {{library.Variant(model: "\"m\"", accelerator: "{|EI0010:\"ml.eia2.xlarge\"|}")}};
            {{library.EndpointConfig(null, asyncInference: true, shadowVariants: "shadow", id: "shadow")}};

            {{library.EndpointConfig(library.Variant(model: "\"m\"", accelerator: "\"ml.eia2.medium\""), id: "sync")}};
            """), Quiet);
    }

    [Fact]
    public async Task Asynchronous_inference_with_an_accelerator_is_EI0010_in_every_form_of_the_sdks_lists()
    {
        await Verify.Analyzer(Verify.Usings + """
            class Deploy
            {
                void Run()
                {
                    var variant = new ProductionVariant { ModelName = "m", AcceleratorType = {|EI0010:ProductionVariantAcceleratorType.MlEia2Large|} };
                    var request = new CreateEndpointConfigRequest { ProductionVariants = new List<ProductionVariant>() };
                    request.AsyncInferenceConfig = new AsyncInferenceConfig();
                    request.ProductionVariants.Add(variant);

                    var shadow = new ProductionVariant { ModelName = "m", AcceleratorType = {|EI0010:"ml.eia2.xlarge"|} };
                    var variants = new List<ProductionVariant> { shadow };
                    new CreateEndpointConfigRequest { AsyncInferenceConfig = new AsyncInferenceConfig(), ShadowProductionVariants = variants };
                }
            }
            """, Quiet);
    }

    [Theory]
    [Libraries]
    public async Task More_than_one_notebook_accelerator_is_EI0011_on_each_extra_one(Library library)
    {
        await Verify.Analyzer(
            library.Program(
                $$"""
                {{library.Notebook(name: "\"dev\"", accelerators: "\"ml.eia2.medium\", {|EI0011:\"ml.eia2.large\"|}", id: "Dev")}};
                {{library.Notebook(accelerators: "\"ml.eia1.medium\", {|EI0011:\"ml.eia2.medium\"|}, {|EI0011:\"ml.eia2.xlarge\"|}", id: "Three")}};

                var lab = {{library.Notebook(instanceType: "\"ml.t3.medium\"", id: "Lab")}};
                lab.AcceleratorTypes = {{library.AcceleratorList("\"ml.eia2.medium\", {|EI0011:\"ml.eia2.xlarge\"|}")}};

                var single = {{library.Notebook(name: "\"dev\"", id: "Single")}};
                if (large)
                {
                    single.AcceleratorTypes = {{library.AcceleratorList("\"ml.eia2.large\"")}};
                }
                else
                {
                    single.AcceleratorTypes = {{library.AcceleratorList("\"ml.eia2.medium\"")}};
                }
                """,
                parameters: "bool large"),
            Quiet);
    }

    [Fact]
    public async Task A_notebook_accelerator_added_to_the_sdks_list_is_EI0011()
    {
        await Verify.Analyzer(Verify.Usings + """
            class Deploy
            {
                void Run()
                {
                    var request = new CreateNotebookInstanceRequest { AcceleratorTypes = new List<string> { "ml.eia2.medium" } };
                    request.AcceleratorTypes.Add({|EI0011:NotebookInstanceAcceleratorType.MlEia2Large|});
                }
            }
            """, Quiet);
    }
}
