using System;
using System.Linq;
using Amazon.SageMaker;
using SageMaker.ElasticInference;

namespace EiSample;

/// <summary>
/// Prints the compatibility table the generator made from the [EiModel] declarations, and builds the requests of the
/// correct and the mistaken deployments. Nothing is sent to AWS unless you pass --deploy (with credentials).
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        Console.WriteLine("Elastic Inference compatibility of the declared models (generated at compile time):");
        Console.WriteLine();
        Console.WriteLine($"  {"model",-10} {"framework",-16} {"accelerator",-16} {"endpoint",-9} notebook");
        foreach (var pair in EiCompatibility.Rows.GroupBy(r => (r.ModelName, r.Accelerator.Name)))
        {
            var endpoint = pair.Single(r => r.Host == EiHost.Endpoint);
            var notebook = pair.Single(r => r.Host == EiHost.Notebook);
            Console.WriteLine($"  {endpoint.ModelName,-10} {endpoint.Framework + " " + endpoint.FrameworkVersion,-16} {endpoint.Accelerator.Name,-16} {Verdict(endpoint),-9} {Verdict(notebook)}");
        }

        Console.WriteLine();
        Console.WriteLine("  Why not:");
        foreach (var reason in EiCompatibility.Rows.Where(r => !r.IsCompatible).Select(r => $"{r.ModelName}: {r.Reason}").Distinct())
        {
            Console.WriteLine($"    {reason}");
        }

        Console.WriteLine();
        Console.WriteLine($"Smallest accelerator for {Resnet50.Name}: {Resnet50.SmallestAccelerator?.Name ?? "none"}; for {BertQa.Name}: {BertQa.SmallestAccelerator?.Name ?? "none"}");
        Console.WriteLine($"EI image of {Resnet50.Name} in us-east-1: {Resnet50.EiImageUri("us-east-1")}");
        Console.WriteLine($"Requests built: 1 correct endpoint configuration, {Mistakes.Requests().Count()} with deliberate mistakes (see the build warnings).");

        if (args.Contains("--deploy"))
        {
            using var client = new AmazonSageMakerClient();
            CorrectDeployment.DeployAsync(client).GetAwaiter().GetResult();
        }

        return 0;
    }

    /// <summary>"ok", or the rule that makes the accelerator unusable for the model there.</summary>
    private static string Verdict(EiCompatibilityRow row) => row.IsCompatible ? "ok" : row.Reason.Substring(0, row.Reason.IndexOf(':'));
}
