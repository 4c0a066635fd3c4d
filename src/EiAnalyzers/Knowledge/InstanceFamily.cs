using System.Text.RegularExpressions;

namespace EiAnalyzers.Knowledge;

/// <summary>
/// An instance family as AWS names it: series letters, generation digits, attribute letters and an optional option
/// after a dash: <c>c5</c>, <c>c6gn</c>, <c>g4dn</c>, <c>trn1n</c>, <c>p6-b200</c>, <c>p6e-gb200</c>, <c>m7i-flex</c>.
/// The host kind is read from the name, so that a family AWS adds later is classified without a catalog change.
/// </summary>
internal sealed class InstanceFamily
{
    private static readonly Regex Pattern = new(
        "^(?<series>[a-z]+)(?<generation>[0-9]+)(?<attributes>[a-z]*)(?:-(?<option>[a-z0-9]+))?$", RegexOptions.CultureInvariant);

    private InstanceFamily(string name, string series, string attributes, string? option)
    {
        Name = name;
        Series = series;
        Attributes = attributes;
        Option = option;
        Kind = Classify(series, attributes);
    }

    /// <summary>The family as written in an instance type, e.g. <c>p6e-gb200</c>.</summary>
    public string Name { get; }

    /// <summary>The letters before the generation: <c>c</c>, <c>g</c>, <c>inf</c>, <c>trn</c>, <c>hpc</c> ...</summary>
    public string Series { get; }

    /// <summary>The letters after the generation: <c>gd</c> of <c>c6gd</c>, <c>dn</c> of <c>g4dn</c>.</summary>
    public string Attributes { get; }

    /// <summary>The part after the dash: <c>b200</c>, <c>gb200</c>, <c>flex</c>; null without one.</summary>
    public string? Option { get; }

    public HostKind Kind { get; }

    /// <summary>Reads a family name (lower case); null when it does not have AWS's shape.</summary>
    public static InstanceFamily? Parse(string name)
    {
        var match = Pattern.Match(name);
        return match.Success
            ? new InstanceFamily(name, match.Groups["series"].Value, match.Groups["attributes"].Value, match.Groups["option"].Success ? match.Groups["option"].Value : null)
            : null;
    }

    /// <summary>
    /// The series letter says what the processor is (ei-facts.md section 2): <c>p</c>, <c>g</c> and <c>gr</c> are GPU
    /// families (so <c>g4dn</c> and <c>g5g</c> are GPUs whatever follows), <c>inf</c> Inferentia, <c>trn</c> Trainium,
    /// <c>dl</c> Habana, <c>a</c> Graviton. In a CPU series, a <c>g</c> among the attributes (after the generation) is
    /// Graviton (<c>c6g</c>, <c>r7gd</c>, <c>im4gn</c>); the other attribute letters AWS uses are x86 ones (a: AMD, i:
    /// Intel, d: local NVMe, n: network, e: extended memory or storage, z: high frequency, b: block storage). Anything
    /// else (f1 FPGAs, mac, vt1, a letter AWS has not used) says nothing the catalog knows: <see cref="HostKind.Unknown"/>.
    /// </summary>
    private static HostKind Classify(string series, string attributes)
    {
        switch (series)
        {
            case "p":
            case "g":
            case "gr":
                return HostKind.Gpu;
            case "inf":
                return HostKind.Inferentia;
            case "trn":
                return HostKind.Trainium;
            case "dl":
                return HostKind.Habana;
            case "a":
                return HostKind.Graviton;
            case "c": // compute optimized
            case "m": // general purpose
            case "r": // memory optimized
            case "t": // burstable
            case "x": // memory intensive
            case "z": // high frequency
            case "u": // high memory
            case "i": // storage optimized
            case "im":
            case "is":
            case "d": // dense storage
            case "h": // HDD storage
            case "hpc": // high performance computing
                if (attributes.IndexOf('g') >= 0)
                {
                    return HostKind.Graviton;
                }

                foreach (var attribute in attributes)
                {
                    if ("abdeinz".IndexOf(attribute) < 0)
                    {
                        return HostKind.Unknown;
                    }
                }

                return HostKind.CpuX86;
            default:
                return HostKind.Unknown;
        }
    }

    public override string ToString() => Name;
}
