namespace EiAnalyzers.Knowledge;

/// <summary>The tags the SageMaker Python SDK builds (image_uris.py, <c>_format_tag</c>).</summary>
internal static class SdkTags
{
    /// <summary><c>"-".join</c> of the full version, the processor and the py version where there is one: <c>1.5.1-cpu-py3</c>.</summary>
    public static string Format(string version, string processor, string? pyVersion) =>
        pyVersion is null ? version + "-" + processor : version + "-" + processor + "-" + pyVersion;
}
