// Values held in consts, static readonly fields and locals, then used in the requests.
using System.Collections.Generic;
using Amazon.SageMaker;
using Amazon.SageMaker.Model;

namespace Corpus.LocalsAndConsts
{
    internal static class Settings
    {
        public const string ModelName = "const-pt-translator";
        public const string Image = "763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference-eia:1.5.1-cpu-py3";
        public const string Accelerator = "ml.eia2.large";
        public static readonly ProductionVariantInstanceType Host = ProductionVariantInstanceType.MlM5Xlarge;
    }

    internal static class Translator
    {
        public static CreateModelRequest Model()
        {
            const string artifacts = "s3://translator-123456789012/torchscript/model.tar.gz";
            var container = new ContainerDefinition { Image = Settings.Image, ModelDataUrl = artifacts };
            return new CreateModelRequest { ModelName = Settings.ModelName, ExecutionRoleArn = "arn:aws:iam::123456789012:role/SageMakerExecution", PrimaryContainer = container };
        }

        public static CreateEndpointConfigRequest Config()
        {
            var instanceCount = 2;
            var variant = new ProductionVariant
            {
                VariantName = "AllTraffic",
                ModelName = Settings.ModelName,
                InitialInstanceCount = instanceCount,
                InstanceType = Settings.Host,
                AcceleratorType = Settings.Accelerator, // EI0013
            };
            var variants = new List<ProductionVariant>();
            variants.Add(variant);
            return new CreateEndpointConfigRequest { EndpointConfigName = Settings.ModelName + "-config", ProductionVariants = variants };
        }
    }
}
