using System.Collections.Generic;
using System.Collections.Immutable;
using EiAnalyzers.Description;

namespace EiAnalyzers.Reading;

/// <summary>What a configuration object describes, whichever library declares it.</summary>
internal enum ObjectKind
{
    Variant,
    EndpointConfig,
    Notebook,
    Model,
    Container,
}

/// <summary>What a property of a configuration object means for EI.</summary>
internal enum Role
{
    Accelerator,
    InstanceType,
    ModelName,
    Serverless,
    Variants,
    ShadowVariants,
    AsyncInference,
    NotebookAccelerators,
    NotebookName,
    DisassociateAccelerators,
    PrimaryContainer,
    Containers,
    Image,
    Mode,
}

/// <summary>
/// A type of the AWS SDK for .NET or the AWS CDK that configures SageMaker, with the meaning of its properties.
/// A reader is nothing but these tables: the rules never know which library a description came from.
/// </summary>
internal sealed class ObjectShape
{
    public ObjectShape(
        string metadataName, ObjectKind kind, string library, IDictionary<string, Role> properties, int propsArgument = -1,
        string? instanceTypeClass = null, bool isUpdate = false)
    {
        HostSpelling = instanceTypeClass is null ? Spelling.StringLiteral : new Spelling(SpellingKind.ConstantClassField, "global::" + instanceTypeClass);
        IsUpdate = isUpdate;
        MetadataName = metadataName;
        Kind = kind;
        Library = library;
        Properties = properties.ToImmutableDictionary();
        PropsArgument = propsArgument;
    }

    public string MetadataName { get; }

    public ObjectKind Kind { get; }

    /// <summary>"AWS SDK for .NET" or "AWS CDK".</summary>
    public string Library { get; }

    public ImmutableDictionary<string, Role> Properties { get; }

    /// <summary>For a CDK construct, the constructor argument holding its props object; -1 otherwise.</summary>
    public int PropsArgument { get; }

    /// <summary>How an instance type is written on this object: a string (CDK), or a field of the SDK's ConstantClass.</summary>
    public Spelling HostSpelling { get; }

    /// <summary>An update of an existing notebook (removing its accelerator also needs DisassociateAcceleratorTypes).</summary>
    public bool IsUpdate { get; }

    public static bool IsList(Role role) =>
        role is Role.Variants or Role.ShadowVariants or Role.NotebookAccelerators or Role.Containers;
}

internal static class ConfigurationShapes
{
    public const string Sdk = "AWS SDK for .NET";
    public const string Cdk = "AWS CDK";

    /// <summary>The assemblies that declare the shapes: <c>AWSSDK.SageMaker</c> (or a stand-in named after it) and the CDK.</summary>
    public const string SdkAssemblyPrefix = "AWSSDK.SageMaker";

    public const string CdkAssembly = "Amazon.CDK.Lib";

    /// <summary>
    /// Whether a reference's file is named after the SDK's SageMaker assembly (or a stand-in of it): what is known of a
    /// reference before its metadata is read (NuGet names an assembly's file after the assembly).
    /// </summary>
    public static bool IsSdkFile(string path) =>
        FileName(path).StartsWith(SdkAssemblyPrefix, System.StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether an assembly's name is the SDK's SageMaker assembly's (or a stand-in's named after it) or the CDK's.</summary>
    public static bool IsSageMakerAssembly(string name) =>
        name.StartsWith(SdkAssemblyPrefix, System.StringComparison.Ordinal) || name == CdkAssembly;

    /// <summary>Whether a reference's file is named after the CDK's assembly.</summary>
    public static bool IsCdkFile(string path) =>
        FileName(path).Equals(CdkAssembly + ".dll", System.StringComparison.OrdinalIgnoreCase);

    private static readonly char[] PathSeparators = { '/', '\\' };

    // By hand: .NET Framework's Path throws on characters a reference's path may hold.
    private static string FileName(string path) => path.Substring(path.LastIndexOfAny(PathSeparators) + 1);

    private const string SdkModel = "Amazon.SageMaker.Model.";
    private const string CdkSagemaker = "Amazon.CDK.AWS.Sagemaker.";

    /// <summary>The AWS SDK for .NET (ei-facts.md section 7).</summary>
    public static readonly ImmutableArray<ObjectShape> SdkShapes = ImmutableArray.Create(
        new ObjectShape(SdkModel + "ProductionVariant", ObjectKind.Variant, Sdk, VariantProperties(), instanceTypeClass: VariantInstanceType),
        new ObjectShape(SdkModel + "CreateEndpointConfigRequest", ObjectKind.EndpointConfig, Sdk, EndpointConfigProperties()),
        new ObjectShape(SdkModel + "CreateNotebookInstanceRequest", ObjectKind.Notebook, Sdk, NotebookProperties(), instanceTypeClass: NotebookInstanceType),
        new ObjectShape(SdkModel + "UpdateNotebookInstanceRequest", ObjectKind.Notebook, Sdk, new Dictionary<string, Role>(NotebookProperties())
        {
            ["DisassociateAcceleratorTypes"] = Role.DisassociateAccelerators,
        }, instanceTypeClass: NotebookInstanceType, isUpdate: true),
        new ObjectShape(SdkModel + "CreateModelRequest", ObjectKind.Model, Sdk, ModelProperties()),
        new ObjectShape(SdkModel + "ContainerDefinition", ObjectKind.Container, Sdk, ContainerProperties()));

    /// <summary>The AWS CDK for .NET, Amazon.CDK.Lib (ei-facts.md section 8): L1 props, property types and constructs.</summary>
    public static readonly ImmutableArray<ObjectShape> CdkShapes = ImmutableArray.Create(
        new ObjectShape(CdkSagemaker + "CfnEndpointConfig+ProductionVariantProperty", ObjectKind.Variant, Cdk, VariantProperties()),
        new ObjectShape(CdkSagemaker + "CfnEndpointConfigProps", ObjectKind.EndpointConfig, Cdk, EndpointConfigProperties()),
        new ObjectShape(CdkSagemaker + "CfnEndpointConfig", ObjectKind.EndpointConfig, Cdk, EndpointConfigProperties(), propsArgument: 2),
        new ObjectShape(CdkSagemaker + "CfnNotebookInstanceProps", ObjectKind.Notebook, Cdk, NotebookProperties()),
        new ObjectShape(CdkSagemaker + "CfnNotebookInstance", ObjectKind.Notebook, Cdk, NotebookProperties(), propsArgument: 2),
        new ObjectShape(CdkSagemaker + "CfnModelProps", ObjectKind.Model, Cdk, ModelProperties()),
        new ObjectShape(CdkSagemaker + "CfnModel", ObjectKind.Model, Cdk, new Dictionary<string, Role>(ModelProperties())
        {
            // The name CloudFormation gives the model: a variant that reads it is tied to this model object.
            ["AttrModelName"] = Role.ModelName,
        }, propsArgument: 2),
        new ObjectShape(CdkSagemaker + "CfnModel+ContainerDefinitionProperty", ObjectKind.Container, Cdk, ContainerProperties()));

    public static readonly ImmutableArray<ObjectShape> All = SdkShapes.AddRange(CdkShapes);

    private static Dictionary<string, Role> VariantProperties() => new()
    {
        ["AcceleratorType"] = Role.Accelerator,
        ["InstanceType"] = Role.InstanceType,
        ["ModelName"] = Role.ModelName,
        ["ServerlessConfig"] = Role.Serverless,
    };

    private static Dictionary<string, Role> EndpointConfigProperties() => new()
    {
        ["ProductionVariants"] = Role.Variants,
        ["ShadowProductionVariants"] = Role.ShadowVariants,
        ["AsyncInferenceConfig"] = Role.AsyncInference,
    };

    private static Dictionary<string, Role> NotebookProperties() => new()
    {
        ["AcceleratorTypes"] = Role.NotebookAccelerators,
        ["InstanceType"] = Role.InstanceType,
        ["NotebookInstanceName"] = Role.NotebookName,
    };

    private static Dictionary<string, Role> ModelProperties() => new()
    {
        ["ModelName"] = Role.ModelName,
        ["PrimaryContainer"] = Role.PrimaryContainer,
        ["Containers"] = Role.Containers,
    };

    private static Dictionary<string, Role> ContainerProperties() => new()
    {
        ["Image"] = Role.Image,
        ["Mode"] = Role.Mode,
    };

    /// <summary>The SDK's ConstantClass types whose static fields the value reader maps to their strings.</summary>
    public const string ConstantClass = "Amazon.Runtime.ConstantClass";

    /// <summary>The SDK's client: a request given to one of its methods is sent as it is at that point.</summary>
    public const string SageMakerClient = "Amazon.SageMaker.IAmazonSageMaker";

    public static readonly ImmutableArray<string> AcceleratorConstantTypes = ImmutableArray.Create(
        "Amazon.SageMaker.ProductionVariantAcceleratorType",
        "Amazon.SageMaker.NotebookInstanceAcceleratorType");

    public const string VariantInstanceType = "Amazon.SageMaker.ProductionVariantInstanceType";

    public const string NotebookInstanceType = "Amazon.SageMaker.InstanceType";

    public static readonly ImmutableArray<string> InstanceTypeConstantTypes = ImmutableArray.Create(VariantInstanceType, NotebookInstanceType);

    public const string ContainerModeType = "Amazon.SageMaker.ContainerMode";

    /// <summary>The generated accelerator constants (<c>EiAccelerators.Eia2Medium</c>).</summary>
    public const string GeneratedAccelerators = "SageMaker.ElasticInference.EiAccelerators";

    public const string GeneratedAccelerator = "SageMaker.ElasticInference.EiAccelerator";

    /// <summary>The generated compatibility table, and its count of <c>[EiModel]</c> declarations.</summary>
    public const string GeneratedCompatibility = "SageMaker.ElasticInference.EiCompatibility";

    public const string DeclarationCountMember = "DeclarationCount";

    /// <summary>The hint name of the generated table's file (its path in a compilation ends with it).</summary>
    public const string GeneratedCompatibilityFile = "EiCompatibility.g.cs";

    /// <summary>
    /// The simple names of every shape's type and EI properties, whichever library is referenced: what a file must name
    /// for the analyzer to look at it, known before any symbol is.
    /// </summary>
    public static IEnumerable<string> AllNames()
    {
        foreach (var shape in All)
        {
            var name = shape.MetadataName;
            yield return name.Substring(System.Math.Max(name.LastIndexOf('.'), name.LastIndexOf('+')) + 1);
            foreach (var property in shape.Properties.Keys)
            {
                yield return property;
            }
        }
    }
}
