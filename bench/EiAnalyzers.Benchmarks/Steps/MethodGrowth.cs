using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using EiAnalyzers.Benchmarks.Infrastructure;
using EiAnalyzers.Benchmarks.Inputs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EiAnalyzers.Benchmarks.Steps;

/// <summary>One size of <see cref="MethodGrowth"/>: EiAnalyzers' and the floor's callback CPU time (medians), and the diagnostics.</summary>
internal sealed record GrowthPoint(string Library, int Variants, double EiMs, double FloorMs, int Diagnostics, int FileLength);

/// <summary>
/// Part 8 (issue 14, part 2): is the analyzer's cost linear in the size of a method? One method that reuses one local
/// for N variants (<c>variant = new ProductionVariant { ... }; variants.Add(variant);</c> N times; for the CDK, the
/// same with <c>CfnEndpointConfig.ProductionVariantProperty</c> and a construct at the end), in a one-file project
/// with the generator's output. EiAnalyzers and the binding floor (the same block's operation tree, read by nothing)
/// run on the same compilation, interleaved, each inside <see cref="CallbackCpuAnalyzer"/> (the CPU time of its
/// callbacks, which a loaded machine does not inflate as it does wall time); the figure is the median of the runs
/// after one warm-up run.
/// </summary>
internal static class MethodGrowth
{
    public static IReadOnlyList<GrowthPoint> Run(IReadOnlyList<int> sizes, int runs)
    {
        var points = new List<GrowthPoint>();
        foreach (var cdk in new[] { false, true })
        {
            foreach (var size in sizes)
            {
                var text = cdk ? CdkMethod(size) : SdkMethod(size);
                var tree = CSharpSyntaxTree.ParseText(text, Corpus.ParseOptions, path: "/growth/Variants.cs");
                var compilation = Corpus.WithGeneratorOutput(CSharpCompilation.Create("Growth" + size, new[] { tree }, References.SageMaker, Corpus.CompilationOptions));
                Corpus.AssertCompiles(compilation.Clone(), $"The {size}-variant method");
                var ei = new List<double>();
                var floor = new List<double>();
                var diagnostics = 0;
                for (var run = 0; run <= runs; run++)
                {
                    var eiAnalyzer = new CallbackCpuAnalyzer(new ElasticInferenceAnalyzer());
                    var eiResult = AnalyzerRun.Run(compilation.Clone(), eiAnalyzer, AnalysisScope.AnalyzerOnly);
                    var floorResult = AnalyzerRun.Run(compilation.Clone(), new CallbackCpuAnalyzer(new BindingFloorAnalyzer()), AnalysisScope.AnalyzerOnly);
                    if (run > 0)
                    {
                        ei.Add(eiResult.CallbackCpu.TotalMilliseconds);
                        floor.Add(floorResult.CallbackCpu.TotalMilliseconds);
                    }

                    diagnostics = eiResult.Diagnostics;
                }

                var point = new GrowthPoint(cdk ? "CDK" : "SDK", size, Median(ei), Median(floor), diagnostics, text.Length);
                Console.WriteLine($"  {point.Library} {size} variants: EiAnalyzers {point.EiMs:0.0} ms, floor {point.FloorMs:0.0} ms, {diagnostics} diagnostics ({string.Join(", ", ei.Select(t => t.ToString("0")))})");
                points.Add(point);
            }
        }

        return points;
    }

    /// <summary>An SDK method that writes N variants through one local.</summary>
    public static string SdkMethod(int variants)
    {
        var w = new StringBuilder();
        w.Append("using System.Collections.Generic;\nusing Amazon.SageMaker;\nusing Amazon.SageMaker.Model;\n\nnamespace Growth;\n\n");
        w.Append("[SageMaker.ElasticInference.EiModel(\"growth-model\", SageMaker.ElasticInference.EiFramework.TensorFlow, \"2.3\", ArtifactSizeMb = 98)]\ninternal static partial class GrowthModel { }\n\n");
        w.Append("internal static class Endpoints\n{\n    public static CreateEndpointConfigRequest Config()\n    {\n        var variants = new List<ProductionVariant>();\n        ProductionVariant variant;\n");
        for (var i = 0; i < variants; i++)
        {
            w.Append("        variant = new ProductionVariant\n        {\n")
                .Append("            VariantName = \"Variant").Append(i).Append("\",\n")
                .Append("            ModelName = GrowthModel.Name,\n")
                .Append("            InstanceType = ProductionVariantInstanceType.").Append(i % 2 == 0 ? "MlM5Large" : "MlC5Xlarge").Append(",\n")
                .Append("            AcceleratorType = \"").Append(i % 3 == 0 ? "ml.eia2.medium" : i % 3 == 1 ? "ml.eia2.large" : "ml.eia1.large").Append("\",\n")
                .Append("        };\n        variants.Add(variant);\n");
        }

        w.Append("        return new CreateEndpointConfigRequest { EndpointConfigName = \"growth\", ProductionVariants = variants };\n    }\n}\n");
        return w.ToString();
    }

    /// <summary>A CDK stack constructor that writes N variant properties through one local.</summary>
    public static string CdkMethod(int variants)
    {
        var w = new StringBuilder();
        w.Append("using System.Collections.Generic;\nusing Amazon.CDK;\nusing Amazon.CDK.AWS.Sagemaker;\nusing Constructs;\n\nnamespace Growth;\n\n");
        w.Append("[SageMaker.ElasticInference.EiModel(\"growth-model\", SageMaker.ElasticInference.EiFramework.TensorFlow, \"2.3\", ArtifactSizeMb = 98)]\ninternal static partial class GrowthModel { }\n\n");
        w.Append("internal sealed class GrowthStack : Stack\n{\n    public GrowthStack(Construct scope, string id)\n        : base(scope, id)\n    {\n");
        w.Append("        var variants = new List<CfnEndpointConfig.ProductionVariantProperty>();\n        CfnEndpointConfig.ProductionVariantProperty variant;\n");
        for (var i = 0; i < variants; i++)
        {
            w.Append("        variant = new CfnEndpointConfig.ProductionVariantProperty\n        {\n")
                .Append("            VariantName = \"Variant").Append(i).Append("\",\n")
                .Append("            ModelName = GrowthModel.Name,\n")
                .Append("            InitialInstanceCount = 1,\n")
                .Append("            InstanceType = \"").Append(i % 2 == 0 ? "ml.m5.large" : "ml.c5.xlarge").Append("\",\n")
                .Append("            AcceleratorType = \"").Append(i % 3 == 0 ? "ml.eia2.medium" : i % 3 == 1 ? "ml.eia2.large" : "ml.eia1.large").Append("\",\n")
                .Append("        };\n        variants.Add(variant);\n");
        }

        w.Append("        new CfnEndpointConfig(this, \"Config\", new CfnEndpointConfigProps { ProductionVariants = variants.ToArray() });\n    }\n}\n");
        return w.ToString();
    }

    private static double Median(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count == 0 ? double.NaN : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
