using EiAnalyzers.Description;
using EiAnalyzers.Knowledge;

namespace EiAnalyzers.Checks.Findings;

/// <summary>EI0013: Elastic Inference is no longer available; the migration that leaves it.</summary>
internal sealed record EndOfLife(ValueSite Accelerator, MigrationPlan Plan) : Finding(Accelerator.Location);
