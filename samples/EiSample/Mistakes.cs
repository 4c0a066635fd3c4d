using System.Collections.Generic;
using Amazon.SageMaker;
using Amazon.SageMaker.Model;
using SageMaker.ElasticInference;

namespace EiSample;

/// <summary>
/// The mistakes real SageMaker code makes with Elastic Inference, each on purpose. The API accepts every one of these
/// requests; the endpoint fails minutes later. EiAnalyzers reports them as the code is written.
/// </summary>
internal static class Mistakes
{
    public static IEnumerable<object> Requests()
    {
        // EI0001: no 'ml.' prefix.
        yield return new ProductionVariant { ModelName = Resnet50.Name, InstanceType = ProductionVariantInstanceType.MlC5Xlarge, AcceleratorType = "eia2.large" };

        // EI0004, EI0014: 1300 MiB of BERT on a 1 GiB eia1.medium.
        yield return new ProductionVariant { ModelName = BertQa.Name, InstanceType = ProductionVariantInstanceType.MlM5Xlarge, AcceleratorType = "ml.eia1.medium" };

        // EI0006: an accelerator on a GPU instance.
        yield return new ProductionVariant { ModelName = Resnet50.Name, InstanceType = ProductionVariantInstanceType.MlG4dnXlarge, AcceleratorType = ProductionVariantAcceleratorType.MlEia2Medium };

        // EI0002: XGBoost has no EI build (copied from an AWS example that used EI with TensorFlow).
        yield return new ProductionVariant { ModelName = Churn.Name, InstanceType = ProductionVariantInstanceType.MlM5Large, AcceleratorType = EiAccelerators.Eia2Medium };

        // EI0003: BERT is PyTorch, and EI-enabled PyTorch does not run on notebook instances.
        yield return new CreateNotebookInstanceRequest
        {
            NotebookInstanceName = "nlp-dev",
            InstanceType = InstanceType.MlT3Medium,
            AcceleratorTypes = new List<string> { "ml.eia2.medium" },
        };

        // EI0011: two accelerators on one notebook.
        yield return new CreateNotebookInstanceRequest
        {
            NotebookInstanceName = "vision-dev",
            InstanceType = InstanceType.MlT3Medium,
            AcceleratorTypes = new List<string> { "ml.eia2.medium", "ml.eia2.large" },
        };

        // EI0009, EI0007: the regular PyTorch image does not use the accelerator, and 1.8.1 has no EI build at all.
        yield return new CreateModelRequest
        {
            ModelName = "sentiment",
            PrimaryContainer = new ContainerDefinition { Image = "763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference:1.8.1-cpu-py36-ubuntu18.04" },
        };
        yield return new ProductionVariant { ModelName = "sentiment", InstanceType = ProductionVariantInstanceType.MlC5Xlarge, AcceleratorType = "ml.eia2.medium" };

        // EI0010: asynchronous inference excludes Elastic Inference.
        yield return new CreateEndpointConfigRequest
        {
            EndpointConfigName = "resnet50-async",
            AsyncInferenceConfig = new AsyncInferenceConfig { OutputConfig = new AsyncInferenceOutputConfig { S3OutputPath = "s3://models/async/" } },
            ProductionVariants = new List<ProductionVariant>
            {
                new ProductionVariant { ModelName = Resnet50.Name, InstanceType = ProductionVariantInstanceType.MlC5Xlarge, AcceleratorType = "ml.eia2.medium" },
            },
        };
    }
}
