// The Object Detection built-in algorithm with Elastic Inference in us-west-2 (its regional account), the model
// created and served in one method with the same name string.
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon;
using Amazon.SageMaker;
using Amazon.SageMaker.Model;

namespace Corpus.ObjectDetectionEiWestRegion
{
    public static class Detector
    {
        public static async Task DeployAsync()
        {
            const string name = "od-ssd-vgg16-ei";
            using var client = new AmazonSageMakerClient(RegionEndpoint.USWest2);
            await client.CreateModelAsync(new CreateModelRequest
            {
                ModelName = name,
                ExecutionRoleArn = "arn:aws:iam::123456789012:role/SageMakerExecution",
                PrimaryContainer = new ContainerDefinition
                {
                    Image = "433757028032.dkr.ecr.us-west-2.amazonaws.com/object-detection:1",
                    ModelDataUrl = "s3://detections-123456789012/ssd/output/model.tar.gz",
                },
            });

            await client.CreateEndpointConfigAsync(new CreateEndpointConfigRequest
            {
                EndpointConfigName = name,
                ProductionVariants = new List<ProductionVariant>
                {
                    new ProductionVariant
                    {
                        VariantName = "AllTraffic",
                        ModelName = name,
                        InitialInstanceCount = 1,
                        InstanceType = "ml.c5.2xlarge",
                        AcceleratorType = "ml.eia2.xlarge", // EI0013
                    },
                },
            });
        }
    }
}
