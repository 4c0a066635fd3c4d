namespace EiAnalyzers.Knowledge;

/// <summary>Framework versions as the SageMaker SDKs write them: one to four dot-separated numbers.</summary>
internal static class VersionText
{
    public static bool IsVersion(string? text)
    {
        if (text is null || text.Length == 0 || text.Length > 32)
        {
            return false;
        }

        var parts = 1;
        var digitsInPart = 0;
        foreach (var c in text)
        {
            if (c >= '0' && c <= '9')
            {
                digitsInPart++;
            }
            else if (c == '.' && digitsInPart > 0)
            {
                parts++;
                digitsInPart = 0;
            }
            else
            {
                return false;
            }
        }

        return digitsInPart > 0 && parts <= 4;
    }
}
