using System.Threading.Tasks;
using EiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace EiAnalyzers.Tests.Reading;

/// <summary>Where configuration is read (Reading/BlockReader, KnownSymbols): every kind of code block, and only the libraries' own types.</summary>
public class BlockReadingTests
{
    private const string Quiet = "dotnet_diagnostic.EI0013.severity = none\ndotnet_diagnostic.EI0014.severity = none\n";

    [Theory]
    [Libraries]
    public async Task Every_kind_of_code_block_is_read(Library library)
    {
        await Verify.Program(library.Usings + $$"""
            var variant = new {{library.VariantType}} { InstanceType = "ml.g4dn.xlarge", AcceleratorType = {|EI0006:"ml.eia2.medium"|} };
            System.Console.WriteLine(variant.VariantName);

            class Deploy
            {
                static readonly {{library.VariantType}} Field = new {{library.VariantType}} { InstanceType = "ml.p3.2xlarge", AcceleratorType = {|EI0006:"ml.eia2.medium"|} }, Second = new {{library.VariantType}}();

                {{library.VariantType}} Initialized { get; } = new {{library.VariantType}} { InstanceType = "ml.inf1.xlarge", AcceleratorType = {|EI0006:"ml.eia2.medium"|} };

                {{library.VariantType}} ExpressionBodied => new {{library.VariantType}} { InstanceType = "ml.g5.xlarge", AcceleratorType = {|EI0006:"ml.eia2.medium"|} };

                {{library.VariantType}} this[int i] => new {{library.VariantType}} { InstanceType = "ml.trn1.2xlarge", AcceleratorType = {|EI0006:"ml.eia2.medium"|} };

                {{library.VariantType}} Accessor
                {
                    get { return new {{library.VariantType}} { InstanceType = "ml.g4dn.2xlarge", AcceleratorType = {|EI0006:"ml.eia2.medium"|} }; }
                }

                Deploy()
                {
                    Make();
                    {{library.VariantType}} Make() => new {{library.VariantType}} { InstanceType = "ml.p3.8xlarge", AcceleratorType = {|EI0006:"ml.eia2.medium"|} };
                }
            }
            """, Quiet);
    }

    [Fact]
    public async Task An_unrelated_class_named_ProductionVariant_gets_nothing()
    {
        await Verify.Analyzer("""
            namespace Game.Balancing
            {
                public class ProductionVariant
                {
                    public string AcceleratorType { get; set; }
                    public string InstanceType { get; set; }
                }

                public class Factory
                {
                    public ProductionVariant Make() => new ProductionVariant { AcceleratorType = "turbo", InstanceType = "ml.g4dn.xlarge" };
                }
            }
            """);
    }

    [Fact]
    public async Task An_unrelated_class_named_like_the_cdks_variant_gets_nothing()
    {
        await Verify.Analyzer("""
            namespace Game.Balancing
            {
                public class CfnEndpointConfig
                {
                    public class ProductionVariantProperty
                    {
                        public string AcceleratorType { get; set; }
                        public string InstanceType { get; set; }
                    }
                }

                public class Factory
                {
                    public CfnEndpointConfig.ProductionVariantProperty Make() => new CfnEndpointConfig.ProductionVariantProperty { AcceleratorType = "turbo", InstanceType = "ml.g4dn.xlarge" };
                }
            }
            """);
    }
}
