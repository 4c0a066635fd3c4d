using SageMaker.ElasticInference;

namespace EiSample;

// The models this team serves. EiAnalyzers generates Name, the compatible accelerators and the compatibility table
// for each, and checks every variant and notebook that serves them.

[EiModel("resnet50", EiFramework.TensorFlow, "2.3", ArtifactSizeMb = 98)]
internal static partial class Resnet50 { }

[EiModel("bert-qa", EiFramework.PyTorch, "1.5.1", ArtifactSizeMb = 1300, Notebooks = new[] { "nlp-dev" })]
internal static partial class BertQa { }

[EiModel("churn", EiFramework.XGBoost, "1.7", ArtifactSizeMb = 20)]
internal static partial class Churn { }
