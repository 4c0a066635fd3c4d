// PyTorch 1.5.1 (TorchScript) on its EI image, an ml.m5.xlarge host and an eia2 accelerator; `new X()` with an
// initializer, the accelerator written as a string, and the async client calls with their real signatures.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon;
using Amazon.SageMaker;
using Amazon.SageMaker.Model;

namespace Corpus.PyTorchEiEndpoint
{
    public static class SentimentEndpoint
    {
        public static async Task Main()
        {
            using IAmazonSageMaker client = new AmazonSageMakerClient(RegionEndpoint.USWest2);

            var model = new CreateModelRequest()
            {
                ModelName = "pt-sentiment-ei",
                ExecutionRoleArn = "arn:aws:iam::123456789012:role/SageMakerRole",
                PrimaryContainer = new ContainerDefinition()
                {
                    Image = "763104351884.dkr.ecr.us-west-2.amazonaws.com/pytorch-inference-eia:1.5.1-cpu-py3",
                    ModelDataUrl = "s3://ml-artifacts-123456789012/sentiment/torchscript/model.tar.gz",
                    Environment = new Dictionary<string, string>() { { "SAGEMAKER_PROGRAM", "inference.py" } },
                },
            };
            await client.CreateModelAsync(model);

            var config = new CreateEndpointConfigRequest()
            {
                EndpointConfigName = "pt-sentiment-ei-2020-08",
                ProductionVariants = new List<ProductionVariant>()
                {
                    new ProductionVariant()
                    {
                        VariantName = "primary",
                        ModelName = model.ModelName,
                        InitialInstanceCount = 2,
                        InstanceType = ProductionVariantInstanceType.MlM5Xlarge,
                        AcceleratorType = "ml.eia2.large", // EI0013
                    },
                },
            };
            var created = await client.CreateEndpointConfigAsync(config);
            Console.WriteLine($"Created {created.EndpointConfigArn}");
        }
    }
}
