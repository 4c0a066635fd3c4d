// Properties assigned after construction, in if/else branches: the host depends on the configuration, and only the
// CPU branch attaches an accelerator (the GPU branch needs none).
using System.Collections.Generic;
using Amazon.SageMaker;
using Amazon.SageMaker.Model;

namespace Corpus.BranchesAndAssignmentsAfterConstruction
{
    public sealed class VariantFactory
    {
        private readonly bool useGpu;
        private readonly int instances;

        public VariantFactory(bool useGpu, int instances)
        {
            this.useGpu = useGpu;
            this.instances = instances;
        }

        public CreateEndpointConfigRequest Build(string suffix)
        {
            var variant = new ProductionVariant();
            variant.VariantName = "AllTraffic";
            variant.ModelName = "branch-resnet-tf";
            variant.InitialInstanceCount = instances;
            if (useGpu)
            {
                variant.InstanceType = ProductionVariantInstanceType.MlG4dnXlarge;
            }
            else
            {
                variant.InstanceType = ProductionVariantInstanceType.MlC5Xlarge;
                variant.AcceleratorType = ProductionVariantAcceleratorType.MlEia2Medium; // EI0013
            }

            var request = new CreateEndpointConfigRequest();
            request.EndpointConfigName = "branch-resnet-" + suffix;
            request.ProductionVariants = new List<ProductionVariant>();
            request.ProductionVariants.Add(variant);
            return request;
        }

        public ProductionVariant Plain(bool large)
        {
            var variant = new ProductionVariant { VariantName = "plain", ModelName = "branch-xgboost" };
            if (large)
            {
                variant.InstanceType = ProductionVariantInstanceType.MlM52xlarge;
                variant.InitialInstanceCount = 4;
            }
            else
            {
                variant.InstanceType = ProductionVariantInstanceType.MlM5Large;
                variant.InitialInstanceCount = 1;
            }

            return variant;
        }
    }
}
