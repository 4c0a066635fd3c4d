namespace EiAnalyzers.Hosts;

/// <summary>
/// The code of a consumer project: a SageMaker deployment with the examples of rules.md (their diagnostics are the
/// expected list), code that uses every generated type, and code that makes the compiler need its own attributes
/// (nullable annotations, <c>in</c> and <c>ref readonly</c> parameters, ref and readonly structs, <c>scoped</c>, <c>nint</c>).
/// </summary>
internal static class ConsumerCode
{
    /// <summary>C# 7.3, so that it compiles in every shape.</summary>
    public const string Deployment = """
        using System.Collections.Generic;
        using Amazon.SageMaker;
        using Amazon.SageMaker.Model;
        using SageMaker.ElasticInference;

        namespace Consumer
        {
            [EiModel("bert-qa", EiFramework.PyTorch, "1.5.1", ArtifactSizeMb = 1300, Notebooks = new[] { "nlp-dev" })]
            internal static partial class BertQa { }

            [EiModel("resnet50", EiFramework.TensorFlow, "2.3", ArtifactSizeMb = 98)]
            internal static partial class Resnet50 { }

            internal static class Deployment
            {
                internal static ProductionVariant TooSmall()
                {
                    return new ProductionVariant
                    {
                        ModelName = BertQa.Name,
                        InstanceType = ProductionVariantInstanceType.MlM5Xlarge,
                        AcceleratorType = "ml.eia1.medium",
                    };
                }

                internal static ProductionVariant OnGpu()
                {
                    return new ProductionVariant
                    {
                        ModelName = Resnet50.Name,
                        InstanceType = ProductionVariantInstanceType.MlG4dnXlarge,
                        AcceleratorType = ProductionVariantAcceleratorType.MlEia2Medium,
                    };
                }

                internal static ProductionVariant Typo()
                {
                    return new ProductionVariant { AcceleratorType = "eia2.large" };
                }

                internal static CreateNotebookInstanceRequest Notebook()
                {
                    return new CreateNotebookInstanceRequest { NotebookInstanceName = "nlp-dev", AcceleratorTypes = new List<string> { "ml.eia2.large" } };
                }

                internal static ProductionVariant FromGeneratedConstants()
                {
                    ProductionVariantAcceleratorType typed = EiAccelerators.Eia2Medium;
                    string text = EiAccelerators.All[0];
                    return new ProductionVariant { ModelName = Resnet50.Name, InstanceType = ProductionVariantInstanceType.MlM5Large, AcceleratorType = Resnet50.SmallestAccelerator };
                }

                internal static int CompatibleRows()
                {
                    var count = 0;
                    foreach (var row in EiCompatibility.Rows)
                    {
                        if (row.IsCompatible && row.Host == EiHost.Endpoint && Resnet50.EiImageUri("us-east-1") != null)
                        {
                            count++;
                        }
                    }

                    return count + BertQa.EndpointAccelerators.Count + BertQa.ArtifactSizeMb;
                }
            }
        }
        """;

    /// <summary>The diagnostics of <see cref="Deployment"/> (file Deployment.cs), in every shape and on every host.</summary>
    public static readonly string[] DeploymentDiagnostics =
    {
        "EI0001 (38,62)",  // "eia2.large": no ml. prefix
        "EI0003 (43,128)", // EI-enabled PyTorch (bert-qa lists nlp-dev) on a notebook
        "EI0004 (22,35)",  // bert-qa's 1300 MiB on eia1.medium's 1 GiB
        "EI0006 (32,35)",  // an accelerator on ml.g4dn.xlarge, a GPU instance
        "EI0013 (22,35)",  // every accelerator: EI reached end of life
        "EI0013 (32,35)",
        "EI0013 (38,62)",
        "EI0013 (43,128)",
        "EI0013 (50,145)",
        "EI0014 (22,35)",  // eia1.medium where eia2.medium has twice the memory
    };

    /// <summary>C# 7.2 and 7.3 features that need IsReadOnlyAttribute, IsByRefLikeAttribute and IsUnmanagedAttribute.</summary>
    public const string Features73 = """
        namespace Consumer
        {
            internal readonly struct Size
            {
                internal Size(int megabytes) { Megabytes = megabytes; }

                internal readonly int Megabytes;
            }

            internal ref struct Span
            {
                internal Span(int length) { Length = length; }

                internal int Length;
            }

            internal static class Features73
            {
                internal static int Twice(in int value) { return value * 2; }

                internal static int SizeOf<T>() where T : unmanaged { return 0; }
            }
        }
        """;

    /// <summary>C# 8 to 12 features that need NullableAttribute, NullableContextAttribute, ScopedRefAttribute, RequiresLocationAttribute, NativeIntegerAttribute and RefSafetyRulesAttribute.</summary>
    public const string FeaturesModern = """
        #nullable enable
        namespace Consumer;

        internal static class FeaturesModern
        {
            internal static string? Describe(string? name, object? value) => name ?? value?.ToString();

            internal static int Read(scoped ref int value) => value;

            internal static int Peek(ref readonly int value) => value;

            internal static nint Native(nint value) => value + 1;

            internal static System.Collections.Generic.List<string?> Names() => new() { null, "a" };
        }
        """;
}
