using EiAnalyzers.Readers;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace EiAnalyzers.Analysis;

/// <summary>Whether a code block creates a SageMaker object or touches one of its EI properties (most blocks do not).</summary>
internal sealed class BlockRelevance
{
    private readonly KnownSymbols known;
    private volatile bool relevant;

    public BlockRelevance(KnownSymbols known)
    {
        this.known = known;
    }

    public bool IsRelevant => relevant;

    public void Observe(OperationAnalysisContext context)
    {
        if (relevant)
        {
            return;
        }

        var touchesSageMaker = context.Operation switch
        {
            IObjectCreationOperation creation => known.ShapeOf(creation.Type) is not null,
            IPropertyReferenceOperation reference => known.TryGetRole(reference.Property, out _, out _),
            _ => false,
        };
        if (touchesSageMaker)
        {
            relevant = true;
        }
    }
}
