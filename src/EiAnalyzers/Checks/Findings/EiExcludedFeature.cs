namespace EiAnalyzers.Checks.Findings;

/// <summary>The features Elastic Inference cannot be used with.</summary>
internal enum EiExcludedFeature
{
    Serverless,
    AsynchronousInference,
    MultiModelContainer,
}
