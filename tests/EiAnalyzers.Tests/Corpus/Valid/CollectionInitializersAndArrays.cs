// Variants collected with collection initializers on the property itself (the v3 idiom), arrays, new List<T>(array)
// and new[] { ... }; an A/B test of two TensorFlow models, each on its own accelerator.
using System.Collections.Generic;
using System.Linq;
using Amazon.SageMaker;
using Amazon.SageMaker.Model;

namespace Corpus.CollectionInitializersAndArrays
{
    public static class AbTest
    {
        public static CreateModelRequest[] Models() => new[]
        {
            new CreateModelRequest
            {
                ModelName = "ab-tf-ranker-a",
                ExecutionRoleArn = "arn:aws:iam::123456789012:role/SageMakerExecution",
                Containers = new List<ContainerDefinition>
                {
                    new ContainerDefinition { Image = "763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference-eia:1.15.0-cpu", ModelDataUrl = "s3://ranker/a/model.tar.gz" },
                },
            },
            new CreateModelRequest
            {
                ModelName = "ab-tf-ranker-b",
                ExecutionRoleArn = "arn:aws:iam::123456789012:role/SageMakerExecution",
                PrimaryContainer = new ContainerDefinition { Image = "763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference-eia:2.3.0-cpu", ModelDataUrl = "s3://ranker/b/model.tar.gz" },
            },
        };

        public static CreateEndpointConfigRequest Config()
        {
            var variants = new[]
            {
                new ProductionVariant
                {
                    VariantName = "A",
                    ModelName = "ab-tf-ranker-a",
                    InitialInstanceCount = 1,
                    InitialVariantWeight = 0.5f,
                    InstanceType = ProductionVariantInstanceType.MlC5Xlarge,
                    AcceleratorType = ProductionVariantAcceleratorType.MlEia2Medium, // EI0013
                },
                new ProductionVariant
                {
                    VariantName = "B",
                    ModelName = "ab-tf-ranker-b",
                    InitialInstanceCount = 1,
                    InitialVariantWeight = 0.5f,
                    InstanceType = ProductionVariantInstanceType.MlC5Xlarge,
                    AcceleratorType = ProductionVariantAcceleratorType.MlEia2Large, // EI0013
                },
            };
            return new CreateEndpointConfigRequest { EndpointConfigName = "ab-tf-ranker", ProductionVariants = new List<ProductionVariant>(variants) };
        }

        public static CreateEndpointConfigRequest Baseline() => new CreateEndpointConfigRequest
        {
            EndpointConfigName = "ab-baseline",
            ProductionVariants =
            {
                new ProductionVariant { VariantName = "baseline", ModelName = "ab-linear-baseline", InitialInstanceCount = 1, InstanceType = ProductionVariantInstanceType.MlM5Large },
            },
        };

        public static IEnumerable<string> VariantNames() => Config().ProductionVariants.Select(v => v.VariantName);
    }
}
