// Valid SDK code in the shapes that once gave false errors (issue 14): a host and an accelerator chosen by the same
// condition (written differently), reassigned locals, early returns, an accelerator set to null afterwards, a GPU
// fallback in a catch, a notebook list cleared before one Add, a model chosen by the same condition as the accelerator,
// an accelerator known only at run time, lambdas, local functions, LINQ, async code.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Amazon.SageMaker;
using Amazon.SageMaker.Model;

namespace Corpus.FlowShapesSdk
{
    public enum Mode { Ei, Gpu }

    public sealed class Options
    {
        public DeployOptions Deploy { get; set; } = new DeployOptions();
    }

    public sealed class DeployOptions
    {
        public bool Gpu { get; set; }
    }

    public static class Endpoints
    {
        private static bool IsEi(string mode) => mode == "ei";

        public static List<ProductionVariant> SameCondition(string mode, Mode kind, Options o, bool gpu)
        {
            return new List<ProductionVariant>
            {
                new ProductionVariant
                {
                    ModelName = "a",
                    InstanceType = mode == "ei" ? "ml.m5.large" : "ml.g4dn.xlarge",
                    AcceleratorType = mode == "ei" ? "ml.eia2.medium" : null, // EI0013
                },
                new ProductionVariant
                {
                    ModelName = "b",
                    InstanceType = IsEi(mode) ? ProductionVariantInstanceType.MlC5Xlarge : ProductionVariantInstanceType.MlG4dnXlarge,
                    AcceleratorType = IsEi(mode) ? ProductionVariantAcceleratorType.MlEia2Large : null, // EI0013
                },
                new ProductionVariant
                {
                    ModelName = "c",
                    InstanceType = mode is "gpu" ? "ml.g5.xlarge" : "ml.m5.xlarge",
                    AcceleratorType = mode is "gpu" ? null : "ml.eia2.medium", // EI0013
                },
                new ProductionVariant
                {
                    ModelName = "d",
                    InstanceType = kind == Mode.Gpu ? "ml.p3.2xlarge" : "ml.c5.large",
                    AcceleratorType = kind == Mode.Gpu ? null : "ml.eia2.medium", // EI0013
                },
                new ProductionVariant
                {
                    ModelName = "e",
                    InstanceType = o.Deploy.Gpu ? "ml.g4dn.2xlarge" : "ml.m5.large",
                    AcceleratorType = !o.Deploy.Gpu ? "ml.eia2.medium" : null, // EI0013
                },
                new ProductionVariant
                {
                    ModelName = "f",
                    InstanceType = gpu == true ? "ml.g4dn.xlarge" : "ml.m5.large",
                    AcceleratorType = gpu ? null : "ml.eia2.medium", // EI0013
                },
            };
        }

        public static List<ProductionVariant> Statements(bool gpu)
        {
            var variants = new List<ProductionVariant>();
            var v = new ProductionVariant { ModelName = "g" };
            if (gpu)
            {
                v.InstanceType = ProductionVariantInstanceType.MlG4dnXlarge;
            }
            else
            {
                v.InstanceType = ProductionVariantInstanceType.MlM5Large;
                v.AcceleratorType = ProductionVariantAcceleratorType.MlEia2Medium; // EI0013
            }

            variants.Add(v);

            // The same local, a new object: the first one's accelerator is not the second's.
            v = new ProductionVariant { ModelName = "h", InstanceType = "ml.m5.large" };
            v.AcceleratorType = "ml.eia2.medium"; // EI0013
            variants.Add(v);
            v = new ProductionVariant { ModelName = "i", InstanceType = "ml.g4dn.xlarge" };
            variants.Add(v);
            return variants;
        }

        public static ProductionVariant EarlyReturn(bool gpu)
        {
            var v = new ProductionVariant { ModelName = "j" };
            if (gpu)
            {
                v.InstanceType = "ml.g4dn.xlarge";
                return v;
            }

            v.InstanceType = "ml.c5.xlarge";
            v.AcceleratorType = "ml.eia2.medium"; // EI0013
            return v;
        }

        public static ProductionVariant FinishedMigration()
        {
            var v = new ProductionVariant { ModelName = "k", InstanceType = "ml.g4dn.xlarge", AcceleratorType = "ml.eia2.medium" };
            v.AcceleratorType = null;
            return v;
        }

        public static ProductionVariant Fallback(Func<ProductionVariant> make)
        {
            ProductionVariant v;
            try
            {
                v = new ProductionVariant { ModelName = "l", InstanceType = "ml.m5.large", AcceleratorType = "ml.eia2.medium" }; // EI0013
                make();
            }
            catch (InvalidOperationException)
            {
                v = new ProductionVariant { ModelName = "l", InstanceType = "ml.g4dn.xlarge" };
            }

            return v;
        }

        public static CreateNotebookInstanceRequest Notebook()
        {
            var request = new CreateNotebookInstanceRequest
            {
                NotebookInstanceName = "lab",
                InstanceType = InstanceType.MlT3Medium,
                AcceleratorTypes = new List<string> { "ml.eia2.medium", "ml.eia2.large" },
            };
            request.AcceleratorTypes.Clear();
            request.AcceleratorTypes.Add("ml.eia2.medium"); // EI0013
            return request;
        }

        public static CreateEndpointConfigRequest ModelByCondition(bool gpu)
        {
            return new CreateEndpointConfigRequest
            {
                EndpointConfigName = "by-condition",
                ProductionVariants = new List<ProductionVariant>
                {
                    new ProductionVariant
                    {
                        ModelName = gpu ? "gpu-model" : "ei-model",
                        InstanceType = gpu ? "ml.g4dn.xlarge" : "ml.m5.large",
                        AcceleratorType = gpu ? null : "ml.eia2.medium", // EI0013
                    },
                },
            };
        }

        public static ProductionVariant RunTime(string accelerator) => new ProductionVariant
        {
            ModelName = "ei-model",
            InstanceType = "ml.m5.large",
            AcceleratorType = string.IsNullOrEmpty(accelerator) ? null : accelerator, // EI0013
        };

        public static IEnumerable<ProductionVariant> Linq(IEnumerable<string> hosts) =>
            hosts.Select(host => new ProductionVariant { ModelName = "m", InstanceType = host, AcceleratorType = "ml.eia2.medium" }); // EI0013

        public static async Task<ProductionVariant> Async(Func<Task<string>> host)
        {
            var v = new ProductionVariant { ModelName = "n", AcceleratorType = "ml.eia2.medium" }; // EI0013
            v.InstanceType = await host();
            return v;
        }

        public static ProductionVariant LocalFunction(bool gpu)
        {
            ProductionVariant Cpu() => new ProductionVariant { ModelName = "o", InstanceType = "ml.c5.large", AcceleratorType = "ml.eia2.medium" }; // EI0013
            ProductionVariant Gpu() => new ProductionVariant { ModelName = "o", InstanceType = "ml.g4dn.xlarge" };
            return gpu ? Gpu() : Cpu();
        }
    }

    public static class ModelsForThem
    {
        public static CreateModelRequest GpuModel() => new CreateModelRequest
        {
            ModelName = "gpu-model",
            PrimaryContainer = new ContainerDefinition { Image = "763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference:1.5.1-gpu-py36-cu101-ubuntu16.04" },
        };

        public static CreateModelRequest EiModel() => new CreateModelRequest
        {
            ModelName = "ei-model",
            PrimaryContainer = new ContainerDefinition { Image = "763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference-eia:1.5.1-cpu-py3" },
        };
    }
}
