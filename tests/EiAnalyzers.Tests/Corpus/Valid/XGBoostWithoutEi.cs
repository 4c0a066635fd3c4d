// The XGBoost built-in container on a CPU endpoint: no Elastic Inference anywhere.
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.SageMaker;
using Amazon.SageMaker.Model;

namespace Corpus.XGBoostWithoutEi
{
    public static class ChurnModel
    {
        public static async Task PublishAsync(IAmazonSageMaker client, string trainingJobOutput, CancellationToken cancellationToken = default)
        {
            await client.CreateModelAsync(
                new CreateModelRequest
                {
                    ModelName = "xgb-customer-churn",
                    ExecutionRoleArn = "arn:aws:iam::123456789012:role/SageMakerExecution",
                    PrimaryContainer = new ContainerDefinition
                    {
                        Image = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1",
                        ModelDataUrl = trainingJobOutput,
                        Environment = new Dictionary<string, string> { ["SAGEMAKER_CONTAINER_LOG_LEVEL"] = "20" },
                    },
                },
                cancellationToken);

            await client.CreateEndpointConfigAsync(
                new CreateEndpointConfigRequest
                {
                    EndpointConfigName = "xgb-customer-churn",
                    ProductionVariants = new List<ProductionVariant>
                    {
                        new ProductionVariant
                        {
                            VariantName = "AllTraffic",
                            ModelName = "xgb-customer-churn",
                            InitialInstanceCount = 2,
                            InitialVariantWeight = 1,
                            InstanceType = ProductionVariantInstanceType.MlM5Large,
                            VolumeSizeInGB = 4,
                        },
                    },
                },
                cancellationToken);
        }
    }
}
