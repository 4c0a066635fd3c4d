using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace EiAnalyzers.Generator;

/// <summary>
/// Whether a reference defines a public type named like one of <see cref="DeclarationSyntaxFacts.BindingNames"/>: a
/// <c>using</c> of its namespace could then make <c>EiModel</c> or <c>EiFramework</c> ambiguous, and only binding can
/// tell. Asked only when a file may declare a model; each reference is read once (the answer lives as long as the
/// reference, which the next compilation of the same project shares), by comparing the names in the metadata's own
/// string heap, without a string per type.
/// </summary>
internal static class ReferencedBindingNames
{
    private static readonly ConditionalWeakTable<MetadataReference, object> Cache = new();
    private static readonly object Yes = true;
    private static readonly object No = false;
    private static readonly string[] Names = DeclarationSyntaxFacts.BindingNames.ToArray();

    public static bool AnyDefinedIn(IEnumerable<MetadataReference> references, CancellationToken cancellationToken) =>
        references.Any(reference =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            return (bool)Cache.GetValue(reference, static r => Defines(r) ? Yes : No);
        });

    private static bool Defines(MetadataReference reference)
    {
        if (reference is CompilationReference project)
        {
            // A project of the same IDE solution: its declarations, looked at only where a name matches.
            var assembly = project.Compilation.Assembly;
            return assembly.TypeNames.Any(DeclarationSyntaxFacts.IsBindingName) && DefinesPublic(assembly.GlobalNamespace);
        }

        if (reference is not PortableExecutableReference portable)
        {
            return false;
        }

        return ReferenceMetadata.Read(portable, readers => readers.Any(Defines), unreadable: false);
    }

    private static bool DefinesPublic(INamespaceSymbol ns) =>
        ns.GetTypeMembers().Any(t => t.DeclaredAccessibility == Accessibility.Public && DeclarationSyntaxFacts.IsBindingName(t.Name))
        || ns.GetNamespaceMembers().Any(DefinesPublic);

    private static bool Defines(MetadataReader reader)
    {
        foreach (var handle in reader.TypeDefinitions)
        {
            var type = reader.GetTypeDefinition(handle);
            if ((type.Attributes & TypeAttributes.VisibilityMask) != TypeAttributes.Public)
            {
                continue;
            }

            foreach (var name in Names)
            {
                if (reader.StringComparer.Equals(type.Name, name))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
