// AWS CDK notebook instances: one with an accelerator (AcceleratorTypes is a string array) for an MXNet model declared
// to be served there, two with an empty list of accelerators; CfnNotebookInstanceProps built first, then the construct.
using Amazon.CDK;
using Amazon.CDK.AWS.Sagemaker;
using Constructs;
using SageMaker.ElasticInference;

namespace Corpus.CdkNotebookStack
{
    [EiModel("cdk-gluon-detector", EiFramework.MXNet, "1.5.1", ArtifactSizeMb = 600, Notebooks = new[] { "cdk-gluon-lab" })]
    internal static partial class GluonDetector { }

    public sealed class LabStack : Stack
    {
        public LabStack(Construct scope, string id)
            : base(scope, id)
        {
            var props = new CfnNotebookInstanceProps
            {
                NotebookInstanceName = "cdk-gluon-lab",
                InstanceType = "ml.t3.medium",
                RoleArn = "arn:aws:iam::123456789012:role/SageMakerNotebooks",
                VolumeSizeInGb = 20,
                DirectInternetAccess = "Disabled",
                AcceleratorTypes = new[] { EiAccelerators.Eia2Medium.Name }, // EI0013
            };
            new CfnNotebookInstance(this, "GluonLab", props);

            new CfnNotebookInstance(this, "DataLab", new CfnNotebookInstanceProps
            {
                NotebookInstanceName = "cdk-data-lab",
                InstanceType = "ml.m5.xlarge",
                RoleArn = "arn:aws:iam::123456789012:role/SageMakerNotebooks",
                AcceleratorTypes = new string[0],
            });

            new CfnNotebookInstance(this, "ReportsLab", new CfnNotebookInstanceProps
            {
                NotebookInstanceName = "cdk-reports-lab",
                InstanceType = "ml.t3.large",
                RoleArn = "arn:aws:iam::123456789012:role/SageMakerNotebooks",
                AcceleratorTypes = System.Array.Empty<string>(),
            });
        }
    }
}
