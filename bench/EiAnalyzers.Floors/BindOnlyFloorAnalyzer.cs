using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EiAnalyzers.Floors;

/// <summary>
/// The analyzer floor of the build part: the least an analyzer that reads SageMaker configuration must do. In a
/// project that references the SDK or the CDK, it finds the files that import a SageMaker namespace (one ordinal
/// search of each file's text) and binds their object creations (<c>SemanticModel.GetOperation</c> on every outermost
/// <c>new</c>), and reads nothing. Any analyzer of these files pays at least this: finding them, and binding what they
/// create. EiAnalyzers also reads every block that names a configuration type, follows its paths, checks and reports.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BindOnlyFloorAnalyzer : DiagnosticAnalyzer
{
    // A warning, never reported: a command-line build does not run an analyzer whose every diagnostic is hidden.
    private static readonly DiagnosticDescriptor Rule = new(
        "EIFLOOR01", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    /// <summary>How many operation trees the floor got in this process (a check that it did its work).</summary>
    public static int Bound;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            if (!start.Compilation.ReferencedAssemblyNames.Any(a => a.Name.StartsWith("AWSSDK.SageMaker", StringComparison.Ordinal) || a.Name == "Amazon.CDK.Lib"))
            {
                return;
            }

            start.RegisterSemanticModelAction(static context =>
            {
                var tree = context.SemanticModel.SyntaxTree;
                if (!tree.TryGetText(out var text) || !Imports(text.ToString()))
                {
                    return;
                }

                foreach (var creation in tree.GetRoot(context.CancellationToken).DescendantNodes().OfType<BaseObjectCreationExpressionSyntax>())
                {
                    if (creation.Ancestors().OfType<BaseObjectCreationExpressionSyntax>().Any())
                    {
                        continue;
                    }

                    if (context.SemanticModel.GetOperation(creation, context.CancellationToken) is not null)
                    {
                        System.Threading.Interlocked.Increment(ref Bound);
                    }
                }
            });
        });
    }

    private static bool Imports(string text) =>
        text.IndexOf("Amazon.SageMaker", StringComparison.Ordinal) >= 0 || text.IndexOf("Amazon.CDK.AWS.Sagemaker", StringComparison.Ordinal) >= 0;
}
