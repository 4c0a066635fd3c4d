using Amazon.CDK;
using Amazon.CDK.AWS.Sagemaker;
using Constructs;
using SageMaker.ElasticInference;

namespace EiSample.Cdk;

/// <summary>
/// The same deployments as infrastructure code with the AWS CDK for .NET (Amazon.CDK.Lib). EiAnalyzers reads the
/// CloudFormation (Cfn) constructs as it reads the SDK requests. Synthesizing needs the CDK CLI; building does not.
/// </summary>
internal sealed class VisionEndpointStack : Stack
{
    public VisionEndpointStack(Construct scope, string id, IStackProps? props = null)
        : base(scope, id, props)
    {
        // Correct: TensorFlow 2.3 on its EI image, a CPU host, an eia2 accelerator. Only EI0013 (end of life) remains.
        var model = new CfnModel(this, "Resnet50", new CfnModelProps
        {
            ModelName = Resnet50.Name,
            ExecutionRoleArn = "arn:aws:iam::123456789012:role/SageMakerExecution",
            PrimaryContainer = new CfnModel.ContainerDefinitionProperty
            {
                Image = "763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference-eia:2.3.0-cpu",
                ModelDataUrl = "s3://models/resnet50/model.tar.gz",
            },
        });

        new CfnEndpointConfig(this, "Resnet50Config", new CfnEndpointConfigProps
        {
            ProductionVariants = new[]
            {
                new CfnEndpointConfig.ProductionVariantProperty
                {
                    VariantName = "AllTraffic",
                    ModelName = model.AttrModelName,
                    InitialInstanceCount = 1,
                    InitialVariantWeight = 1,
                    InstanceType = "ml.c5.xlarge",
                    AcceleratorType = EiAccelerators.Eia2Medium,
                },
            },
        });
    }
}

/// <summary>Deliberately wrong: each mistake below is reported where it is written.</summary>
internal sealed class ChurnEndpointStack : Stack
{
    public ChurnEndpointStack(Construct scope, string id, IStackProps? props = null)
        : base(scope, id, props)
    {
        var model = new CfnModel(this, "Churn", new CfnModelProps
        {
            ExecutionRoleArn = "arn:aws:iam::123456789012:role/SageMakerExecution",
            PrimaryContainer = new CfnModel.ContainerDefinitionProperty
            {
                Image = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1",
                ModelDataUrl = "s3://models/churn/model.tar.gz",
            },
        });

        new CfnEndpointConfig(this, "ChurnConfig", new CfnEndpointConfigProps
        {
            ProductionVariants = new[]
            {
                new CfnEndpointConfig.ProductionVariantProperty
                {
                    VariantName = "AllTraffic",
                    ModelName = model.AttrModelName,
                    InitialInstanceCount = 1,
                    InitialVariantWeight = 1,
                    InstanceType = "ml.g4dn.xlarge",
                    AcceleratorType = "ml.eia2.medium", // EI0002 (XGBoost), EI0006 (GPU host), EI0013
                },
            },
        });

        new CfnNotebookInstance(this, "Lab", new CfnNotebookInstanceProps
        {
            NotebookInstanceName = "churn-lab",
            InstanceType = "ml.t3.medium",
            RoleArn = "arn:aws:iam::123456789012:role/SageMakerExecution",
            AcceleratorTypes = new[] { "eia2.medium", "ml.eia2.large" }, // EI0001 (no 'ml.'), EI0011 (two types), EI0013
        });
    }
}
