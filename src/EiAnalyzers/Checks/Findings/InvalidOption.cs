using EiAnalyzers.Description;
using EiAnalyzers.Knowledge;
using Microsoft.CodeAnalysis;

namespace EiAnalyzers.Checks.Findings;

/// <summary>An option of .editorconfig / .globalconfig with a value that is not valid; the default is used.</summary>
internal sealed record InvalidOption(Location Where, string Key, string Text) : Finding(Where);
