using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace EiAnalyzers.Tests.Infrastructure;

/// <summary>
/// The library a test program is written with: the AWS SDK for .NET (<c>Amazon.SageMaker.Model</c>, requests and
/// ConstantClass values) or the AWS CDK for .NET (<c>Amazon.CDK.AWS.Sagemaker</c>, constructs and string values). A
/// scenario is written once, with the test markup in the values it passes, and each member writes it the way that
/// library spells it:
/// <code>
/// library.Program(library.Variant(instanceType: "\"ml.g4dn.xlarge\"", accelerator: "{|EI0006:\"ml.eia2.medium\"|}") + ";")
/// </code>
/// Every value is C# code (a string literal is written with its quotes). Members write one line each, so that a fix's
/// expected output is written with the same members. Where a value form exists in one library only (ConstantClass
/// fields, <c>FindValue</c>, <c>List&lt;T&gt;.Add</c>, update requests for the SDK; <c>AttrModelName</c> and construct
/// ids for the CDK), the test is written for that library alone (<see cref="Sdk"/>, <see cref="Cdk"/>,
/// <see cref="SdkAttribute"/>, <see cref="CdkAttribute"/>).
/// </summary>
/// <remarks>
/// The robustness tests rebuild the programs of the test files by syntax (<c>Robustness/TestSources.cs</c>): they call
/// these members by reflection, once per library a test runs for. So a member takes only strings, bools and ints, has
/// no overload and no <c>params</c>, and writes nothing that depends on state.
/// </remarks>
public sealed class Library : IXunitSerializable
{
    public static readonly Library Sdk = new("SDK");

    public static readonly Library Cdk = new("CDK");

    public static IReadOnlyList<Library> Both { get; } = new[] { Sdk, Cdk };

    /// <summary>For xunit's serialization only.</summary>
    public Library()
    {
        Name = "";
    }

    private Library(string name)
    {
        Name = name;
    }

    /// <summary><c>SDK</c> or <c>CDK</c>.</summary>
    public string Name { get; private set; }

    public bool IsSdk => Name == "SDK";

    public bool IsCdk => Name == "CDK";

    public static Library Named(string name) =>
        Both.FirstOrDefault(l => l.Name == name) ?? throw new ArgumentException($"No library is named '{name}'.", nameof(name));

    public override string ToString() => Name;

    /// <summary>
    /// The usings of a file of infrastructure code (and the generated namespace). Both have <c>System</c> and
    /// <c>System.Collections.Generic</c>; with the CDK, <c>Environment</c> is ambiguous (<c>Amazon.CDK.Environment</c>):
    /// write <c>System.Environment</c>.
    /// </summary>
    public string Usings => IsSdk ? Verify.Usings : """
        using System;
        using System.Collections.Generic;
        using Amazon.CDK;
        using Amazon.CDK.AWS.Sagemaker;
        using Constructs;
        using SageMaker.ElasticInference;

        """;

    /// <summary><c>ProductionVariant</c> or <c>CfnEndpointConfig.ProductionVariantProperty</c>.</summary>
    public string VariantType => IsSdk ? "ProductionVariant" : "CfnEndpointConfig.ProductionVariantProperty";

    /// <summary>
    /// A whole file: the usings, <paramref name="declarations"/> (<c>[EiModel]</c> classes, helper types), and the
    /// class that builds the infrastructure: with the SDK, <c>class Deploy</c> whose <c>void Run(parameters)</c> holds
    /// <paramref name="body"/>; with the CDK, a <c>Stack</c> (<c>InferenceStack</c>) whose constructor holds it, so
    /// that <c>this</c> is the constructs' scope. <paramref name="members"/> are further members of that class;
    /// <paramref name="type"/> renames it (for a second file of a project). The body is indented by two levels and the
    /// members by one.
    /// </summary>
    public string Program(string body, string declarations = "", string members = "", string parameters = "", string? type = null)
    {
        var membersText = members.Length == 0 ? "" : Indent(members, "    ") + "\n\n";
        var name = type ?? (IsSdk ? "Deploy" : "InferenceStack");
        return IsSdk
            ? Usings + declarations + "class " + name + "\n{\n" + membersText
              + "    void Run(" + parameters + ")\n    {\n" + Indent(body, "        ") + "\n    }\n}\n"
            : Usings + declarations + "internal sealed class " + name + " : Stack\n{\n" + membersText
              + "    public " + name + "(Construct scope, string id" + (parameters.Length == 0 ? "" : ", " + parameters) + ")\n        : base(scope, id)\n    {\n"
              + Indent(body, "        ") + "\n    }\n}\n";
    }

    /// <summary>
    /// The library's usual spelling of an instance type for a variant: the ConstantClass field
    /// (<c>ProductionVariantInstanceType.MlG4dnXlarge</c>) with the SDK, the string with the CDK.
    /// </summary>
    public string Host(string instanceType) => IsSdk ? "ProductionVariantInstanceType." + Field(instanceType) : Quote(instanceType);

    /// <summary>The same for a notebook's instance type: <c>InstanceType.MlT3Medium</c> or the string.</summary>
    public string NotebookHost(string instanceType) => IsSdk ? "InstanceType." + Field(instanceType) : Quote(instanceType);

    /// <summary>The same for a variant's accelerator: <c>ProductionVariantAcceleratorType.MlEia2Medium</c> or the string.</summary>
    public string Accelerator(string acceleratorType) => IsSdk ? "ProductionVariantAcceleratorType." + Field(acceleratorType) : Quote(acceleratorType);

    /// <summary>The same for a notebook's accelerator: <c>NotebookInstanceAcceleratorType.MlEia2Medium</c> or the string.</summary>
    public string NotebookAccelerator(string acceleratorType) => IsSdk ? "NotebookInstanceAcceleratorType." + Field(acceleratorType) : Quote(acceleratorType);

    /// <summary>The type of a serverless configuration, for a parameter.</summary>
    public string ServerlessType => IsSdk ? "ProductionVariantServerlessConfig" : "CfnEndpointConfig.ServerlessConfigProperty";

    /// <summary>The type of a notebook's accelerator list, for a parameter: <c>List&lt;string&gt;</c> or <c>string[]</c>.</summary>
    public string AcceleratorListType => IsSdk ? "List<string>" : "string[]";

    /// <summary>The type of what <see cref="Notebook"/> writes, for a parameter: <c>CreateNotebookInstanceRequest</c> or <c>CfnNotebookInstance</c>.</summary>
    public string NotebookType => IsSdk ? "CreateNotebookInstanceRequest" : "CfnNotebookInstance";

    /// <summary>The type of what <see cref="EndpointConfig"/> writes, for a parameter.</summary>
    public string EndpointConfigType => IsSdk ? "CreateEndpointConfigRequest" : "CfnEndpointConfig";

    /// <summary>
    /// A production variant's object initializer, its properties in this order, each only when given:
    /// <c>VariantName</c>, <c>ModelName</c>, <c>InstanceType</c>, <c>ServerlessConfig</c>, <c>AcceleratorType</c>, then
    /// <paramref name="more"/> (further <c>Name = value</c> assignments, written as given).
    /// </summary>
    public string Variant(string? model = null, string? instanceType = null, string? accelerator = null, string? serverless = null, string? name = null, string? more = null) =>
        Initializer(VariantType, ("VariantName", name), ("ModelName", model), ("InstanceType", instanceType), ("ServerlessConfig", serverless), ("AcceleratorType", accelerator), (null, more));

    /// <summary>A serverless configuration: <c>ProductionVariantServerlessConfig</c> or <c>CfnEndpointConfig.ServerlessConfigProperty</c>.</summary>
    public string Serverless(int memoryMb = 2048, int maxConcurrency = 0) => IsSdk
        ? Initializer("ProductionVariantServerlessConfig", ("MemorySizeInMB", memoryMb.ToString()), ("MaxConcurrency", maxConcurrency > 0 ? maxConcurrency.ToString() : null))
        : Initializer("CfnEndpointConfig.ServerlessConfigProperty", ("MemorySizeInMb", memoryMb.ToString()), ("MaxConcurrency", maxConcurrency > 0 ? maxConcurrency.ToString() : null));

    /// <summary>An asynchronous inference configuration with an output path.</summary>
    public string AsyncInference => IsSdk
        ? "new AsyncInferenceConfig { OutputConfig = new AsyncInferenceOutputConfig { S3OutputPath = \"s3://bucket/out\" } }"
        : "new CfnEndpointConfig.AsyncInferenceConfigProperty { OutputConfig = new CfnEndpointConfig.AsyncInferenceOutputConfigProperty { S3OutputPath = \"s3://bucket/out\" } }";

    /// <summary>
    /// An endpoint configuration (an expression) listing <paramref name="variants"/> (variant expressions, separated
    /// by commas; null: no <c>ProductionVariants</c>) and <paramref name="shadowVariants"/>, with asynchronous
    /// inference when <paramref name="asyncInference"/>: a <c>CreateEndpointConfigRequest</c> named
    /// <paramref name="id"/>, or a <c>CfnEndpointConfig</c> construct of id <paramref name="id"/>.
    /// </summary>
    public string EndpointConfig(string? variants, bool asyncInference = false, string id = "config", string? shadowVariants = null)
    {
        var properties = new (string?, string?)[]
        {
            ("AsyncInferenceConfig", asyncInference ? AsyncInference : null),
            ("ProductionVariants", variants is null ? null : VariantList(variants)),
            ("ShadowProductionVariants", shadowVariants is null ? null : VariantList(shadowVariants)),
        };
        return IsSdk
            ? Initializer("CreateEndpointConfigRequest", new (string?, string?)[] { ("EndpointConfigName", Quote(id)) }.Concat(properties).ToArray())
            : $"new CfnEndpointConfig(this, {Quote(id)}, " + Initializer("CfnEndpointConfigProps", properties) + ")";
    }

    /// <summary>A list of variants for <c>ProductionVariants</c>: <c>new List&lt;ProductionVariant&gt; { ... }</c> or <c>new[] { ... }</c>.</summary>
    public string VariantList(string variants) => IsSdk
        ? "new List<ProductionVariant> " + Braces(variants)
        : variants.Length == 0 ? "new CfnEndpointConfig.ProductionVariantProperty[] { }" : "new[] " + Braces(variants);

    /// <summary>
    /// A statement that declares <paramref name="variable"/>, a model whose primary container has
    /// <paramref name="image"/>: a <c>CreateModelRequest</c> named <paramref name="name"/> (by default the variable's
    /// name as a string), or a <c>CfnModel</c> construct of id <paramref name="variable"/>, with
    /// <c>ModelName = name</c> only when given. <paramref name="multiModel"/> sets the container's mode to MultiModel.
    /// </summary>
    public string Model(string variable, string image, string? name = null, bool multiModel = false) =>
        ModelWith(variable, name, ("PrimaryContainer", Container(image, multiModel)));

    /// <summary>The same, with <c>Containers</c> (an inference pipeline): <paramref name="containers"/> are <see cref="Container"/> expressions separated by commas.</summary>
    public string PipelineModel(string variable, string containers, string? name = null) =>
        ModelWith(variable, name, ("Containers", IsSdk ? "new List<ContainerDefinition> " + Braces(containers) : "new[] " + Braces(containers)));

    /// <summary>A container: <c>ContainerDefinition</c> or <c>CfnModel.ContainerDefinitionProperty</c>.</summary>
    public string Container(string image, bool multiModel = false) => IsSdk
        ? Initializer("ContainerDefinition", ("Image", image), ("Mode", multiModel ? "ContainerMode.MultiModel" : null))
        : Initializer("CfnModel.ContainerDefinitionProperty", ("Image", image), ("Mode", multiModel ? "\"MultiModel\"" : null));

    private string ModelWith(string variable, string? name, (string?, string?) containers) => IsSdk
        ? $"var {variable} = " + Initializer("CreateModelRequest", ("ModelName", name ?? Quote(variable)), containers) + ";"
        : $"var {variable} = new CfnModel(this, {Quote(variable)}, " + Initializer("CfnModelProps", ("ModelName", name), ("ExecutionRoleArn", "\"r\""), containers) + ");";

    /// <summary>The name of the model <see cref="Model"/> declared as <paramref name="variable"/>: <c>variable.ModelName</c> or <c>variable.AttrModelName</c>.</summary>
    public string ModelNameOf(string variable) => IsSdk ? variable + ".ModelName" : variable + ".AttrModelName";

    /// <summary>
    /// A notebook instance (an expression): a <c>CreateNotebookInstanceRequest</c>, or a <c>CfnNotebookInstance</c>
    /// construct of id <paramref name="id"/> (with a role). <paramref name="accelerators"/>, when given, are the
    /// accelerator expressions of its list (see <see cref="AcceleratorList"/>); <paramref name="acceleratorList"/>, when
    /// given instead, is the list expression itself.
    /// </summary>
    public string Notebook(string? accelerators = null, string? name = null, string? instanceType = null, string id = "Notebook", string? acceleratorList = null)
    {
        var list = acceleratorList ?? (accelerators is null ? null : AcceleratorList(accelerators));
        return IsSdk
            ? Initializer("CreateNotebookInstanceRequest", ("NotebookInstanceName", name), ("InstanceType", instanceType), ("AcceleratorTypes", list))
            : $"new CfnNotebookInstance(this, {Quote(id)}, " + Initializer("CfnNotebookInstanceProps", ("NotebookInstanceName", name), ("InstanceType", instanceType), ("RoleArn", "\"r\""), ("AcceleratorTypes", list)) + ")";
    }

    /// <summary>
    /// A list of notebook accelerators: <c>new List&lt;string&gt; { ... }</c>, or <c>new[] { ... }</c> with the CDK
    /// (<c>new string[] { ... }</c> when it is empty or holds a generated <c>EiAccelerators</c> constant, which converts
    /// to string but does not make a <c>string[]</c>).
    /// </summary>
    public string AcceleratorList(string accelerators) => IsSdk
        ? "new List<string> " + Braces(accelerators)
        : accelerators.Length == 0 || accelerators.Contains("EiAccelerators.", StringComparison.Ordinal)
            ? "new string[] " + Braces(accelerators)
            : "new[] " + Braces(accelerators);

    private static string Quote(string text) => "\"" + text + "\"";

    /// <summary>The ConstantClass field of a value: <c>ml.p6-b200.48xlarge</c> is <c>MlP6B20048xlarge</c>.</summary>
    private static string Field(string value) =>
        string.Concat(value.Split('.', '-').Select(part => part.Length == 0 ? part : char.ToUpperInvariant(part[0]) + part.Substring(1)));

    private static string Braces(string items) => items.Length == 0 ? "{ }" : "{ " + items + " }";

    private static string Initializer(string type, params (string? Name, string? Value)[] properties)
    {
        var assignments = properties.Where(p => p.Value is not null).Select(p => p.Name is null ? p.Value! : p.Name + " = " + p.Value).ToList();
        return "new " + type + " " + Braces(string.Join(", ", assignments));
    }

    private static string Indent(string text, string indentation) =>
        string.Join("\n", text.Replace("\r\n", "\n").TrimEnd('\n').Split('\n').Select(line => line.Length == 0 ? line : indentation + line));

    void IXunitSerializable.Deserialize(IXunitSerializationInfo info) => Name = info.GetValue<string>(nameof(Name));

    void IXunitSerializable.Serialize(IXunitSerializationInfo info) => info.AddValue(nameof(Name), Name);
}

/// <summary>
/// Runs a theory once for each library, the <see cref="Library"/> as its first argument and then
/// <paramref name="arguments"/> (like <c>[InlineData]</c>): <c>[Theory, Libraries]</c> or
/// <c>[Theory, Libraries("\"ml.g4dn.xlarge\"")]</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class LibrariesAttribute : DataAttribute
{
    private readonly object?[] arguments;

    public LibrariesAttribute(params object?[] arguments)
    {
        this.arguments = arguments;
    }

    public override IEnumerable<object?[]> GetData(MethodInfo testMethod) =>
        Library.Both.Select(library => new object?[] { library }.Concat(arguments).ToArray());
}

/// <summary>A row of a theory for the SDK alone: a value form only the SDK has (a ConstantClass field, <c>FindValue</c>).</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class SdkAttribute : DataAttribute
{
    private readonly object?[] arguments;

    public SdkAttribute(params object?[] arguments)
    {
        this.arguments = arguments;
    }

    public override IEnumerable<object?[]> GetData(MethodInfo testMethod) =>
        new[] { new object?[] { Library.Sdk }.Concat(arguments).ToArray() };
}

/// <summary>A row of a theory for the CDK alone.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class CdkAttribute : DataAttribute
{
    private readonly object?[] arguments;

    public CdkAttribute(params object?[] arguments)
    {
        this.arguments = arguments;
    }

    public override IEnumerable<object?[]> GetData(MethodInfo testMethod) =>
        new[] { new object?[] { Library.Cdk }.Concat(arguments).ToArray() };
}
