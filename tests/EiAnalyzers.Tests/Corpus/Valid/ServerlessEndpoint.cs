// A serverless variant (a Hugging Face model): no instance type, no accelerator; an explicit null accelerator too.
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.SageMaker;
using Amazon.SageMaker.Model;

namespace Corpus.ServerlessEndpoint
{
    public static class ServerlessSentiment
    {
        public static async Task CreateAsync(IAmazonSageMaker client)
        {
            await client.CreateModelAsync(new CreateModelRequest
            {
                ModelName = "serverless-distilbert",
                ExecutionRoleArn = "arn:aws:iam::123456789012:role/SageMakerExecution",
                PrimaryContainer = new ContainerDefinition
                {
                    Image = "763104351884.dkr.ecr.us-east-1.amazonaws.com/huggingface-pytorch-inference:1.13.1-transformers4.26.0-cpu-py39-ubuntu20.04",
                    Environment = new Dictionary<string, string>
                    {
                        ["HF_MODEL_ID"] = "distilbert-base-uncased-finetuned-sst-2-english",
                        ["HF_TASK"] = "text-classification",
                    },
                },
            });

            await client.CreateEndpointConfigAsync(new CreateEndpointConfigRequest
            {
                EndpointConfigName = "serverless-distilbert",
                ProductionVariants = new List<ProductionVariant>
                {
                    new ProductionVariant
                    {
                        VariantName = "AllTraffic",
                        ModelName = "serverless-distilbert",
                        ServerlessConfig = new ProductionVariantServerlessConfig
                        {
                            MemorySizeInMB = 3072,
                            MaxConcurrency = 10,
                            ProvisionedConcurrency = 1,
                        },
                        AcceleratorType = null,
                    },
                },
            });
        }
    }
}
