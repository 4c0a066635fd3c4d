using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.SageMaker;
using Amazon.SageMaker.Model;
using SageMaker.ElasticInference;

namespace EiSample;

/// <summary>
/// A valid Elastic Inference deployment: TensorFlow 2.3 on its EI image, a CPU host and an eia2 accelerator that fits.
/// The only diagnostic is EI0013: EI reached end of life in April 2024, so even a valid configuration is rejected now.
/// </summary>
internal static class CorrectDeployment
{
    private const string Region = "us-east-1";

    public static CreateModelRequest Model() => new CreateModelRequest
    {
        ModelName = Resnet50.Name,
        ExecutionRoleArn = "arn:aws:iam::123456789012:role/SageMakerExecution",
        PrimaryContainer = new ContainerDefinition
        {
            Image = $"763104351884.dkr.ecr.{Region}.amazonaws.com/tensorflow-inference-eia:2.3.0-cpu-py37-ubuntu18.04",
            ModelDataUrl = "s3://models/resnet50/model.tar.gz",
        },
    };

    public static CreateEndpointConfigRequest EndpointConfig() => new CreateEndpointConfigRequest
    {
        EndpointConfigName = "resnet50-ei",
        ProductionVariants = new List<ProductionVariant>
        {
            new ProductionVariant
            {
                VariantName = "AllTraffic",
                ModelName = Resnet50.Name,
                InitialInstanceCount = 1,
                InstanceType = ProductionVariantInstanceType.MlC5Xlarge,
                AcceleratorType = Resnet50.SmallestAccelerator,
            },
        },
    };

    public static async Task DeployAsync(IAmazonSageMaker client)
    {
        await client.CreateModelAsync(Model());
        await client.CreateEndpointConfigAsync(EndpointConfig());
    }
}
