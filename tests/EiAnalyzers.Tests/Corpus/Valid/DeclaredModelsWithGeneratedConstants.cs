// Models declared with [EiModel]: the generated Name constants tie variants to them, the generated accelerator
// constants and SmallestAccelerator pick what fits, and the generated table is printed.
using System;
using System.Collections.Generic;
using System.Linq;
using Amazon.SageMaker;
using Amazon.SageMaker.Model;
using SageMaker.ElasticInference;

namespace Corpus.DeclaredModels
{
    [EiModel("catalog-resnet", EiFramework.TensorFlow, "2.3", ArtifactSizeMb = 98)]
    internal static partial class CatalogResnet { }

    [EiModel("catalog-bert", EiFramework.PyTorch, "1.5.1", ArtifactSizeMb = 1300)]
    internal static partial class CatalogBert { }

    [EiModel(name: "catalog-detector", framework: EiFramework.MXNet, frameworkVersion: "1.7.0", ArtifactSizeMb = 900)]
    internal static partial class CatalogDetector { }

    [EiModel("catalog-churn", EiFramework.XGBoost, "1.7", ArtifactSizeMb = 12)]
    internal static partial class CatalogChurn { }

    internal static class Catalog
    {
        public static List<ProductionVariant> Variants() => new List<ProductionVariant>
        {
            new ProductionVariant
            {
                VariantName = "resnet",
                ModelName = CatalogResnet.Name,
                InstanceType = ProductionVariantInstanceType.MlC5Xlarge,
                InitialInstanceCount = 1,
                AcceleratorType = CatalogResnet.SmallestAccelerator, // EI0013
            },
            new ProductionVariant
            {
                VariantName = "bert",
                ModelName = CatalogBert.Name,
                InstanceType = ProductionVariantInstanceType.MlM5Xlarge,
                InitialInstanceCount = 1,
                AcceleratorType = EiAccelerators.Eia2Large, // EI0013
            },
            new ProductionVariant
            {
                VariantName = "detector",
                ModelName = CatalogDetector.Name,
                InstanceType = ProductionVariantInstanceType.MlC52xlarge,
                InitialInstanceCount = 1,
                AcceleratorType = EiAccelerators.Eia2Medium, // EI0013
            },
            new ProductionVariant
            {
                VariantName = "churn",
                ModelName = CatalogChurn.Name,
                InstanceType = ProductionVariantInstanceType.MlM5Large,
                InitialInstanceCount = 2,
            },
        };

        public static void PrintTable()
        {
            foreach (var row in EiCompatibility.Rows.Where(r => r.Host == EiHost.Endpoint))
            {
                Console.WriteLine(row);
            }

            Console.WriteLine($"{CatalogBert.Name} ({CatalogBert.Framework} {CatalogBert.FrameworkVersion}, {CatalogBert.ArtifactSizeMb} MiB) fits {string.Join(", ", CatalogBert.EndpointAccelerators.Select(a => a.Name))}");
            Console.WriteLine($"EI image of {CatalogResnet.Name} in eu-west-1: {CatalogResnet.EiImageUri("eu-west-1")}");
            Console.WriteLine($"All accelerators: {string.Join(", ", EiAccelerators.All)}; eia2.xlarge has {EiAccelerators.Eia2Xlarge.MemoryMb} MiB");
        }
    }
}
