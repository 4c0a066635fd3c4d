using System.Text.RegularExpressions;

namespace EiAnalyzers.Knowledge;

/// <summary>SageMaker instance types, <c>ml.&lt;family&gt;.&lt;size&gt;</c>, and the SDK's field names for them.</summary>
internal static class InstanceTypes
{
    /// <summary>
    /// An SDK field name: <c>Ml</c>, the family's parts capitalized (<c>G4dn</c>, <c>P6</c> <c>B200</c>), the size
    /// (<c>Xlarge</c>, or <c>2xlarge</c>, which the naming rule leaves as is). Two runs of digits can meet, as in
    /// <c>MlC52xlarge</c> and <c>MlP6B20048xlarge</c>: they are split as AWS has always named families, with a
    /// one-digit generation (the lazy <c>+?</c>) and a three-digit GPU part number in an option (b200, gb200, b300).
    /// </summary>
    private static readonly Regex SdkFieldName = new(
        "^Ml(?<series>[A-Z][a-z]*)(?<generation>[0-9]+?)(?<attributes>[a-z]*)(?<option>[A-Z][a-z]*(?:[0-9]{3})?)?" +
        "(?<size>[1-9][0-9]*xlarge|Xlarge|Large|Medium|Small|Micro|Nano|Metal)$",
        RegexOptions.CultureInvariant);

    /// <summary>The family of <c>ml.&lt;family&gt;.&lt;size&gt;</c> (case-insensitive), or null for anything else.</summary>
    public static string? FamilyOf(string? instanceType)
    {
        if (instanceType is null)
        {
            return null;
        }

        var parts = instanceType.Trim().ToLowerInvariant().Split('.');
        return parts.Length == 3 && parts[0] == "ml" && parts[1].Length > 0 && parts[2].Length > 0 ? parts[1] : null;
    }

    /// <summary>The host kind the family's name says; <see cref="HostKind.Unknown"/> when it says nothing or is no instance type.</summary>
    public static HostKind Classify(string? instanceType) =>
        FamilyOf(instanceType) is { } family && InstanceFamily.Parse(family) is { } parsed ? parsed.Kind : HostKind.Unknown;

    /// <summary>
    /// The value of an SDK instance-type field (<c>MlC52xlarge</c> is <c>ml.c5.2xlarge</c>): from metadata a static
    /// readonly field's initializer is invisible, so the naming rule is applied backwards. Null when the name does not
    /// read back to itself.
    /// </summary>
    public static string? FromSdkFieldName(string fieldName)
    {
        var match = SdkFieldName.Match(fieldName);
        if (!match.Success)
        {
            return null;
        }

        var option = match.Groups["option"];
        var family = match.Groups["series"].Value.ToLowerInvariant() + match.Groups["generation"].Value + match.Groups["attributes"].Value
            + (option.Success ? "-" + option.Value.ToLowerInvariant() : "");
        var value = "ml." + family + "." + match.Groups["size"].Value.ToLowerInvariant();
        return Naming.ToSdkFieldName(value) == fieldName ? value : null;
    }
}
