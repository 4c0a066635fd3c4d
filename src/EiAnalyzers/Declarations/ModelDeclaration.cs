using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using EiAnalyzers.Knowledge;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EiAnalyzers.Declarations;

/// <summary>Which part of an <c>[EiModel]</c> declaration a problem is about, so that it is reported there.</summary>
internal enum DeclarationPart
{
    Attribute,
    Name,
    Framework,
    Version,
    ArtifactSize,
    Notebooks,
    Class,
}

// A class: a value type of this assembly in the generator's arrays and lists makes every new csc process JIT-compile
// their generic code, which the framework's precompiled code serves for reference types.
internal sealed class DeclarationProblem
{
    public DeclarationProblem(DeclarationPart part, string message)
    {
        Part = part;
        Message = message;
    }

    public DeclarationPart Part { get; }

    public string Message { get; }
}

/// <summary>The members the generator adds to a model's class: the declaration checks that none is already there.</summary>
internal static class GeneratedMembers
{
    public const string Name = "Name";
    public const string Framework = "Framework";
    public const string FrameworkVersion = "FrameworkVersion";
    public const string ArtifactSizeMb = "ArtifactSizeMb";
    public const string EndpointAccelerators = "EndpointAccelerators";
    public const string NotebookAccelerators = "NotebookAccelerators";
    public const string SmallestAccelerator = "SmallestAccelerator";
    public const string EiImageUri = "EiImageUri";
    public const string CpuImageUri = "CpuImageUri";
    public const string GpuImageUri = "GpuImageUri";
    public const string Compatibility = "Compatibility";

    public static readonly ImmutableArray<string> All = ImmutableArray.Create(
        Name, Framework, FrameworkVersion, ArtifactSizeMb, EndpointAccelerators, NotebookAccelerators, SmallestAccelerator, EiImageUri,
        CpuImageUri, GpuImageUri, Compatibility);

    /// <summary>The file name every generated model file ends with.</summary>
    public const string FileSuffix = ".EiModel.g.cs";
}

/// <summary>
/// One <c>[EiModel]</c> declaration as written, and what is wrong with it. The generator and the analyzers both read
/// declarations through this one class, so they agree on what is valid.
/// </summary>
internal sealed class ModelDeclaration
{
    public const string AttributeNamespace = "SageMaker.ElasticInference";
    /// <summary>The attribute as written, <c>[EiModel]</c>; its type is <see cref="AttributeTypeName"/>.</summary>
    public const string AttributeName = "EiModel";
    public const string AttributeTypeName = AttributeName + "Attribute";
    public const string AttributeMetadataName = AttributeNamespace + "." + AttributeTypeName;
    public const string ArtifactSizeProperty = "ArtifactSizeMb";
    public const string NotebooksProperty = "Notebooks";

    /// <summary>Larger than any model that could ever be served (1 TiB): a typo, not a model.</summary>
    public const int MaxArtifactSizeMb = 1024 * 1024;

    private ModelDeclaration(
        string? name, int? frameworkValue, FrameworkInfo? framework, string? version, int? artifactSizeMb,
        ImmutableArray<string> notebooks, ImmutableArray<DeclarationProblem> problems)
    {
        Name = name;
        FrameworkValue = frameworkValue;
        Framework = framework;
        Version = version;
        ArtifactSizeMb = artifactSizeMb;
        Notebooks = notebooks;
        Problems = problems;
    }

    public string? Name { get; }

    public int? FrameworkValue { get; }

    public FrameworkInfo? Framework { get; }

    public string? Version { get; }

    /// <summary>The artifact size in MiB, or null when the declaration does not give one.</summary>
    public int? ArtifactSizeMb { get; }

    public ImmutableArray<string> Notebooks { get; }

    public ImmutableArray<DeclarationProblem> Problems { get; }

    public bool IsValid => Problems.IsEmpty;

    /// <summary>Reads the attribute on <paramref name="type"/> (syntax is read only to check the partial modifiers).</summary>
    public static ModelDeclaration Read(AttributeData attribute, INamedTypeSymbol type)
    {
        var problems = new List<DeclarationProblem>();
        ReadClass(type, problems);
        return Check(DeclarationValues.From(attribute), problems);
    }

    /// <summary>The declaration of <paramref name="values"/>, after the problems of its class (<paramref name="classProblems"/>).</summary>
    public static ModelDeclaration Check(DeclarationValues values, IEnumerable<DeclarationProblem> classProblems)
    {
        var problems = new List<DeclarationProblem>();
        FrameworkInfo? framework = null;
        var notebooks = ImmutableArray<string>.Empty;
        if (!values.HasConstructorArguments)
        {
            problems.Add(new DeclarationProblem(
                DeclarationPart.Attribute,
                "it needs a model name, a framework and a version, e.g. [EiModel(\"resnet50\", EiFramework.TensorFlow, \"2.3\")]"));
        }
        else
        {
            ReadName(values.Name, problems);
            framework = values.FrameworkValue is int known ? EiCatalog.FindFramework(known) : null;
            if (framework is null)
            {
                problems.Add(new DeclarationProblem(
                    DeclarationPart.Framework,
                    $"{(values.FrameworkValue is int number ? number.ToString(System.Globalization.CultureInfo.InvariantCulture) : "the framework")} is not an EiFramework value; use one of {string.Join(", ", EiCatalog.Frameworks.Select(f => "EiFramework." + f.Member))}"));
            }

            if (!VersionText.IsVersion(values.Version))
            {
                problems.Add(new DeclarationProblem(
                    DeclarationPart.Version,
                    $"'{values.Version}' is not a framework version; write the version the model was built with, e.g. \"2.3\" or \"1.5.1\""));
            }
        }

        if (values.ArtifactSizeMb is int megabytes)
        {
            if (megabytes <= 0)
            {
                problems.Add(new DeclarationProblem(DeclarationPart.ArtifactSize, $"ArtifactSizeMb is {megabytes}; a model artifact has a positive size in MiB"));
            }
            else if (megabytes > MaxArtifactSizeMb)
            {
                problems.Add(new DeclarationProblem(DeclarationPart.ArtifactSize, $"ArtifactSizeMb is {megabytes} MiB, more than 1 TiB; write the size in MiB"));
            }
        }

        if (values.Notebooks is { } given)
        {
            notebooks = ReadNotebooks(given, problems);
        }

        problems.AddRange(classProblems);
        return new ModelDeclaration(values.Name, values.FrameworkValue, framework, values.Version, values.ArtifactSizeMb, notebooks, problems.ToImmutableArray());
    }

    private static void ReadName(string? name, List<DeclarationProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            problems.Add(new DeclarationProblem(DeclarationPart.Name, "the model name is empty"));
        }
        else if (!IsSageMakerName(name!))
        {
            problems.Add(new DeclarationProblem(
                DeclarationPart.Name,
                $"'{name}' is not a SageMaker model name (1-63 letters, digits and hyphens, starting and ending with a letter or digit)"));
        }
    }

    private static ImmutableArray<string> ReadNotebooks(ImmutableArray<object?> values, List<DeclarationProblem> problems)
    {
        var notebooks = ImmutableArray.CreateBuilder<string>();
        foreach (var value in values)
        {
            if (value is string notebook && IsSageMakerName(notebook))
            {
                notebooks.Add(notebook);
            }
            else
            {
                problems.Add(new DeclarationProblem(
                    DeclarationPart.Notebooks,
                    $"'{value}' is not a notebook instance name (1-63 letters, digits and hyphens)"));
            }
        }

        return notebooks.ToImmutable();
    }

    /// <summary>
    /// The generator adds members to the class in a partial part of its own file, so: the class and every class
    /// around it must be partial and not file-local (a part in another file would be another class), no member it adds
    /// may already be there (members of this package's own generated files aside), and none may be named like the class
    /// (CS0542) or one of its type parameters.
    /// </summary>
    private static void ReadClass(INamedTypeSymbol type, List<DeclarationProblem> problems)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (current.IsFileLocal)
            {
                problems.Add(new DeclarationProblem(
                    DeclarationPart.Class,
                    current.Equals(type, SymbolEqualityComparer.Default)
                        ? $"class '{type.Name}' is file-local, and the generated members cannot be added to it from another file; remove 'file'"
                        : $"class '{current.Name}', which contains '{type.Name}', is file-local, and the generated members cannot be added to it from another file; remove 'file'"));
                return;
            }
        }

        if (GeneratedMembers.All.Contains(type.Name))
        {
            problems.Add(new DeclarationProblem(
                DeclarationPart.Class,
                $"class '{type.Name}' is named like a member the generator adds to it, and a member cannot be named like its class; rename the class"));
            return;
        }

        if (type.TypeParameters.FirstOrDefault(p => GeneratedMembers.All.Contains(p.Name)) is { } parameter)
        {
            problems.Add(new DeclarationProblem(
                DeclarationPart.Class,
                $"type parameter '{parameter.Name}' of class '{type.Name}' is named like a member the generator adds; rename it"));
            return;
        }

        foreach (var name in GeneratedMembers.All)
        {
            var written = type.GetMembers(name).FirstOrDefault(m => m.DeclaringSyntaxReferences.Any(
                r => !r.SyntaxTree.FilePath.EndsWith(GeneratedMembers.FileSuffix, System.StringComparison.Ordinal)));
            if (written is not null)
            {
                problems.Add(new DeclarationProblem(
                    DeclarationPart.Class,
                    $"class '{type.Name}' already has a member named '{name}', which the generator adds for the model; rename it"));
                return;
            }
        }

        for (var current = type; current is not null; current = current.ContainingType)
        {
            var isPartial = current.DeclaringSyntaxReferences.Any(
                r => r.GetSyntax() is TypeDeclarationSyntax declaration && declaration.Modifiers.Any(SyntaxKind.PartialKeyword));
            if (!isPartial)
            {
                problems.Add(new DeclarationProblem(
                    DeclarationPart.Class,
                    current.Equals(type, SymbolEqualityComparer.Default)
                        ? $"class '{type.Name}' must be partial, so that its generated members can be added"
                        : $"class '{current.Name}', which contains '{type.Name}', must be partial, so that the generated members can be added"));
                return;
            }
        }
    }

    /// <summary>SageMaker's pattern for model and notebook names: <c>^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}</c>.</summary>
    public static bool IsSageMakerName(string name)
    {
        if (name.Length is 0 or > 63 || name[0] == '-' || name[name.Length - 1] == '-')
        {
            return false;
        }

        foreach (var c in name)
        {
            var valid = c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '-';
            if (!valid)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Where a problem about <paramref name="part"/> is shown: the argument, else the attribute.</summary>
    public static Location? LocationOf(AttributeData attribute, DeclarationPart part, INamedTypeSymbol type)
    {
        if (attribute.ApplicationSyntaxReference?.GetSyntax() is not AttributeSyntax syntax)
        {
            return type.Locations.FirstOrDefault();
        }

        if (part == DeclarationPart.Class)
        {
            // The name of the class the attribute is written on (not a part the generator added).
            return syntax.FirstAncestorOrSelf<TypeDeclarationSyntax>()?.Identifier.GetLocation() ?? type.Locations.FirstOrDefault();
        }

        var arguments = syntax.ArgumentList?.Arguments ?? default;
        AttributeArgumentSyntax? argument = part switch
        {
            DeclarationPart.Name => Positional(arguments, 0, "name"),
            DeclarationPart.Framework => Positional(arguments, 1, "framework"),
            DeclarationPart.Version => Positional(arguments, 2, "frameworkVersion"),
            DeclarationPart.ArtifactSize => Named(arguments, ArtifactSizeProperty),
            DeclarationPart.Notebooks => Named(arguments, NotebooksProperty),
            _ => null,
        };
        return (argument?.Expression ?? (SyntaxNode)syntax).GetLocation();
    }

    private static AttributeArgumentSyntax? Positional(SeparatedSyntaxList<AttributeArgumentSyntax> arguments, int index, string parameter)
    {
        var byName = arguments.FirstOrDefault(a => a.NameColon?.Name.Identifier.ValueText == parameter);
        if (byName is not null)
        {
            return byName;
        }

        var positional = arguments.Where(a => a.NameEquals is null).ToList();
        return index < positional.Count && positional[index].NameColon is null ? positional[index] : null;
    }

    private static AttributeArgumentSyntax? Named(SeparatedSyntaxList<AttributeArgumentSyntax> arguments, string name) =>
        arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == name);
}
