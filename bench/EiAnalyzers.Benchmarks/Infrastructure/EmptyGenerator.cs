using Microsoft.CodeAnalysis;

namespace EiAnalyzers.Benchmarks.Infrastructure;

/// <summary>
/// The lowest floor of part 4: a generator with no pipeline at all. What it costs per keystroke is the generator
/// driver's own work on a new compilation, which every generator of the project pays together.
/// </summary>
internal sealed class EmptyGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context) =>
        context.RegisterPostInitializationOutput(static output => output.AddSource("Empty.g.cs", "// nothing"));
}
