// Notebook instances: one with an accelerator for a TensorFlow model served in local mode, one without, and an
// update that disassociates the accelerator and moves the notebook to a GPU instance.
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.SageMaker;
using Amazon.SageMaker.Model;
using SageMaker.ElasticInference;

namespace Corpus.NotebookInstances
{
    [EiModel("lab-object-detector", EiFramework.TensorFlow, "1.15", ArtifactSizeMb = 450, Notebooks = new[] { "vision-lab" })]
    internal static partial class LabObjectDetector { }

    public static class Notebooks
    {
        public static async Task CreateAsync(IAmazonSageMaker client, string role)
        {
            await client.CreateNotebookInstanceAsync(new CreateNotebookInstanceRequest
            {
                NotebookInstanceName = "vision-lab",
                InstanceType = InstanceType.MlT3Medium,
                RoleArn = role,
                VolumeSizeInGB = 50,
                DefaultCodeRepository = "https://github.com/example-org/vision-notebooks",
                AcceleratorTypes = new List<string> { NotebookInstanceAcceleratorType.MlEia2Medium }, // EI0013
            });

            await client.CreateNotebookInstanceAsync(new CreateNotebookInstanceRequest
            {
                NotebookInstanceName = "analytics-lab",
                InstanceType = InstanceType.MlM5Xlarge,
                RoleArn = role,
                LifecycleConfigName = "install-extensions",
                AcceleratorTypes = new List<string>(),
            });
        }

        public static Task<UpdateNotebookInstanceResponse> MigrateAsync(IAmazonSageMaker client) =>
            client.UpdateNotebookInstanceAsync(new UpdateNotebookInstanceRequest
            {
                NotebookInstanceName = "vision-lab",
                InstanceType = InstanceType.MlG4dnXlarge,
                DisassociateAcceleratorTypes = true,
            });
    }
}
