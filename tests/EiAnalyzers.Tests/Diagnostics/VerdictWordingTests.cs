using System.Linq;
using EiAnalyzers.Knowledge;
using Xunit;

namespace EiAnalyzers.Tests.Diagnostics;

/// <summary>The catalog's typed verdicts and host kinds, worded by Diagnostics/Wording.cs as the table and the rules printed them.</summary>
public class VerdictWordingTests
{
    private static readonly AcceleratorInfo Eia1Medium = EiCatalog.FindAccelerator("ml.eia1.medium")!;

    [Theory]
    [InlineData("Onnx", "1.0", 10, "Endpoint", "EI0002", "ONNX has no Elastic Inference build; import the ONNX model into MXNet and serve it as an MXNet model")]
    [InlineData("Other", "1.0", 10, "Endpoint", "EI0002", "a framework without EI support has no Elastic Inference build")]
    [InlineData("LinearLearner", "1", 10, "Endpoint", "EI0002", "The Linear Learner built-in algorithm has no Elastic Inference build")]
    [InlineData("PyTorch", "1.8.1", 10, "Endpoint", "EI0007", "PyTorch 1.8.1 has no Elastic Inference build; supported versions: 1.3.1, 1.5.1")]
    [InlineData("PyTorch", "1.5", 10, "Notebook", "EI0003", "EI-enabled PyTorch is not supported on notebook instances (local mode works for TensorFlow and MXNet)")]
    [InlineData("TensorFlow", "2.3", 1300, "Endpoint", "EI0004", "ml.eia1.medium has 1024 MiB of memory, less than the 1300 MiB artifact")]
    [InlineData("TensorFlow", "2.3", 1000, "Endpoint", "EI0005", "ml.eia1.medium has 1024 MiB of memory, 1.02x the 1000 MiB artifact, below the 1.5x headroom")]
    [InlineData("TensorFlow", "2.3", 100, "Endpoint", null, null)]
    public void Verdicts_read_as_the_generated_table_prints_them(string framework, string version, int sizeMb, string host, string? ruleId, string? reason)
    {
        var verdict = Compatibility.Check(
            EiCatalog.Frameworks.First(f => f.Member == framework), version, sizeMb, Eia1Medium, System.Enum.Parse<AcceleratorHost>(host), 1.5);
        Assert.Equal(ruleId, Wording.RuleId(verdict));
        Assert.Equal(reason, Wording.Reason(verdict));
    }

    [Fact]
    public void Host_kinds_and_facts_are_worded_from_the_catalog()
    {
        Assert.Equal("an AWS Inferentia", HostKind.Inferentia.Describe());
        Assert.Equal("a Graviton (Arm CPU)", EiCatalog.ClassifyInstanceType("ml.r8g.large").Describe());
        Assert.Equal("six", Wording.Count(EiCatalog.EiRegions.Length));
        Assert.Equal("TensorFlow and MXNet", Wording.NotebookFrameworks);
        Assert.Equal("ml.g4dn.xlarge (a GPU instance) or ml.inf1.xlarge (an AWS Inferentia instance)", Wording.MigrationHostsDescribed);
        Assert.Equal(
            "TensorFlow 1.10.0, 1.11.0, 1.12.0, 1.13.0, 1.14.0, 1.15.0, 2.0.0, 2.3.0; Apache MXNet 1.3.0, 1.4.0, 1.4.1, 1.5.1, 1.7.0; PyTorch 1.3.1, 1.5.1",
            Wording.EiVersionsByFramework);
    }
}
