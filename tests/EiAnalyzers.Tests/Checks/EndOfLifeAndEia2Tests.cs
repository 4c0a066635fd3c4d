using System.Threading.Tasks;
using EiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace EiAnalyzers.Tests.Checks;

/// <summary>EI0013 (end of life) on every place an accelerator is set; EI0014 (eia1 where eia2 is better).</summary>
public class EndOfLifeAndEia2Tests
{
    [Theory]
    [Libraries]
    public async Task End_of_life_is_reported_wherever_an_accelerator_is_set(Library library)
    {
        await Verify.Analyzer(library.Program(
            $$"""
            {{library.Variant(accelerator: "{|EI0013:EiAccelerators.Eia2Xlarge|}")}};
            {{library.Variant(accelerator: "{|EI0013:configured|}")}};
            parameter.AcceleratorType = {|EI0013:"ml.eia2.medium"|};
            {{library.EndpointConfig(library.Variant(model: "\"m\"", accelerator: "{|EI0013:{|EI0014:\"ml.eia1.large\"|}|}"))}};
            {{library.Notebook(accelerators: "{|EI0013:\"ml.eia2.medium\"|}", id: "First")}};
            {{library.Notebook(accelerators: "{|EI0013:EiAccelerators.Eia2Medium|}", instanceType: "\"ml.t3.medium\"", id: "Second")}};
            {{library.Notebook(acceleratorList: "{|EI0013:types|}", id: "Third")}};
            {{library.Notebook(accelerators: "", id: "Fourth")}};
            {{library.Variant(accelerator: "null")}};
            {{library.Variant(instanceType: library.Host("ml.inf1.xlarge"))}};
            """,
            members: $$"""static readonly {{library.VariantType}} FieldVariant = {{library.Variant(accelerator: "{|EI0013:\"ml.eia2.medium\"|}")}};""",
            parameters: $"string configured, {library.AcceleratorListType} types, {library.VariantType} parameter"));
    }

    [Fact]
    public async Task End_of_life_is_reported_on_the_sdks_ConstantClass_values_and_update_requests()
    {
        await Verify.Analyzer(Verify.Usings + """
            class Deploy
            {
                void Run(List<string> types)
                {
                    new ProductionVariant { AcceleratorType = {|EI0013:ProductionVariantAcceleratorType.MlEia2Large|} };
                    new UpdateNotebookInstanceRequest { AcceleratorTypes = {|EI0013:types|} };
                    new UpdateNotebookInstanceRequest { DisassociateAcceleratorTypes = true };
                    new ProductionVariant { InstanceType = ProductionVariantInstanceType.MlInf1Xlarge };
                }
            }
            """);
    }

    [Theory]
    [Libraries]
    public async Task Eia1_is_reported_with_its_eia2_twin_in_every_form(Library library)
    {
        await Verify.Analyzer(
            library.Program($$"""
                {{library.Variant(accelerator: "{|#0:\"ml.eia1.medium\"|}")}};
                {{library.Variant(accelerator: "{|#1:" + library.Accelerator("ml.eia1.large") + "|}")}};
                {{library.Variant(accelerator: "{|#2:EiAccelerators.Eia1Xlarge|}")}};
                {{library.Notebook(accelerators: "{|#3:" + library.NotebookAccelerator("ml.eia1.medium") + "|}")}};
                {{library.Variant(accelerator: "\"ml.eia2.medium\"")}};
                """),
            "dotnet_diagnostic.EI0013.severity = none\n",
            Verify.Diagnostic(Descriptors.PreferEia2).WithLocation(0).WithArguments("ml.eia1.medium", "ml.eia2.medium", 2, 1),
            Verify.Diagnostic(Descriptors.PreferEia2).WithLocation(1).WithArguments("ml.eia1.large", "ml.eia2.large", 4, 2),
            Verify.Diagnostic(Descriptors.PreferEia2).WithLocation(2).WithArguments("ml.eia1.xlarge", "ml.eia2.xlarge", 8, 4),
            Verify.Diagnostic(Descriptors.PreferEia2).WithLocation(3).WithArguments("ml.eia1.medium", "ml.eia2.medium", 2, 1));
    }

    [Theory]
    [Libraries]
    public async Task Code_without_any_accelerator_gets_nothing(Library library)
    {
        await Verify.Analyzer(library.Program($$"""
            {{library.Model("churn", "\"683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1\"")}}
            {{library.Model("vision", "\"763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference:2.1.0-gpu-py310\"")}}
            {{library.EndpointConfig(library.Variant(name: "\"AllTraffic\"", model: library.ModelNameOf("churn"), instanceType: library.Host("ml.m5.large"), more: "InitialInstanceCount = 1"), id: "churn-config")}};
            {{library.EndpointConfig(library.Variant(name: "\"AllTraffic\"", model: library.ModelNameOf("vision"), instanceType: "\"ml.g5.xlarge\""), id: "vision-config")}};
            {{library.Notebook(name: "\"lab\"", instanceType: library.NotebookHost("ml.t3.medium"))}};
            """));
    }

    [Fact]
    public async Task Requests_sent_through_the_sdks_client_without_any_accelerator_get_nothing()
    {
        await Verify.Analyzer(Verify.Usings + """
            class Deploy
            {
                async System.Threading.Tasks.Task Run(IAmazonSageMaker client)
                {
                    await client.CreateModelAsync(new CreateModelRequest
                    {
                        ModelName = "churn",
                        ExecutionRoleArn = "arn:aws:iam::123456789012:role/SageMaker",
                        PrimaryContainer = new ContainerDefinition
                        {
                            Image = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1",
                            ModelDataUrl = "s3://bucket/churn/model.tar.gz",
                        },
                    });
                    await client.CreateEndpointConfigAsync(new CreateEndpointConfigRequest
                    {
                        EndpointConfigName = "churn-config",
                        ProductionVariants = new List<ProductionVariant>
                        {
                            new ProductionVariant
                            {
                                VariantName = "AllTraffic",
                                ModelName = "churn",
                                InitialInstanceCount = 1,
                                InstanceType = ProductionVariantInstanceType.MlM5Large,
                            },
                        },
                    });
                }
            }
            """);
    }
}
