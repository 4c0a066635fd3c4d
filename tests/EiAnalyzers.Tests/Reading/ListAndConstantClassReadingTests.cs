using System.Threading.Tasks;
using EiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace EiAnalyzers.Tests.Reading;

/// <summary>Lists built in loops and by index, ConstantClass texts as the SDK holds them, and models that share a name.</summary>
public class ListAndConstantClassReadingTests
{
    private const string Quiet = "dotnet_diagnostic.EI0013.severity = none\ndotnet_diagnostic.EI0014.severity = none\n";

    [Fact]
    public async Task Clear_then_add_in_a_retry_loop()
    {
        await Verify.Analyzer(Verify.Usings + """
            class Deploy
            {
                void Run(List<object> list, int tries)
                {
                    var request = new CreateNotebookInstanceRequest { NotebookInstanceName = "lab", InstanceType = InstanceType.MlT3Medium, AcceleratorTypes = new List<string>() };
                    for (var i = 0; i < tries; i++)
                    {
                        request.AcceleratorTypes.Clear();
                        request.AcceleratorTypes.Add("ml.eia2.medium");
                    }
                    list.Add(request);
                }
            }
            """, Quiet);
    }

    [Fact]
    public async Task Two_adds_in_a_loop_are_still_two()
    {
        await Verify.Analyzer(Verify.Usings + """
            class Deploy
            {
                void Run(List<object> list, int tries)
                {
                    var request = new CreateNotebookInstanceRequest { NotebookInstanceName = "lab", InstanceType = InstanceType.MlT3Medium, AcceleratorTypes = new List<string>() };
                    for (var i = 0; i < tries; i++)
                    {
                        request.AcceleratorTypes.Clear();
                        request.AcceleratorTypes.Add("ml.eia2.medium");
                        request.AcceleratorTypes.Add({|EI0011:"ml.eia2.large"|});
                    }
                    list.Add(request);
                }
            }
            """, Quiet);
    }

    [Fact]
    public async Task A_constant_class_local_from_a_string_in_the_notebook_list()
    {
        await Verify.Analyzer(Verify.Usings + """
            class Deploy
            {
                CreateNotebookInstanceRequest Make()
                {
                    NotebookInstanceAcceleratorType t = "ML.EIA2.MEDIUM";
                    var r = new CreateNotebookInstanceRequest { NotebookInstanceName = "lab", InstanceType = InstanceType.MlT3Medium, AcceleratorTypes = new List<string>() };
                    r.AcceleratorTypes.Add(t);
                    string s = NotebookInstanceAcceleratorType.FindValue("ML.EIA2.LARGE");
                    var r2 = new CreateNotebookInstanceRequest { NotebookInstanceName = "lab2", InstanceType = InstanceType.MlT3Medium, AcceleratorTypes = new List<string> { s } };
                    var n = new NotebookInstanceAcceleratorType("ML.EIA2.MEDIUM");
                    var r3 = new CreateNotebookInstanceRequest { NotebookInstanceName = "lab3", InstanceType = InstanceType.MlT3Medium, AcceleratorTypes = new List<string> { {|EI0001:n|} } };
                    return r;
                }
            }
            """, Quiet);
    }

    [Fact]
    public async Task Variant_property_from_a_string_is_found_case_insensitively()
    {
        await Verify.Analyzer(Verify.Usings + """
            class Deploy
            {
                ProductionVariant Make()
                {
                    ProductionVariantAcceleratorType t = new ProductionVariantAcceleratorType("ML.EIA2.MEDIUM");
                    var a = new ProductionVariant { ModelName = "m", InstanceType = "ml.m5.large", AcceleratorType = "ML.EIA2.MEDIUM" };
                    return new ProductionVariant { ModelName = "m", InstanceType = "ml.m5.large", AcceleratorType = {|EI0001:t|} };
                }
            }
            """, Quiet);
    }

    [Fact]
    public async Task Models_of_one_name_that_agree_still_report()
    {
        await Verify.Analyzer(Verify.Usings + """
            class Stacks
            {
                void A(List<object> list)
                {
                    list.Add(new CreateModelRequest { ModelName = "churn", PrimaryContainer = new ContainerDefinition { Image = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1" } });
                }

                void B(List<object> list)
                {
                    list.Add(new CreateModelRequest { ModelName = "churn", PrimaryContainer = new ContainerDefinition { Image = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.5-1" } });
                }

                void C(List<object> list)
                {
                    list.Add(new ProductionVariant { ModelName = "churn", InstanceType = "ml.m5.large", AcceleratorType = {|EI0002:"ml.eia2.medium"|} });
                }
            }
            """, Quiet);
    }

    [Fact]
    public async Task Models_of_one_name_that_disagree_say_nothing_to_a_variant_that_names_it_by_string()
    {
        await Verify.Analyzer(Verify.Usings + """
            class Stacks
            {
                void A(List<object> list)
                {
                    list.Add(new CreateModelRequest { ModelName = "churn", PrimaryContainer = new ContainerDefinition { Image = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1" } });
                }

                void B(List<object> list)
                {
                    list.Add(new CreateModelRequest { ModelName = "churn", PrimaryContainer = new ContainerDefinition { Image = "763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference-eia:2.3.0-cpu" } });
                }

                void C(List<object> list)
                {
                    list.Add(new ProductionVariant { ModelName = "churn", InstanceType = "ml.m5.large", AcceleratorType = "ml.eia2.medium" });
                }
            }
            """, Quiet);
    }

    [Fact]
    public async Task Local_list_written_by_index()
    {
        await Verify.Analyzer(Verify.Usings + """
            class Deploy
            {
                CreateNotebookInstanceRequest Make(int i)
                {
                    var l = new List<string> { "ml.eia2.medium" };
                    l[0] = {|EI0001:"eia2.large"|};
                    var m = new List<string> { "ml.eia2.medium" };
                    m[i] = "ml.eia2.large";
                    new CreateNotebookInstanceRequest { NotebookInstanceName = "b", InstanceType = InstanceType.MlT3Medium, AcceleratorTypes = m };
                    return new CreateNotebookInstanceRequest { NotebookInstanceName = "a", InstanceType = InstanceType.MlT3Medium, AcceleratorTypes = l };
                }
            }
            """, Quiet);
    }
}
