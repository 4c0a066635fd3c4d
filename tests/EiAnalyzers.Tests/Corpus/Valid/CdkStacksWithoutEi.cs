// AWS CDK stacks with no Elastic Inference: XGBoost on CPU, a serverless variant, asynchronous inference and a GPU host.
using Amazon.CDK;
using Amazon.CDK.AWS.Sagemaker;
using Constructs;

namespace Corpus.CdkStacksWithoutEi
{
    public sealed class BatchScoringStack : Stack
    {
        private const string Role = "arn:aws:iam::123456789012:role/SageMakerExecution";

        public BatchScoringStack(Construct scope, string id, IStackProps props)
            : base(scope, id, props)
        {
            var xgboost = new CfnModel(this, "Fraud", new CfnModelProps
            {
                ExecutionRoleArn = Role,
                PrimaryContainer = new CfnModel.ContainerDefinitionProperty
                {
                    Image = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1",
                    ModelDataUrl = "s3://fraud-models-123456789012/xgboost/model.tar.gz",
                },
            });

            new CfnEndpointConfig(this, "FraudConfig", new CfnEndpointConfigProps
            {
                ProductionVariants = new object[]
                {
                    new CfnEndpointConfig.ProductionVariantProperty
                    {
                        VariantName = "cpu",
                        ModelName = xgboost.AttrModelName,
                        InitialInstanceCount = 2,
                        InitialVariantWeight = 0.9,
                        InstanceType = "ml.m5.large",
                    },
                    new CfnEndpointConfig.ProductionVariantProperty
                    {
                        VariantName = "serverless",
                        ModelName = xgboost.AttrModelName,
                        InitialVariantWeight = 0.1,
                        ServerlessConfig = new CfnEndpointConfig.ServerlessConfigProperty { MaxConcurrency = 5, MemorySizeInMb = 2048 },
                    },
                },
            });

            new CfnEndpointConfig(this, "ReportsConfig", new CfnEndpointConfigProps
            {
                AsyncInferenceConfig = new CfnEndpointConfig.AsyncInferenceConfigProperty
                {
                    OutputConfig = new CfnEndpointConfig.AsyncInferenceOutputConfigProperty { S3OutputPath = "s3://reports-123456789012/async/" },
                },
                ProductionVariants = new[]
                {
                    new CfnEndpointConfig.ProductionVariantProperty
                    {
                        VariantName = "AllTraffic",
                        ModelName = "cdk-report-generator",
                        InitialInstanceCount = 1,
                        InitialVariantWeight = 1,
                        InstanceType = "ml.g5.xlarge",
                    },
                },
            });
        }
    }
}
