// Target-typed new() at every level: the request, its list, the variants and the container.
using System.Collections.Generic;
using Amazon.SageMaker;
using Amazon.SageMaker.Model;

namespace Corpus.TargetTypedNew
{
    internal sealed class MxNetRecommender
    {
        public CreateModelRequest Model { get; } = new()
        {
            ModelName = "tt-mxnet-recommender",
            ExecutionRoleArn = "arn:aws:iam::123456789012:role/SageMakerExecution",
            PrimaryContainer = new()
            {
                Image = "763104351884.dkr.ecr.us-west-2.amazonaws.com/mxnet-inference-eia:1.7.0-cpu-py36-ubuntu16.04",
                ModelDataUrl = "s3://recommender-123456789012/mxnet/model.tar.gz",
            },
        };

        public CreateEndpointConfigRequest Config()
        {
            CreateEndpointConfigRequest request = new()
            {
                EndpointConfigName = "tt-mxnet-recommender",
                ProductionVariants = new()
                {
                    new()
                    {
                        VariantName = "AllTraffic",
                        ModelName = "tt-mxnet-recommender",
                        InitialInstanceCount = 1,
                        InstanceType = ProductionVariantInstanceType.MlM5Large,
                        AcceleratorType = ProductionVariantAcceleratorType.MlEia2Medium, // EI0013
                    },
                },
            };
            return request;
        }

        public ProductionVariant Canary() => new()
        {
            VariantName = "canary",
            ModelName = "tt-linear-baseline",
            InitialInstanceCount = 1,
            InitialVariantWeight = 0.05f,
            InstanceType = new ProductionVariantInstanceType("ml.c5.large"),
        };
    }
}
