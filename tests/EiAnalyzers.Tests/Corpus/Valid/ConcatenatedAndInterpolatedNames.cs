// Names and URIs built by concatenation and interpolation, from consts and from values known only at run time.
using System;
using System.Collections.Generic;
using Amazon.SageMaker;
using Amazon.SageMaker.Model;

namespace Corpus.ConcatenatedAndInterpolatedNames
{
    public static class NamedResources
    {
        private const string Region = "us-east-2";
        private const string Account = "763104351884";
        private const string Project = "interp-vision";

        public static CreateModelRequest Model(string bucket, string version) => new CreateModelRequest
        {
            ModelName = Project + "-model",
            ExecutionRoleArn = $"arn:aws:iam::{Environment.GetEnvironmentVariable("AWS_ACCOUNT_ID")}:role/{Project}-sagemaker",
            PrimaryContainer = new ContainerDefinition
            {
                Image = $"{Account}.dkr.ecr.{Region}.amazonaws.com/tensorflow-inference-eia:2.3.0-cpu",
                ModelDataUrl = "s3://" + bucket + "/" + Project + "/" + version + "/model.tar.gz",
            },
        };

        public static CreateEndpointConfigRequest EndpointConfig(string version) => new CreateEndpointConfigRequest
        {
            EndpointConfigName = $"{Project}-config-{version}-{DateTime.UtcNow:yyyyMMddHHmmss}",
            ProductionVariants = new List<ProductionVariant>
            {
                new ProductionVariant
                {
                    VariantName = $"{Project}-primary",
                    ModelName = $"{Project}-model",
                    InitialInstanceCount = 1,
                    InstanceType = ProductionVariantInstanceType.MlC5Xlarge,
                    AcceleratorType = "ml." + "eia2" + ".medium", // EI0013
                },
            },
        };

        public static CreateModelRequest Xgboost(string region, string bucket) => new CreateModelRequest
        {
            ModelName = "interp-churn-" + region,
            ExecutionRoleArn = "arn:aws:iam::123456789012:role/SageMakerExecution",
            PrimaryContainer = new ContainerDefinition
            {
                Image = $"683313688378.dkr.ecr.{region}.amazonaws.com/sagemaker-xgboost:1.7-1",
                ModelDataUrl = $"s3://{bucket}/churn/model.tar.gz",
            },
        };
    }
}
