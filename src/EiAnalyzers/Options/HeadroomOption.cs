using System.Globalization;
using EiAnalyzers.Knowledge;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EiAnalyzers.Options;

/// <summary>The EI0005 factor, <c>ei_memory_headroom</c>, from .editorconfig or .globalconfig.</summary>
internal readonly struct HeadroomOption
{
    private HeadroomOption(double factor, string? invalidText)
    {
        Factor = factor;
        InvalidText = invalidText;
    }

    /// <summary>The factor to use: the configured one, or the default when absent or invalid.</summary>
    public double Factor { get; }

    /// <summary>The configured text when it is not a valid factor, to be reported; null otherwise.</summary>
    public string? InvalidText { get; }

    public static HeadroomOption Default => new(EiCatalog.DefaultHeadroom, null);

    /// <summary>Reads the per-file options first, then the global ones.</summary>
    public static HeadroomOption Read(AnalyzerConfigOptions fileOptions, AnalyzerConfigOptions? globalOptions = null)
    {
        if (!fileOptions.TryGetValue(EiCatalog.HeadroomOptionKey, out var text)
            && (globalOptions is null || !globalOptions.TryGetValue(EiCatalog.HeadroomOptionKey, out text)))
        {
            return Default;
        }

        return Parse(text);
    }

    public static HeadroomOption Parse(string? text)
    {
        if (text is null)
        {
            return Default;
        }

        var trimmed = text.Trim();
        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var factor)
            && !double.IsNaN(factor)
            && !double.IsInfinity(factor)
            && factor >= EiCatalog.MinHeadroom
            && factor <= EiCatalog.MaxHeadroom)
        {
            return new HeadroomOption(factor, null);
        }

        return new HeadroomOption(EiCatalog.DefaultHeadroom, text);
    }
}
