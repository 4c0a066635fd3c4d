using System.Collections.Generic;
using Amazon.SageMaker;
using Amazon.SageMaker.Model;

namespace EiSample.Migration;

// An Elastic Inference deployment as it was written before EI's end of life: two models on CPU hosts with
// accelerators, and the notebook instance they were tried on. VisionEndpoint.cs.migrated beside this file is the same
// code after the migration command (README, "Migrate off Elastic Inference"); the tests keep the two equal.

/// <summary>The image classifier and the question-answering model of the product search, served with EI.</summary>
internal static class VisionEndpoint
{
    private const string Region = "us-east-1";

    // TensorFlow 2.3, from the Deep Learning Containers registry of the region.
    private const string ClassifierImage = "763104351884.dkr.ecr." + Region + ".amazonaws.com/tensorflow-inference-eia:2.3.0-cpu-py37-ubuntu18.04";

    public static CreateModelRequest Classifier() => new CreateModelRequest
    {
        ModelName = "product-classifier",
        ExecutionRoleArn = "arn:aws:iam::123456789012:role/SageMakerExecution",
        PrimaryContainer = new ContainerDefinition { Image = ClassifierImage, ModelDataUrl = "s3://models/product-classifier/model.tar.gz" },
    };

    public static CreateModelRequest Answers() => new CreateModelRequest
    {
        ModelName = "product-answers",
        ExecutionRoleArn = "arn:aws:iam::123456789012:role/SageMakerExecution",
        PrimaryContainer = new ContainerDefinition
        {
            // PyTorch 1.5.1; the model is TorchScript.
            Image = "763104351884.dkr.ecr." + Region + ".amazonaws.com/pytorch-inference-eia:1.5.1-cpu-py3",
            ModelDataUrl = "s3://models/product-answers/model.tar.gz",
        },
    };

    public static CreateEndpointConfigRequest EndpointConfig() => new CreateEndpointConfigRequest
    {
        EndpointConfigName = "product-search-ei",
        ProductionVariants = new List<ProductionVariant>
        {
            new ProductionVariant
            {
                VariantName = "classifier",
                ModelName = "product-classifier",
                InitialInstanceCount = 2,
                InstanceType = ProductionVariantInstanceType.MlM5Xlarge,
                AcceleratorType = ProductionVariantAcceleratorType.MlEia2Medium,
            },
            new ProductionVariant
            {
                VariantName = "answers",
                ModelName = "product-answers",
                InitialInstanceCount = 1,
                InstanceType = ProductionVariantInstanceType.MlC5Xlarge,
                AcceleratorType = ProductionVariantAcceleratorType.MlEia2Large,
            },
        },
    };

    /// <summary>The notebook instance the models were tried on, which has an accelerator associated.</summary>
    public static UpdateNotebookInstanceRequest Lab() => new UpdateNotebookInstanceRequest
    {
        NotebookInstanceName = "product-search-lab",
        InstanceType = InstanceType.MlT3Medium,
        AcceleratorTypes = new List<string> { NotebookInstanceAcceleratorType.MlEia2Medium },
    };
}
