// The Image Classification built-in algorithm supports Elastic Inference: image-classification:1 with an
// accelerator, declared with [EiModel] so that the generated Name constant ties the variant to it.
using System.Collections.Generic;
using Amazon.SageMaker;
using Amazon.SageMaker.Model;
using SageMaker.ElasticInference;

namespace Corpus.ImageClassificationEi
{
    [EiModel("flowers-classifier", EiFramework.ImageClassification, "1", ArtifactSizeMb = 230)]
    internal static partial class FlowersClassifier { }

    internal static class FlowersRequests
    {
        public static CreateModelRequest Model() => new CreateModelRequest
        {
            ModelName = FlowersClassifier.Name,
            ExecutionRoleArn = "arn:aws:iam::123456789012:role/SageMakerExecution",
            PrimaryContainer = new ContainerDefinition
            {
                Image = "811284229777.dkr.ecr.us-east-1.amazonaws.com/image-classification:1",
                ModelDataUrl = "s3://flowers-123456789012/output/image-classification-2020-06-01/output/model.tar.gz",
            },
        };

        public static CreateEndpointConfigRequest EndpointConfig() => new CreateEndpointConfigRequest
        {
            EndpointConfigName = "flowers-classifier-ei",
            ProductionVariants = new List<ProductionVariant>
            {
                new ProductionVariant
                {
                    VariantName = "AllTraffic",
                    ModelName = FlowersClassifier.Name,
                    InitialInstanceCount = 1,
                    InstanceType = ProductionVariantInstanceType.MlC5Large,
                    AcceleratorType = EiAccelerators.Eia2Medium, // EI0013
                },
            },
        };
    }
}
