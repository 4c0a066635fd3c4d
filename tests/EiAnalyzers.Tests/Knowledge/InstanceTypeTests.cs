using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using EiAnalyzers.Knowledge;
using EiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace EiAnalyzers.Tests.Knowledge;

/// <summary>
/// Host kinds from the family's name, for every instance type of the SageMaker service model (data/reference/
/// instances.json) and for families it does not list yet; the expected kinds are the hand-checked table
/// InstanceFamilies.txt, never the implementation.
/// </summary>
public class InstanceTypeTests
{
    private static readonly Dictionary<string, HostKind> HandChecked = File
        .ReadAllLines(Path.Combine(TestReferences.RepositoryRoot, "tests", "EiAnalyzers.Tests", "Knowledge", "InstanceFamilies.txt"))
        .Where(line => line.Length > 0 && !line.StartsWith("#", StringComparison.Ordinal))
        .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .ToDictionary(words => words[0], words => Enum.Parse<HostKind>(words[1]), StringComparer.Ordinal);

    public static IEnumerable<object[]> ServiceModelValues() =>
        new[] { "pv", "nb" }.SelectMany(list => ReferenceData.Strings(ReferenceData.Json("instances.json"), list).Select(value => new object[] { list, value }));

    [Fact]
    public void Every_service_model_value_is_classified_as_the_hand_checked_table_says()
    {
        var problems = new List<string>();
        foreach (var row in ServiceModelValues())
        {
            var value = (string)row[1];
            var family = value.Split('.')[1];
            if (!HandChecked.TryGetValue(family, out var expected))
            {
                problems.Add($"{value} ({row[0]}): family '{family}' is not in InstanceFamilies.txt: check its processor and add it");
            }
            else if (EiCatalog.ClassifyInstanceType(value) != expected)
            {
                problems.Add($"{value}: expected {expected}, classified {EiCatalog.ClassifyInstanceType(value)}");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Every_hand_checked_family_is_classified_by_its_name_alone()
    {
        Assert.All(HandChecked, pair => Assert.Equal(pair.Value, EiCatalog.ClassifyInstanceType($"ml.{pair.Key}.xlarge")));
    }

    [Fact]
    public void Every_service_model_value_round_trips_through_the_sdk_field_name()
    {
        var problems = new List<string>();
        foreach (var row in ServiceModelValues())
        {
            var value = (string)row[1];
            var field = Naming.ToSdkFieldName(value);
            if (EiCatalog.InstanceTypeFromSdkFieldName(field) != value)
            {
                problems.Add($"{value} -> {field} -> {EiCatalog.InstanceTypeFromSdkFieldName(field) ?? "null"}");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Theory]
    [InlineData("ml.c5.2xlarge", "MlC52xlarge")]
    [InlineData("ml.g4dn.xlarge", "MlG4dnXlarge")]
    [InlineData("ml.inf1.6xlarge", "MlInf16xlarge")]
    [InlineData("ml.t2.medium", "MlT2Medium")]
    [InlineData("ml.p6-b200.48xlarge", "MlP6B20048xlarge")]
    [InlineData("ml.p6e-gb200.36xlarge", "MlP6eGb20036xlarge")]
    public void The_naming_rule_of_ei_facts(string value, string field)
    {
        Assert.Equal(field, Naming.ToSdkFieldName(value));
    }

    [Theory]
    [InlineData("MlP6B30048xlarge", "ml.p6-b300.48xlarge")]
    [InlineData("MlG72xlarge", "ml.g7.2xlarge")]
    [InlineData("MlG7e48xlarge", "ml.g7e.48xlarge")]
    [InlineData("MlM7g16xlarge", "ml.m7g.16xlarge")]
    [InlineData("MlC7gnMedium", "ml.c7gn.medium")]
    [InlineData("MlM7iFlexLarge", "ml.m7i-flex.large")]
    [InlineData("MlC10Xlarge", "ml.c10.xlarge")]
    [InlineData("MlX9Large", "ml.x9.large")]
    [InlineData("MlEia2Medium", "ml.eia2.medium")]
    [InlineData("MlC5", null)]
    [InlineData("Ml", null)]
    [InlineData("C5Xlarge", null)]
    [InlineData("MlC5Xlarge2", null)]
    [InlineData("Mlc5Xlarge", null)]
    public void Field_names_of_families_never_seen_are_read_where_the_name_is_unambiguous(string field, string? value)
    {
        Assert.Equal(value, EiCatalog.InstanceTypeFromSdkFieldName(field));
    }

    [Theory]
    [InlineData("ml.p6-b300.48xlarge", "Gpu")]
    [InlineData("ML.P6E-GB200.36XLARGE", "Gpu")]
    [InlineData("ml.g7e.2xlarge", "Gpu")]
    [InlineData("ml.m6g.large", "Graviton")]
    [InlineData(" ml.c5.xlarge ", "CpuX86")]
    [InlineData("ml.c5", "Unknown")]
    [InlineData("c5.xlarge", "Unknown")]
    [InlineData("ml..xlarge", "Unknown")]
    [InlineData("ml.c.xlarge", "Unknown")]
    [InlineData("ml.5c.xlarge", "Unknown")]
    [InlineData("ml.c5-.xlarge", "Unknown")]
    [InlineData("", "Unknown")]
    [InlineData(null, "Unknown")]
    public void Instance_type_text_is_read_before_its_family(string? instanceType, string kind)
    {
        Assert.Equal(Enum.Parse<HostKind>(kind), EiCatalog.ClassifyInstanceType(instanceType));
    }
}
