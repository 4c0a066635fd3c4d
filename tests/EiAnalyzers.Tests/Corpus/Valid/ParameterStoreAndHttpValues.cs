// Settings fetched from a parameter store and over HTTP: the image, the host and the model name are run-time values.
using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Amazon.SageMaker;
using Amazon.SageMaker.Model;

namespace Corpus.ParameterStoreAndHttpValues
{
    public interface IParameterStore
    {
        Task<string> GetParameterAsync(string name, bool withDecryption = false);
    }

    public sealed record DeploymentManifest(string ModelName, string Image, string ModelDataUrl, string InstanceType, int Instances);

    public sealed class ManifestDeployer
    {
        private readonly IParameterStore parameters;
        private readonly HttpClient http;
        private readonly IAmazonSageMaker sageMaker;

        public ManifestDeployer(IParameterStore parameters, HttpClient http, IAmazonSageMaker sageMaker)
        {
            this.parameters = parameters;
            this.http = http;
            this.sageMaker = sageMaker;
        }

        public async Task DeployAsync(string manifestUrl)
        {
            var json = await http.GetStringAsync(manifestUrl);
            var manifest = JsonSerializer.Deserialize<DeploymentManifest>(json)!;
            var role = await parameters.GetParameterAsync("/ml/sagemaker/execution-role-arn");

            await sageMaker.CreateModelAsync(new CreateModelRequest
            {
                ModelName = manifest.ModelName,
                ExecutionRoleArn = role,
                PrimaryContainer = new ContainerDefinition { Image = manifest.Image, ModelDataUrl = manifest.ModelDataUrl },
            });

            var instanceType = await parameters.GetParameterAsync($"/ml/{manifest.ModelName}/instance-type");
            await sageMaker.CreateEndpointConfigAsync(new CreateEndpointConfigRequest
            {
                EndpointConfigName = manifest.ModelName + "-config",
                KmsKeyId = await parameters.GetParameterAsync("/ml/kms-key-id", withDecryption: true),
                ProductionVariants = new List<ProductionVariant>
                {
                    new ProductionVariant
                    {
                        VariantName = "AllTraffic",
                        ModelName = manifest.ModelName,
                        InitialInstanceCount = manifest.Instances,
                        InstanceType = ProductionVariantInstanceType.FindValue(instanceType),
                    },
                },
            });
        }
    }
}
