// Stand-in for the request and model classes of AWSSDK.SageMaker v4: names, namespaces and property types as the real
// package has them (ei-facts.md section 7). v4 collections default to null, as in the real SDK.
using System.Collections.Generic;
using Amazon.Runtime;

namespace Amazon.SageMaker.Model
{
    /// <summary>Base class for SageMaker operation requests.</summary>
    public abstract class AmazonSageMakerRequest : AmazonWebServiceRequest
    {
    }

    public class ProductionVariant
    {
        public ProductionVariantAcceleratorType AcceleratorType { get; set; }
        public int? ContainerStartupHealthCheckTimeoutInSeconds { get; set; }
        public int? InitialInstanceCount { get; set; }
        public float? InitialVariantWeight { get; set; }
        public ProductionVariantInstanceType InstanceType { get; set; }
        public int? ModelDataDownloadTimeoutInSeconds { get; set; }
        public string ModelName { get; set; }
        public ProductionVariantServerlessConfig ServerlessConfig { get; set; }
        public string VariantName { get; set; }
        public int? VolumeSizeInGB { get; set; }
    }

    public class ProductionVariantServerlessConfig
    {
        public int? MaxConcurrency { get; set; }
        public int? MemorySizeInMB { get; set; }
        public int? ProvisionedConcurrency { get; set; }
    }

    public class AsyncInferenceConfig
    {
        public AsyncInferenceClientConfig ClientConfig { get; set; }
        public AsyncInferenceOutputConfig OutputConfig { get; set; }
    }

    public class AsyncInferenceClientConfig
    {
        public int? MaxConcurrentInvocationsPerInstance { get; set; }
    }

    public class AsyncInferenceOutputConfig
    {
        public string KmsKeyId { get; set; }
        public string S3OutputPath { get; set; }
        public string S3FailurePath { get; set; }
    }

    public class CreateEndpointConfigRequest : AmazonSageMakerRequest
    {
        public AsyncInferenceConfig AsyncInferenceConfig { get; set; }
        public string EndpointConfigName { get; set; }
        public string ExecutionRoleArn { get; set; }
        public string KmsKeyId { get; set; }
        public List<ProductionVariant> ProductionVariants { get; set; }
        public List<ProductionVariant> ShadowProductionVariants { get; set; }
    }

    public class CreateEndpointConfigResponse : AmazonWebServiceResponse
    {
        public string EndpointConfigArn { get; set; }
    }

    public class CreateNotebookInstanceRequest : AmazonSageMakerRequest
    {
        public List<string> AcceleratorTypes { get; set; }
        public string DefaultCodeRepository { get; set; }
        public InstanceType InstanceType { get; set; }
        public string LifecycleConfigName { get; set; }
        public string NotebookInstanceName { get; set; }
        public string RoleArn { get; set; }
        public int? VolumeSizeInGB { get; set; }
    }

    public class CreateNotebookInstanceResponse : AmazonWebServiceResponse
    {
        public string NotebookInstanceArn { get; set; }
    }

    public class UpdateNotebookInstanceRequest : AmazonSageMakerRequest
    {
        public List<string> AcceleratorTypes { get; set; }
        public bool? DisassociateAcceleratorTypes { get; set; }
        public InstanceType InstanceType { get; set; }
        public string NotebookInstanceName { get; set; }
        public string RoleArn { get; set; }
    }

    public class UpdateNotebookInstanceResponse : AmazonWebServiceResponse
    {
    }

    public class CreateModelRequest : AmazonSageMakerRequest
    {
        public List<ContainerDefinition> Containers { get; set; }
        public bool? EnableNetworkIsolation { get; set; }
        public string ExecutionRoleArn { get; set; }
        public string ModelName { get; set; }
        public ContainerDefinition PrimaryContainer { get; set; }
    }

    public class CreateModelResponse : AmazonWebServiceResponse
    {
        public string ModelArn { get; set; }
    }

    public class ContainerDefinition
    {
        public string ContainerHostname { get; set; }
        public Dictionary<string, string> Environment { get; set; }
        public string Image { get; set; }
        public ContainerMode Mode { get; set; }
        public string ModelDataUrl { get; set; }
        public string ModelPackageName { get; set; }
    }

    public class CreateEndpointRequest : AmazonSageMakerRequest
    {
        public string EndpointConfigName { get; set; }
        public string EndpointName { get; set; }
    }

    public class CreateEndpointResponse : AmazonWebServiceResponse
    {
        public string EndpointArn { get; set; }
    }

    public class UpdateEndpointRequest : AmazonSageMakerRequest
    {
        public string EndpointConfigName { get; set; }
        public string EndpointName { get; set; }
    }

    public class UpdateEndpointResponse : AmazonWebServiceResponse
    {
        public string EndpointArn { get; set; }
    }
}
