namespace EiAnalyzers.Knowledge;

/// <summary>
/// The three ECR account tables behind every image the catalog builds (aws/sagemaker-python-sdk image_uri_config,
/// data/reference/). Every entry of the catalog is one of them, or a part of one where AWS published it in fewer regions.
/// Hand-written rather than generated: EI is at end of life, so the tables change only when AWS adds a region, and the
/// Knowledge tests name each account that differs from data/reference/ (no JSON is parsed in the compiler).
/// </summary>
internal static class Registries
{
    /// <summary>The original SageMaker framework images (sagemaker-tensorflow-eia, sagemaker-mxnet-serving ...).</summary>
    public static readonly RegistryMap SageMakerFrameworks = RegistryMap.Parse(@"
        af-south-1=313743910680 ap-east-1=057415533634 ap-northeast-1=520713654638 ap-northeast-2=520713654638
        ap-northeast-3=364406365360 ap-south-1=520713654638 ap-southeast-1=520713654638 ap-southeast-2=520713654638
        ca-central-1=520713654638 cn-north-1=422961961927 cn-northwest-1=423003514399 eu-central-1=520713654638
        eu-north-1=520713654638 eu-south-1=048378556238 eu-west-1=520713654638 eu-west-2=520713654638
        eu-west-3=520713654638 me-south-1=724002660598 sa-east-1=520713654638 us-east-1=520713654638
        us-east-2=520713654638 us-gov-west-1=246785580436 us-iso-east-1=744548109606 us-isob-east-1=453391408702
        us-west-1=520713654638 us-west-2=520713654638");

    /// <summary>The Deep Learning Containers (tensorflow-inference-eia, pytorch-inference ...).</summary>
    public static readonly RegistryMap DeepLearningContainers = RegistryMap.Parse(@"
        af-south-1=626614931356 ap-east-1=871362719292 ap-east-2=975050140332 ap-northeast-1=763104351884
        ap-northeast-2=763104351884 ap-northeast-3=364406365360 ap-south-1=763104351884 ap-south-2=772153158452
        ap-southeast-1=763104351884 ap-southeast-2=763104351884 ap-southeast-3=907027046896 ap-southeast-4=457447274322
        ap-southeast-5=550225433462 ap-southeast-6=633930458069 ap-southeast-7=590183813437 ca-central-1=763104351884
        ca-west-1=204538143572 cn-north-1=727897471807 cn-northwest-1=727897471807 eu-central-1=763104351884
        eu-central-2=380420809688 eu-north-1=763104351884 eu-south-1=692866216735 eu-south-2=503227376785
        eu-west-1=763104351884 eu-west-2=763104351884 eu-west-3=763104351884 il-central-1=780543022126
        me-central-1=914824155844 me-south-1=217643126080 mx-central-1=637423239942 sa-east-1=763104351884
        us-east-1=763104351884 us-east-2=763104351884 us-gov-east-1=446045086412 us-gov-west-1=442386744353
        us-iso-east-1=886529160074 us-isob-east-1=094389454867 us-west-1=763104351884 us-west-2=763104351884");

    /// <summary>The built-in algorithms (image-classification, object-detection).</summary>
    public static readonly RegistryMap BuiltInAlgorithms = RegistryMap.Parse(@"
        af-south-1=455444449433 ap-east-1=286214385809 ap-northeast-1=501404015308 ap-northeast-2=306986355934
        ap-northeast-3=867004704886 ap-south-1=991648021394 ap-south-2=628508329040 ap-southeast-1=475088953585
        ap-southeast-2=544295431143 ap-southeast-3=951798379941 ap-southeast-4=106583098589 ca-central-1=469771592824
        ca-west-1=190319476487 cn-north-1=390948362332 cn-northwest-1=387376663083 eu-central-1=813361260812
        eu-central-2=680994064768 eu-north-1=669576153137 eu-south-1=257386234256 eu-south-2=104374241257
        eu-west-1=685385470294 eu-west-2=644912444149 eu-west-3=749696950732 il-central-1=898809789911
        me-central-1=272398656194 me-south-1=249704162688 sa-east-1=855470959533 us-east-1=811284229777
        us-east-2=825641698319 us-gov-east-1=237065988967 us-gov-west-1=226302683700 us-iso-east-1=490574956308
        us-isob-east-1=765400339828 us-isof-east-1=108575199400 us-isof-south-1=124985052026 us-west-1=632365934929
        us-west-2=433757028032");

    /// <summary>The SageMaker framework table as most entries list it: without ap-northeast-3, which opened after them.</summary>
    public static readonly RegistryMap SageMakerFrameworksWithoutOsaka = SageMakerFrameworks.Except("ap-northeast-3");

    /// <summary>The Deep Learning Containers table as the EI-era entries list it: without the regions opened since.</summary>
    public static readonly RegistryMap DeepLearningContainersOfEiEra =
        DeepLearningContainers.Except("ap-east-2 ap-southeast-5 ap-southeast-6 ap-southeast-7 mx-central-1");
}
