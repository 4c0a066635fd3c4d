// Accelerators set in statements without braces: the body of an if, of an else and of a loop, an expression-bodied
// method and a lambda; the style many code bases use for one-line branches.
using System.Collections.Generic;
using Amazon.SageMaker;
using Amazon.SageMaker.Model;

namespace Corpus.BracelessStatements
{
    public sealed class OptionalAccelerator
    {
        public bool AttachAccelerator { get; set; }

        public ProductionVariant Variant()
        {
            var variant = new ProductionVariant
            {
                VariantName = "AllTraffic",
                ModelName = "braceless-tf-ranker",
                InitialInstanceCount = 1,
                InstanceType = ProductionVariantInstanceType.MlC5Xlarge,
            };
            if (AttachAccelerator)
                variant.AcceleratorType = ProductionVariantAcceleratorType.MlEia2Medium; // EI0013
            return variant;
        }

        public UpdateNotebookInstanceRequest Notebook(string name)
        {
            var update = new UpdateNotebookInstanceRequest { NotebookInstanceName = name };
            if (!AttachAccelerator)
                update.DisassociateAcceleratorTypes = true;
            else
                update.AcceleratorTypes = new List<string> { "ml.eia2.medium" }; // EI0013
            return update;
        }

        public static void AttachTo(IEnumerable<ProductionVariant> variants)
        {
            foreach (var variant in variants)
                variant.AcceleratorType = "ml.eia2.large"; // EI0013
        }

        public static void Attach(ProductionVariant variant) => variant.AcceleratorType = ProductionVariantAcceleratorType.MlEia2Xlarge; // EI0013

        public static void AttachAll(List<ProductionVariant> variants) => variants.ForEach(v => v.AcceleratorType = "ml.eia2.medium"); // EI0013
    }
}
