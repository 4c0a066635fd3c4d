using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using EiAnalyzers.Description;
using EiAnalyzers.Reading.Flow;
using EiAnalyzers.Reading.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EiAnalyzers.Reading;

/// <summary>
/// Reads one code block of C# (a method, an accessor, an initializer, the top-level statements) that configures
/// SageMaker with the AWS SDK or the AWS CDK into the neutral <see cref="DeploymentDescription"/>, from its control
/// flow graph: every variant, notebook and model with each configuration some path gives it. Lambdas and local
/// functions are read as blocks of their own. A block whose paths do not settle within the bound on the work (even
/// joined, see <see cref="PathExplorer"/>) is read for its accelerators only, so that nothing but what a value alone
/// shows is reported there.
/// </summary>
internal static class BlockReader
{
    public static DeploymentDescription Read(KnownSymbols known, IOperation root, SemanticModel model, CancellationToken cancellationToken)
    {
        if (GraphOf(root, cancellationToken) is not { } graph)
        {
            return AcceleratorsOnly(known, root, model, cancellationToken);
        }

        var descriptions = new List<DeploymentDescription>();
        var pending = new Queue<ControlFlowGraph>();
        var read = new HashSet<ControlFlowGraph>();
        pending.Enqueue(graph);
        while (pending.Count > 0)
        {
            var current = pending.Dequeue();
            if (!read.Add(current))
            {
                continue;
            }

            var observations = new Observations();
            var evaluator = new Evaluator(known, model, new Conditions(current), observations, cancellationToken);
            if (!new PathExplorer(current, evaluator, observations).Explore())
            {
                return AcceleratorsOnly(known, root, model, cancellationToken);
            }

            descriptions.Add(observations.Describe());
            foreach (var function in evaluator.AnonymousFunctions)
            {
                pending.Enqueue(current.GetAnonymousFunctionControlFlowGraph(function, cancellationToken));
            }

            foreach (var local in current.LocalFunctions)
            {
                pending.Enqueue(current.GetLocalFunctionControlFlowGraph(local, cancellationToken));
            }
        }

        return descriptions.Count == 1 ? descriptions[0] : new DeploymentDescription(
            descriptions.SelectMany(d => d.Variants).ToImmutableArray(),
            descriptions.SelectMany(d => d.Notebooks).ToImmutableArray(),
            descriptions.SelectMany(d => d.Models).ToImmutableArray());
    }

    private static ControlFlowGraph? GraphOf(IOperation root, CancellationToken cancellationToken)
    {
        if (root.Parent is not null)
        {
            return null;
        }

        return root switch
        {
            IMethodBodyOperation body => ControlFlowGraph.Create(body, cancellationToken),
            IConstructorBodyOperation constructor => ControlFlowGraph.Create(constructor, cancellationToken),
            IBlockOperation block => ControlFlowGraph.Create(block, cancellationToken),
            IFieldInitializerOperation field => ControlFlowGraph.Create(field, cancellationToken),
            IPropertyInitializerOperation property => ControlFlowGraph.Create(property, cancellationToken),
            IParameterInitializerOperation parameter => ControlFlowGraph.Create(parameter, cancellationToken),
            _ => null,
        };
    }

    /// <summary>
    /// Every accelerator the block writes, each on an object of its own that nothing else is known of: only the rules
    /// about the value itself (an unknown type, eia1, end of life) can say anything.
    /// </summary>
    private static DeploymentDescription AcceleratorsOnly(KnownSymbols known, IOperation root, SemanticModel model, CancellationToken cancellationToken)
    {
        var evaluator = new Evaluator(known, model, new Conditions(null), NoObserver.Instance, cancellationToken);
        var variants = ImmutableArray.CreateBuilder<VariantDescription>();
        var notebooks = ImmutableArray.CreateBuilder<NotebookDescription>();
        foreach (var operation in root.DescendantsAndSelf())
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (operation)
            {
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment
                    when evaluator.RoleOf(property.Property) == Role.Accelerator:
                    evaluator.State = FlowState.Empty;
                    if (evaluator.ReadAssigned(assignment.Value, property.Property.Type) is TextValue { Site: var site })
                    {
                        variants.Add(new VariantDescription(site.Location, ImmutableArray.Create(new VariantState { Accelerator = site })));
                    }

                    break;
                case IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 1, Instance: IPropertyReferenceOperation list } add
                    when evaluator.RoleOf(list.Property) == Role.NotebookAccelerators:
                    evaluator.State = FlowState.Empty;
                    if (evaluator.ReadAssigned(add.Arguments[0].Value, list.Property.Type) is TextValue { Site: var element })
                    {
                        notebooks.Add(new NotebookDescription(element.Location, ImmutableArray.Create(new NotebookState
                        {
                            Accelerators = ImmutableArray.Create(element),
                            AcceleratorsComplete = false,
                        })));
                    }

                    break;
            }
        }

        return new DeploymentDescription(variants.ToImmutable(), notebooks.ToImmutable(), ImmutableArray<ModelDescription>.Empty);
    }

    private sealed class NoObserver : IObjectObserver
    {
        public static readonly NoObserver Instance = new();

        public void Observe(FlowState state, IReadOnlyCollection<int>? objects, bool incomplete)
        {
        }
    }
}
