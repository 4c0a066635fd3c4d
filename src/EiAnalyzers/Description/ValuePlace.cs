using Microsoft.CodeAnalysis;

namespace EiAnalyzers.Description;

/// <summary>Where a value is written and how a replacement is spelled there.</summary>
internal sealed record ValuePlace(Location Location, Spelling Spelling);
