using System.Runtime.CompilerServices;

namespace EiAnalyzers.Reading;

/// <summary>How the few loops that run over every character of a project are compiled.</summary>
internal static class Optimization
{
    /// <summary>
    /// <c>MethodImplOptions.AggressiveOptimization</c> (.NET Core 3.0 and later; netstandard2.0 does not name it): the
    /// method is compiled fully optimized at its first call instead of starting as tier-0 code. Analyzers are not
    /// ReadyToRun, and a build's new csc process would otherwise run these loops unoptimized for most of the build.
    /// </summary>
    public const MethodImplOptions AtFirstCall = (MethodImplOptions)512;
}
