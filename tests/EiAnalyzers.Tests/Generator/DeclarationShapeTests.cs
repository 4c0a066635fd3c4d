using System;
using System.Linq;
using System.Threading.Tasks;
using EiAnalyzers.Tests.Robustness;
using Microsoft.CodeAnalysis;
using Xunit;

namespace EiAnalyzers.Tests.Generator;

/// <summary>
/// Every kind of type C# lets <c>[EiModel]</c> (AttributeUsage Class) be written on, and every shape that could share a
/// name with another or with a generated member: the generator never throws nor fails (CS8785), its output never has
/// an error, a declaration it can serve gets working members and no EI0015, and one it cannot gets EI0015 with the
/// reason and nothing generated.
/// </summary>
public class DeclarationShapeTests
{
    private const string Usings = "using SageMaker.ElasticInference;\n";

    /// <summary>A shape: its files, and the reason EI0015 gives (null for a declaration that gets its members).</summary>
    public static TheoryData<string, string?, string[]> Shapes() => new()
    {
        // Valid: members generated, usable from another file.
        { "a static class", null, new[] { "[EiModel(\"m\", EiFramework.TensorFlow, \"2.3\")] internal static partial class Model { }" } },
        { "a sealed class", null, new[] { "[EiModel(\"m\", EiFramework.TensorFlow, \"2.3\")] public sealed partial class Model { }" } },
        { "an abstract class", null, new[] { "[EiModel(\"m\", EiFramework.TensorFlow, \"2.3\")] internal abstract partial class Model { }" } },
        { "a record", null, new[] { "[EiModel(\"m\", EiFramework.TensorFlow, \"2.3\")] internal partial record Model(int Size);" } },
        { "a record class", null, new[] { "[EiModel(\"m\", EiFramework.TensorFlow, \"2.3\")] internal sealed partial record class Model;" } },
        { "a generic class", null, new[] { "[EiModel(\"m\", EiFramework.TensorFlow, \"2.3\")] internal partial class Model<TItem> where TItem : struct { }" } },
        { "a class nested in a generic class", null, new[] { "internal static partial class Outer<T> { [EiModel(\"m\", EiFramework.TensorFlow, \"2.3\")] internal static partial class Model { } }" } },
        { "the global namespace", null, new[] { "[EiModel(\"m\", EiFramework.TensorFlow, \"2.3\")] internal static partial class Model { }" } },
        { "a namespace named like a generated member", null, new[] { "namespace Name.Compatibility { [EiModel(\"m\", EiFramework.TensorFlow, \"2.3\")] internal static partial class Model { } }" } },
        { "a class nested in one named like a generated member", null, new[] { "internal static partial class Framework { [EiModel(\"m\", EiFramework.TensorFlow, \"2.3\")] internal static partial class Model { } }" } },
        { "a class partial in three files", null, new[]
        {
            "namespace App { [EiModel(\"m\", EiFramework.TensorFlow, \"2.3\")] internal static partial class Model { } }",
            "namespace App { internal static partial class Model { internal static int Extra => 1; } }",
            "namespace App { internal static partial class Model { internal static string Described => Name + Extra; } }",
        } },
        { "two classes of the same name in different namespaces", null, new[]
        {
            "namespace First { [EiModel(\"first\", EiFramework.TensorFlow, \"2.3\")] internal static partial class Model { } }",
            "namespace Second { [EiModel(\"second\", EiFramework.MXNet, \"1.7\")] internal static partial class Model { } }",
        } },
        { "a file class without the attribute beside a model of the same name", null, new[]
        {
            "[EiModel(\"m\", EiFramework.TensorFlow, \"2.3\")] internal static partial class Model { }",
            "file static class Model { }",
        } },

        // Invalid: EI0015 with the reason, nothing generated.
        { "a file class", "is file-local", new[] { "[EiModel(\"m\", EiFramework.TensorFlow, \"2.3\")] file static partial class Model { }" } },
        { "two file classes of the same name in two files", "is file-local", new[]
        {
            "[EiModel(\"first\", EiFramework.TensorFlow, \"2.3\")] file static partial class Local { }",
            "[EiModel(\"second\", EiFramework.MXNet, \"1.7\")] file static partial class Local { }",
        } },
        { "a class nested in a file class", "is file-local", new[] { "file static partial class Outer { [EiModel(\"m\", EiFramework.TensorFlow, \"2.3\")] internal static partial class Model { } }" } },
        { "a class named Name", "is named like a member the generator adds", new[] { "[EiModel(\"m\", EiFramework.TensorFlow, \"2.3\")] internal static partial class Name { }" } },
        { "a class named Framework", "is named like a member the generator adds", new[] { "[EiModel(\"m\", EiFramework.TensorFlow, \"2.3\")] internal static partial class Framework { }" } },
        { "a class named Compatibility", "is named like a member the generator adds", new[] { "namespace App { [EiModel(\"m\", EiFramework.TensorFlow, \"2.3\")] internal static partial class Compatibility { } }" } },
        { "a class named EiImageUri", "is named like a member the generator adds", new[] { "[EiModel(\"m\", EiFramework.TensorFlow, \"2.3\")] internal partial class EiImageUri { }" } },
        { "a type parameter named like a generated member", "is named like a member the generator adds", new[] { "[EiModel(\"m\", EiFramework.TensorFlow, \"2.3\")] internal partial class Model<SmallestAccelerator> { }" } },
        { "a generated member declared in another part", "already has a member named 'FrameworkVersion'", new[]
        {
            "namespace App { [EiModel(\"m\", EiFramework.TensorFlow, \"2.3\")] internal static partial class Model { } }",
            "namespace App { internal static partial class Model { internal const string FrameworkVersion = \"mine\"; } }",
        } },
        { "a record whose positional parameter is named like a generated member", "already has a member named 'Name'", new[] { "[EiModel(\"m\", EiFramework.TensorFlow, \"2.3\")] internal partial record Model(string Name);" } },
        { "a class that is not partial", "must be partial", new[] { "[EiModel(\"m\", EiFramework.TensorFlow, \"2.3\")] internal static class Model { }" } },
        { "a struct", "", new[] { "[EiModel(\"m\", EiFramework.TensorFlow, \"2.3\")] internal partial struct Model { }" } },
        { "a record struct", "", new[] { "[EiModel(\"m\", EiFramework.TensorFlow, \"2.3\")] internal partial record struct Model;" } },
        { "an interface", "", new[] { "[EiModel(\"m\", EiFramework.TensorFlow, \"2.3\")] internal partial interface IModel { }" } },
        { "an enum", "", new[] { "[EiModel(\"m\", EiFramework.TensorFlow, \"2.3\")] internal enum Model { A }" } },
        { "a delegate", "", new[] { "[EiModel(\"m\", EiFramework.TensorFlow, \"2.3\")] internal delegate void Model();" } },
        { "the attribute on two parts of a class", "", new[]
        {
            "[EiModel(\"one\", EiFramework.TensorFlow, \"2.3\")] internal static partial class Model { }",
            "[EiModel(\"two\", EiFramework.MXNet, \"1.7\")] internal static partial class Model { }",
        } },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task A_declaration_gets_working_members_or_EI0015_with_its_reason(string shape, string? reason, string[] files)
    {
        var trees = files.Select((file, i) => Engine.Parse(Usings + file, $"/src/Declaration{i}.cs")).ToList();
        var run = await Engine.RunAsync(trees);

        Assert.True(run.Failures.Count == 0, $"{shape}: {string.Join("\n", run.Failures.Select(f => $"{f.What}: {f.Detail} {f.Exception}"))}");
        Assert.True(!run.GeneratedErrors.Any(), $"{shape}: the generated code has errors:\n{string.Join("\n", run.GeneratedErrors)}");
        var invalid = run.Analyzer.Where(d => d.Id == "EI0015").ToList();
        var modelFiles = run.Generator.Results.Single().GeneratedSources.Where(s => s.HintName.EndsWith(".EiModel.g.cs", StringComparison.Ordinal)).ToList();

        if (reason is null)
        {
            Assert.True(invalid.Count == 0, $"{shape}: EI0015 on a declaration the generator serves: {string.Join("; ", invalid)}");
            Assert.True(!run.UserErrors.Any(), $"{shape}: the project does not compile:\n{string.Join("\n", run.UserErrors)}");
            Assert.Equal(files.Count(f => f.Contains("[EiModel", StringComparison.Ordinal)), modelFiles.Count);
            return;
        }

        // The compiler's own error is the reason where it has one (CS0592 on a struct, CS0579 on a repeated attribute).
        Assert.True(invalid.Count > 0 || run.UserErrors.Any(), $"{shape}: neither EI0015 nor a compiler error");
        if (reason.Length > 0)
        {
            Assert.Contains(invalid, d => d.GetMessage().Contains(reason, StringComparison.Ordinal) && d.Location.SourceTree is not null);
            Assert.Empty(modelFiles);
        }
    }
}
