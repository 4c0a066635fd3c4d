using System;
using System.Text;

namespace EiAnalyzers.Knowledge;

/// <summary>The SDK's naming rule for ConstantClass fields: <c>ml.c5.2xlarge</c> is <c>MlC52xlarge</c>.</summary>
internal static class Naming
{
    public static string Capitalize(string part) =>
        part.Length == 0 ? part : char.ToUpperInvariant(part[0]) + part.Substring(1);

    /// <summary><c>ml.g4dn.xlarge</c> to <c>MlG4dnXlarge</c>, <c>ml.p6-b200.48xlarge</c> to <c>MlP6B20048xlarge</c>.</summary>
    public static string ToSdkFieldName(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var part in value.Split(new[] { '.', '-' }, StringSplitOptions.RemoveEmptyEntries))
        {
            builder.Append(Capitalize(part.ToLowerInvariant()));
        }

        return builder.ToString();
    }
}
