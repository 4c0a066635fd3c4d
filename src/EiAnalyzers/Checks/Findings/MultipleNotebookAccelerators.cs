using EiAnalyzers.Description;
using EiAnalyzers.Knowledge;

namespace EiAnalyzers.Checks.Findings;

/// <summary>EI0011: more than one accelerator type on a notebook instance.</summary>
internal sealed record MultipleNotebookAccelerators(ValueSite Extra, string? Notebook, int Count) : Finding(Extra.Location);
