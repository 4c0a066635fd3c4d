using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using EiAnalyzers.CodeFixes;
using EiAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace EiAnalyzers.Tests.CodeFixes;

/// <summary>
/// The one command (<c>dotnet format analyzers --diagnostics EI0013</c>) as dotnet format runs it: the first action of
/// the first diagnostic it meets gives the equivalence key, and Fix All applies it to every diagnostic of the project.
/// Whichever diagnostic comes first, the key and the migrated project are the same, and the migrated project has no
/// EI diagnostic left at all.
/// </summary>
public class MigrationFixAllTests
{
    private static readonly (string Name, string Text)[] Project =
    {
        ("Images.cs", """
            static class Images
            {
                public const string Vision = "763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference-eia:2.3.0-cpu";
                public const string Churn = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1";
            }
            """),
        ("Models.cs", """
            using Amazon.SageMaker.Model;

            static class Models
            {
                public static CreateModelRequest Vision() => new CreateModelRequest { ModelName = "vision", PrimaryContainer = new ContainerDefinition { Image = Images.Vision } };

                public static CreateModelRequest Churn() => new CreateModelRequest { ModelName = "churn", PrimaryContainer = new ContainerDefinition { Image = Images.Churn } };

                public static CreateModelRequest Qa(string account) => new CreateModelRequest
                {
                    ModelName = "qa",
                    PrimaryContainer = new ContainerDefinition { Image = $"{account}.dkr.ecr.us-west-2.amazonaws.com/pytorch-inference-eia:1.5.1-cpu-py3" },
                };
            }
            """),
        ("Endpoints.cs", """
            using System;
            using System.Collections.Generic;
            using Amazon.SageMaker;
            using Amazon.SageMaker.Model;

            static class Endpoints
            {
                public static CreateEndpointConfigRequest Config(string tenantModel) => new CreateEndpointConfigRequest
                {
                    EndpointConfigName = "production",
                    ProductionVariants = new List<ProductionVariant>
                    {
                        new ProductionVariant { VariantName = "vision", ModelName = "vision", InstanceType = ProductionVariantInstanceType.MlM5Xlarge, AcceleratorType = ProductionVariantAcceleratorType.MlEia2Medium },
                        new ProductionVariant { VariantName = "churn", ModelName = "churn", InstanceType = ProductionVariantInstanceType.MlM5Large, AcceleratorType = ProductionVariantAcceleratorType.MlEia2Medium },
                        new ProductionVariant { VariantName = "qa", ModelName = "qa", InstanceType = "ml.c5.xlarge", AcceleratorType = "ml.eia2.large" },
                        new ProductionVariant { VariantName = "tenant", ModelName = tenantModel, InstanceType = ProductionVariantInstanceType.MlC5Large, AcceleratorType = "ml.eia2.medium" },
                        new ProductionVariant { VariantName = "arm", ModelName = "churn", InstanceType = "ml.c6g.large", AcceleratorType = "ml.eia2.medium" },
                    },
                };

                public static ProductionVariant Serverless() => new ProductionVariant
                {
                    ModelName = "churn",
                    ServerlessConfig = new ProductionVariantServerlessConfig { MemorySizeInMB = 2048 },
                    AcceleratorType = Environment.GetEnvironmentVariable("ACCELERATOR"),
                };
            }
            """),
        ("Notebooks.cs", """
            using System.Collections.Generic;
            using Amazon.SageMaker;
            using Amazon.SageMaker.Model;

            static class Notebooks
            {
                public static CreateNotebookInstanceRequest Create() => new CreateNotebookInstanceRequest
                {
                    NotebookInstanceName = "lab",
                    InstanceType = InstanceType.MlT3Medium,
                    AcceleratorTypes = new List<string> { "ml.eia2.medium" },
                };

                public static UpdateNotebookInstanceRequest Update()
                {
                    var update = new UpdateNotebookInstanceRequest { NotebookInstanceName = "lab" };
                    update.AcceleratorTypes = new List<string> { NotebookInstanceAcceleratorType.MlEia2Large };
                    return update;
                }
            }
            """),
        ("Stack.cs", """
            using Amazon.CDK;
            using Amazon.CDK.AWS.Sagemaker;
            using Constructs;

            sealed class InferenceStack : Stack
            {
                public InferenceStack(Construct scope, string id)
                    : base(scope, id)
                {
                    var model = new CfnModel(this, "Gluon", new CfnModelProps
                    {
                        ExecutionRoleArn = "role",
                        PrimaryContainer = new CfnModel.ContainerDefinitionProperty { Image = "763104351884.dkr.ecr.eu-west-1.amazonaws.com/mxnet-inference-eia:1.7.0-cpu-py36-ubuntu16.04" },
                    });
                    new CfnEndpointConfig(this, "Config", new CfnEndpointConfigProps
                    {
                        ProductionVariants = new[]
                        {
                            new CfnEndpointConfig.ProductionVariantProperty { VariantName = "v", ModelName = model.AttrModelName, InstanceType = "ml.m5.large", AcceleratorType = "ml.eia2.medium" },
                        },
                    });
                }
            }
            """),
    };

    [Fact]
    public async Task Whichever_diagnostic_dotnet_format_meets_first_the_whole_project_migrates_the_same_and_no_ei_diagnostic_is_left()
    {
        var solution = Solution(Project);
        var diagnostics = await DiagnosticsAsync(solution);
        var endOfLife = diagnostics.Where(d => d.Id == RuleIds.EndOfLife).OrderBy(d => d.Location.SourceTree!.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start).ToList();
        Assert.True(endOfLife.Count == 9, $"{endOfLife.Count} EI0013 diagnostics");

        var provider = new ElasticInferenceCodeFixProvider();
        var results = new List<string>();
        foreach (var first in endOfLife)
        {
            var document = solution.GetDocument(first.Location.SourceTree)!;
            var actions = new List<CodeAction>();
            await provider.RegisterCodeFixesAsync(new CodeFixContext(document, first, (action, _) => actions.Add(action), CancellationToken.None));
            Assert.True(actions.Count > 0, $"no fix for {first}");
            Assert.Equal("EI0013.Fix", actions[0].EquivalenceKey);

            var context = new FixAllContext(
                document, provider, FixAllScope.Solution, actions[0].EquivalenceKey, provider.FixableDiagnosticIds, new Provided(diagnostics), CancellationToken.None);
            var fixAll = await provider.GetFixAllProvider().GetFixAsync(context);
            var applied = (await fixAll!.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>().Single().ChangedSolution;
            results.Add(await TextOfAsync(applied));

            if (results.Count == 1)
            {
                var left = (await DiagnosticsAsync(applied)).Where(d => d.Id.StartsWith("EI", StringComparison.Ordinal)).ToList();
                Assert.True(left.Count == 0, "left after the migration:\n" + string.Join("\n", left) + "\n\n" + results[0]);
                var errors = (await applied.Projects.Single().GetCompilationAsync())!.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
                Assert.True(errors.Count == 0, string.Join("\n", errors));
            }
        }

        Assert.All(results, r => Assert.Equal(results[0], r));
        Assert.Contains("tensorflow-inference:2.3.0-gpu", results[0]);
        Assert.Contains("pytorch-inference:1.5.1-gpu-py36-cu101-ubuntu16.04", results[0]);
        Assert.Contains("mxnet-inference:1.7.0-gpu-py3", results[0]);
        Assert.Contains("InstanceType = ProductionVariantInstanceType.MlM5Large", results[0]);
        Assert.Contains("InstanceType = \"ml.c6g.large\"", results[0]);
        Assert.Contains("update.DisassociateAcceleratorTypes = true;", results[0]);
    }

    private static Solution Solution((string Name, string Text)[] files)
    {
        var workspace = new AdhocWorkspace();
        var id = ProjectId.CreateNewId();
        var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
            id, VersionStamp.Create(), "Migrated", "Migrated", LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            metadataReferences: TestReferences.All));
        foreach (var (name, text) in files)
        {
            solution = solution.AddDocument(DocumentId.CreateNewId(id), name, text, filePath: "/src/" + name);
        }

        return solution;
    }

    private static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(Solution solution)
    {
        var compilation = (await solution.Projects.Single().GetCompilationAsync())!;
        return await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ElasticInferenceAnalyzer())).GetAnalyzerDiagnosticsAsync();
    }

    private static async Task<string> TextOfAsync(Solution solution)
    {
        var texts = new List<string>();
        foreach (var document in solution.Projects.Single().Documents.OrderBy(d => d.Name, StringComparer.Ordinal))
        {
            texts.Add("// " + document.Name + "\n" + (await document.GetTextAsync()));
        }

        return string.Join("\n", texts);
    }

    private sealed class Provided : FixAllContext.DiagnosticProvider
    {
        private readonly ImmutableArray<Diagnostic> diagnostics;

        public Provided(ImmutableArray<Diagnostic> diagnostics)
        {
            this.diagnostics = diagnostics;
        }

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
        {
            var tree = await document.GetSyntaxTreeAsync(cancellationToken);
            return diagnostics.Where(d => d.Location.SourceTree == tree);
        }

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics.Where(d => d.Location == Location.None));
    }
}
