using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection.Metadata;
using Microsoft.CodeAnalysis;

namespace EiAnalyzers.Generator;

/// <summary>The metadata of a referenced assembly's modules, read without binding the reference.</summary>
internal static class ReferenceMetadata
{
    /// <summary>
    /// <paramref name="read"/> of the reference's module readers, or <paramref name="unreadable"/> where the file cannot be
    /// read: the compiler reports an unreadable reference itself, and it defines nothing for the generator.
    /// </summary>
    public static T Read<T>(PortableExecutableReference reference, Func<IEnumerable<MetadataReader>, T> read, T unreadable)
    {
        try
        {
            var modules = reference.GetMetadata() switch
            {
                AssemblyMetadata assembly => assembly.GetModules(),
                ModuleMetadata module => ImmutableArray.Create(module),
                _ => ImmutableArray<ModuleMetadata>.Empty,
            };
            return read(modules.Select(m => m.GetMetadataReader()));
        }
        catch (Exception exception) when (exception is System.IO.IOException or BadImageFormatException or InvalidOperationException)
        {
            return unreadable;
        }
    }
}
