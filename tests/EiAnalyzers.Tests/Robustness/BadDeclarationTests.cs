using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace EiAnalyzers.Tests.Robustness;

/// <summary>
/// Every malformed <c>[EiModel]</c> declaration is a clear diagnostic (EI0015 at the declaration, or the compiler's own
/// error where the code is not valid C#), never an exception, and never a compile error in the generated code.
/// </summary>
public class BadDeclarationTests
{
    private const string Usings = """
        using System.Collections.Generic;
        using Amazon.SageMaker;
        using Amazon.SageMaker.Model;
        using SageMaker.ElasticInference;

        """;

    /// <summary>
    /// Malformed declarations, and the diagnostics of which at least one must be reported inside the declaration
    /// (between the first <c>[</c> and the end of the type): EI0015 or a compiler error.
    /// </summary>
    public static TheoryData<string, string, string> Malformed() => new()
    {
        // Missing and extra arguments.
        { "no arguments", """[EiModel] internal static partial class Model { }""", "EI0015 CS7036" },
        { "no parentheses argument list", """[EiModel()] internal static partial class Model { }""", "EI0015 CS7036" },
        { "no version", """[EiModel("model", EiFramework.TensorFlow)] internal static partial class Model { }""", "EI0015 CS7036" },
        { "no framework and version", """[EiModel("model")] internal static partial class Model { }""", "EI0015 CS7036" },
        { "an extra argument", """[EiModel("model", EiFramework.TensorFlow, "2.3", "extra")] internal static partial class Model { }""", "EI0015 CS1729" },
        { "a named argument that does not exist", """[EiModel("model", EiFramework.TensorFlow, "2.3", Size = 10)] internal static partial class Model { }""", "EI0015 CS0246 CS0103 CS0617" },

        // Wrong argument types.
        { "a string where the framework goes", """[EiModel("model", "TensorFlow", "2.3")] internal static partial class Model { }""", "EI0015 CS1503" },
        { "an int where the name goes", """[EiModel(42, EiFramework.TensorFlow, "2.3")] internal static partial class Model { }""", "EI0015 CS1503" },
        { "a number where the version goes", """[EiModel("model", EiFramework.TensorFlow, 2.3)] internal static partial class Model { }""", "EI0015 CS1503" },
        { "a string size", """[EiModel("model", EiFramework.TensorFlow, "2.3", ArtifactSizeMb = "98")] internal static partial class Model { }""", "EI0015 CS0029" },
        { "a long size", """[EiModel("model", EiFramework.TensorFlow, "2.3", ArtifactSizeMb = 5000000000)] internal static partial class Model { }""", "EI0015 CS0266" },
        { "a string for notebooks", """[EiModel("model", EiFramework.TensorFlow, "2.3", Notebooks = "lab")] internal static partial class Model { }""", "EI0015 CS0029" },
        { "numbers for notebooks", """[EiModel("model", EiFramework.TensorFlow, "2.3", Notebooks = new[] { 1, 2 })] internal static partial class Model { }""", "EI0015 CS0029" },
        { "a name that is not a constant", """[EiModel(Names.Model, EiFramework.TensorFlow, "2.3")] internal static partial class Model { } internal static class Names { public static readonly string Model = "model"; }""", "EI0015 CS0182" },
        { "a framework that is not a constant", """[EiModel("model", Names.Framework, "2.3")] internal static partial class Model { } internal static class Names { public static EiFramework Framework = EiFramework.MXNet; }""", "EI0015 CS0182" },
        { "an undefined name", """[EiModel(ModelNames.Missing, EiFramework.TensorFlow, "2.3")] internal static partial class Model { }""", "EI0015 CS0103" },

        // Duplicates.
        { "a duplicate name", """[EiModel("same", EiFramework.TensorFlow, "2.3")] internal static partial class First { } [EiModel("same", EiFramework.MXNet, "1.7")] internal static partial class Second { }""", "EI0015" },
        { "a duplicate name in another case", """[EiModel("same-name", EiFramework.TensorFlow, "2.3")] internal static partial class First { } [EiModel("SAME-NAME", EiFramework.TensorFlow, "2.3")] internal static partial class Second { }""", "EI0015" },
        { "the attribute twice on a class", """[EiModel("one", EiFramework.TensorFlow, "2.3")] [EiModel("two", EiFramework.TensorFlow, "2.3")] internal static partial class Model { }""", "EI0015 CS0579" },
        { "the attribute on two parts of a partial class", """[EiModel("one", EiFramework.TensorFlow, "2.3")] internal static partial class Model { } [EiModel("two", EiFramework.MXNet, "1.7")] internal static partial class Model { }""", "EI0015 CS0579" },

        // Sizes.
        { "size 0", """[EiModel("model", EiFramework.TensorFlow, "2.3", ArtifactSizeMb = 0)] internal static partial class Model { }""", "EI0015" },
        { "size -1", """[EiModel("model", EiFramework.TensorFlow, "2.3", ArtifactSizeMb = -1)] internal static partial class Model { }""", "EI0015" },
        { "size int.MaxValue", """[EiModel("model", EiFramework.TensorFlow, "2.3", ArtifactSizeMb = int.MaxValue)] internal static partial class Model { }""", "EI0015" },
        { "size int.MinValue", """[EiModel("model", EiFramework.TensorFlow, "2.3", ArtifactSizeMb = int.MinValue)] internal static partial class Model { }""", "EI0015" },

        // Frameworks.
        { "framework (EiFramework)42", """[EiModel("model", (EiFramework)42, "2.3")] internal static partial class Model { }""", "EI0015" },
        { "framework (EiFramework)(-1)", """[EiModel("model", (EiFramework)(-1), "2.3")] internal static partial class Model { }""", "EI0015" },
        { "framework (EiFramework)int.MaxValue", """[EiModel("model", (EiFramework)int.MaxValue, "2.3")] internal static partial class Model { }""", "EI0015" },

        // Versions.
        { "version latest", """[EiModel("model", EiFramework.TensorFlow, "latest")] internal static partial class Model { }""", "EI0015" },
        { "version 1..2", """[EiModel("model", EiFramework.TensorFlow, "1..2")] internal static partial class Model { }""", "EI0015" },
        { "version empty", """[EiModel("model", EiFramework.TensorFlow, "")] internal static partial class Model { }""", "EI0015" },
        { "version whitespace", """[EiModel("model", EiFramework.TensorFlow, " ")] internal static partial class Model { }""", "EI0015" },
        { "version null", """[EiModel("model", EiFramework.TensorFlow, null)] internal static partial class Model { }""", "EI0015" },
        { "version with a prefix", """[EiModel("model", EiFramework.TensorFlow, "v2.3")] internal static partial class Model { }""", "EI0015" },
        { "version with five parts", """[EiModel("model", EiFramework.TensorFlow, "1.2.3.4.5")] internal static partial class Model { }""", "EI0015" },
        { "version far too long", """[EiModel("model", EiFramework.TensorFlow, "1.00000000000000000000000000000000000000000")] internal static partial class Model { }""", "EI0015" },

        // Names.
        { "name empty", """[EiModel("", EiFramework.TensorFlow, "2.3")] internal static partial class Model { }""", "EI0015" },
        { "name whitespace", """[EiModel("   ", EiFramework.TensorFlow, "2.3")] internal static partial class Model { }""", "EI0015" },
        { "name tab and newline", """[EiModel("\t\n", EiFramework.TensorFlow, "2.3")] internal static partial class Model { }""", "EI0015" },
        { "name null", """[EiModel(null, EiFramework.TensorFlow, "2.3")] internal static partial class Model { }""", "EI0015" },
        { "name with a space", """[EiModel("my model", EiFramework.TensorFlow, "2.3")] internal static partial class Model { }""", "EI0015" },
        { "name with an underscore", """[EiModel("my_model", EiFramework.TensorFlow, "2.3")] internal static partial class Model { }""", "EI0015" },
        { "name with a slash", """[EiModel("team/model", EiFramework.TensorFlow, "2.3")] internal static partial class Model { }""", "EI0015" },
        { "name with a quote and a backslash", """[EiModel("a\"b\\c", EiFramework.TensorFlow, "2.3")] internal static partial class Model { }""", "EI0015" },
        { "name with non-ASCII letters", """[EiModel("modèle-ünïcode", EiFramework.TensorFlow, "2.3")] internal static partial class Model { }""", "EI0015" },
        { "name with a leading hyphen", """[EiModel("-model", EiFramework.TensorFlow, "2.3")] internal static partial class Model { }""", "EI0015" },
        { "name with a trailing hyphen", """[EiModel("model-", EiFramework.TensorFlow, "2.3")] internal static partial class Model { }""", "EI0015" },
        { "name of 64 characters", """[EiModel("a123456789012345678901234567890123456789012345678901234567890123", EiFramework.TensorFlow, "2.3")] internal static partial class Model { }""", "EI0015" },

        // Notebooks.
        { "a null notebook name", """[EiModel("model", EiFramework.TensorFlow, "2.3", Notebooks = new string[] { null })] internal static partial class Model { }""", "EI0015" },
        { "an empty notebook name", """[EiModel("model", EiFramework.TensorFlow, "2.3", Notebooks = new[] { "lab", "" })] internal static partial class Model { }""", "EI0015" },
        { "a notebook name with a space", """[EiModel("model", EiFramework.TensorFlow, "2.3", Notebooks = new[] { "my lab" })] internal static partial class Model { }""", "EI0015" },
        { "a notebook name of 64 characters", """[EiModel("model", EiFramework.TensorFlow, "2.3", Notebooks = new[] { "a123456789012345678901234567890123456789012345678901234567890123" })] internal static partial class Model { }""", "EI0015" },

        // The class.
        { "a class that is not partial", """[EiModel("model", EiFramework.TensorFlow, "2.3")] internal static class Model { }""", "EI0015" },
        { "a nested class in a class that is not partial", """internal static class Outer { [EiModel("model", EiFramework.TensorFlow, "2.3")] internal static partial class Model { } }""", "EI0015" },
        { "a nested class two levels inside a class that is not partial", """internal class Outer { internal partial class Middle { [EiModel("model", EiFramework.TensorFlow, "2.3")] internal static partial class Model { } } }""", "EI0015" },
        { "a struct", """[EiModel("model", EiFramework.TensorFlow, "2.3")] internal partial struct Model { }""", "EI0015 CS0592" },
        { "a record struct", """[EiModel("model", EiFramework.TensorFlow, "2.3")] internal partial record struct Model;""", "EI0015 CS0592" },
        { "an interface", """[EiModel("model", EiFramework.TensorFlow, "2.3")] internal partial interface IModel { }""", "EI0015 CS0592" },
        { "an enum", """[EiModel("model", EiFramework.TensorFlow, "2.3")] internal enum Model { A }""", "EI0015 CS0592" },
        { "a method", """internal static class Holder { [EiModel("model", EiFramework.TensorFlow, "2.3")] internal static void Model() { } }""", "EI0015 CS0592" },
        { "a class that already has a Name member", """[EiModel("model", EiFramework.TensorFlow, "2.3")] internal static partial class Model { internal const string Name = "other"; }""", "EI0015" },
        { "a class that already has a Compatibility member", """[EiModel("model", EiFramework.TensorFlow, "2.3")] internal static partial class Model { internal static int Compatibility() => 0; }""", "EI0015" },
        { "a generated member name used as a nested type", """[EiModel("model", EiFramework.TensorFlow, "2.3")] internal static partial class Model { internal sealed class Framework { } }""", "EI0015" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task A_malformed_declaration_is_a_clear_diagnostic_never_an_exception_nor_a_generated_error(string name, string declaration, string expected)
    {
        var source = Usings + "namespace Declarations\n{\n" + declaration + "\n}\n";
        var run = await Engine.RunAsync(new[] { Engine.Parse(source) });
        var problems = Problems(run).ToList();

        // At least one of the expected diagnostics, inside the declaration, with its explanation.
        var declared = TextSpan.FromBounds(source.IndexOf('[', Usings.Length), source.LastIndexOf('}'));
        var all = run.Analyzer.Concat(run.Output.GetDiagnostics()).Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        var found = all.Where(d => expected.Split(' ').Contains(d.Id) && d.Location.IsInSource && declared.Contains(d.Location.SourceSpan)).ToList();
        if (found.Count == 0)
        {
            problems.Add($"none of {expected} is reported in the declaration; reported: {(all.Count == 0 ? "nothing" : string.Join("; ", all))}");
        }

        foreach (var diagnostic in found.Where(d => d.Id == "EI0015"))
        {
            var message = diagnostic.GetMessage();
            if (!message.StartsWith("Invalid [EiModel] declaration: ", StringComparison.Ordinal) || message.Length < "Invalid [EiModel] declaration: ".Length + 15)
            {
                problems.Add($"EI0015 does not say what is wrong: '{message}'");
            }

            if (diagnostic.Severity != DiagnosticSeverity.Error)
            {
                problems.Add($"EI0015 is {diagnostic.Severity}, not an error");
            }
        }

        Assert.True(problems.Count == 0, $"{name}:\n{string.Join("\n", problems)}\n\n{source}");
    }

    [Theory]
    [InlineData("""[EiModel("model", EiFramework.TensorFlow, "2.3", ArtifactSizeMb = 10)] internal partial class Model<T> { }""", "Model<int>.Name")]
    [InlineData("""internal partial class Outer<T> { [EiModel("model", EiFramework.TensorFlow, "2.3", ArtifactSizeMb = 10)] internal static partial class Model { } }""", "Outer<int>.Model.Name")]
    public async Task A_generic_model_used_through_a_constructed_type_is_not_reported_as_its_own_duplicate(string declaration, string name)
    {
        var source = Usings + "namespace Declarations\n{\n" + declaration + $$"""

            class Deploy
            {
                ProductionVariant V() => new ProductionVariant { ModelName = {{name}}, InstanceType = "ml.c5.xlarge", AcceleratorType = "ml.eia2.medium" };
            }
            }
            """;
        var run = await Engine.RunAsync(new[] { Engine.Parse(source) });
        Assert.Empty(Problems(run));
        Assert.DoesNotContain(run.Analyzer, d => d.Id == "EI0015" && d.GetMessage().Contains("already declared", StringComparison.Ordinal));
    }

    /// <summary>
    /// Unusual declarations that are valid, with an expression that uses the generated <c>Name</c>: no EI0015, no error
    /// (the expression compiles, so the members were generated), no exception. Record classes and generic classes are
    /// valid model classes since the generator emits their members (commit e63208d).
    /// </summary>
    public static TheoryData<string, string, string> UnusualButValid() => new()
    {
        { "named arguments in another order", """[EiModel(frameworkVersion: "2.3", name: "model", framework: EiFramework.TensorFlow)] internal static partial class Model { }""", "Model.Name" },
        { "the fully qualified attribute name", """[global::SageMaker.ElasticInference.EiModelAttribute("model", global::SageMaker.ElasticInference.EiFramework.TensorFlow, "2.3")] internal static partial class Model { }""", "Model.Name" },
        { "consts for every argument", """[EiModel(Names.Model, Names.Framework, Names.Version, ArtifactSizeMb = Names.Size * 2)] internal static partial class Model { } internal static class Names { public const string Model = "model"; public const EiFramework Framework = EiFramework.MXNet; public const string Version = "1.7"; public const int Size = 50; }""", "Model.Name" },
        { "Notebooks = null", """[EiModel("model", EiFramework.TensorFlow, "2.3", Notebooks = null)] internal static partial class Model { }""", "Model.Name" },
        { "no notebooks", """[EiModel("model", EiFramework.TensorFlow, "2.3", Notebooks = new string[0])] internal static partial class Model { }""", "Model.Name" },
        { "the largest size", """[EiModel("model", EiFramework.TensorFlow, "2.3", ArtifactSizeMb = 1048576)] internal static partial class Model { }""", "Model.Name" },
        { "a sealed non-static class", """[EiModel("model", EiFramework.TensorFlow, "2.3")] public sealed partial class Model { }""", "Model.Name" },
        { "a class with a keyword name", """[EiModel("model", EiFramework.TensorFlow, "2.3")] internal static partial class @class { }""", "@class.Name" },
        { "a class with a non-ASCII name", """[EiModel("model", EiFramework.TensorFlow, "2.3")] internal static partial class Modèle { }""", "Modèle.Name" },
        { "a class nested in a struct and a record", """internal partial struct Holder { internal partial record Inner { [EiModel("model", EiFramework.TensorFlow, "2.3")] internal static partial class Model { } } }""", "Holder.Inner.Model.Name" },
        { "a name of 63 characters", """[EiModel("a12345678901234567890123456789012345678901234567890123456789012", EiFramework.TensorFlow, "2.3")] internal static partial class Model { }""", "Model.Name" },
        { "the other framework", """[EiModel("model", EiFramework.Other, "1")] internal static partial class Model { }""", "Model.Name" },
        { "a record class", """[EiModel("model", EiFramework.TensorFlow, "2.3")] internal sealed partial record Model(int Version);""", "Model.Name" },
        { "a generic partial class", """[EiModel("model", EiFramework.TensorFlow, "2.3")] internal partial class Model<T> { }""", "Model<int>.Name" },
        { "a generic partial class with a constraint", """[EiModel("model", EiFramework.TensorFlow, "2.3")] internal partial class Model<T> where T : class, new() { }""", "Model<object>.Name" },
        { "a partial class nested in a generic class", """internal partial class Outer<T> { [EiModel("model", EiFramework.TensorFlow, "2.3")] internal static partial class Model { } }""", "Outer<int>.Model.Name" },
    };

    [Theory]
    [MemberData(nameof(UnusualButValid))]
    public async Task An_unusual_valid_declaration_generates_working_members(string name, string declaration, string use)
    {
        var source = Usings + "namespace Declarations\n{\n" + declaration + "\ninternal static class Use { internal static string Name => " + use + "; }\n}\n";
        var run = await Engine.RunAsync(new[] { Engine.Parse(source) });
        var problems = Problems(run).ToList();
        problems.AddRange(run.Analyzer.Where(d => d.Id == "EI0015").Select(d => "EI0015 on a valid declaration: " + d));
        problems.AddRange(run.UserErrors.Select(d => "compile error: " + d));
        Assert.True(problems.Count == 0, $"{name}:\n{string.Join("\n", problems)}\n\n{source}");
    }

    /// <summary>Declarations whose generated files could get the same name: the generator must not fail (CS8785), losing all its output.</summary>
    public static TheoryData<string, string> ClashingFileNames() => new()
    {
        { "a nested class and a top-level class of the same name", """[EiModel("first", EiFramework.TensorFlow, "2.3")] internal static partial class Model { } internal static partial class Outer { [EiModel("second", EiFramework.TensorFlow, "2.3")] internal static partial class Model { } } [EiModel("third", EiFramework.TensorFlow, "2.3")] internal static partial class Outer_Model { }""" },
        { "a keyword class and a class named like its file", """[EiModel("first", EiFramework.TensorFlow, "2.3")] internal static partial class @class { } [EiModel("second", EiFramework.TensorFlow, "2.3")] internal static partial class _class { }""" },
        { "a generic class and a class named like its file", """[EiModel("first", EiFramework.TensorFlow, "2.3")] internal partial class Model<T> { } [EiModel("second", EiFramework.TensorFlow, "2.3")] internal static partial class Model_T_ { }""" },
    };

    [Theory]
    [MemberData(nameof(ClashingFileNames))]
    public async Task Declarations_whose_generated_files_could_share_a_name_never_make_the_generator_fail(string name, string declaration)
    {
        var source = Usings + "namespace Declarations\n{\n" + declaration + "\n}\n";
        var run = await Engine.RunAsync(new[] { Engine.Parse(source) });
        var problems = Problems(run).ToList();
        Assert.True(problems.Count == 0, $"{name}:\n{string.Join("\n", problems)}\n\n{source}");
    }

    /// <summary>What must hold for every declaration: nothing throws, and the generated code has no error of its own.</summary>
    private static IEnumerable<string> Problems(Engine.ProgramRun run)
    {
        foreach (var failure in run.Failures)
        {
            yield return $"{failure.What}: {failure.Detail} {failure.Exception}";
        }

        foreach (var error in run.GeneratedErrors)
        {
            yield return $"the generated code has an error: {error} in {error.Location.SourceTree?.FilePath}:\n{error.Location.SourceTree?.GetText()}";
        }

        // The user's code has no error that the declaration-independent output alone (the attribute, the enum and the
        // accelerator constants) does not: the generated members never break it.
        var independent = run.Generator.Results.SelectMany(r => r.GeneratedSources)
            .Where(s => s.HintName is "EiModelAttribute.g.cs" or "EiAccelerators.g.cs")
            .Select(s => s.SyntaxTree);
        var baseline = run.Input.AddSyntaxTrees(independent).GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => (d.Id, d.Location.SourceSpan))
            .ToHashSet();
        foreach (var error in run.UserErrors.Where(e => !baseline.Contains((e.Id, e.Location.SourceSpan))))
        {
            yield return $"the generated code causes an error in the user's code: {error}";
        }
    }
}
