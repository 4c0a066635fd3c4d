// GPU and Inferentia endpoints, the hosts AWS recommends instead of Elastic Inference: no accelerator anywhere.
using System.Collections.Generic;
using Amazon.SageMaker;
using Amazon.SageMaker.Model;

namespace Corpus.GpuEndpointsWithoutEi
{
    internal static class AcceleratedHosts
    {
        public static IEnumerable<CreateModelRequest> Models()
        {
            yield return new CreateModelRequest
            {
                ModelName = "gpu-tf-segmenter",
                ExecutionRoleArn = "arn:aws:iam::123456789012:role/SageMakerExecution",
                PrimaryContainer = new ContainerDefinition
                {
                    Image = "763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference:2.11.0-gpu-py39-cu112-ubuntu20.04-sagemaker",
                    ModelDataUrl = "s3://vision-models/segmenter/model.tar.gz",
                },
            };
            yield return new CreateModelRequest
            {
                ModelName = "gpu-pt-summarizer",
                ExecutionRoleArn = "arn:aws:iam::123456789012:role/SageMakerExecution",
                PrimaryContainer = new ContainerDefinition
                {
                    Image = "763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference:2.0.1-gpu-py310",
                    ModelDataUrl = "s3://nlp-models/summarizer/model.tar.gz",
                },
            };
        }

        public static CreateEndpointConfigRequest Config() => new CreateEndpointConfigRequest
        {
            EndpointConfigName = "gpu-endpoints",
            ProductionVariants = new List<ProductionVariant>
            {
                new ProductionVariant
                {
                    VariantName = "segmenter",
                    ModelName = "gpu-tf-segmenter",
                    InitialInstanceCount = 1,
                    InstanceType = ProductionVariantInstanceType.MlG4dnXlarge,
                },
                new ProductionVariant
                {
                    VariantName = "summarizer",
                    ModelName = "gpu-pt-summarizer",
                    InitialInstanceCount = 1,
                    InstanceType = ProductionVariantInstanceType.MlG52xlarge,
                    ContainerStartupHealthCheckTimeoutInSeconds = 600,
                },
                new ProductionVariant
                {
                    VariantName = "neuron",
                    ModelName = "inf-pt-classifier",
                    InitialInstanceCount = 1,
                    InstanceType = ProductionVariantInstanceType.MlInf1Xlarge,
                },
            },
        };
    }
}
