// A multi-model endpoint: one container in MultiModel mode serving many artifacts under an S3 prefix; no EI.
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.SageMaker;
using Amazon.SageMaker.Model;

namespace Corpus.MultiModelEndpoint
{
    public sealed class TenantModels
    {
        private readonly IAmazonSageMaker client;

        public TenantModels(IAmazonSageMaker client) => this.client = client;

        public async Task CreateAsync()
        {
            await client.CreateModelAsync(new CreateModelRequest
            {
                ModelName = "mme-tenant-forecasts",
                ExecutionRoleArn = "arn:aws:iam::123456789012:role/SageMakerExecution",
                PrimaryContainer = new ContainerDefinition
                {
                    Image = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-scikit-learn:1.2-1-cpu-py3",
                    Mode = ContainerMode.MultiModel,
                    ModelDataUrl = "s3://tenant-models-123456789012/forecasts/",
                },
            });

            await client.CreateEndpointConfigAsync(new CreateEndpointConfigRequest
            {
                EndpointConfigName = "mme-tenant-forecasts",
                ProductionVariants = new List<ProductionVariant>
                {
                    new ProductionVariant
                    {
                        VariantName = "AllTraffic",
                        ModelName = "mme-tenant-forecasts",
                        InitialInstanceCount = 2,
                        InstanceType = ProductionVariantInstanceType.MlC5Xlarge,
                    },
                },
            });
        }
    }
}
