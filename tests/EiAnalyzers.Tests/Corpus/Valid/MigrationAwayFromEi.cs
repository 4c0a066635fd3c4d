// The migration AWS recommends: a new endpoint configuration on AWS Inferentia without an accelerator, then
// UpdateEndpoint; a notebook moved to a GPU instance with its accelerator disassociated; a copied variant whose
// accelerator is cleared.
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.SageMaker;
using Amazon.SageMaker.Model;

namespace Corpus.MigrationAwayFromEi
{
    public sealed class EiMigration
    {
        private readonly IAmazonSageMaker client;

        public EiMigration(IAmazonSageMaker client) => this.client = client;

        public async Task MigrateEndpointAsync(string endpointName, string modelName)
        {
            var configName = endpointName + "-inf1";
            await client.CreateEndpointConfigAsync(new CreateEndpointConfigRequest
            {
                EndpointConfigName = configName,
                ProductionVariants = new List<ProductionVariant>
                {
                    new ProductionVariant
                    {
                        VariantName = "AllTraffic",
                        ModelName = modelName,
                        InitialInstanceCount = 1,
                        InstanceType = ProductionVariantInstanceType.MlInf1Xlarge,
                    },
                },
            });
            await client.UpdateEndpointAsync(new UpdateEndpointRequest { EndpointName = endpointName, EndpointConfigName = configName });
        }

        public Task MigrateNotebookAsync(string notebook) =>
            client.UpdateNotebookInstanceAsync(new UpdateNotebookInstanceRequest
            {
                NotebookInstanceName = notebook,
                InstanceType = InstanceType.MlG4dnXlarge,
                DisassociateAcceleratorTypes = true,
            });

        public static ProductionVariant WithoutAccelerator(ProductionVariant old)
        {
            var copy = new ProductionVariant
            {
                VariantName = old.VariantName,
                ModelName = old.ModelName,
                InitialInstanceCount = old.InitialInstanceCount,
                InstanceType = ProductionVariantInstanceType.MlG4dnXlarge,
            };
            copy.AcceleratorType = null;
            return copy;
        }
    }
}
