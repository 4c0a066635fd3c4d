using System;
using System.Collections.Generic;
using System.Linq;
using EiAnalyzers.Declarations;
using EiAnalyzers.Deployment;
using EiAnalyzers.Knowledge;
using Microsoft.CodeAnalysis;

namespace EiAnalyzers.Rules;

/// <summary>The rules about <c>[EiModel]</c> declarations: EI0015 (invalid, duplicate, disagreeing with its image) and EI0007.</summary>
internal static class DeclarationRules
{
    public static void CheckDeclaration(DeclaredModel model, RuleContext context)
    {
        foreach (var problem in model.Declaration.Problems)
        {
            if ((model.LocationOf(problem.Part) ?? model.LocationOf(DeclarationPart.Attribute)) is { } location)
            {
                context.Sink.Report(Descriptors.InvalidDeclaration, location, null, problem.Message);
            }
        }

        if (model.IsValid && Compatibility.CheckModel(model.Framework, model.Version).Kind == VerdictKind.UnsupportedVersion
            && model.LocationOf(DeclarationPart.Version) is { } versionLocation)
        {
            context.Sink.Report(
                Descriptors.UnsupportedVersion, versionLocation, null, model.Framework.DisplayName, model.Version, model.Framework.SupportedVersionsText);
        }
    }

    /// <summary>
    /// The valid declarations that give each name, first by type name as the generator orders them; the later ones
    /// are reported and ignored, as the generator ignores them.
    /// </summary>
    public static Dictionary<string, DeclaredModel> ByName(IEnumerable<DeclaredModel> models, RuleContext context)
    {
        var byName = new Dictionary<string, DeclaredModel>(StringComparer.OrdinalIgnoreCase);
        foreach (var model in models.Where(m => m.IsValid).OrderBy(m => m.TypeName, StringComparer.Ordinal))
        {
            if (byName.TryGetValue(model.Name, out var first))
            {
                if (model.LocationOf(DeclarationPart.Name) is { } location)
                {
                    context.Sink.Report(
                        Descriptors.InvalidDeclaration, location, null,
                        $"the model name '{model.Name}' is already declared by {first.TypeName.Replace("global::", "")}; nothing is generated for this declaration");
                }
            }
            else
            {
                byName[model.Name] = model;
            }
        }

        return byName;
    }

    /// <summary>EI0015 when a declaration and the image of the model created under its name disagree on the framework or version.</summary>
    public static void CheckAgainstImages(DeclaredModel declared, IEnumerable<ModelDescription> models, RuleContext context)
    {
        if (declared.Framework == EiCatalog.Other || declared.LocationOf(DeclarationPart.Framework) is not { } location)
        {
            return;
        }

        foreach (var model in models)
        {
            foreach (var container in model.Containers)
            {
                if (container.ImageReference is not { Known.Framework: { } framework } image || container.Image is null)
                {
                    continue;
                }

                var sameFramework = framework == declared.Framework;
                var sameVersion = image.Version is null || framework.Support != EiSupport.VersionedFramework || SameVersion(framework, declared.Version, image.Version);
                if (sameFramework && sameVersion)
                {
                    continue;
                }

                context.Sink.Report(
                    Descriptors.InvalidDeclaration, location, new FixData().WithRelated(container.Image.Location),
                    $"model '{declared.Name}' is declared as {declared.Framework.DisplayName} {declared.Version}, but it is created with image '{image.Text}' ({framework.DisplayName}{(image.Version is null ? "" : " " + image.Version)}); the rules use the image");
            }
        }
    }

    /// <summary>"2.3" and "2.3.0" are the same version, as are an EI version and its alias ("1.4" and "1.4.1" for MXNet).</summary>
    public static bool SameVersion(FrameworkInfo framework, string declared, string image)
    {
        static string Trim(string version)
        {
            while (version.EndsWith(".0", StringComparison.Ordinal))
            {
                version = version.Substring(0, version.Length - 2);
            }

            return version;
        }

        if (Trim(declared) == Trim(image))
        {
            return true;
        }

        var build = framework.FindEiVersion(declared);
        return build is not null && build == framework.FindEiVersion(image);
    }
}
