// Shadow variants and an inference pipeline (scikit-learn preprocessing, then XGBoost) on CPU hosts; no EI.
using System.Collections.Generic;
using Amazon.SageMaker;
using Amazon.SageMaker.Model;

namespace Corpus.ShadowVariantsAndPipelines
{
    public static class Pipeline
    {
        public static CreateModelRequest Model() => new CreateModelRequest
        {
            ModelName = "pipeline-house-prices",
            ExecutionRoleArn = "arn:aws:iam::123456789012:role/SageMakerExecution",
            EnableNetworkIsolation = true,
            Containers = new List<ContainerDefinition>
            {
                new ContainerDefinition
                {
                    ContainerHostname = "preprocess",
                    Image = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-scikit-learn:1.2-1-cpu-py3",
                    ModelDataUrl = "s3://house-prices/preprocess/model.tar.gz",
                    Environment = new Dictionary<string, string> { ["SAGEMAKER_PROGRAM"] = "preprocess.py" },
                },
                new ContainerDefinition
                {
                    ContainerHostname = "predict",
                    Image = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1",
                    ModelDataUrl = "s3://house-prices/xgboost/model.tar.gz",
                },
            },
        };

        public static CreateEndpointConfigRequest Config() => new CreateEndpointConfigRequest
        {
            EndpointConfigName = "pipeline-house-prices",
            ExecutionRoleArn = "arn:aws:iam::123456789012:role/SageMakerExecution",
            ProductionVariants = new List<ProductionVariant>
            {
                new ProductionVariant { VariantName = "production", ModelName = "pipeline-house-prices", InitialInstanceCount = 2, InstanceType = ProductionVariantInstanceType.MlC5Large },
            },
            ShadowProductionVariants = new List<ProductionVariant>
            {
                new ProductionVariant { VariantName = "shadow", ModelName = "pipeline-house-prices-v2", InitialInstanceCount = 1, InstanceType = ProductionVariantInstanceType.MlC5Large },
            },
        };
    }
}
