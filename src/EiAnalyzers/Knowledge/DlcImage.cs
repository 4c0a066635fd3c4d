namespace EiAnalyzers.Knowledge;

/// <summary>
/// An image of the Deep Learning Containers list (aws/deep-learning-containers available_images.md, copied in
/// data/reference/): its repository and its tag as AWS published it.
/// </summary>
internal sealed record DlcImage(FrameworkInfo Framework, string Repository, string Tag)
{
    public ImageTag Parts { get; } = ImageTag.Parse(Tag);

    public override string ToString() => Repository + ":" + Tag;
}
