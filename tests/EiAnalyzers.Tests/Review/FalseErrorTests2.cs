using System.Threading.Tasks;
using EiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace EiAnalyzers.Tests.Review;

/// <summary>Review, second batch: valid programs that get an Error (stale values, defaults, names shared by models).</summary>
public class FalseErrorTests2
{
    private const string Quiet = "dotnet_diagnostic.EI0013.severity = none\ndotnet_diagnostic.EI0014.severity = none\n";

    [Fact]
    public async Task A_default_host_applied_with_coalescing_assignment_to_a_variant_that_has_one()
    {
        // InstanceType is "ml.m5.large", never null: ??= does not run.
        await Verify.Analyzer(Verify.Usings + """
            class Deploy
            {
                const string DefaultHost = "ml.g4dn.xlarge";

                ProductionVariant Make()
                {
                    var v = new ProductionVariant { ModelName = "m", InstanceType = "ml.m5.large", AcceleratorType = "ml.eia2.medium" };
                    v.InstanceType ??= DefaultHost;
                    return v;
                }
            }
            """, Quiet);
    }

    [Fact]
    public async Task A_default_host_applied_when_none_is_set_to_a_variant_that_has_one()
    {
        await Verify.Analyzer(Verify.Usings + """
            class Deploy
            {
                ProductionVariant Make()
                {
                    var v = new ProductionVariant { ModelName = "m", InstanceType = "ml.m5.large", AcceleratorType = "ml.eia2.medium" };
                    if (v.InstanceType == null)
                    {
                        v.InstanceType = "ml.g4dn.xlarge";
                    }

                    return v;
                }
            }
            """, Quiet);
    }

    [Fact]
    public async Task A_field_changed_by_a_method_of_the_project_is_not_the_value_written_before_the_call()
    {
        await Verify.Analyzer(Verify.Usings + """
            class Deployer
            {
                private string instanceType;
                private bool useEi;

                private void ChooseHost(bool cheap)
                {
                    if (cheap)
                    {
                        instanceType = "ml.m5.large";
                        useEi = true;
                    }
                }

                public ProductionVariant Build(bool cheap)
                {
                    instanceType = "ml.g4dn.xlarge";
                    useEi = false;
                    ChooseHost(cheap);
                    return new ProductionVariant { ModelName = "m", InstanceType = instanceType, AcceleratorType = useEi ? "ml.eia2.medium" : null };
                }
            }
            """, Quiet);
    }

    [Fact]
    public async Task A_local_changed_by_a_local_function_is_not_the_value_written_before_the_call()
    {
        await Verify.Analyzer(Verify.Usings + """
            class Deploy
            {
                ProductionVariant Make(bool cheap)
                {
                    var host = "ml.g4dn.xlarge";
                    void UseCpu() => host = "ml.m5.large";
                    if (cheap)
                    {
                        UseCpu();
                    }

                    return new ProductionVariant { ModelName = "m", InstanceType = host, AcceleratorType = cheap ? "ml.eia2.medium" : null };
                }
            }
            """, Quiet);
    }

    [Fact]
    public async Task Two_environments_create_a_model_of_the_same_name_and_each_variant_names_it_by_string()
    {
        // "vision" is created twice (a CPU image for dev, a GPU image for prod): each variant is right for one of them,
        // and which one it serves is not known, so nothing is certain enough for an Error.
        await Verify.Analyzer(Verify.Usings + """
            class Environments
            {
                const string Name = "vision";

                void Dev(List<object> list)
                {
                    list.Add(new CreateModelRequest { ModelName = Name, PrimaryContainer = new ContainerDefinition { Image = "763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference:2.3.0-cpu" } });
                    list.Add(new ProductionVariant { ModelName = Name, InstanceType = "ml.m5.large" });
                }

                void Prod(List<object> list)
                {
                    list.Add(new CreateModelRequest { ModelName = Name, PrimaryContainer = new ContainerDefinition { Image = "763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference:2.3.0-gpu" } });
                    list.Add(new ProductionVariant { ModelName = Name, InstanceType = "ml.g4dn.xlarge" });
                }
            }
            """, Quiet);
    }

    [Fact]
    public async Task An_ei_variant_linked_to_its_tensorflow_model_is_not_checked_against_an_xgboost_model_of_the_same_name_elsewhere()
    {
        await Verify.Analyzer(Verify.Usings + """
            class Stacks
            {
                void Vision(List<object> list)
                {
                    var model = new CreateModelRequest { ModelName = "churn", PrimaryContainer = new ContainerDefinition { Image = "763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference-eia:2.3.0-cpu" } };
                    list.Add(model);
                    list.Add(new ProductionVariant { ModelName = model.ModelName, InstanceType = "ml.m5.large", AcceleratorType = "ml.eia2.medium" });
                }

                void Legacy(List<object> list)
                {
                    var model = new CreateModelRequest { ModelName = "churn", PrimaryContainer = new ContainerDefinition { Image = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1" } };
                    list.Add(model);
                    list.Add(new ProductionVariant { ModelName = model.ModelName, InstanceType = "ml.m5.large" });
                }
            }
            """, Quiet);
    }

    [Fact]
    public async Task An_ei_variant_reused_after_its_endpoint_config_was_sent_is_judged_by_what_was_sent()
    {
        // What the SDK call received (m5 with EI) is valid; the object is then moved to a GPU without its accelerator.
        await Verify.Analyzer(Verify.Usings + """
            using System.Threading.Tasks;

            class Deploy
            {
                async Task Run(IAmazonSageMaker client)
                {
                    var v = new ProductionVariant { ModelName = "m", VariantName = "main", InstanceType = "ml.m5.large", AcceleratorType = "ml.eia2.medium" };
                    await client.CreateEndpointConfigAsync(new CreateEndpointConfigRequest { EndpointConfigName = "ei", ProductionVariants = new List<ProductionVariant> { v } });
                    v.InstanceType = "ml.g4dn.xlarge";
                    v.AcceleratorType = null;
                    await client.CreateEndpointConfigAsync(new CreateEndpointConfigRequest { EndpointConfigName = "gpu", ProductionVariants = new List<ProductionVariant> { v } });
                }
            }
            """, "dotnet_diagnostic.EI0014.severity = none\n", Verify.Diagnostic("EI0013").WithSpan(13, 120, 13, 136));
    }
}
