// A using alias for the model namespace and fully qualified SDK names, as generated or copied code has them.
using System.Threading.Tasks;
using SM = Amazon.SageMaker.Model;

namespace Corpus.UsingAliasesAndQualifiedNames
{
    internal static class AliasedDeployment
    {
        public static async Task DeployAsync(Amazon.SageMaker.IAmazonSageMaker client)
        {
            await client.CreateModelAsync(new SM.CreateModelRequest
            {
                ModelName = "alias-tf-ei",
                ExecutionRoleArn = "arn:aws:iam::123456789012:role/SageMakerExecution",
                PrimaryContainer = new SM.ContainerDefinition
                {
                    Image = "763104351884.dkr.ecr.ap-northeast-1.amazonaws.com/tensorflow-inference-eia:2.3.0-cpu-py37-ubuntu18.04",
                    ModelDataUrl = "s3://tokyo-models/alias/model.tar.gz",
                },
            });

            await client.CreateEndpointConfigAsync(new SM.CreateEndpointConfigRequest
            {
                EndpointConfigName = "alias-tf-ei",
                ProductionVariants = new System.Collections.Generic.List<SM.ProductionVariant>
                {
                    new SM.ProductionVariant
                    {
                        VariantName = "AllTraffic",
                        ModelName = "alias-tf-ei",
                        InitialInstanceCount = 1,
                        InstanceType = Amazon.SageMaker.ProductionVariantInstanceType.MlC5Xlarge,
                        AcceleratorType = Amazon.SageMaker.ProductionVariantAcceleratorType.MlEia2Large, // EI0013
                    },
                },
            });

            await client.CreateEndpointConfigAsync(new Amazon.SageMaker.Model.CreateEndpointConfigRequest
            {
                EndpointConfigName = "alias-kmeans",
                ProductionVariants = new System.Collections.Generic.List<Amazon.SageMaker.Model.ProductionVariant>
                {
                    new Amazon.SageMaker.Model.ProductionVariant
                    {
                        VariantName = "AllTraffic",
                        ModelName = "alias-kmeans",
                        InitialInstanceCount = 1,
                        InstanceType = Amazon.SageMaker.ProductionVariantInstanceType.MlM5Large,
                    },
                },
            });
        }
    }
}
