using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;

namespace EiAnalyzers.Hosts;

/// <summary>A consumer project: its target, language version and nullable context, and whether PolySharp runs beside us.</summary>
public sealed record ConsumerShape(string Name, Target Target, LanguageVersion Language, bool Nullable, bool PolySharp = false)
{
    public override string ToString() => Name;

    /// <summary>At least C# 12: the features file uses <c>ref readonly</c> parameters, <c>scoped</c> and nullable annotations.</summary>
    public bool HasModernLanguage => Language.MapSpecifiedToEffectiveVersion() >= LanguageVersion.CSharp12;
}

/// <summary>
/// Every consumer shape the package claims: each target with the language version the SDK gives it by default (C# 7.3
/// for netstandard2.0 and .NET Framework, 12 for net8.0, the compiler's newest for net10.0, which is 14 from compiler
/// 5.0 on) and with the latest, nullable on and off (C# 7.3 has no nullable context).
/// </summary>
internal static class ConsumerShapes
{
    public static readonly IReadOnlyList<ConsumerShape> All = new[]
    {
        new ConsumerShape("netstandard2.0, C# 7.3", Target.NetStandard20, LanguageVersion.CSharp7_3, Nullable: false),
        new ConsumerShape("netstandard2.0, latest, nullable", Target.NetStandard20, LanguageVersion.Latest, Nullable: true),
        new ConsumerShape("netstandard2.0, latest", Target.NetStandard20, LanguageVersion.Latest, Nullable: false),
        new ConsumerShape("netstandard2.0, latest, nullable, PolySharp", Target.NetStandard20, LanguageVersion.Latest, Nullable: true, PolySharp: true),
        new ConsumerShape("net48, C# 7.3", Target.Net48, LanguageVersion.CSharp7_3, Nullable: false),
        new ConsumerShape("net48, latest, nullable", Target.Net48, LanguageVersion.Latest, Nullable: true),
        new ConsumerShape("net48, latest", Target.Net48, LanguageVersion.Latest, Nullable: false),
        new ConsumerShape("net8.0, C# 12, nullable", Target.Net80, LanguageVersion.CSharp12, Nullable: true),
        new ConsumerShape("net8.0, C# 12", Target.Net80, LanguageVersion.CSharp12, Nullable: false),
        new ConsumerShape("net8.0, latest, nullable", Target.Net80, LanguageVersion.Latest, Nullable: true),
        new ConsumerShape("net8.0, latest", Target.Net80, LanguageVersion.Latest, Nullable: false),
        new ConsumerShape("net10.0, default, nullable", Target.Net100, LanguageVersion.Default, Nullable: true),
        new ConsumerShape("net10.0, default", Target.Net100, LanguageVersion.Default, Nullable: false),
    };

    public static ConsumerShape Named(string name) => All.Single(s => s.Name == name);
}
