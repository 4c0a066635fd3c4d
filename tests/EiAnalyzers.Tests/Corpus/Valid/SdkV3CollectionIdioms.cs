// AWS SDK for .NET v3 code: request collections were created by the SDK, so code adds to them directly.
// (It compiles unchanged against v4, whose collections default to null.)
using System.Threading.Tasks;
using Amazon.SageMaker;
using Amazon.SageMaker.Model;

namespace Corpus.SdkV3CollectionIdioms
{
    public class LegacyDeployment
    {
        private readonly IAmazonSageMaker client;

        public LegacyDeployment(IAmazonSageMaker client) => this.client = client;

        public async Task RunAsync()
        {
            var model = new CreateModelRequest
            {
                ModelName = "v3-mxnet-detector",
                ExecutionRoleArn = "arn:aws:iam::123456789012:role/LegacySageMakerRole",
            };
            model.Containers.Add(new ContainerDefinition
            {
                Image = "763104351884.dkr.ecr.eu-west-1.amazonaws.com/mxnet-inference-eia:1.7.0-cpu-py36-ubuntu16.04",
                ModelDataUrl = "s3://legacy-models-eu/detector/model.tar.gz",
            });
            await client.CreateModelAsync(model);

            var request = new CreateEndpointConfigRequest { EndpointConfigName = "v3-mxnet-detector-config" };
            request.ProductionVariants.Add(new ProductionVariant
            {
                VariantName = "AllTraffic",
                ModelName = "v3-mxnet-detector",
                InitialInstanceCount = 1,
                InitialVariantWeight = 1,
                InstanceType = ProductionVariantInstanceType.MlC5Xlarge,
                AcceleratorType = ProductionVariantAcceleratorType.MlEia2Medium, // EI0013
            });
            await client.CreateEndpointConfigAsync(request);

            var csv = new CreateEndpointConfigRequest { EndpointConfigName = "v3-linear-config" };
            var variant = new ProductionVariant { VariantName = "AllTraffic", ModelName = "v3-linear", InitialInstanceCount = 1 };
            variant.InstanceType = ProductionVariantInstanceType.MlM5Large;
            csv.ProductionVariants.Add(variant);
            await client.CreateEndpointConfigAsync(csv);
        }
    }
}
