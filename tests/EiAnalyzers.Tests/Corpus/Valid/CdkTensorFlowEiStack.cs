// AWS CDK for .NET: a TensorFlow 2.3 model on its EI image, an endpoint configuration whose props list the variant
// in an array, and the endpoint. Every CDK value is a string.
using Amazon.CDK;
using Amazon.CDK.AWS.Sagemaker;
using Constructs;

namespace Corpus.CdkTensorFlowEiStack
{
    public sealed class TextEmbeddingStack : Stack
    {
        public TextEmbeddingStack(Construct scope, string id, IStackProps? props = null)
            : base(scope, id, props)
        {
            var model = new CfnModel(this, "EmbeddingModel", new CfnModelProps
            {
                ModelName = "cdk-tf-embeddings",
                ExecutionRoleArn = "arn:aws:iam::123456789012:role/SageMakerExecution",
                PrimaryContainer = new CfnModel.ContainerDefinitionProperty
                {
                    Image = "763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference-eia:2.3.0-cpu",
                    ModelDataUrl = "s3://embedding-models-123456789012/universal-sentence-encoder/model.tar.gz",
                },
            });

            var config = new CfnEndpointConfig(this, "EmbeddingConfig", new CfnEndpointConfigProps
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
                        AcceleratorType = "ml.eia2.medium", // EI0013
                    },
                },
            });
            config.AddDependency(model);

            new CfnEndpoint(this, "EmbeddingEndpoint", new CfnEndpointProps
            {
                EndpointName = "cdk-tf-embeddings",
                EndpointConfigName = config.AttrEndpointConfigName,
            });
        }
    }

    public static class Program
    {
        public static void Main()
        {
            var app = new App();
            new TextEmbeddingStack(app, "TextEmbeddingStack", new StackProps
            {
                Env = new Amazon.CDK.Environment { Account = "123456789012", Region = "us-east-1" },
            });
            app.Synth();
        }
    }
}
