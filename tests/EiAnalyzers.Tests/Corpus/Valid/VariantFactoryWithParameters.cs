// A factory that takes the accelerator as a parameter: inside, the value is unknown (EI0013 only, as for any value
// known at run time); at the call sites, plain strings are arguments, not accelerators.
using System.Collections.Generic;
using Amazon.SageMaker;
using Amazon.SageMaker.Model;

namespace Corpus.VariantFactoryWithParameters
{
    public static class Variants
    {
        public static ProductionVariant Cpu(string model, ProductionVariantInstanceType host, int count = 1) => new ProductionVariant
        {
            VariantName = model + "-cpu",
            ModelName = model,
            InstanceType = host,
            InitialInstanceCount = count,
        };

        public static ProductionVariant Accelerated(string model, string host, string accelerator)
        {
            var variant = Cpu(model, host);
            variant.AcceleratorType = accelerator; // EI0013
            return variant;
        }

        public static List<ProductionVariant> Fleet() => new List<ProductionVariant>
        {
            Cpu("factory-knn", ProductionVariantInstanceType.MlM5Large, 2),
            Accelerated("factory-tf-mobilenet", "ml.c5.large", "ml.eia2.medium"),
        };
    }
}
