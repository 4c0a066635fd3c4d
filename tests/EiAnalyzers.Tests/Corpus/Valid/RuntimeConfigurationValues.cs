// Values only known at run time: environment variables, a configuration dictionary and method parameters.
// Nothing about them is known at compile time, so nothing is reported but the end of life where an accelerator is set.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.SageMaker;
using Amazon.SageMaker.Model;

namespace Corpus.RuntimeConfigurationValues
{
    public sealed class ConfiguredDeployer
    {
        private readonly IReadOnlyDictionary<string, string> configuration;
        private readonly IAmazonSageMaker client;

        public ConfiguredDeployer(IReadOnlyDictionary<string, string> configuration, IAmazonSageMaker client)
        {
            this.configuration = configuration;
            this.client = client;
        }

        public async Task DeployAsync(string modelName, int instanceCount)
        {
            var image = Environment.GetEnvironmentVariable("INFERENCE_IMAGE") ?? configuration["SageMaker:Image"];
            await client.CreateModelAsync(new CreateModelRequest
            {
                ModelName = modelName,
                ExecutionRoleArn = configuration["SageMaker:RoleArn"],
                PrimaryContainer = new ContainerDefinition { Image = image, ModelDataUrl = configuration["SageMaker:ModelData"] },
            });

            var variant = new ProductionVariant
            {
                VariantName = configuration.TryGetValue("SageMaker:Variant", out var name) ? name : "AllTraffic",
                ModelName = modelName,
                InitialInstanceCount = instanceCount,
                InstanceType = configuration["SageMaker:InstanceType"],
            };

            var accelerator = Environment.GetEnvironmentVariable("SAGEMAKER_ACCELERATOR_TYPE");
            if (!string.IsNullOrEmpty(accelerator))
            {
                variant.AcceleratorType = accelerator; // EI0013
            }

            await client.CreateEndpointConfigAsync(new CreateEndpointConfigRequest
            {
                EndpointConfigName = $"{modelName}-{instanceCount}",
                ProductionVariants = new List<ProductionVariant> { variant },
            });
        }
    }
}
