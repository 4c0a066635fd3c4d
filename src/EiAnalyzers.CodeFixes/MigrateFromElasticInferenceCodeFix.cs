using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using EiAnalyzers.Knowledge;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace EiAnalyzers.CodeFixes;

/// <summary>
/// EI0013: Elastic Inference is gone. Two migrations, as AWS recommends: remove the accelerator and move the host to
/// ml.g4dn.xlarge (GPU), or to ml.inf1.xlarge (AWS Inferentia).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MigrateFromElasticInferenceCodeFix)), Shared]
public sealed class MigrateFromElasticInferenceCodeFix : EiCodeFixProvider
{
    private const string KeyPrefix = "EI0013.MigrateTo.";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.EndOfLife);

    /// <summary>Not for a serverless variant: it has no host to move, and EI0010's fix removes its accelerator.</summary>
    internal override IEnumerable<FixAction> ActionsFor(Diagnostic diagnostic) =>
        diagnostic.Properties.ContainsKey(FixProperties.NoHost) && diagnostic.Properties[FixProperties.NoHost] == "true"
            ? Enumerable.Empty<FixAction>()
            : EiCatalog.MigrationHosts.Select(host => new FixAction($"Remove the accelerator and move the host to {host}", KeyPrefix + host));

    internal override bool Edit(FixSession session, Diagnostic diagnostic, string equivalenceKey)
    {
        var host = equivalenceKey.Substring(KeyPrefix.Length);
        if (session.ExpressionAt(diagnostic.Location) is not { } value || session.AcceleratorSetter(value) is not { } setter)
        {
            return false;
        }

        var hosts = FixSession.LocationsWithRole(diagnostic, FixProperties.Host).Select(session.ExpressionAt).ToList();
        if (hosts.Count == 0)
        {
            // No instance type to change: the accelerator's setter becomes the instance type's.
            return session.ReplaceSetterWithHost(setter, host);
        }

        if (hosts.Any(h => h is null))
        {
            return false;
        }

        return hosts.All(h => session.ReplaceHost(h!, host)) && session.Remove(setter);
    }
}
