using System.Text;

namespace EiAnalyzers.Benchmarks.Inputs;

/// <summary>
/// A SageMaker file of an ordinary project, as the build part's plain project has one in ten: a team's
/// <c>[EiModel]</c> declaration and a deployment class that creates its model, an endpoint configuration with one
/// EI variant (the accelerator written as the generated constant, the model's smallest accelerator, the SDK's
/// constant or a literal) and the endpoint, through the SDK's client; then the team's ordinary code. Correct code,
/// mostly: what a project that builds has (EI0013, end of life, is reported on every accelerator all the same).
/// Nullable annotations are off in this project, and so none are written here.
/// </summary>
internal static class PlainSageMakerCode
{
    private static readonly (string Framework, string Version, int Size, string Image)[] Models =
    {
        ("TensorFlow", "2.3", 98, "763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference-eia:2.3.0-cpu"),
        ("TensorFlow", "1.15", 250, "763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference-eia:1.15.0-cpu"),
        ("MXNet", "1.7.0", 700, "763104351884.dkr.ecr.us-east-1.amazonaws.com/mxnet-inference-eia:1.7.0-cpu-py36-ubuntu16.04"),
        ("PyTorch", "1.5.1", 1300, "763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference-eia:1.5.1-cpu-py36-ubuntu16.04"),
    };

    private static readonly string[] InstanceTypes = { "MlM5Large", "MlM5Xlarge", "MlC5Large", "MlC5Xlarge" };

    public static string File(int seed, int index)
    {
        var rng = Rng.For(seed, index);
        var (framework, version, size, image) = rng.Pick(Models);
        var model = "Model" + index;
        var name = "model-" + index;
        var accelerator = rng.Next(4) switch
        {
            0 => "EiAccelerators.Eia2Large",
            1 => model + ".SmallestAccelerator",
            2 => "ProductionVariantAcceleratorType.MlEia2Large",
            _ => "\"ml.eia2.large\"",
        };
        var w = new StringBuilder(8 * 1024);
        w.Append($$"""
            using System;
            using System.Collections.Generic;
            using System.ComponentModel;
            using System.Diagnostics;
            using System.Globalization;
            using System.Linq;
            using System.Text;
            using System.Threading;
            using System.Threading.Tasks;
            using Amazon.SageMaker;
            using Amazon.SageMaker.Model;
            using SageMaker.ElasticInference;

            namespace Contoso.Inference.Team{{index}};

            [EiModel("{{name}}", EiFramework.{{framework}}, "{{version}}", ArtifactSizeMb = {{size}})]
            internal static partial class {{model}}
            {
            }

            public sealed class Deployment{{index}}
            {
                private readonly IAmazonSageMaker client;

                public Deployment{{index}}(IAmazonSageMaker client)
                {
                    this.client = client ?? throw new ArgumentNullException(nameof(client));
                }

                public string EndpointName { get; set; } = "{{name}}";

                public async Task DeployAsync(string executionRole, CancellationToken cancellationToken)
                {
                    await client.CreateModelAsync(new CreateModelRequest
                    {
                        ModelName = {{model}}.Name,
                        ExecutionRoleArn = executionRole,
                        PrimaryContainer = new ContainerDefinition
                        {
                            Image = "{{image}}",
                            ModelDataUrl = "s3://models/{{name}}/model.tar.gz",
                        },
                    }, cancellationToken).ConfigureAwait(false);

                    var variant = new ProductionVariant
                    {
                        VariantName = "AllTraffic",
                        ModelName = {{model}}.Name,
                        InitialInstanceCount = {{rng.Next(1, 4)}},
                        InstanceType = ProductionVariantInstanceType.{{rng.Pick(InstanceTypes)}},
                        AcceleratorType = {{accelerator}},
                    };
                    await client.CreateEndpointConfigAsync(new CreateEndpointConfigRequest
                    {
                        EndpointConfigName = EndpointName + "-config",
                        ProductionVariants = new List<ProductionVariant> { variant },
                    }, cancellationToken).ConfigureAwait(false);

                    await client.CreateEndpointAsync(new CreateEndpointRequest
                    {
                        EndpointName = EndpointName,
                        EndpointConfigName = EndpointName + "-config",
                    }, cancellationToken).ConfigureAwait(false);
                }
            }


            """);
        OrdinaryCode.Write(w, rng, "Team" + index + "Report", marker: false);
        return w.ToString();
    }
}
