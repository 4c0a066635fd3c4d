using System.Threading.Tasks;
using EiAnalyzers.CodeFixes;
using EiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace EiAnalyzers.Tests.CodeFixes;

/// <summary>
/// EI0008 and EI0016: the image switches to the build of the same framework version for the host's processor (no fix
/// ever adds Elastic Inference back).
/// </summary>
public class SwitchImageCodeFixTests
{
    [Theory]
    [Libraries]
    public async Task EI0008_switches_an_ei_image_to_the_build_for_the_hosts_processor(Library library)
    {
        const string model = """
            [EiModel("vision", EiFramework.TensorFlow, "2.3", ArtifactSizeMb = 1500)]
            internal static partial class Vision { }


            """;
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            library.Program(
                $$"""
                {{library.Model("vision", "\"763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference-eia:2.3.0-cpu\"", name: "Vision.Name")}}
                {{library.Variant(model: "{|EI0008:Vision.Name|}", instanceType: library.Host("ml.c5.xlarge"))}};
                {{library.Model("torch", "\"763104351884.dkr.ecr.eu-west-1.amazonaws.com/pytorch-inference-eia:1.3.1-cpu-py3\"", name: "\"qa\"")}}
                var other = {{library.Variant(instanceType: "\"ml.g4dn.xlarge\"")}};
                other.ModelName = {|EI0008:{{library.ModelNameOf("torch")}}|};
                """,
                model),
            library.Program(
                $$"""
                {{library.Model("vision", "\"763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference:2.3.0-cpu\"", name: "Vision.Name")}}
                {{library.Variant(model: "Vision.Name", instanceType: library.Host("ml.c5.xlarge"))}};
                {{library.Model("torch", "\"763104351884.dkr.ecr.eu-west-1.amazonaws.com/pytorch-inference:1.3.1-gpu-py3\"", name: "\"qa\"")}}
                var other = {{library.Variant(instanceType: "\"ml.g4dn.xlarge\"")}};
                other.ModelName = {{library.ModelNameOf("torch")}};
                """,
                model),
            reportedByBuild: true);
    }

    [Theory]
    [Libraries]
    public async Task EI0008_switches_the_image_of_a_model_tied_by_its_object(Library library)
    {
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            library.Program(
                library.Model("model", "\"763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference-eia:2.3.0-cpu\"") + "\n"
                + library.Variant(model: "{|EI0008:" + library.ModelNameOf("model") + "|}", instanceType: "\"ml.c5.xlarge\"") + ";"),
            library.Program(
                library.Model("model", "\"763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference:2.3.0-cpu\"") + "\n"
                + library.Variant(model: library.ModelNameOf("model"), instanceType: "\"ml.c5.xlarge\"") + ";"));
    }

    [Theory]
    [Libraries]
    public async Task EI0016_reports_a_gpu_image_on_a_cpu_host_as_an_error_and_a_cpu_image_on_a_gpu_host_as_a_warning_and_switches_them(Library library)
    {
        await Verify.Fix<ElasticInferenceCodeFixProvider>(
            library.Program($$"""
                {{library.Model("gpuImage", "{|EI0016:\"763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference:1.5.1-gpu-py36-cu101-ubuntu16.04\"|}", name: "\"a\"")}}
                {{library.Variant(model: library.ModelNameOf("gpuImage"), instanceType: "\"ml.m5.large\"")}};
                {{library.Model("cpuImage", "{|EI0016:\"763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference:2.3.0-cpu\"|}", name: "\"b\"")}}
                {{library.Variant(model: library.ModelNameOf("cpuImage"), instanceType: "\"ml.g4dn.xlarge\"")}};
                """),
            library.Program($$"""
                {{library.Model("gpuImage", "\"763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference:1.5.1-cpu-py36-ubuntu16.04\"", name: "\"a\"")}}
                {{library.Variant(model: library.ModelNameOf("gpuImage"), instanceType: "\"ml.m5.large\"")}};
                {{library.Model("cpuImage", "\"763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference:2.3.0-gpu\"", name: "\"b\"")}}
                {{library.Variant(model: library.ModelNameOf("cpuImage"), instanceType: "\"ml.g4dn.xlarge\"")}};
                """));
    }

    [Theory]
    [Libraries]
    public async Task EI0016_severity_follows_the_case(Library library)
    {
        await Verify.Analyzer(
            library.Program($$"""
                {{library.Model("gpuImage", "{|#0:\"763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference:2.3.0-gpu\"|}", name: "\"a\"")}}
                {{library.Variant(model: library.ModelNameOf("gpuImage"), instanceType: "\"ml.c5.large\"")}};
                {{library.Model("cpuImage", "{|#1:\"763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference:2.3.0-cpu\"|}", name: "\"b\"")}}
                {{library.Variant(model: library.ModelNameOf("cpuImage"), instanceType: "\"ml.p3.2xlarge\"")}};
                """),
            null,
            Verify.Diagnostic("EI0016").WithLocation(0).WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Error)
                .WithOptions(Microsoft.CodeAnalysis.Testing.DiagnosticOptions.IgnoreAdditionalLocations),
            Verify.Diagnostic("EI0016").WithLocation(1).WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
                .WithOptions(Microsoft.CodeAnalysis.Testing.DiagnosticOptions.IgnoreAdditionalLocations));
    }
}
