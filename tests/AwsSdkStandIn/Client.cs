// Stand-in for the client of AWSSDK.SageMaker: the methods SageMaker code calls, with the real signatures. It builds
// nothing and sends nothing: calling it throws, because this assembly exists only so that code compiles.
using System;
using System.Threading;
using System.Threading.Tasks;
using Amazon.SageMaker.Model;

namespace Amazon.SageMaker
{
    public interface IAmazonSageMaker : IDisposable
    {
        Task<CreateModelResponse> CreateModelAsync(CreateModelRequest request, CancellationToken cancellationToken = default);

        Task<CreateEndpointConfigResponse> CreateEndpointConfigAsync(CreateEndpointConfigRequest request, CancellationToken cancellationToken = default);

        Task<CreateEndpointResponse> CreateEndpointAsync(CreateEndpointRequest request, CancellationToken cancellationToken = default);

        Task<UpdateEndpointResponse> UpdateEndpointAsync(UpdateEndpointRequest request, CancellationToken cancellationToken = default);

        Task<CreateNotebookInstanceResponse> CreateNotebookInstanceAsync(CreateNotebookInstanceRequest request, CancellationToken cancellationToken = default);

        Task<UpdateNotebookInstanceResponse> UpdateNotebookInstanceAsync(UpdateNotebookInstanceRequest request, CancellationToken cancellationToken = default);
    }

    public class AmazonSageMakerClient : IAmazonSageMaker
    {
        public AmazonSageMakerClient()
        {
        }

        public AmazonSageMakerClient(Amazon.RegionEndpoint region)
        {
        }

        public Task<CreateModelResponse> CreateModelAsync(CreateModelRequest request, CancellationToken cancellationToken = default) => StandIn<CreateModelResponse>();

        public Task<CreateEndpointConfigResponse> CreateEndpointConfigAsync(CreateEndpointConfigRequest request, CancellationToken cancellationToken = default) => StandIn<CreateEndpointConfigResponse>();

        public Task<CreateEndpointResponse> CreateEndpointAsync(CreateEndpointRequest request, CancellationToken cancellationToken = default) => StandIn<CreateEndpointResponse>();

        public Task<UpdateEndpointResponse> UpdateEndpointAsync(UpdateEndpointRequest request, CancellationToken cancellationToken = default) => StandIn<UpdateEndpointResponse>();

        public Task<CreateNotebookInstanceResponse> CreateNotebookInstanceAsync(CreateNotebookInstanceRequest request, CancellationToken cancellationToken = default) => StandIn<CreateNotebookInstanceResponse>();

        public Task<UpdateNotebookInstanceResponse> UpdateNotebookInstanceAsync(UpdateNotebookInstanceRequest request, CancellationToken cancellationToken = default) => StandIn<UpdateNotebookInstanceResponse>();

        public void Dispose()
        {
        }

        private static Task<T> StandIn<T>() =>
            throw new NotSupportedException("AWSSDK.SageMaker.StandIn only lets SageMaker code compile; build with -p:UseRealAwsSdk=true to call AWS.");
    }
}
