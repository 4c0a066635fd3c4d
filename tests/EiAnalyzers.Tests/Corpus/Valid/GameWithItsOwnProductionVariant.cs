// A game that has nothing to do with SageMaker declares its own ProductionVariant with an AcceleratorType: it must
// never be mistaken for the SDK type.
using System.Collections.Generic;

namespace Corpus.GameWithItsOwnProductionVariant
{
    public sealed class ProductionVariant
    {
        public string ModelName { get; set; } = "";
        public string AcceleratorType { get; set; } = "";
        public string InstanceType { get; set; } = "";
        public int InitialInstanceCount { get; set; }
    }

    public sealed class CreateNotebookInstanceRequest
    {
        public List<string> AcceleratorTypes { get; set; } = new List<string>();
    }

    public static class CarFactory
    {
        public static IEnumerable<ProductionVariant> Lineup() => new[]
        {
            new ProductionVariant { ModelName = "Roadster", AcceleratorType = "eia2.xlarge", InstanceType = "ml.g4dn.xlarge", InitialInstanceCount = 3 },
            new ProductionVariant { ModelName = "Hatchback", AcceleratorType = "ml.eia.medium", InstanceType = "turbo" },
            new ProductionVariant { ModelName = "Truck", AcceleratorType = "ml.eia1.medium" },
        };

        public static CreateNotebookInstanceRequest Upgrades() => new CreateNotebookInstanceRequest
        {
            AcceleratorTypes = new List<string> { "ml.eia2.medium", "ml.eia2.large", "nitro" },
        };
    }
}
