using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using EiAnalyzers.Declarations;
using EiAnalyzers.Description;
using Microsoft.CodeAnalysis;

namespace EiAnalyzers.Reading;

/// <summary>What a ConstantClass field holds, so that its name can be mapped back to its value.</summary>
internal enum ConstantKind
{
    Accelerator,
    InstanceType,
    ContainerMode,
}

/// <summary>
/// The SageMaker types of one compilation, looked up once, by the first action that needs them. Everything is compared by symbol, so an
/// unrelated class that happens to be called <c>ProductionVariant</c> is never matched.
/// </summary>
internal sealed class KnownSymbols
{
    private readonly Dictionary<INamedTypeSymbol, ObjectShape> shapes = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<IPropertySymbol, (ObjectShape Shape, Role Role)> properties = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<INamedTypeSymbol, ConstantKind> constantTypes = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<INamedTypeSymbol, DeclaredModelDescription?> declarations = new(SymbolEqualityComparer.Default);

    private KnownSymbols(Compilation compilation)
    {
        // The generator's types are in the project's own source; the SageMaker types only in the SDK's or the CDK's
        // assemblies, so a project that references neither needs no look-up in its many references.
        EiModelAttribute = compilation.Assembly.GetTypeByMetadataName(ModelDeclaration.AttributeMetadataName);
        GeneratedAccelerators = compilation.Assembly.GetTypeByMetadataName(ConfigurationShapes.GeneratedAccelerators);
        GeneratedAccelerator = compilation.Assembly.GetTypeByMetadataName(ConfigurationShapes.GeneratedAccelerator);
        if (!ReferencesSageMakerAssemblies(compilation))
        {
            return;
        }

        ConstantClass = compilation.GetTypeByMetadataName(ConfigurationShapes.ConstantClass);
        SageMakerClient = compilation.GetTypeByMetadataName(ConfigurationShapes.SageMakerClient);

        var names = new List<string>();
        foreach (var shape in ConfigurationShapes.All)
        {
            if (compilation.GetTypeByMetadataName(shape.MetadataName) is not { } type)
            {
                continue;
            }

            shapes[type] = shape;
            names.Add(type.Name);
            foreach (var pair in shape.Properties)
            {
                names.Add(pair.Key);
                foreach (var property in type.GetMembers(pair.Key).OfType<IPropertySymbol>())
                {
                    properties[property] = (shape, pair.Value);
                }
            }
        }

        RelevantNames = new RelevantNames(names);
        AddConstants(compilation, ConfigurationShapes.AcceleratorConstantTypes, ConstantKind.Accelerator);
        AddConstants(compilation, ConfigurationShapes.InstanceTypeConstantTypes, ConstantKind.InstanceType);
        AddConstants(compilation, new[] { ConfigurationShapes.ContainerModeType }, ConstantKind.ContainerMode);
    }

    public INamedTypeSymbol? EiModelAttribute { get; }

    /// <summary>The simple names of the configuration types of this compilation and of their EI properties.</summary>
    public RelevantNames RelevantNames { get; } = new(System.Array.Empty<string>());

    public INamedTypeSymbol? GeneratedAccelerators { get; }

    public INamedTypeSymbol? GeneratedAccelerator { get; }

    public INamedTypeSymbol? ConstantClass { get; }

    public INamedTypeSymbol? SageMakerClient { get; }

    /// <summary>Whether <paramref name="method"/> is the SDK client's (its interface or a class that implements it): it sends what it is given.</summary>
    public bool Sends(IMethodSymbol method) =>
        SageMakerClient is { } client && method.ContainingType is { } type
        && (SymbolEqualityComparer.Default.Equals(type, client) || type.AllInterfaces.Contains(client, SymbolEqualityComparer.Default));

    /// <summary>Whether the compilation references any SageMaker configuration type (SDK or CDK).</summary>
    public bool HasConfigurationTypes => shapes.Count > 0;

    /// <summary>The types of the compilation, or null when it has nothing EiAnalyzers looks at.</summary>
    public static KnownSymbols? Resolve(Compilation compilation)
    {
        var known = new KnownSymbols(compilation);
        known.MayDeclareModels = HasDeclarations(compilation, known.EiModelAttribute);
        return known.HasConfigurationTypes || known.MayDeclareModels ? known : null;
    }

    /// <summary>
    /// Whether the project may declare models: the generated table counts at least one <c>[EiModel]</c>, or there is
    /// no table to ask. Without declarations, no type needs to be looked at.
    /// </summary>
    public bool MayDeclareModels { get; private set; }

    /// <summary>
    /// Whether the project may declare models. The generator's output is in every project that has the package, so
    /// the attribute alone says nothing: the generated table counts the declarations, and a project with none and no
    /// SageMaker type is left at once. Without the table (the generator did not run), the declarations are read.
    /// </summary>
    private static bool HasDeclarations(Compilation compilation, INamedTypeSymbol? attribute)
    {
        if (attribute is null)
        {
            return false;
        }

        var table = compilation.Assembly.GetTypeByMetadataName(ConfigurationShapes.GeneratedCompatibility);
        var count = table?.GetMembers(ConfigurationShapes.DeclarationCountMember).OfType<IFieldSymbol>().FirstOrDefault();
        return count is not { HasConstantValue: true, ConstantValue: 0 };
    }

    /// <summary>Whether the project references the AWS SDK's SageMaker assembly (or a stand-in of it) or the CDK.</summary>
    private static bool ReferencesSageMakerAssemblies(Compilation compilation)
    {
        foreach (var assembly in compilation.ReferencedAssemblyNames)
        {
            if (ConfigurationShapes.IsSageMakerAssembly(assembly.Name))
            {
                return true;
            }
        }

        return false;
    }

    public ObjectShape? ShapeOf(ITypeSymbol? type) =>
        type is INamedTypeSymbol named && shapes.TryGetValue(named.OriginalDefinition, out var shape) ? shape : null;

    public bool TryGetRole(IPropertySymbol property, out ObjectShape shape, out Role role)
    {
        if (properties.TryGetValue(property.OriginalDefinition, out var entry))
        {
            shape = entry.Shape;
            role = entry.Role;
            return true;
        }

        shape = null!;
        role = default;
        return false;
    }

    public bool TryGetConstantKind(ITypeSymbol? type, out ConstantKind kind)
    {
        kind = default;
        return type is INamedTypeSymbol named && constantTypes.TryGetValue(named, out kind);
    }

    /// <summary>Whether <paramref name="type"/> derives from the SDK's <c>Amazon.Runtime.ConstantClass</c>.</summary>
    public bool IsConstantClass(ITypeSymbol? type)
    {
        if (ConstantClass is null)
        {
            return false;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, ConstantClass))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The <c>[EiModel]</c> declaration on <paramref name="type"/> (its definition, for a constructed generic type), read
    /// once per compilation, or null.
    /// </summary>
    public DeclaredModelDescription? DeclarationOf(INamedTypeSymbol type)
    {
        if (EiModelAttribute is not { } attribute)
        {
            return null;
        }

        // Every type of the compilation is asked once, on every thread of the analysis: only a type with the
        // attribute is remembered. Remembering every type's null, behind the dictionary's locks, was more than a
        // quarter of the analyzer's time in a new csc process (docs/performance.md, change 14).
        var definition = type.OriginalDefinition;
        if (!DeclarationReader.HasAttribute(definition, attribute))
        {
            return null;
        }

        return declarations.TryGetValue(definition, out var known)
            ? known
            : declarations.GetOrAdd(definition, DeclarationReader.Read(definition, attribute));
    }

    /// <summary>How many types' declarations are remembered (only types with the attribute are).</summary>
    internal int RememberedDeclarations => declarations.Count;

    public bool IsGeneratedAccelerator(ITypeSymbol? type) =>
        GeneratedAccelerator is not null && SymbolEqualityComparer.Default.Equals(type, GeneratedAccelerator);

    private void AddConstants(Compilation compilation, IEnumerable<string> names, ConstantKind kind)
    {
        foreach (var name in names)
        {
            if (compilation.GetTypeByMetadataName(name) is { } type)
            {
                constantTypes[type] = kind;
            }
        }
    }
}
