using System;
using System.Collections.Generic;
using System.Linq;
using EiAnalyzers.Checks.Findings;
using EiAnalyzers.Description;
using EiAnalyzers.Knowledge;

namespace EiAnalyzers.Checks;

/// <summary>The checks of <c>[EiModel]</c> declarations: EI0015 (invalid, duplicate, disagreeing with its image) and EI0007.</summary>
internal static class DeclarationChecks
{
    public static void Check(DeclaredModelDescription model, CheckContext context)
    {
        foreach (var problem in model.Problems)
        {
            if ((model.LocationOf(problem.Part) ?? model.LocationOf(DeclarationPart.Attribute)) is { } location)
            {
                context.Report(new InvalidDeclaration(location, problem.Message));
            }
        }

        if (model.IsValid && model.Framework.Support == EiSupport.VersionedFramework && !model.Framework.SupportsVersion(model.Version)
            && model.LocationOf(DeclarationPart.Version) is { } versionLocation)
        {
            context.Report(new UnsupportedVersion(versionLocation, model.Framework, model.Version));
        }
    }

    /// <summary>
    /// The valid declarations that give each name, first by type name as the generator orders them; the later ones
    /// are reported and ignored, as the generator ignores them.
    /// </summary>
    public static Dictionary<string, DeclaredModelDescription> ByName(IEnumerable<DeclaredModelDescription> models, CheckContext context)
    {
        var byName = new Dictionary<string, DeclaredModelDescription>(StringComparer.OrdinalIgnoreCase);
        foreach (var model in models.Where(m => m.IsValid).OrderBy(m => m.TypeName, StringComparer.Ordinal))
        {
            if (byName.TryGetValue(model.Name, out var first))
            {
                if (model.LocationOf(DeclarationPart.Name) is { } location)
                {
                    context.Report(new DuplicateDeclaration(location, model.Name, first.TypeName));
                }
            }
            else
            {
                byName[model.Name] = model;
            }
        }

        return byName;
    }

    /// <summary>EI0015 when a declaration and the image of a model created under its name disagree on the framework or version.</summary>
    public static void CheckAgainstImages(DeclaredModelDescription declared, IEnumerable<ModelDescription> models, CheckContext context)
    {
        if (declared.Framework == EiCatalog.Other || declared.LocationOf(DeclarationPart.Framework) is not { } location)
        {
            return;
        }

        foreach (var container in models.SelectMany(m => m.Alternatives).SelectMany(a => a.Containers))
        {
            if (container.Image is not { } site || ImageReference.Parse(site.Pattern) is not { Known.Framework: { } framework } image)
            {
                continue;
            }

            var sameVersion = image.Version is null || framework.Support != EiSupport.VersionedFramework || SameVersion(framework, declared.Version, image.Version);
            if (framework != declared.Framework || !sameVersion)
            {
                context.Report(new DeclarationDisagreesWithImage(location, declared, image, framework) { Related = System.Collections.Immutable.ImmutableArray.Create(site.Location) });
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
