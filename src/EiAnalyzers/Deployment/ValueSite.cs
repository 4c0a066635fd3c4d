using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace EiAnalyzers.Deployment;

/// <summary>How a value is written, so that a fix can write its correction in the same style.</summary>
internal enum ValueStyle
{
    /// <summary>A string literal or any other string-typed expression.</summary>
    String,

    /// <summary>A field of an SDK ConstantClass (<c>ProductionVariantAcceleratorType.MlEia2Medium</c>).</summary>
    ConstantClassField,

    /// <summary>A field of the generated <c>EiAccelerators</c> class.</summary>
    GeneratedConstant,

    /// <summary>An object (an initializer, <c>new X()</c>): only its presence matters.</summary>
    Object,

    /// <summary>Anything else.</summary>
    Other,
}

/// <summary>
/// One value set on a configuration object, as far as it is known at compile time, and where it is written.
/// Plain data: no operation, symbol or compilation, so it can wait for the end of the compilation.
/// </summary>
internal sealed class ValueSite
{
    public ValueSite(
        Location location, string? pattern, bool isNull, ValueStyle style, Location? origin = null, string? code = null,
        ImmutableArray<BranchArm> branches = default)
    {
        Branches = branches.IsDefault ? ImmutableArray<BranchArm>.Empty : branches;
        Location = location;
        Pattern = pattern;
        IsNull = isNull;
        Style = style;
        Origin = origin;
        Code = code;
    }

    /// <summary>The code of a value known only at run time, to name it in a message.</summary>
    public string? Code { get; }

    /// <summary>Where the value is set: the diagnostic goes here.</summary>
    public Location Location { get; }

    /// <summary>
    /// Where the value was written, when it flows from elsewhere (a local's or a field's initializer); a fix
    /// corrects it there.
    /// </summary>
    public Location? Origin { get; }

    /// <summary>
    /// The value with <see cref="Knowledge.ImageReference.Hole"/> for each part known only at run time, or null when
    /// nothing of it is known.
    /// </summary>
    public string? Pattern { get; }

    public bool IsNull { get; }

    public ValueStyle Style { get; }

    /// <summary>The whole value, when it is known at compile time.</summary>
    public string? Text => Pattern is not null && Pattern.IndexOf(Knowledge.ImageReference.Hole) < 0 ? Pattern : null;

    public bool IsKnown => Text is not null;

    /// <summary>Set to something: an object, or a value that is not null (possibly unknown).</summary>
    public bool IsSet => !IsNull;

    /// <summary>Set to an object that certainly exists (an object creation or a known value).</summary>
    public bool IsCertainlySet => Style == ValueStyle.Object || IsKnown;

    /// <summary>The branches (if/else, <c>?:</c>, switch) the value is written in, outermost last.</summary>
    public ImmutableArray<BranchArm> Branches { get; }

    /// <summary>Whether the two values are written in different arms of one branch, so never hold together.</summary>
    public bool ExcludesOther(ValueSite other) =>
        Location.SourceTree == other.Location.SourceTree
        && Branches.Any(mine => other.Branches.Any(theirs => theirs.Branch == mine.Branch && theirs.Arm != mine.Arm));

    public override string ToString() => Text ?? Pattern?.Replace(Knowledge.ImageReference.Hole.ToString(), "{…}") ?? Code ?? "(unknown)";
}

/// <summary>One arm of a branch: the branch is named by its condition (or position), the arm by its index.</summary>
internal readonly struct BranchArm
{
    public BranchArm(string branch, int arm)
    {
        Branch = branch;
        Arm = arm;
    }

    public string Branch { get; }

    public int Arm { get; }
}
