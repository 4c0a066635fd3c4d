// Asynchronous inference: an AsyncInferenceConfig with S3 output, on a CPU host without an accelerator.
using System.Collections.Generic;
using Amazon.SageMaker;
using Amazon.SageMaker.Model;

namespace Corpus.AsyncInferenceEndpoint
{
    public static class AsyncTranscription
    {
        public static CreateEndpointConfigRequest Config(string kmsKeyId) => new CreateEndpointConfigRequest
        {
            EndpointConfigName = "async-whisper",
            KmsKeyId = kmsKeyId,
            AsyncInferenceConfig = new AsyncInferenceConfig
            {
                ClientConfig = new AsyncInferenceClientConfig { MaxConcurrentInvocationsPerInstance = 4 },
                OutputConfig = new AsyncInferenceOutputConfig
                {
                    S3OutputPath = "s3://transcripts-123456789012/async/output/",
                    S3FailurePath = "s3://transcripts-123456789012/async/failures/",
                    KmsKeyId = kmsKeyId,
                },
            },
            ProductionVariants = new List<ProductionVariant>
            {
                new ProductionVariant
                {
                    VariantName = "AllTraffic",
                    ModelName = "async-whisper-small",
                    InitialInstanceCount = 1,
                    InstanceType = ProductionVariantInstanceType.MlM5Xlarge,
                    ModelDataDownloadTimeoutInSeconds = 1200,
                },
            },
        };
    }
}
