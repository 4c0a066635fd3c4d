using System;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using Microsoft.CodeAnalysis;

namespace EiAnalyzers.Generator;

/// <summary>
/// Whether a reference defines a public type named like one of <see cref="DeclarationSyntaxFacts.BindingNames"/>: a
/// <c>using</c> of its namespace could then make <c>EiModel</c> or <c>EiFramework</c> ambiguous, and only binding can
/// tell. Each reference is read once, and the answer is cached while the user types.
/// </summary>
internal static class ReferencedBindingNames
{
    public static IncrementalValueProvider<bool> Provider(IncrementalGeneratorInitializationContext context) =>
        context.MetadataReferencesProvider
            .Select(static (reference, _) => Defines(reference))
            .Collect()
            .Select(static (all, _) => all.Any(defines => defines))
            .WithTrackingName(TrackingNames.ReferencedNames);

    private static bool Defines(MetadataReference reference)
    {
        if (reference is CompilationReference project)
        {
            // A project of the same IDE solution: its declarations, looked at only where a name matches.
            var assembly = project.Compilation.Assembly;
            return assembly.TypeNames.Any(DeclarationSyntaxFacts.BindingNames.Contains) && DefinesPublic(assembly.GlobalNamespace);
        }

        if (reference is not PortableExecutableReference portable)
        {
            return false;
        }

        try
        {
            var modules = portable.GetMetadata() switch
            {
                AssemblyMetadata assembly => assembly.GetModules(),
                ModuleMetadata module => ImmutableArray.Create(module),
                _ => ImmutableArray<ModuleMetadata>.Empty,
            };
            return modules.Any(m => Defines(m.GetMetadataReader()));
        }
        catch (Exception exception) when (exception is System.IO.IOException or BadImageFormatException or InvalidOperationException)
        {
            // An unreadable reference is reported by the compiler; it defines nothing.
            return false;
        }
    }

    private static bool DefinesPublic(INamespaceSymbol ns) =>
        ns.GetTypeMembers().Any(t => t.DeclaredAccessibility == Accessibility.Public && DeclarationSyntaxFacts.BindingNames.Contains(t.Name))
        || ns.GetNamespaceMembers().Any(DefinesPublic);

    private static bool Defines(MetadataReader reader)
    {
        foreach (var handle in reader.TypeDefinitions)
        {
            var type = reader.GetTypeDefinition(handle);
            if ((type.Attributes & TypeAttributes.VisibilityMask) == TypeAttributes.Public && DeclarationSyntaxFacts.BindingNames.Contains(reader.GetString(type.Name)))
            {
                return true;
            }
        }

        return false;
    }
}
