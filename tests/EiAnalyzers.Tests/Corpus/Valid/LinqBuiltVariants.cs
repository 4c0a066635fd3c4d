// Variants projected with LINQ from settings records, and requests built with a small fluent builder; no EI.
using System.Collections.Generic;
using System.Linq;
using Amazon.SageMaker;
using Amazon.SageMaker.Model;

namespace Corpus.LinqBuiltVariants
{
    public sealed record VariantSettings(string Name, string Model, string InstanceType, int Count, float Weight);

    public sealed class EndpointConfigBuilder
    {
        private readonly CreateEndpointConfigRequest request = new CreateEndpointConfigRequest { ProductionVariants = new List<ProductionVariant>() };

        public EndpointConfigBuilder Named(string name)
        {
            request.EndpointConfigName = name;
            return this;
        }

        public EndpointConfigBuilder With(IEnumerable<VariantSettings> settings)
        {
            request.ProductionVariants.AddRange(settings.Select(s => new ProductionVariant
            {
                VariantName = s.Name,
                ModelName = s.Model,
                InstanceType = ProductionVariantInstanceType.FindValue(s.InstanceType),
                InitialInstanceCount = s.Count,
                InitialVariantWeight = s.Weight,
            }));
            return this;
        }

        public CreateEndpointConfigRequest Build() => request;

        public static CreateEndpointConfigRequest Example() => new EndpointConfigBuilder()
            .Named("linq-forecasts")
            .With(new[]
            {
                new VariantSettings("deepar", "linq-deepar", "ml.c5.2xlarge", 2, 0.8f),
                new VariantSettings("prophet", "linq-prophet", "ml.m5.xlarge", 1, 0.2f),
            })
            .Build();
    }
}
