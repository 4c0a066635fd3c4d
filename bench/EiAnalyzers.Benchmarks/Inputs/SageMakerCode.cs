using System.Collections.Generic;
using System.Text;

namespace EiAnalyzers.Benchmarks.Inputs;

/// <summary>
/// A file of SageMaker deployment code, as a team that serves models with Elastic Inference writes it: an
/// <c>[EiModel]</c> declaration, SDK requests that set the accelerator in every value form the analyzer reads (literals,
/// consts, locals, static readonly fields, ConstantClass fields, <c>new X("...")</c>, <c>X.FindValue("...")</c>,
/// <c>EiAccelerators.*</c>, the generated <c>Name</c> and <c>SmallestAccelerator</c>, object and collection
/// initializers, assignments after construction, <c>Add</c> calls, run-time values), notebooks with
/// <c>AcceleratorTypes</c> lists, <c>CreateModelRequest</c> with images, and in every other file a CDK stack; then some
/// ordinary code, since such a file is never only SageMaker.
/// </summary>
internal static class SageMakerCode
{
    private static readonly (string Framework, string Version, string Image)[] Frameworks =
    {
        ("TensorFlow", "2.3", "763104351884.dkr.ecr.{Region}.amazonaws.com/tensorflow-inference-eia:2.3.0-cpu"),
        ("TensorFlow", "1.15", "763104351884.dkr.ecr.{Region}.amazonaws.com/tensorflow-inference-eia:1.15.0-cpu"),
        ("MXNet", "1.7.0", "763104351884.dkr.ecr.{Region}.amazonaws.com/mxnet-inference-eia:1.7.0-cpu-py36-ubuntu16.04"),
        ("PyTorch", "1.5.1", "763104351884.dkr.ecr.{Region}.amazonaws.com/pytorch-inference-eia:1.5.1-cpu-py36-ubuntu16.04"),
        ("PyTorch", "1.8.1", "763104351884.dkr.ecr.{Region}.amazonaws.com/pytorch-inference:1.8.1-cpu-py36-ubuntu18.04"),
        ("XGBoost", "1.7", "683313688378.dkr.ecr.{Region}.amazonaws.com/sagemaker-xgboost:1.7-1"),
        ("ImageClassification", "1", "811284229777.dkr.ecr.{Region}.amazonaws.com/image-classification:1"),
    };

    private static readonly string[] Accelerators =
    {
        "ml.eia2.medium", "ml.eia2.large", "ml.eia2.xlarge", "ml.eia1.medium", "ml.eia1.large", "ml.eia1.xlarge",
        "ml.eia2.medium", "ml.eia2.large", "eia2.large", "ml.eia.medium",
    };

    private static readonly string[] SdkAcceleratorFields = { "MlEia2Medium", "MlEia2Large", "MlEia2Xlarge", "MlEia1Medium", "MlEia1Large", "MlEia1Xlarge" };

    private static readonly string[] GeneratedAcceleratorFields = { "Eia2Medium", "Eia2Large", "Eia2Xlarge", "Eia1Medium", "Eia1Large", "Eia1Xlarge" };

    private static readonly string[] InstanceTypes = { "MlC5Xlarge", "MlM5Large", "MlM5Xlarge", "MlC5Large", "MlC5Xlarge", "MlM5Large", "MlG4dnXlarge", "MlInf1Xlarge" };

    private static readonly string[] CdkInstanceTypes = { "ml.c5.xlarge", "ml.m5.large", "ml.m5.xlarge", "ml.g4dn.xlarge" };

    private static readonly string[] Regions = { "us-east-1", "us-west-2", "eu-west-1", "ap-northeast-1", "sa-east-1" };

    /// <summary>The number of variant value forms <see cref="Variant"/> writes.</summary>
    public const int VariantForms = 11;

    public static string File(int seed, int index)
    {
        var rng = Rng.For(seed, index);
        var cdk = index % 20 == 0;
        var fw = rng.Pick(Frameworks);
        var size = rng.Pick(new[] { 20, 98, 250, 700, 1300, 2500, 3900 });
        var model = "Model" + index;
        var name = "model-" + index;
        var notebook = "nb-" + index;
        var region = rng.Pick(Regions);

        var w = new StringBuilder(12 * 1024);
        w.Append("""
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

            """);
        if (cdk)
        {
            w.Append("""
                using Amazon.CDK;
                using Amazon.CDK.AWS.Sagemaker;
                using Constructs;

                """);
        }

        var notebooks = rng.Chance(40) ? $", Notebooks = new[] {{ \"{notebook}\" }}" : "";
        w.Append($$"""

            namespace Contoso.MachineLearning.Team{{index}};

            // The model this team serves ({{Corpus.DeclarationMarker}}).
            [EiModel("{{name}}", EiFramework.{{fw.Framework}}, "{{fw.Version}}", ArtifactSizeMb = {{size}}{{notebooks}})]
            internal static partial class {{model}}
            {
                // Owned by team {{index}}.
            }

            internal static class Deployment{{index}}
            {
                private const string Region = "{{region}}";
                private const string ConstAccelerator = "{{rng.Pick(Accelerators)}}";
                private static readonly string DefaultAccelerator = "{{rng.Pick(Accelerators)}}";
                private static readonly ProductionVariantAcceleratorType FieldAccelerator = ProductionVariantAcceleratorType.{{rng.Pick(SdkAcceleratorFields)}};

                public static CreateModelRequest Model() => new CreateModelRequest
                {
                    ModelName = {{model}}.Name,
                    ExecutionRoleArn = "arn:aws:iam::123456789012:role/SageMakerExecution",
                    PrimaryContainer = new ContainerDefinition
                    {
                        Image = ${{"\"" + fw.Image + "\""}},
                        ModelDataUrl = "s3://models/{{name}}/model.tar.gz",
                    },
                };

                public static CreateModelRequest MultiModel()
                {
                    var request = new CreateModelRequest { ModelName = "{{name}}-multi" };
                    request.Containers = new List<ContainerDefinition>
                    {
                        new ContainerDefinition { Image = "{{fw.Image.Replace("{Region}", region)}}", Mode = ContainerMode.MultiModel },
                    };
                    return request;
                }


            """);

        // Variants: a few of the value forms in each file; across the corpus, all of them, evenly.
        var forms = new List<int>();
        for (var k = 0; k < 5; k++)
        {
            forms.Add((index / 10 + k * 2 + rng.Next(2)) % VariantForms);
        }

        for (var k = 0; k < forms.Count; k++)
        {
            Variant(w, rng, forms[k], k, model, name);
        }

        w.Append($$"""
                public static CreateEndpointConfigRequest EndpointConfig(bool asynchronous)
                {
                    var variants = new List<ProductionVariant>();
                    variants.Add(Variant0());
                    variants.Add(new ProductionVariant
                    {
                        VariantName = "Canary",
                        ModelName = "{{name}}",
                        InitialInstanceCount = 1,
                        InstanceType = ProductionVariantInstanceType.{{rng.Pick(InstanceTypes)}},
                        AcceleratorType = ProductionVariantAcceleratorType.{{rng.Pick(SdkAcceleratorFields)}},
                    });
                    var request = new CreateEndpointConfigRequest
                    {
                        EndpointConfigName = "{{name}}-config",
                        ProductionVariants = variants,
                    };
                    if (asynchronous)
                    {
                        request.AsyncInferenceConfig = new AsyncInferenceConfig { OutputConfig = new AsyncInferenceOutputConfig { S3OutputPath = "s3://async/{{name}}/" } };
                    }

                    return request;
                }

                public static CreateNotebookInstanceRequest Notebook() => new CreateNotebookInstanceRequest
                {
                    NotebookInstanceName = "{{notebook}}",
                    InstanceType = InstanceType.MlT3Medium,
                    RoleArn = "arn:aws:iam::123456789012:role/SageMakerExecution",
                    AcceleratorTypes = new List<string> { "{{rng.Pick(Accelerators)}}"{{(rng.Chance(20) ? ", \"ml.eia2.large\"" : "")}} },
                };

                public static UpdateNotebookInstanceRequest UpdateNotebook()
                {
                    var request = new UpdateNotebookInstanceRequest { NotebookInstanceName = "{{notebook}}" };
                    request.AcceleratorTypes = new List<string>();
                    request.AcceleratorTypes.Add(NotebookInstanceAcceleratorType.{{rng.Pick(SdkAcceleratorFields)}});
                    return request;
                }

                public static async Task DeployAsync(IAmazonSageMaker client, CancellationToken cancellationToken)
                {
                    await client.CreateModelAsync(Model(), cancellationToken).ConfigureAwait(false);
                    await client.CreateEndpointConfigAsync(EndpointConfig(asynchronous: false), cancellationToken).ConfigureAwait(false);
                    await client.CreateEndpointAsync(new CreateEndpointRequest { EndpointName = "{{name}}", EndpointConfigName = "{{name}}-config" }, cancellationToken).ConfigureAwait(false);
                    await client.CreateNotebookInstanceAsync(Notebook(), cancellationToken).ConfigureAwait(false);
                }
            }


            """);

        if (cdk)
        {
            Stack(w, rng, index, model, name);
        }

        OrdinaryCode.Write(w, rng, "Team" + index + "Report", marker: false);
        return w.ToString();
    }

    /// <summary>A method <c>Variant{k}</c> returning a <c>ProductionVariant</c> whose accelerator is written in value form <paramref name="form"/>.</summary>
    private static void Variant(StringBuilder w, Rng rng, int form, int k, string model, string name)
    {
        var instance = "ProductionVariantInstanceType." + rng.Pick(InstanceTypes);
        var accelerator = rng.Pick(Accelerators);
        var modelName = rng.Chance(60) ? model + ".Name" : "\"" + name + "\"";
        string Initializer(string value) => $$"""
                    public static ProductionVariant Variant{{k}}() => new ProductionVariant
                    {
                        VariantName = "Variant{{k}}",
                        ModelName = {{modelName}},
                        InitialInstanceCount = {{rng.Next(1, 4)}},
                        InstanceType = {{instance}},
                        AcceleratorType = {{value}},
                    };


            """;

        switch (form)
        {
            case 0: // literal in an object initializer
                w.Append(Initializer("\"" + accelerator + "\""));
                break;
            case 1: // const
                w.Append(Initializer("ConstAccelerator"));
                break;
            case 2: // local
                w.Append($$"""
                        public static ProductionVariant Variant{{k}}()
                        {
                            var accelerator = "{{accelerator}}";
                            return new ProductionVariant { VariantName = "Variant{{k}}", ModelName = {{modelName}}, InstanceType = {{instance}}, AcceleratorType = accelerator };
                        }


                    """);
                break;
            case 3: // static readonly fields (a string, and a ConstantClass)
                w.Append(Initializer(rng.Chance(50) ? "DefaultAccelerator" : "FieldAccelerator"));
                break;
            case 4: // ConstantClass field
                w.Append(Initializer("ProductionVariantAcceleratorType." + rng.Pick(SdkAcceleratorFields)));
                break;
            case 5: // new X("...")
                w.Append(Initializer($"new ProductionVariantAcceleratorType(\"{accelerator}\")"));
                break;
            case 6: // X.FindValue("...")
                w.Append(Initializer($"ProductionVariantAcceleratorType.FindValue(\"{accelerator}\")"));
                break;
            case 7: // the generated constants
                w.Append(Initializer("EiAccelerators." + rng.Pick(GeneratedAcceleratorFields)));
                break;
            case 8: // the generated model constants
                w.Append(Initializer(model + ".SmallestAccelerator"));
                break;
            case 9: // assignments after construction
                w.Append($$"""
                        public static ProductionVariant Variant{{k}}()
                        {
                            var variant = new ProductionVariant();
                            variant.VariantName = "Variant{{k}}";
                            variant.ModelName = {{modelName}};
                            variant.InstanceType = {{instance}};
                            if (DateTime.UtcNow.Hour > 12)
                            {
                                variant.AcceleratorType = "{{accelerator}}";
                            }
                            else
                            {
                                variant.AcceleratorType = ProductionVariantAcceleratorType.{{rng.Pick(SdkAcceleratorFields)}};
                            }

                            return variant;
                        }


                    """);
                break;
            default: // only known at run time
                w.Append(Initializer("System.Environment.GetEnvironmentVariable(\"ACCELERATOR\")"));
                break;
        }
    }

    private static void Stack(StringBuilder w, Rng rng, int index, string model, string name)
    {
        w.Append($$"""
            internal sealed class InferenceStack{{index}} : Stack
            {
                public InferenceStack{{index}}(Construct scope, string id, IStackProps? props = null)
                    : base(scope, id, props)
                {
                    var model = new CfnModel(this, "Model", new CfnModelProps
                    {
                        ModelName = {{model}}.Name,
                        ExecutionRoleArn = "arn:aws:iam::123456789012:role/SageMakerExecution",
                        PrimaryContainer = new CfnModel.ContainerDefinitionProperty
                        {
                            Image = "{{rng.Pick(Frameworks).Image.Replace("{Region}", "us-east-1")}}",
                            ModelDataUrl = "s3://models/{{name}}/model.tar.gz",
                        },
                    });

                    new CfnEndpointConfig(this, "Config", new CfnEndpointConfigProps
                    {
                        ProductionVariants = new[]
                        {
                            new CfnEndpointConfig.ProductionVariantProperty
                            {
                                VariantName = "AllTraffic",
                                ModelName = model.AttrModelName,
                                InitialInstanceCount = 1,
                                InitialVariantWeight = 1,
                                InstanceType = "{{rng.Pick(CdkInstanceTypes)}}",
                                AcceleratorType = {{(rng.Chance(50) ? "EiAccelerators." + rng.Pick(GeneratedAcceleratorFields) : "\"" + rng.Pick(Accelerators) + "\"")}},
                            },
                        },
                    });

                    new CfnNotebookInstance(this, "Lab", new CfnNotebookInstanceProps
                    {
                        NotebookInstanceName = "lab-{{index}}",
                        InstanceType = "ml.t3.medium",
                        RoleArn = "arn:aws:iam::123456789012:role/SageMakerExecution",
                        AcceleratorTypes = new[] { "{{rng.Pick(Accelerators)}}" },
                    });
                }
            }


            """);
    }
}
