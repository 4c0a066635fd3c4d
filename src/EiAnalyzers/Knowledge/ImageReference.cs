using System;

namespace EiAnalyzers.Knowledge;

/// <summary>
/// A container image URI, read as far as it is known:
/// <c>&lt;account&gt;.dkr.ecr.&lt;region&gt;.amazonaws.com[.cn]/&lt;repository&gt;:&lt;tag&gt;</c> (ei-facts.md section 4).
/// The input is a pattern in which <see cref="Hole"/> stands for a part only known at run time, so that
/// <c>$"{account}.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference-eia:1.5.1-cpu-py3"</c> is still read.
/// </summary>
internal sealed class ImageReference
{
    /// <summary>Marks a part of a string that is only known at run time.</summary>
    public const char Hole = '\0';

    private ImageReference(string text)
    {
        Text = text;
    }

    /// <summary>The URI as written, with <c>{…}</c> for the unknown parts.</summary>
    public string Text { get; }

    public string? Account { get; private set; }

    public string? Region { get; private set; }

    /// <summary><c>aws</c> or <c>aws-cn</c> when the host is known.</summary>
    public string? Partition { get; private set; }

    public string? Repository { get; private set; }

    public string? Tag { get; private set; }

    /// <summary>The tag read into its parts (version, processor, py version ...), when the URI has a tag.</summary>
    public ImageTag? TagParts { get; private set; }

    /// <summary>The version at the start of the tag (<c>2.3.0</c> of <c>2.3.0-cpu-py37</c>), when the tag has one.</summary>
    public string? Version => TagParts?.Version;

    /// <summary><c>cpu</c>, <c>gpu</c> ... when the tag names one.</summary>
    public string? Processor => TagParts?.Processor;

    /// <summary><c>py3</c>, <c>py37</c> ... when the tag names one.</summary>
    public string? PyVersion => TagParts?.PyVersion;

    /// <summary>The catalog entry of the repository, or null: "unknown image", never guessed at.</summary>
    public ImageRepositoryInfo? Known { get; private set; }

    public bool IsKnown => Known is not null;

    /// <summary>Reads <paramref name="pattern"/>; null when it is not an image URI whose repository is constant.</summary>
    public static ImageReference? Parse(string? pattern)
    {
        if (pattern is null)
        {
            return null;
        }

        var uri = pattern.Trim();
        var digest = uri.IndexOf('@');
        if (digest >= 0)
        {
            uri = uri.Substring(0, digest);
        }

        var slash = uri.IndexOf('/');
        if (slash <= 0)
        {
            return null;
        }

        var host = uri.Substring(0, slash);
        var path = uri.Substring(slash + 1);
        var colon = path.LastIndexOf(':');
        var repository = colon >= 0 ? path.Substring(0, colon) : path;
        if (repository.Length == 0 || repository.IndexOf(Hole) >= 0)
        {
            return null;
        }

        var reference = new ImageReference(uri.Replace(Hole.ToString(), "{…}"))
        {
            Repository = repository,
            Known = EiCatalog.FindRepository(repository),
        };

        if (colon >= 0)
        {
            reference.ReadTag(path.Substring(colon + 1));
        }

        reference.ReadHost(host);
        return reference;
    }

    private void ReadTag(string tag)
    {
        Tag = tag.Replace(Hole.ToString(), "{…}");
        TagParts = ImageTag.Parse(tag);
    }

    private void ReadHost(string host)
    {
        // Read from the right, so that an unknown account still leaves the region readable.
        var labels = host.Split('.');
        var last = labels.Length - 1;
        if (last >= 0 && labels[last] == "cn")
        {
            Partition = "aws-cn";
            last--;
        }
        else
        {
            Partition = "aws";
        }

        if (last < 3 || labels[last] != "com" || labels[last - 1] != "amazonaws" || labels[last - 3] != "ecr")
        {
            Partition = null;
            return;
        }

        var region = labels[last - 2];
        if (region.Length > 0 && region.IndexOf(Hole) < 0)
        {
            Region = region;
        }

        if (last == 5 && labels[1] == "dkr" && labels[0].Length > 0 && labels[0].IndexOf(Hole) < 0)
        {
            Account = labels[0];
        }
    }

    public override string ToString() => Text;
}
