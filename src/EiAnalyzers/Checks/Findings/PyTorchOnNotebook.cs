using EiAnalyzers.Description;
using EiAnalyzers.Knowledge;

namespace EiAnalyzers.Checks.Findings;

/// <summary>EI0003: EI-enabled PyTorch served on a notebook instance.</summary>
internal sealed record PyTorchOnNotebook(ValueSite Accelerator, AcceleratorInfo Info, string Notebook, string Model, FrameworkInfo Framework)
    : Finding(Accelerator.Location);
