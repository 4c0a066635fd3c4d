// A TensorFlow 2.3 model served with Elastic Inference: the EI image, a CPU host and an eia2 accelerator.
// AWS SDK for .NET v4 idioms: every collection is created where it is set; requests nest three and four deep.
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.SageMaker;
using Amazon.SageMaker.Model;

namespace Corpus.TensorFlowEiEndpoint
{
    public sealed class ResnetDeployer
    {
        private const string RoleArn = "arn:aws:iam::123456789012:role/service-role/AmazonSageMaker-ExecutionRole-20200101T000001";

        private readonly IAmazonSageMaker sageMaker;

        public ResnetDeployer(IAmazonSageMaker sageMaker)
        {
            this.sageMaker = sageMaker;
        }

        public async Task<string> DeployAsync(CancellationToken cancellationToken)
        {
            await sageMaker.CreateModelAsync(new CreateModelRequest
            {
                ModelName = "tf-resnet50-ei",
                ExecutionRoleArn = RoleArn,
                PrimaryContainer = new ContainerDefinition
                {
                    Image = "763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference-eia:2.3.0-cpu",
                    ModelDataUrl = "s3://sagemaker-us-east-1-123456789012/resnet50/model.tar.gz",
                    Environment = new Dictionary<string, string>
                    {
                        ["SAGEMAKER_TFS_DEFAULT_MODEL_NAME"] = "resnet50",
                        ["SAGEMAKER_REGION"] = "us-east-1",
                    },
                },
            }, cancellationToken);

            var response = await sageMaker.CreateEndpointConfigAsync(new CreateEndpointConfigRequest
            {
                EndpointConfigName = "tf-resnet50-ei-config",
                ProductionVariants = new List<ProductionVariant>
                {
                    new ProductionVariant
                    {
                        VariantName = "AllTraffic",
                        ModelName = "tf-resnet50-ei",
                        InitialInstanceCount = 1,
                        InitialVariantWeight = 1.0f,
                        InstanceType = ProductionVariantInstanceType.MlC5Xlarge,
                        AcceleratorType = ProductionVariantAcceleratorType.MlEia2Medium, // EI0013
                    },
                },
            }, cancellationToken);

            await sageMaker.CreateEndpointAsync(new CreateEndpointRequest
            {
                EndpointName = "tf-resnet50-ei",
                EndpointConfigName = "tf-resnet50-ei-config",
            }, cancellationToken);

            return response.EndpointConfigArn;
        }
    }
}
