using System.Threading.Tasks;
using EiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace EiAnalyzers.Tests.Checks;

/// <summary>EI0013 (end of life) on every place an accelerator is set; EI0014 (eia1 where eia2 is better).</summary>
public class EndOfLifeAndEia2Tests
{
    [Fact]
    public async Task End_of_life_is_reported_wherever_an_accelerator_is_set()
    {
        await Verify.Analyzer(Verify.Usings + """
            class Deploy
            {
                static readonly ProductionVariant FieldVariant = new ProductionVariant { AcceleratorType = {|EI0013:"ml.eia2.medium"|} };

                void Run(string configured, List<string> types, ProductionVariant parameter)
                {
                    new ProductionVariant { AcceleratorType = {|EI0013:ProductionVariantAcceleratorType.MlEia2Large|} };
                    new ProductionVariant { AcceleratorType = {|EI0013:EiAccelerators.Eia2Xlarge|} };
                    new ProductionVariant { AcceleratorType = {|EI0013:configured|} };
                    parameter.AcceleratorType = {|EI0013:"ml.eia2.medium"|};
                    new CreateNotebookInstanceRequest { AcceleratorTypes = new List<string> { {|EI0013:"ml.eia2.medium"|} } };
                    new UpdateNotebookInstanceRequest { AcceleratorTypes = {|EI0013:types|} };
                    new CreateNotebookInstanceRequest { AcceleratorTypes = new List<string>() };
                    new UpdateNotebookInstanceRequest { DisassociateAcceleratorTypes = true };
                    new ProductionVariant { AcceleratorType = null };
                    new ProductionVariant { InstanceType = ProductionVariantInstanceType.MlInf1Xlarge };
                }
            }
            """);
    }

    [Fact]
    public async Task Eia1_is_reported_with_its_eia2_twin_in_every_form()
    {
        await Verify.Analyzer(
            Verify.Usings + """
            class Deploy
            {
                void Run()
                {
                    new ProductionVariant { AcceleratorType = {|#0:"ml.eia1.medium"|} };
                    new ProductionVariant { AcceleratorType = {|#1:ProductionVariantAcceleratorType.MlEia1Large|} };
                    new ProductionVariant { AcceleratorType = {|#2:EiAccelerators.Eia1Xlarge|} };
                    new CreateNotebookInstanceRequest { AcceleratorTypes = new List<string> { {|#3:NotebookInstanceAcceleratorType.MlEia1Medium|} } };
                    new ProductionVariant { AcceleratorType = "ml.eia2.medium" };
                }
            }
            """,
            "dotnet_diagnostic.EI0013.severity = none\n",
            Verify.Diagnostic(Descriptors.PreferEia2).WithLocation(0).WithArguments("ml.eia1.medium", "ml.eia2.medium", 2, 1),
            Verify.Diagnostic(Descriptors.PreferEia2).WithLocation(1).WithArguments("ml.eia1.large", "ml.eia2.large", 4, 2),
            Verify.Diagnostic(Descriptors.PreferEia2).WithLocation(2).WithArguments("ml.eia1.xlarge", "ml.eia2.xlarge", 8, 4),
            Verify.Diagnostic(Descriptors.PreferEia2).WithLocation(3).WithArguments("ml.eia1.medium", "ml.eia2.medium", 2, 1));
    }

    [Fact]
    public async Task Code_without_any_accelerator_gets_nothing()
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
