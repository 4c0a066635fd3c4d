// Stand-in for the constants of AWSSDK.SageMaker (not served by this project's registry): same namespace, names and
// behaviour (case-insensitive FindValue, implicit conversion from string), deriving from the real ConstantClass of
// AWSSDK.Core. Field lists follow the SDK's naming rule (ml.c5.2xlarge is MlC52xlarge). Written once by a script;
// kept as source so that a reader can see every type the tests compile against.
using Amazon.Runtime;

namespace Amazon.SageMaker
{
    /// <summary>Constants used for properties of type ProductionVariantAcceleratorType.</summary>
    public class ProductionVariantAcceleratorType : ConstantClass
    {
        /// <summary>Constant MlEia1Large for ProductionVariantAcceleratorType</summary>
        public static readonly ProductionVariantAcceleratorType MlEia1Large = new ProductionVariantAcceleratorType("ml.eia1.large");

        /// <summary>Constant MlEia1Medium for ProductionVariantAcceleratorType</summary>
        public static readonly ProductionVariantAcceleratorType MlEia1Medium = new ProductionVariantAcceleratorType("ml.eia1.medium");

        /// <summary>Constant MlEia1Xlarge for ProductionVariantAcceleratorType</summary>
        public static readonly ProductionVariantAcceleratorType MlEia1Xlarge = new ProductionVariantAcceleratorType("ml.eia1.xlarge");

        /// <summary>Constant MlEia2Large for ProductionVariantAcceleratorType</summary>
        public static readonly ProductionVariantAcceleratorType MlEia2Large = new ProductionVariantAcceleratorType("ml.eia2.large");

        /// <summary>Constant MlEia2Medium for ProductionVariantAcceleratorType</summary>
        public static readonly ProductionVariantAcceleratorType MlEia2Medium = new ProductionVariantAcceleratorType("ml.eia2.medium");

        /// <summary>Constant MlEia2Xlarge for ProductionVariantAcceleratorType</summary>
        public static readonly ProductionVariantAcceleratorType MlEia2Xlarge = new ProductionVariantAcceleratorType("ml.eia2.xlarge");

        public ProductionVariantAcceleratorType(string value) : base(value)
        {
        }

        public static ProductionVariantAcceleratorType FindValue(string value) => FindValue<ProductionVariantAcceleratorType>(value);

        public static implicit operator ProductionVariantAcceleratorType(string value) => FindValue(value);
    }

    /// <summary>Constants used for properties of type NotebookInstanceAcceleratorType.</summary>
    public class NotebookInstanceAcceleratorType : ConstantClass
    {
        /// <summary>Constant MlEia1Large for NotebookInstanceAcceleratorType</summary>
        public static readonly NotebookInstanceAcceleratorType MlEia1Large = new NotebookInstanceAcceleratorType("ml.eia1.large");

        /// <summary>Constant MlEia1Medium for NotebookInstanceAcceleratorType</summary>
        public static readonly NotebookInstanceAcceleratorType MlEia1Medium = new NotebookInstanceAcceleratorType("ml.eia1.medium");

        /// <summary>Constant MlEia1Xlarge for NotebookInstanceAcceleratorType</summary>
        public static readonly NotebookInstanceAcceleratorType MlEia1Xlarge = new NotebookInstanceAcceleratorType("ml.eia1.xlarge");

        /// <summary>Constant MlEia2Large for NotebookInstanceAcceleratorType</summary>
        public static readonly NotebookInstanceAcceleratorType MlEia2Large = new NotebookInstanceAcceleratorType("ml.eia2.large");

        /// <summary>Constant MlEia2Medium for NotebookInstanceAcceleratorType</summary>
        public static readonly NotebookInstanceAcceleratorType MlEia2Medium = new NotebookInstanceAcceleratorType("ml.eia2.medium");

        /// <summary>Constant MlEia2Xlarge for NotebookInstanceAcceleratorType</summary>
        public static readonly NotebookInstanceAcceleratorType MlEia2Xlarge = new NotebookInstanceAcceleratorType("ml.eia2.xlarge");

        public NotebookInstanceAcceleratorType(string value) : base(value)
        {
        }

        public static NotebookInstanceAcceleratorType FindValue(string value) => FindValue<NotebookInstanceAcceleratorType>(value);

        public static implicit operator NotebookInstanceAcceleratorType(string value) => FindValue(value);
    }

    /// <summary>Constants used for properties of type ProductionVariantInstanceType.</summary>
    public class ProductionVariantInstanceType : ConstantClass
    {
        /// <summary>Constant MlC42xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC42xlarge = new ProductionVariantInstanceType("ml.c4.2xlarge");

        /// <summary>Constant MlC44xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC44xlarge = new ProductionVariantInstanceType("ml.c4.4xlarge");

        /// <summary>Constant MlC48xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC48xlarge = new ProductionVariantInstanceType("ml.c4.8xlarge");

        /// <summary>Constant MlC4Large for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC4Large = new ProductionVariantInstanceType("ml.c4.large");

        /// <summary>Constant MlC4Xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC4Xlarge = new ProductionVariantInstanceType("ml.c4.xlarge");

        /// <summary>Constant MlC518xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC518xlarge = new ProductionVariantInstanceType("ml.c5.18xlarge");

        /// <summary>Constant MlC52xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC52xlarge = new ProductionVariantInstanceType("ml.c5.2xlarge");

        /// <summary>Constant MlC54xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC54xlarge = new ProductionVariantInstanceType("ml.c5.4xlarge");

        /// <summary>Constant MlC59xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC59xlarge = new ProductionVariantInstanceType("ml.c5.9xlarge");

        /// <summary>Constant MlC5Large for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC5Large = new ProductionVariantInstanceType("ml.c5.large");

        /// <summary>Constant MlC5Xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC5Xlarge = new ProductionVariantInstanceType("ml.c5.xlarge");

        /// <summary>Constant MlC5d18xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC5d18xlarge = new ProductionVariantInstanceType("ml.c5d.18xlarge");

        /// <summary>Constant MlC5d2xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC5d2xlarge = new ProductionVariantInstanceType("ml.c5d.2xlarge");

        /// <summary>Constant MlC5d4xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC5d4xlarge = new ProductionVariantInstanceType("ml.c5d.4xlarge");

        /// <summary>Constant MlC5d9xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC5d9xlarge = new ProductionVariantInstanceType("ml.c5d.9xlarge");

        /// <summary>Constant MlC5dLarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC5dLarge = new ProductionVariantInstanceType("ml.c5d.large");

        /// <summary>Constant MlC5dXlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC5dXlarge = new ProductionVariantInstanceType("ml.c5d.xlarge");

        /// <summary>Constant MlC6g12xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC6g12xlarge = new ProductionVariantInstanceType("ml.c6g.12xlarge");

        /// <summary>Constant MlC6g16xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC6g16xlarge = new ProductionVariantInstanceType("ml.c6g.16xlarge");

        /// <summary>Constant MlC6g2xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC6g2xlarge = new ProductionVariantInstanceType("ml.c6g.2xlarge");

        /// <summary>Constant MlC6g4xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC6g4xlarge = new ProductionVariantInstanceType("ml.c6g.4xlarge");

        /// <summary>Constant MlC6g8xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC6g8xlarge = new ProductionVariantInstanceType("ml.c6g.8xlarge");

        /// <summary>Constant MlC6gLarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC6gLarge = new ProductionVariantInstanceType("ml.c6g.large");

        /// <summary>Constant MlC6gXlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC6gXlarge = new ProductionVariantInstanceType("ml.c6g.xlarge");

        /// <summary>Constant MlC6gd12xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC6gd12xlarge = new ProductionVariantInstanceType("ml.c6gd.12xlarge");

        /// <summary>Constant MlC6gd16xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC6gd16xlarge = new ProductionVariantInstanceType("ml.c6gd.16xlarge");

        /// <summary>Constant MlC6gd2xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC6gd2xlarge = new ProductionVariantInstanceType("ml.c6gd.2xlarge");

        /// <summary>Constant MlC6gd4xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC6gd4xlarge = new ProductionVariantInstanceType("ml.c6gd.4xlarge");

        /// <summary>Constant MlC6gd8xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC6gd8xlarge = new ProductionVariantInstanceType("ml.c6gd.8xlarge");

        /// <summary>Constant MlC6gdLarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC6gdLarge = new ProductionVariantInstanceType("ml.c6gd.large");

        /// <summary>Constant MlC6gdXlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC6gdXlarge = new ProductionVariantInstanceType("ml.c6gd.xlarge");

        /// <summary>Constant MlC6gn12xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC6gn12xlarge = new ProductionVariantInstanceType("ml.c6gn.12xlarge");

        /// <summary>Constant MlC6gn16xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC6gn16xlarge = new ProductionVariantInstanceType("ml.c6gn.16xlarge");

        /// <summary>Constant MlC6gn2xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC6gn2xlarge = new ProductionVariantInstanceType("ml.c6gn.2xlarge");

        /// <summary>Constant MlC6gn4xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC6gn4xlarge = new ProductionVariantInstanceType("ml.c6gn.4xlarge");

        /// <summary>Constant MlC6gn8xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC6gn8xlarge = new ProductionVariantInstanceType("ml.c6gn.8xlarge");

        /// <summary>Constant MlC6gnLarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC6gnLarge = new ProductionVariantInstanceType("ml.c6gn.large");

        /// <summary>Constant MlC6gnXlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC6gnXlarge = new ProductionVariantInstanceType("ml.c6gn.xlarge");

        /// <summary>Constant MlC6i12xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC6i12xlarge = new ProductionVariantInstanceType("ml.c6i.12xlarge");

        /// <summary>Constant MlC6i16xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC6i16xlarge = new ProductionVariantInstanceType("ml.c6i.16xlarge");

        /// <summary>Constant MlC6i24xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC6i24xlarge = new ProductionVariantInstanceType("ml.c6i.24xlarge");

        /// <summary>Constant MlC6i2xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC6i2xlarge = new ProductionVariantInstanceType("ml.c6i.2xlarge");

        /// <summary>Constant MlC6i32xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC6i32xlarge = new ProductionVariantInstanceType("ml.c6i.32xlarge");

        /// <summary>Constant MlC6i4xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC6i4xlarge = new ProductionVariantInstanceType("ml.c6i.4xlarge");

        /// <summary>Constant MlC6i8xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC6i8xlarge = new ProductionVariantInstanceType("ml.c6i.8xlarge");

        /// <summary>Constant MlC6iLarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC6iLarge = new ProductionVariantInstanceType("ml.c6i.large");

        /// <summary>Constant MlC6iXlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC6iXlarge = new ProductionVariantInstanceType("ml.c6i.xlarge");

        /// <summary>Constant MlC6in12xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC6in12xlarge = new ProductionVariantInstanceType("ml.c6in.12xlarge");

        /// <summary>Constant MlC6in16xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC6in16xlarge = new ProductionVariantInstanceType("ml.c6in.16xlarge");

        /// <summary>Constant MlC6in24xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC6in24xlarge = new ProductionVariantInstanceType("ml.c6in.24xlarge");

        /// <summary>Constant MlC6in2xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC6in2xlarge = new ProductionVariantInstanceType("ml.c6in.2xlarge");

        /// <summary>Constant MlC6in32xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC6in32xlarge = new ProductionVariantInstanceType("ml.c6in.32xlarge");

        /// <summary>Constant MlC6in4xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC6in4xlarge = new ProductionVariantInstanceType("ml.c6in.4xlarge");

        /// <summary>Constant MlC6in8xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC6in8xlarge = new ProductionVariantInstanceType("ml.c6in.8xlarge");

        /// <summary>Constant MlC6inLarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC6inLarge = new ProductionVariantInstanceType("ml.c6in.large");

        /// <summary>Constant MlC6inXlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC6inXlarge = new ProductionVariantInstanceType("ml.c6in.xlarge");

        /// <summary>Constant MlC7g12xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC7g12xlarge = new ProductionVariantInstanceType("ml.c7g.12xlarge");

        /// <summary>Constant MlC7g16xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC7g16xlarge = new ProductionVariantInstanceType("ml.c7g.16xlarge");

        /// <summary>Constant MlC7g2xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC7g2xlarge = new ProductionVariantInstanceType("ml.c7g.2xlarge");

        /// <summary>Constant MlC7g4xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC7g4xlarge = new ProductionVariantInstanceType("ml.c7g.4xlarge");

        /// <summary>Constant MlC7g8xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC7g8xlarge = new ProductionVariantInstanceType("ml.c7g.8xlarge");

        /// <summary>Constant MlC7gLarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC7gLarge = new ProductionVariantInstanceType("ml.c7g.large");

        /// <summary>Constant MlC7gXlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC7gXlarge = new ProductionVariantInstanceType("ml.c7g.xlarge");

        /// <summary>Constant MlC7i12xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC7i12xlarge = new ProductionVariantInstanceType("ml.c7i.12xlarge");

        /// <summary>Constant MlC7i16xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC7i16xlarge = new ProductionVariantInstanceType("ml.c7i.16xlarge");

        /// <summary>Constant MlC7i24xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC7i24xlarge = new ProductionVariantInstanceType("ml.c7i.24xlarge");

        /// <summary>Constant MlC7i2xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC7i2xlarge = new ProductionVariantInstanceType("ml.c7i.2xlarge");

        /// <summary>Constant MlC7i48xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC7i48xlarge = new ProductionVariantInstanceType("ml.c7i.48xlarge");

        /// <summary>Constant MlC7i4xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC7i4xlarge = new ProductionVariantInstanceType("ml.c7i.4xlarge");

        /// <summary>Constant MlC7i8xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC7i8xlarge = new ProductionVariantInstanceType("ml.c7i.8xlarge");

        /// <summary>Constant MlC7iLarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC7iLarge = new ProductionVariantInstanceType("ml.c7i.large");

        /// <summary>Constant MlC7iXlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC7iXlarge = new ProductionVariantInstanceType("ml.c7i.xlarge");

        /// <summary>Constant MlC8g12xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC8g12xlarge = new ProductionVariantInstanceType("ml.c8g.12xlarge");

        /// <summary>Constant MlC8g16xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC8g16xlarge = new ProductionVariantInstanceType("ml.c8g.16xlarge");

        /// <summary>Constant MlC8g24xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC8g24xlarge = new ProductionVariantInstanceType("ml.c8g.24xlarge");

        /// <summary>Constant MlC8g2xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC8g2xlarge = new ProductionVariantInstanceType("ml.c8g.2xlarge");

        /// <summary>Constant MlC8g48xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC8g48xlarge = new ProductionVariantInstanceType("ml.c8g.48xlarge");

        /// <summary>Constant MlC8g4xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC8g4xlarge = new ProductionVariantInstanceType("ml.c8g.4xlarge");

        /// <summary>Constant MlC8gLarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC8gLarge = new ProductionVariantInstanceType("ml.c8g.large");

        /// <summary>Constant MlC8gMedium for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC8gMedium = new ProductionVariantInstanceType("ml.c8g.medium");

        /// <summary>Constant MlC8gXlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlC8gXlarge = new ProductionVariantInstanceType("ml.c8g.xlarge");

        /// <summary>Constant MlDl124xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlDl124xlarge = new ProductionVariantInstanceType("ml.dl1.24xlarge");

        /// <summary>Constant MlG4dn12xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlG4dn12xlarge = new ProductionVariantInstanceType("ml.g4dn.12xlarge");

        /// <summary>Constant MlG4dn16xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlG4dn16xlarge = new ProductionVariantInstanceType("ml.g4dn.16xlarge");

        /// <summary>Constant MlG4dn2xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlG4dn2xlarge = new ProductionVariantInstanceType("ml.g4dn.2xlarge");

        /// <summary>Constant MlG4dn4xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlG4dn4xlarge = new ProductionVariantInstanceType("ml.g4dn.4xlarge");

        /// <summary>Constant MlG4dn8xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlG4dn8xlarge = new ProductionVariantInstanceType("ml.g4dn.8xlarge");

        /// <summary>Constant MlG4dnXlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlG4dnXlarge = new ProductionVariantInstanceType("ml.g4dn.xlarge");

        /// <summary>Constant MlG512xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlG512xlarge = new ProductionVariantInstanceType("ml.g5.12xlarge");

        /// <summary>Constant MlG516xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlG516xlarge = new ProductionVariantInstanceType("ml.g5.16xlarge");

        /// <summary>Constant MlG524xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlG524xlarge = new ProductionVariantInstanceType("ml.g5.24xlarge");

        /// <summary>Constant MlG52xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlG52xlarge = new ProductionVariantInstanceType("ml.g5.2xlarge");

        /// <summary>Constant MlG548xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlG548xlarge = new ProductionVariantInstanceType("ml.g5.48xlarge");

        /// <summary>Constant MlG54xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlG54xlarge = new ProductionVariantInstanceType("ml.g5.4xlarge");

        /// <summary>Constant MlG58xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlG58xlarge = new ProductionVariantInstanceType("ml.g5.8xlarge");

        /// <summary>Constant MlG5Xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlG5Xlarge = new ProductionVariantInstanceType("ml.g5.xlarge");

        /// <summary>Constant MlG612xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlG612xlarge = new ProductionVariantInstanceType("ml.g6.12xlarge");

        /// <summary>Constant MlG616xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlG616xlarge = new ProductionVariantInstanceType("ml.g6.16xlarge");

        /// <summary>Constant MlG624xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlG624xlarge = new ProductionVariantInstanceType("ml.g6.24xlarge");

        /// <summary>Constant MlG62xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlG62xlarge = new ProductionVariantInstanceType("ml.g6.2xlarge");

        /// <summary>Constant MlG648xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlG648xlarge = new ProductionVariantInstanceType("ml.g6.48xlarge");

        /// <summary>Constant MlG64xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlG64xlarge = new ProductionVariantInstanceType("ml.g6.4xlarge");

        /// <summary>Constant MlG68xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlG68xlarge = new ProductionVariantInstanceType("ml.g6.8xlarge");

        /// <summary>Constant MlG6Xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlG6Xlarge = new ProductionVariantInstanceType("ml.g6.xlarge");

        /// <summary>Constant MlG6e12xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlG6e12xlarge = new ProductionVariantInstanceType("ml.g6e.12xlarge");

        /// <summary>Constant MlG6e16xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlG6e16xlarge = new ProductionVariantInstanceType("ml.g6e.16xlarge");

        /// <summary>Constant MlG6e24xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlG6e24xlarge = new ProductionVariantInstanceType("ml.g6e.24xlarge");

        /// <summary>Constant MlG6e2xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlG6e2xlarge = new ProductionVariantInstanceType("ml.g6e.2xlarge");

        /// <summary>Constant MlG6e48xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlG6e48xlarge = new ProductionVariantInstanceType("ml.g6e.48xlarge");

        /// <summary>Constant MlG6e4xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlG6e4xlarge = new ProductionVariantInstanceType("ml.g6e.4xlarge");

        /// <summary>Constant MlG6e8xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlG6e8xlarge = new ProductionVariantInstanceType("ml.g6e.8xlarge");

        /// <summary>Constant MlG6eXlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlG6eXlarge = new ProductionVariantInstanceType("ml.g6e.xlarge");

        /// <summary>Constant MlG7e12xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlG7e12xlarge = new ProductionVariantInstanceType("ml.g7e.12xlarge");

        /// <summary>Constant MlG7e24xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlG7e24xlarge = new ProductionVariantInstanceType("ml.g7e.24xlarge");

        /// <summary>Constant MlG7e2xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlG7e2xlarge = new ProductionVariantInstanceType("ml.g7e.2xlarge");

        /// <summary>Constant MlG7e48xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlG7e48xlarge = new ProductionVariantInstanceType("ml.g7e.48xlarge");

        /// <summary>Constant MlG7e4xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlG7e4xlarge = new ProductionVariantInstanceType("ml.g7e.4xlarge");

        /// <summary>Constant MlG7e8xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlG7e8xlarge = new ProductionVariantInstanceType("ml.g7e.8xlarge");

        /// <summary>Constant MlInf124xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlInf124xlarge = new ProductionVariantInstanceType("ml.inf1.24xlarge");

        /// <summary>Constant MlInf12xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlInf12xlarge = new ProductionVariantInstanceType("ml.inf1.2xlarge");

        /// <summary>Constant MlInf16xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlInf16xlarge = new ProductionVariantInstanceType("ml.inf1.6xlarge");

        /// <summary>Constant MlInf1Xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlInf1Xlarge = new ProductionVariantInstanceType("ml.inf1.xlarge");

        /// <summary>Constant MlInf224xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlInf224xlarge = new ProductionVariantInstanceType("ml.inf2.24xlarge");

        /// <summary>Constant MlInf248xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlInf248xlarge = new ProductionVariantInstanceType("ml.inf2.48xlarge");

        /// <summary>Constant MlInf28xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlInf28xlarge = new ProductionVariantInstanceType("ml.inf2.8xlarge");

        /// <summary>Constant MlInf2Xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlInf2Xlarge = new ProductionVariantInstanceType("ml.inf2.xlarge");

        /// <summary>Constant MlM410xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlM410xlarge = new ProductionVariantInstanceType("ml.m4.10xlarge");

        /// <summary>Constant MlM416xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlM416xlarge = new ProductionVariantInstanceType("ml.m4.16xlarge");

        /// <summary>Constant MlM42xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlM42xlarge = new ProductionVariantInstanceType("ml.m4.2xlarge");

        /// <summary>Constant MlM44xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlM44xlarge = new ProductionVariantInstanceType("ml.m4.4xlarge");

        /// <summary>Constant MlM4Xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlM4Xlarge = new ProductionVariantInstanceType("ml.m4.xlarge");

        /// <summary>Constant MlM512xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlM512xlarge = new ProductionVariantInstanceType("ml.m5.12xlarge");

        /// <summary>Constant MlM524xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlM524xlarge = new ProductionVariantInstanceType("ml.m5.24xlarge");

        /// <summary>Constant MlM52xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlM52xlarge = new ProductionVariantInstanceType("ml.m5.2xlarge");

        /// <summary>Constant MlM54xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlM54xlarge = new ProductionVariantInstanceType("ml.m5.4xlarge");

        /// <summary>Constant MlM5Large for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlM5Large = new ProductionVariantInstanceType("ml.m5.large");

        /// <summary>Constant MlM5Xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlM5Xlarge = new ProductionVariantInstanceType("ml.m5.xlarge");

        /// <summary>Constant MlM5d12xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlM5d12xlarge = new ProductionVariantInstanceType("ml.m5d.12xlarge");

        /// <summary>Constant MlM5d24xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlM5d24xlarge = new ProductionVariantInstanceType("ml.m5d.24xlarge");

        /// <summary>Constant MlM5d2xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlM5d2xlarge = new ProductionVariantInstanceType("ml.m5d.2xlarge");

        /// <summary>Constant MlM5d4xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlM5d4xlarge = new ProductionVariantInstanceType("ml.m5d.4xlarge");

        /// <summary>Constant MlM5dLarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlM5dLarge = new ProductionVariantInstanceType("ml.m5d.large");

        /// <summary>Constant MlM5dXlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlM5dXlarge = new ProductionVariantInstanceType("ml.m5d.xlarge");

        /// <summary>Constant MlM6g12xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlM6g12xlarge = new ProductionVariantInstanceType("ml.m6g.12xlarge");

        /// <summary>Constant MlM6g16xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlM6g16xlarge = new ProductionVariantInstanceType("ml.m6g.16xlarge");

        /// <summary>Constant MlM6g2xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlM6g2xlarge = new ProductionVariantInstanceType("ml.m6g.2xlarge");

        /// <summary>Constant MlM6g4xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlM6g4xlarge = new ProductionVariantInstanceType("ml.m6g.4xlarge");

        /// <summary>Constant MlM6g8xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlM6g8xlarge = new ProductionVariantInstanceType("ml.m6g.8xlarge");

        /// <summary>Constant MlM6gLarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlM6gLarge = new ProductionVariantInstanceType("ml.m6g.large");

        /// <summary>Constant MlM6gXlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlM6gXlarge = new ProductionVariantInstanceType("ml.m6g.xlarge");

        /// <summary>Constant MlM6gd12xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlM6gd12xlarge = new ProductionVariantInstanceType("ml.m6gd.12xlarge");

        /// <summary>Constant MlM6gd16xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlM6gd16xlarge = new ProductionVariantInstanceType("ml.m6gd.16xlarge");

        /// <summary>Constant MlM6gd2xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlM6gd2xlarge = new ProductionVariantInstanceType("ml.m6gd.2xlarge");

        /// <summary>Constant MlM6gd4xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlM6gd4xlarge = new ProductionVariantInstanceType("ml.m6gd.4xlarge");

        /// <summary>Constant MlM6gd8xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlM6gd8xlarge = new ProductionVariantInstanceType("ml.m6gd.8xlarge");

        /// <summary>Constant MlM6gdLarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlM6gdLarge = new ProductionVariantInstanceType("ml.m6gd.large");

        /// <summary>Constant MlM6gdXlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlM6gdXlarge = new ProductionVariantInstanceType("ml.m6gd.xlarge");

        /// <summary>Constant MlM6i12xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlM6i12xlarge = new ProductionVariantInstanceType("ml.m6i.12xlarge");

        /// <summary>Constant MlM6i16xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlM6i16xlarge = new ProductionVariantInstanceType("ml.m6i.16xlarge");

        /// <summary>Constant MlM6i24xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlM6i24xlarge = new ProductionVariantInstanceType("ml.m6i.24xlarge");

        /// <summary>Constant MlM6i2xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlM6i2xlarge = new ProductionVariantInstanceType("ml.m6i.2xlarge");

        /// <summary>Constant MlM6i32xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlM6i32xlarge = new ProductionVariantInstanceType("ml.m6i.32xlarge");

        /// <summary>Constant MlM6i4xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlM6i4xlarge = new ProductionVariantInstanceType("ml.m6i.4xlarge");

        /// <summary>Constant MlM6i8xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlM6i8xlarge = new ProductionVariantInstanceType("ml.m6i.8xlarge");

        /// <summary>Constant MlM6iLarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlM6iLarge = new ProductionVariantInstanceType("ml.m6i.large");

        /// <summary>Constant MlM6iXlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlM6iXlarge = new ProductionVariantInstanceType("ml.m6i.xlarge");

        /// <summary>Constant MlM7i12xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlM7i12xlarge = new ProductionVariantInstanceType("ml.m7i.12xlarge");

        /// <summary>Constant MlM7i16xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlM7i16xlarge = new ProductionVariantInstanceType("ml.m7i.16xlarge");

        /// <summary>Constant MlM7i24xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlM7i24xlarge = new ProductionVariantInstanceType("ml.m7i.24xlarge");

        /// <summary>Constant MlM7i2xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlM7i2xlarge = new ProductionVariantInstanceType("ml.m7i.2xlarge");

        /// <summary>Constant MlM7i48xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlM7i48xlarge = new ProductionVariantInstanceType("ml.m7i.48xlarge");

        /// <summary>Constant MlM7i4xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlM7i4xlarge = new ProductionVariantInstanceType("ml.m7i.4xlarge");

        /// <summary>Constant MlM7i8xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlM7i8xlarge = new ProductionVariantInstanceType("ml.m7i.8xlarge");

        /// <summary>Constant MlM7iLarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlM7iLarge = new ProductionVariantInstanceType("ml.m7i.large");

        /// <summary>Constant MlM7iXlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlM7iXlarge = new ProductionVariantInstanceType("ml.m7i.xlarge");

        /// <summary>Constant MlM8g12xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlM8g12xlarge = new ProductionVariantInstanceType("ml.m8g.12xlarge");

        /// <summary>Constant MlM8g16xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlM8g16xlarge = new ProductionVariantInstanceType("ml.m8g.16xlarge");

        /// <summary>Constant MlM8g24xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlM8g24xlarge = new ProductionVariantInstanceType("ml.m8g.24xlarge");

        /// <summary>Constant MlM8g2xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlM8g2xlarge = new ProductionVariantInstanceType("ml.m8g.2xlarge");

        /// <summary>Constant MlM8g48xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlM8g48xlarge = new ProductionVariantInstanceType("ml.m8g.48xlarge");

        /// <summary>Constant MlM8g4xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlM8g4xlarge = new ProductionVariantInstanceType("ml.m8g.4xlarge");

        /// <summary>Constant MlM8g8xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlM8g8xlarge = new ProductionVariantInstanceType("ml.m8g.8xlarge");

        /// <summary>Constant MlM8gLarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlM8gLarge = new ProductionVariantInstanceType("ml.m8g.large");

        /// <summary>Constant MlM8gMedium for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlM8gMedium = new ProductionVariantInstanceType("ml.m8g.medium");

        /// <summary>Constant MlM8gXlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlM8gXlarge = new ProductionVariantInstanceType("ml.m8g.xlarge");

        /// <summary>Constant MlP216xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlP216xlarge = new ProductionVariantInstanceType("ml.p2.16xlarge");

        /// <summary>Constant MlP28xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlP28xlarge = new ProductionVariantInstanceType("ml.p2.8xlarge");

        /// <summary>Constant MlP2Xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlP2Xlarge = new ProductionVariantInstanceType("ml.p2.xlarge");

        /// <summary>Constant MlP316xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlP316xlarge = new ProductionVariantInstanceType("ml.p3.16xlarge");

        /// <summary>Constant MlP32xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlP32xlarge = new ProductionVariantInstanceType("ml.p3.2xlarge");

        /// <summary>Constant MlP38xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlP38xlarge = new ProductionVariantInstanceType("ml.p3.8xlarge");

        /// <summary>Constant MlP4d24xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlP4d24xlarge = new ProductionVariantInstanceType("ml.p4d.24xlarge");

        /// <summary>Constant MlP4de24xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlP4de24xlarge = new ProductionVariantInstanceType("ml.p4de.24xlarge");

        /// <summary>Constant MlP548xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlP548xlarge = new ProductionVariantInstanceType("ml.p5.48xlarge");

        /// <summary>Constant MlP5e48xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlP5e48xlarge = new ProductionVariantInstanceType("ml.p5e.48xlarge");

        /// <summary>Constant MlP5en48xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlP5en48xlarge = new ProductionVariantInstanceType("ml.p5en.48xlarge");

        /// <summary>Constant MlP6B20048xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlP6B20048xlarge = new ProductionVariantInstanceType("ml.p6-b200.48xlarge");

        /// <summary>Constant MlR512xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlR512xlarge = new ProductionVariantInstanceType("ml.r5.12xlarge");

        /// <summary>Constant MlR524xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlR524xlarge = new ProductionVariantInstanceType("ml.r5.24xlarge");

        /// <summary>Constant MlR52xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlR52xlarge = new ProductionVariantInstanceType("ml.r5.2xlarge");

        /// <summary>Constant MlR54xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlR54xlarge = new ProductionVariantInstanceType("ml.r5.4xlarge");

        /// <summary>Constant MlR5Large for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlR5Large = new ProductionVariantInstanceType("ml.r5.large");

        /// <summary>Constant MlR5Xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlR5Xlarge = new ProductionVariantInstanceType("ml.r5.xlarge");

        /// <summary>Constant MlR5d12xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlR5d12xlarge = new ProductionVariantInstanceType("ml.r5d.12xlarge");

        /// <summary>Constant MlR5d24xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlR5d24xlarge = new ProductionVariantInstanceType("ml.r5d.24xlarge");

        /// <summary>Constant MlR5d2xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlR5d2xlarge = new ProductionVariantInstanceType("ml.r5d.2xlarge");

        /// <summary>Constant MlR5d4xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlR5d4xlarge = new ProductionVariantInstanceType("ml.r5d.4xlarge");

        /// <summary>Constant MlR5dLarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlR5dLarge = new ProductionVariantInstanceType("ml.r5d.large");

        /// <summary>Constant MlR5dXlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlR5dXlarge = new ProductionVariantInstanceType("ml.r5d.xlarge");

        /// <summary>Constant MlR6g12xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlR6g12xlarge = new ProductionVariantInstanceType("ml.r6g.12xlarge");

        /// <summary>Constant MlR6g16xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlR6g16xlarge = new ProductionVariantInstanceType("ml.r6g.16xlarge");

        /// <summary>Constant MlR6g2xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlR6g2xlarge = new ProductionVariantInstanceType("ml.r6g.2xlarge");

        /// <summary>Constant MlR6g4xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlR6g4xlarge = new ProductionVariantInstanceType("ml.r6g.4xlarge");

        /// <summary>Constant MlR6g8xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlR6g8xlarge = new ProductionVariantInstanceType("ml.r6g.8xlarge");

        /// <summary>Constant MlR6gLarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlR6gLarge = new ProductionVariantInstanceType("ml.r6g.large");

        /// <summary>Constant MlR6gXlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlR6gXlarge = new ProductionVariantInstanceType("ml.r6g.xlarge");

        /// <summary>Constant MlR6gd12xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlR6gd12xlarge = new ProductionVariantInstanceType("ml.r6gd.12xlarge");

        /// <summary>Constant MlR6gd16xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlR6gd16xlarge = new ProductionVariantInstanceType("ml.r6gd.16xlarge");

        /// <summary>Constant MlR6gd2xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlR6gd2xlarge = new ProductionVariantInstanceType("ml.r6gd.2xlarge");

        /// <summary>Constant MlR6gd4xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlR6gd4xlarge = new ProductionVariantInstanceType("ml.r6gd.4xlarge");

        /// <summary>Constant MlR6gd8xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlR6gd8xlarge = new ProductionVariantInstanceType("ml.r6gd.8xlarge");

        /// <summary>Constant MlR6gdLarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlR6gdLarge = new ProductionVariantInstanceType("ml.r6gd.large");

        /// <summary>Constant MlR6gdXlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlR6gdXlarge = new ProductionVariantInstanceType("ml.r6gd.xlarge");

        /// <summary>Constant MlR6i12xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlR6i12xlarge = new ProductionVariantInstanceType("ml.r6i.12xlarge");

        /// <summary>Constant MlR6i16xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlR6i16xlarge = new ProductionVariantInstanceType("ml.r6i.16xlarge");

        /// <summary>Constant MlR6i24xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlR6i24xlarge = new ProductionVariantInstanceType("ml.r6i.24xlarge");

        /// <summary>Constant MlR6i2xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlR6i2xlarge = new ProductionVariantInstanceType("ml.r6i.2xlarge");

        /// <summary>Constant MlR6i32xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlR6i32xlarge = new ProductionVariantInstanceType("ml.r6i.32xlarge");

        /// <summary>Constant MlR6i4xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlR6i4xlarge = new ProductionVariantInstanceType("ml.r6i.4xlarge");

        /// <summary>Constant MlR6i8xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlR6i8xlarge = new ProductionVariantInstanceType("ml.r6i.8xlarge");

        /// <summary>Constant MlR6iLarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlR6iLarge = new ProductionVariantInstanceType("ml.r6i.large");

        /// <summary>Constant MlR6iXlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlR6iXlarge = new ProductionVariantInstanceType("ml.r6i.xlarge");

        /// <summary>Constant MlR7gd12xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlR7gd12xlarge = new ProductionVariantInstanceType("ml.r7gd.12xlarge");

        /// <summary>Constant MlR7gd16xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlR7gd16xlarge = new ProductionVariantInstanceType("ml.r7gd.16xlarge");

        /// <summary>Constant MlR7gd2xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlR7gd2xlarge = new ProductionVariantInstanceType("ml.r7gd.2xlarge");

        /// <summary>Constant MlR7gd4xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlR7gd4xlarge = new ProductionVariantInstanceType("ml.r7gd.4xlarge");

        /// <summary>Constant MlR7gd8xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlR7gd8xlarge = new ProductionVariantInstanceType("ml.r7gd.8xlarge");

        /// <summary>Constant MlR7gdLarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlR7gdLarge = new ProductionVariantInstanceType("ml.r7gd.large");

        /// <summary>Constant MlR7gdMedium for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlR7gdMedium = new ProductionVariantInstanceType("ml.r7gd.medium");

        /// <summary>Constant MlR7gdXlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlR7gdXlarge = new ProductionVariantInstanceType("ml.r7gd.xlarge");

        /// <summary>Constant MlR7i12xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlR7i12xlarge = new ProductionVariantInstanceType("ml.r7i.12xlarge");

        /// <summary>Constant MlR7i16xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlR7i16xlarge = new ProductionVariantInstanceType("ml.r7i.16xlarge");

        /// <summary>Constant MlR7i24xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlR7i24xlarge = new ProductionVariantInstanceType("ml.r7i.24xlarge");

        /// <summary>Constant MlR7i2xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlR7i2xlarge = new ProductionVariantInstanceType("ml.r7i.2xlarge");

        /// <summary>Constant MlR7i48xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlR7i48xlarge = new ProductionVariantInstanceType("ml.r7i.48xlarge");

        /// <summary>Constant MlR7i4xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlR7i4xlarge = new ProductionVariantInstanceType("ml.r7i.4xlarge");

        /// <summary>Constant MlR7i8xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlR7i8xlarge = new ProductionVariantInstanceType("ml.r7i.8xlarge");

        /// <summary>Constant MlR7iLarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlR7iLarge = new ProductionVariantInstanceType("ml.r7i.large");

        /// <summary>Constant MlR7iXlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlR7iXlarge = new ProductionVariantInstanceType("ml.r7i.xlarge");

        /// <summary>Constant MlR8g12xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlR8g12xlarge = new ProductionVariantInstanceType("ml.r8g.12xlarge");

        /// <summary>Constant MlR8g16xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlR8g16xlarge = new ProductionVariantInstanceType("ml.r8g.16xlarge");

        /// <summary>Constant MlR8g24xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlR8g24xlarge = new ProductionVariantInstanceType("ml.r8g.24xlarge");

        /// <summary>Constant MlR8g2xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlR8g2xlarge = new ProductionVariantInstanceType("ml.r8g.2xlarge");

        /// <summary>Constant MlR8g48xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlR8g48xlarge = new ProductionVariantInstanceType("ml.r8g.48xlarge");

        /// <summary>Constant MlR8g4xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlR8g4xlarge = new ProductionVariantInstanceType("ml.r8g.4xlarge");

        /// <summary>Constant MlR8g8xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlR8g8xlarge = new ProductionVariantInstanceType("ml.r8g.8xlarge");

        /// <summary>Constant MlR8gLarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlR8gLarge = new ProductionVariantInstanceType("ml.r8g.large");

        /// <summary>Constant MlR8gMedium for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlR8gMedium = new ProductionVariantInstanceType("ml.r8g.medium");

        /// <summary>Constant MlR8gXlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlR8gXlarge = new ProductionVariantInstanceType("ml.r8g.xlarge");

        /// <summary>Constant MlT22xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlT22xlarge = new ProductionVariantInstanceType("ml.t2.2xlarge");

        /// <summary>Constant MlT2Large for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlT2Large = new ProductionVariantInstanceType("ml.t2.large");

        /// <summary>Constant MlT2Medium for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlT2Medium = new ProductionVariantInstanceType("ml.t2.medium");

        /// <summary>Constant MlT2Xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlT2Xlarge = new ProductionVariantInstanceType("ml.t2.xlarge");

        /// <summary>Constant MlTrn12xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlTrn12xlarge = new ProductionVariantInstanceType("ml.trn1.2xlarge");

        /// <summary>Constant MlTrn132xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlTrn132xlarge = new ProductionVariantInstanceType("ml.trn1.32xlarge");

        /// <summary>Constant MlTrn1n32xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlTrn1n32xlarge = new ProductionVariantInstanceType("ml.trn1n.32xlarge");

        /// <summary>Constant MlTrn248xlarge for ProductionVariantInstanceType</summary>
        public static readonly ProductionVariantInstanceType MlTrn248xlarge = new ProductionVariantInstanceType("ml.trn2.48xlarge");

        public ProductionVariantInstanceType(string value) : base(value)
        {
        }

        public static ProductionVariantInstanceType FindValue(string value) => FindValue<ProductionVariantInstanceType>(value);

        public static implicit operator ProductionVariantInstanceType(string value) => FindValue(value);
    }

    /// <summary>Constants used for properties of type InstanceType (notebook instances).</summary>
    public class InstanceType : ConstantClass
    {
        /// <summary>Constant MlC42xlarge for InstanceType</summary>
        public static readonly InstanceType MlC42xlarge = new InstanceType("ml.c4.2xlarge");

        /// <summary>Constant MlC44xlarge for InstanceType</summary>
        public static readonly InstanceType MlC44xlarge = new InstanceType("ml.c4.4xlarge");

        /// <summary>Constant MlC48xlarge for InstanceType</summary>
        public static readonly InstanceType MlC48xlarge = new InstanceType("ml.c4.8xlarge");

        /// <summary>Constant MlC4Large for InstanceType</summary>
        public static readonly InstanceType MlC4Large = new InstanceType("ml.c4.large");

        /// <summary>Constant MlC4Xlarge for InstanceType</summary>
        public static readonly InstanceType MlC4Xlarge = new InstanceType("ml.c4.xlarge");

        /// <summary>Constant MlC518xlarge for InstanceType</summary>
        public static readonly InstanceType MlC518xlarge = new InstanceType("ml.c5.18xlarge");

        /// <summary>Constant MlC52xlarge for InstanceType</summary>
        public static readonly InstanceType MlC52xlarge = new InstanceType("ml.c5.2xlarge");

        /// <summary>Constant MlC54xlarge for InstanceType</summary>
        public static readonly InstanceType MlC54xlarge = new InstanceType("ml.c5.4xlarge");

        /// <summary>Constant MlC59xlarge for InstanceType</summary>
        public static readonly InstanceType MlC59xlarge = new InstanceType("ml.c5.9xlarge");

        /// <summary>Constant MlC5Large for InstanceType</summary>
        public static readonly InstanceType MlC5Large = new InstanceType("ml.c5.large");

        /// <summary>Constant MlC5Xlarge for InstanceType</summary>
        public static readonly InstanceType MlC5Xlarge = new InstanceType("ml.c5.xlarge");

        /// <summary>Constant MlC5d18xlarge for InstanceType</summary>
        public static readonly InstanceType MlC5d18xlarge = new InstanceType("ml.c5d.18xlarge");

        /// <summary>Constant MlC5d2xlarge for InstanceType</summary>
        public static readonly InstanceType MlC5d2xlarge = new InstanceType("ml.c5d.2xlarge");

        /// <summary>Constant MlC5d4xlarge for InstanceType</summary>
        public static readonly InstanceType MlC5d4xlarge = new InstanceType("ml.c5d.4xlarge");

        /// <summary>Constant MlC5d9xlarge for InstanceType</summary>
        public static readonly InstanceType MlC5d9xlarge = new InstanceType("ml.c5d.9xlarge");

        /// <summary>Constant MlC5dLarge for InstanceType</summary>
        public static readonly InstanceType MlC5dLarge = new InstanceType("ml.c5d.large");

        /// <summary>Constant MlC5dXlarge for InstanceType</summary>
        public static readonly InstanceType MlC5dXlarge = new InstanceType("ml.c5d.xlarge");

        /// <summary>Constant MlC6i12xlarge for InstanceType</summary>
        public static readonly InstanceType MlC6i12xlarge = new InstanceType("ml.c6i.12xlarge");

        /// <summary>Constant MlC6i16xlarge for InstanceType</summary>
        public static readonly InstanceType MlC6i16xlarge = new InstanceType("ml.c6i.16xlarge");

        /// <summary>Constant MlC6i24xlarge for InstanceType</summary>
        public static readonly InstanceType MlC6i24xlarge = new InstanceType("ml.c6i.24xlarge");

        /// <summary>Constant MlC6i2xlarge for InstanceType</summary>
        public static readonly InstanceType MlC6i2xlarge = new InstanceType("ml.c6i.2xlarge");

        /// <summary>Constant MlC6i32xlarge for InstanceType</summary>
        public static readonly InstanceType MlC6i32xlarge = new InstanceType("ml.c6i.32xlarge");

        /// <summary>Constant MlC6i4xlarge for InstanceType</summary>
        public static readonly InstanceType MlC6i4xlarge = new InstanceType("ml.c6i.4xlarge");

        /// <summary>Constant MlC6i8xlarge for InstanceType</summary>
        public static readonly InstanceType MlC6i8xlarge = new InstanceType("ml.c6i.8xlarge");

        /// <summary>Constant MlC6iLarge for InstanceType</summary>
        public static readonly InstanceType MlC6iLarge = new InstanceType("ml.c6i.large");

        /// <summary>Constant MlC6iXlarge for InstanceType</summary>
        public static readonly InstanceType MlC6iXlarge = new InstanceType("ml.c6i.xlarge");

        /// <summary>Constant MlC6id12xlarge for InstanceType</summary>
        public static readonly InstanceType MlC6id12xlarge = new InstanceType("ml.c6id.12xlarge");

        /// <summary>Constant MlC6id16xlarge for InstanceType</summary>
        public static readonly InstanceType MlC6id16xlarge = new InstanceType("ml.c6id.16xlarge");

        /// <summary>Constant MlC6id24xlarge for InstanceType</summary>
        public static readonly InstanceType MlC6id24xlarge = new InstanceType("ml.c6id.24xlarge");

        /// <summary>Constant MlC6id2xlarge for InstanceType</summary>
        public static readonly InstanceType MlC6id2xlarge = new InstanceType("ml.c6id.2xlarge");

        /// <summary>Constant MlC6id32xlarge for InstanceType</summary>
        public static readonly InstanceType MlC6id32xlarge = new InstanceType("ml.c6id.32xlarge");

        /// <summary>Constant MlC6id4xlarge for InstanceType</summary>
        public static readonly InstanceType MlC6id4xlarge = new InstanceType("ml.c6id.4xlarge");

        /// <summary>Constant MlC6id8xlarge for InstanceType</summary>
        public static readonly InstanceType MlC6id8xlarge = new InstanceType("ml.c6id.8xlarge");

        /// <summary>Constant MlC6idLarge for InstanceType</summary>
        public static readonly InstanceType MlC6idLarge = new InstanceType("ml.c6id.large");

        /// <summary>Constant MlC6idXlarge for InstanceType</summary>
        public static readonly InstanceType MlC6idXlarge = new InstanceType("ml.c6id.xlarge");

        /// <summary>Constant MlC7i12xlarge for InstanceType</summary>
        public static readonly InstanceType MlC7i12xlarge = new InstanceType("ml.c7i.12xlarge");

        /// <summary>Constant MlC7i16xlarge for InstanceType</summary>
        public static readonly InstanceType MlC7i16xlarge = new InstanceType("ml.c7i.16xlarge");

        /// <summary>Constant MlC7i24xlarge for InstanceType</summary>
        public static readonly InstanceType MlC7i24xlarge = new InstanceType("ml.c7i.24xlarge");

        /// <summary>Constant MlC7i2xlarge for InstanceType</summary>
        public static readonly InstanceType MlC7i2xlarge = new InstanceType("ml.c7i.2xlarge");

        /// <summary>Constant MlC7i48xlarge for InstanceType</summary>
        public static readonly InstanceType MlC7i48xlarge = new InstanceType("ml.c7i.48xlarge");

        /// <summary>Constant MlC7i4xlarge for InstanceType</summary>
        public static readonly InstanceType MlC7i4xlarge = new InstanceType("ml.c7i.4xlarge");

        /// <summary>Constant MlC7i8xlarge for InstanceType</summary>
        public static readonly InstanceType MlC7i8xlarge = new InstanceType("ml.c7i.8xlarge");

        /// <summary>Constant MlC7iLarge for InstanceType</summary>
        public static readonly InstanceType MlC7iLarge = new InstanceType("ml.c7i.large");

        /// <summary>Constant MlC7iXlarge for InstanceType</summary>
        public static readonly InstanceType MlC7iXlarge = new InstanceType("ml.c7i.xlarge");

        /// <summary>Constant MlG4dn12xlarge for InstanceType</summary>
        public static readonly InstanceType MlG4dn12xlarge = new InstanceType("ml.g4dn.12xlarge");

        /// <summary>Constant MlG4dn16xlarge for InstanceType</summary>
        public static readonly InstanceType MlG4dn16xlarge = new InstanceType("ml.g4dn.16xlarge");

        /// <summary>Constant MlG4dn2xlarge for InstanceType</summary>
        public static readonly InstanceType MlG4dn2xlarge = new InstanceType("ml.g4dn.2xlarge");

        /// <summary>Constant MlG4dn4xlarge for InstanceType</summary>
        public static readonly InstanceType MlG4dn4xlarge = new InstanceType("ml.g4dn.4xlarge");

        /// <summary>Constant MlG4dn8xlarge for InstanceType</summary>
        public static readonly InstanceType MlG4dn8xlarge = new InstanceType("ml.g4dn.8xlarge");

        /// <summary>Constant MlG4dnXlarge for InstanceType</summary>
        public static readonly InstanceType MlG4dnXlarge = new InstanceType("ml.g4dn.xlarge");

        /// <summary>Constant MlG512xlarge for InstanceType</summary>
        public static readonly InstanceType MlG512xlarge = new InstanceType("ml.g5.12xlarge");

        /// <summary>Constant MlG516xlarge for InstanceType</summary>
        public static readonly InstanceType MlG516xlarge = new InstanceType("ml.g5.16xlarge");

        /// <summary>Constant MlG524xlarge for InstanceType</summary>
        public static readonly InstanceType MlG524xlarge = new InstanceType("ml.g5.24xlarge");

        /// <summary>Constant MlG52xlarge for InstanceType</summary>
        public static readonly InstanceType MlG52xlarge = new InstanceType("ml.g5.2xlarge");

        /// <summary>Constant MlG548xlarge for InstanceType</summary>
        public static readonly InstanceType MlG548xlarge = new InstanceType("ml.g5.48xlarge");

        /// <summary>Constant MlG54xlarge for InstanceType</summary>
        public static readonly InstanceType MlG54xlarge = new InstanceType("ml.g5.4xlarge");

        /// <summary>Constant MlG58xlarge for InstanceType</summary>
        public static readonly InstanceType MlG58xlarge = new InstanceType("ml.g5.8xlarge");

        /// <summary>Constant MlG5Xlarge for InstanceType</summary>
        public static readonly InstanceType MlG5Xlarge = new InstanceType("ml.g5.xlarge");

        /// <summary>Constant MlG612xlarge for InstanceType</summary>
        public static readonly InstanceType MlG612xlarge = new InstanceType("ml.g6.12xlarge");

        /// <summary>Constant MlG616xlarge for InstanceType</summary>
        public static readonly InstanceType MlG616xlarge = new InstanceType("ml.g6.16xlarge");

        /// <summary>Constant MlG624xlarge for InstanceType</summary>
        public static readonly InstanceType MlG624xlarge = new InstanceType("ml.g6.24xlarge");

        /// <summary>Constant MlG62xlarge for InstanceType</summary>
        public static readonly InstanceType MlG62xlarge = new InstanceType("ml.g6.2xlarge");

        /// <summary>Constant MlG648xlarge for InstanceType</summary>
        public static readonly InstanceType MlG648xlarge = new InstanceType("ml.g6.48xlarge");

        /// <summary>Constant MlG64xlarge for InstanceType</summary>
        public static readonly InstanceType MlG64xlarge = new InstanceType("ml.g6.4xlarge");

        /// <summary>Constant MlG68xlarge for InstanceType</summary>
        public static readonly InstanceType MlG68xlarge = new InstanceType("ml.g6.8xlarge");

        /// <summary>Constant MlG6Xlarge for InstanceType</summary>
        public static readonly InstanceType MlG6Xlarge = new InstanceType("ml.g6.xlarge");

        /// <summary>Constant MlInf124xlarge for InstanceType</summary>
        public static readonly InstanceType MlInf124xlarge = new InstanceType("ml.inf1.24xlarge");

        /// <summary>Constant MlInf12xlarge for InstanceType</summary>
        public static readonly InstanceType MlInf12xlarge = new InstanceType("ml.inf1.2xlarge");

        /// <summary>Constant MlInf16xlarge for InstanceType</summary>
        public static readonly InstanceType MlInf16xlarge = new InstanceType("ml.inf1.6xlarge");

        /// <summary>Constant MlInf1Xlarge for InstanceType</summary>
        public static readonly InstanceType MlInf1Xlarge = new InstanceType("ml.inf1.xlarge");

        /// <summary>Constant MlInf224xlarge for InstanceType</summary>
        public static readonly InstanceType MlInf224xlarge = new InstanceType("ml.inf2.24xlarge");

        /// <summary>Constant MlInf248xlarge for InstanceType</summary>
        public static readonly InstanceType MlInf248xlarge = new InstanceType("ml.inf2.48xlarge");

        /// <summary>Constant MlInf28xlarge for InstanceType</summary>
        public static readonly InstanceType MlInf28xlarge = new InstanceType("ml.inf2.8xlarge");

        /// <summary>Constant MlInf2Xlarge for InstanceType</summary>
        public static readonly InstanceType MlInf2Xlarge = new InstanceType("ml.inf2.xlarge");

        /// <summary>Constant MlM410xlarge for InstanceType</summary>
        public static readonly InstanceType MlM410xlarge = new InstanceType("ml.m4.10xlarge");

        /// <summary>Constant MlM416xlarge for InstanceType</summary>
        public static readonly InstanceType MlM416xlarge = new InstanceType("ml.m4.16xlarge");

        /// <summary>Constant MlM42xlarge for InstanceType</summary>
        public static readonly InstanceType MlM42xlarge = new InstanceType("ml.m4.2xlarge");

        /// <summary>Constant MlM44xlarge for InstanceType</summary>
        public static readonly InstanceType MlM44xlarge = new InstanceType("ml.m4.4xlarge");

        /// <summary>Constant MlM4Xlarge for InstanceType</summary>
        public static readonly InstanceType MlM4Xlarge = new InstanceType("ml.m4.xlarge");

        /// <summary>Constant MlM512xlarge for InstanceType</summary>
        public static readonly InstanceType MlM512xlarge = new InstanceType("ml.m5.12xlarge");

        /// <summary>Constant MlM524xlarge for InstanceType</summary>
        public static readonly InstanceType MlM524xlarge = new InstanceType("ml.m5.24xlarge");

        /// <summary>Constant MlM52xlarge for InstanceType</summary>
        public static readonly InstanceType MlM52xlarge = new InstanceType("ml.m5.2xlarge");

        /// <summary>Constant MlM54xlarge for InstanceType</summary>
        public static readonly InstanceType MlM54xlarge = new InstanceType("ml.m5.4xlarge");

        /// <summary>Constant MlM5Large for InstanceType</summary>
        public static readonly InstanceType MlM5Large = new InstanceType("ml.m5.large");

        /// <summary>Constant MlM5Xlarge for InstanceType</summary>
        public static readonly InstanceType MlM5Xlarge = new InstanceType("ml.m5.xlarge");

        /// <summary>Constant MlM5d12xlarge for InstanceType</summary>
        public static readonly InstanceType MlM5d12xlarge = new InstanceType("ml.m5d.12xlarge");

        /// <summary>Constant MlM5d24xlarge for InstanceType</summary>
        public static readonly InstanceType MlM5d24xlarge = new InstanceType("ml.m5d.24xlarge");

        /// <summary>Constant MlM5d2xlarge for InstanceType</summary>
        public static readonly InstanceType MlM5d2xlarge = new InstanceType("ml.m5d.2xlarge");

        /// <summary>Constant MlM5d4xlarge for InstanceType</summary>
        public static readonly InstanceType MlM5d4xlarge = new InstanceType("ml.m5d.4xlarge");

        /// <summary>Constant MlM5dLarge for InstanceType</summary>
        public static readonly InstanceType MlM5dLarge = new InstanceType("ml.m5d.large");

        /// <summary>Constant MlM5dXlarge for InstanceType</summary>
        public static readonly InstanceType MlM5dXlarge = new InstanceType("ml.m5d.xlarge");

        /// <summary>Constant MlM6i12xlarge for InstanceType</summary>
        public static readonly InstanceType MlM6i12xlarge = new InstanceType("ml.m6i.12xlarge");

        /// <summary>Constant MlM6i16xlarge for InstanceType</summary>
        public static readonly InstanceType MlM6i16xlarge = new InstanceType("ml.m6i.16xlarge");

        /// <summary>Constant MlM6i24xlarge for InstanceType</summary>
        public static readonly InstanceType MlM6i24xlarge = new InstanceType("ml.m6i.24xlarge");

        /// <summary>Constant MlM6i2xlarge for InstanceType</summary>
        public static readonly InstanceType MlM6i2xlarge = new InstanceType("ml.m6i.2xlarge");

        /// <summary>Constant MlM6i32xlarge for InstanceType</summary>
        public static readonly InstanceType MlM6i32xlarge = new InstanceType("ml.m6i.32xlarge");

        /// <summary>Constant MlM6i4xlarge for InstanceType</summary>
        public static readonly InstanceType MlM6i4xlarge = new InstanceType("ml.m6i.4xlarge");

        /// <summary>Constant MlM6i8xlarge for InstanceType</summary>
        public static readonly InstanceType MlM6i8xlarge = new InstanceType("ml.m6i.8xlarge");

        /// <summary>Constant MlM6iLarge for InstanceType</summary>
        public static readonly InstanceType MlM6iLarge = new InstanceType("ml.m6i.large");

        /// <summary>Constant MlM6iXlarge for InstanceType</summary>
        public static readonly InstanceType MlM6iXlarge = new InstanceType("ml.m6i.xlarge");

        /// <summary>Constant MlM6id12xlarge for InstanceType</summary>
        public static readonly InstanceType MlM6id12xlarge = new InstanceType("ml.m6id.12xlarge");

        /// <summary>Constant MlM6id16xlarge for InstanceType</summary>
        public static readonly InstanceType MlM6id16xlarge = new InstanceType("ml.m6id.16xlarge");

        /// <summary>Constant MlM6id24xlarge for InstanceType</summary>
        public static readonly InstanceType MlM6id24xlarge = new InstanceType("ml.m6id.24xlarge");

        /// <summary>Constant MlM6id2xlarge for InstanceType</summary>
        public static readonly InstanceType MlM6id2xlarge = new InstanceType("ml.m6id.2xlarge");

        /// <summary>Constant MlM6id32xlarge for InstanceType</summary>
        public static readonly InstanceType MlM6id32xlarge = new InstanceType("ml.m6id.32xlarge");

        /// <summary>Constant MlM6id4xlarge for InstanceType</summary>
        public static readonly InstanceType MlM6id4xlarge = new InstanceType("ml.m6id.4xlarge");

        /// <summary>Constant MlM6id8xlarge for InstanceType</summary>
        public static readonly InstanceType MlM6id8xlarge = new InstanceType("ml.m6id.8xlarge");

        /// <summary>Constant MlM6idLarge for InstanceType</summary>
        public static readonly InstanceType MlM6idLarge = new InstanceType("ml.m6id.large");

        /// <summary>Constant MlM6idXlarge for InstanceType</summary>
        public static readonly InstanceType MlM6idXlarge = new InstanceType("ml.m6id.xlarge");

        /// <summary>Constant MlM7i12xlarge for InstanceType</summary>
        public static readonly InstanceType MlM7i12xlarge = new InstanceType("ml.m7i.12xlarge");

        /// <summary>Constant MlM7i16xlarge for InstanceType</summary>
        public static readonly InstanceType MlM7i16xlarge = new InstanceType("ml.m7i.16xlarge");

        /// <summary>Constant MlM7i24xlarge for InstanceType</summary>
        public static readonly InstanceType MlM7i24xlarge = new InstanceType("ml.m7i.24xlarge");

        /// <summary>Constant MlM7i2xlarge for InstanceType</summary>
        public static readonly InstanceType MlM7i2xlarge = new InstanceType("ml.m7i.2xlarge");

        /// <summary>Constant MlM7i48xlarge for InstanceType</summary>
        public static readonly InstanceType MlM7i48xlarge = new InstanceType("ml.m7i.48xlarge");

        /// <summary>Constant MlM7i4xlarge for InstanceType</summary>
        public static readonly InstanceType MlM7i4xlarge = new InstanceType("ml.m7i.4xlarge");

        /// <summary>Constant MlM7i8xlarge for InstanceType</summary>
        public static readonly InstanceType MlM7i8xlarge = new InstanceType("ml.m7i.8xlarge");

        /// <summary>Constant MlM7iLarge for InstanceType</summary>
        public static readonly InstanceType MlM7iLarge = new InstanceType("ml.m7i.large");

        /// <summary>Constant MlM7iXlarge for InstanceType</summary>
        public static readonly InstanceType MlM7iXlarge = new InstanceType("ml.m7i.xlarge");

        /// <summary>Constant MlP216xlarge for InstanceType</summary>
        public static readonly InstanceType MlP216xlarge = new InstanceType("ml.p2.16xlarge");

        /// <summary>Constant MlP28xlarge for InstanceType</summary>
        public static readonly InstanceType MlP28xlarge = new InstanceType("ml.p2.8xlarge");

        /// <summary>Constant MlP2Xlarge for InstanceType</summary>
        public static readonly InstanceType MlP2Xlarge = new InstanceType("ml.p2.xlarge");

        /// <summary>Constant MlP316xlarge for InstanceType</summary>
        public static readonly InstanceType MlP316xlarge = new InstanceType("ml.p3.16xlarge");

        /// <summary>Constant MlP32xlarge for InstanceType</summary>
        public static readonly InstanceType MlP32xlarge = new InstanceType("ml.p3.2xlarge");

        /// <summary>Constant MlP38xlarge for InstanceType</summary>
        public static readonly InstanceType MlP38xlarge = new InstanceType("ml.p3.8xlarge");

        /// <summary>Constant MlP3dn24xlarge for InstanceType</summary>
        public static readonly InstanceType MlP3dn24xlarge = new InstanceType("ml.p3dn.24xlarge");

        /// <summary>Constant MlP4d24xlarge for InstanceType</summary>
        public static readonly InstanceType MlP4d24xlarge = new InstanceType("ml.p4d.24xlarge");

        /// <summary>Constant MlP4de24xlarge for InstanceType</summary>
        public static readonly InstanceType MlP4de24xlarge = new InstanceType("ml.p4de.24xlarge");

        /// <summary>Constant MlP548xlarge for InstanceType</summary>
        public static readonly InstanceType MlP548xlarge = new InstanceType("ml.p5.48xlarge");

        /// <summary>Constant MlP5en48xlarge for InstanceType</summary>
        public static readonly InstanceType MlP5en48xlarge = new InstanceType("ml.p5en.48xlarge");

        /// <summary>Constant MlR512xlarge for InstanceType</summary>
        public static readonly InstanceType MlR512xlarge = new InstanceType("ml.r5.12xlarge");

        /// <summary>Constant MlR524xlarge for InstanceType</summary>
        public static readonly InstanceType MlR524xlarge = new InstanceType("ml.r5.24xlarge");

        /// <summary>Constant MlR52xlarge for InstanceType</summary>
        public static readonly InstanceType MlR52xlarge = new InstanceType("ml.r5.2xlarge");

        /// <summary>Constant MlR54xlarge for InstanceType</summary>
        public static readonly InstanceType MlR54xlarge = new InstanceType("ml.r5.4xlarge");

        /// <summary>Constant MlR5Large for InstanceType</summary>
        public static readonly InstanceType MlR5Large = new InstanceType("ml.r5.large");

        /// <summary>Constant MlR5Xlarge for InstanceType</summary>
        public static readonly InstanceType MlR5Xlarge = new InstanceType("ml.r5.xlarge");

        /// <summary>Constant MlR6i12xlarge for InstanceType</summary>
        public static readonly InstanceType MlR6i12xlarge = new InstanceType("ml.r6i.12xlarge");

        /// <summary>Constant MlR6i16xlarge for InstanceType</summary>
        public static readonly InstanceType MlR6i16xlarge = new InstanceType("ml.r6i.16xlarge");

        /// <summary>Constant MlR6i24xlarge for InstanceType</summary>
        public static readonly InstanceType MlR6i24xlarge = new InstanceType("ml.r6i.24xlarge");

        /// <summary>Constant MlR6i2xlarge for InstanceType</summary>
        public static readonly InstanceType MlR6i2xlarge = new InstanceType("ml.r6i.2xlarge");

        /// <summary>Constant MlR6i32xlarge for InstanceType</summary>
        public static readonly InstanceType MlR6i32xlarge = new InstanceType("ml.r6i.32xlarge");

        /// <summary>Constant MlR6i4xlarge for InstanceType</summary>
        public static readonly InstanceType MlR6i4xlarge = new InstanceType("ml.r6i.4xlarge");

        /// <summary>Constant MlR6i8xlarge for InstanceType</summary>
        public static readonly InstanceType MlR6i8xlarge = new InstanceType("ml.r6i.8xlarge");

        /// <summary>Constant MlR6iLarge for InstanceType</summary>
        public static readonly InstanceType MlR6iLarge = new InstanceType("ml.r6i.large");

        /// <summary>Constant MlR6iXlarge for InstanceType</summary>
        public static readonly InstanceType MlR6iXlarge = new InstanceType("ml.r6i.xlarge");

        /// <summary>Constant MlR6id12xlarge for InstanceType</summary>
        public static readonly InstanceType MlR6id12xlarge = new InstanceType("ml.r6id.12xlarge");

        /// <summary>Constant MlR6id16xlarge for InstanceType</summary>
        public static readonly InstanceType MlR6id16xlarge = new InstanceType("ml.r6id.16xlarge");

        /// <summary>Constant MlR6id24xlarge for InstanceType</summary>
        public static readonly InstanceType MlR6id24xlarge = new InstanceType("ml.r6id.24xlarge");

        /// <summary>Constant MlR6id2xlarge for InstanceType</summary>
        public static readonly InstanceType MlR6id2xlarge = new InstanceType("ml.r6id.2xlarge");

        /// <summary>Constant MlR6id32xlarge for InstanceType</summary>
        public static readonly InstanceType MlR6id32xlarge = new InstanceType("ml.r6id.32xlarge");

        /// <summary>Constant MlR6id4xlarge for InstanceType</summary>
        public static readonly InstanceType MlR6id4xlarge = new InstanceType("ml.r6id.4xlarge");

        /// <summary>Constant MlR6id8xlarge for InstanceType</summary>
        public static readonly InstanceType MlR6id8xlarge = new InstanceType("ml.r6id.8xlarge");

        /// <summary>Constant MlR6idLarge for InstanceType</summary>
        public static readonly InstanceType MlR6idLarge = new InstanceType("ml.r6id.large");

        /// <summary>Constant MlR6idXlarge for InstanceType</summary>
        public static readonly InstanceType MlR6idXlarge = new InstanceType("ml.r6id.xlarge");

        /// <summary>Constant MlR7i12xlarge for InstanceType</summary>
        public static readonly InstanceType MlR7i12xlarge = new InstanceType("ml.r7i.12xlarge");

        /// <summary>Constant MlR7i16xlarge for InstanceType</summary>
        public static readonly InstanceType MlR7i16xlarge = new InstanceType("ml.r7i.16xlarge");

        /// <summary>Constant MlR7i24xlarge for InstanceType</summary>
        public static readonly InstanceType MlR7i24xlarge = new InstanceType("ml.r7i.24xlarge");

        /// <summary>Constant MlR7i2xlarge for InstanceType</summary>
        public static readonly InstanceType MlR7i2xlarge = new InstanceType("ml.r7i.2xlarge");

        /// <summary>Constant MlR7i48xlarge for InstanceType</summary>
        public static readonly InstanceType MlR7i48xlarge = new InstanceType("ml.r7i.48xlarge");

        /// <summary>Constant MlR7i4xlarge for InstanceType</summary>
        public static readonly InstanceType MlR7i4xlarge = new InstanceType("ml.r7i.4xlarge");

        /// <summary>Constant MlR7i8xlarge for InstanceType</summary>
        public static readonly InstanceType MlR7i8xlarge = new InstanceType("ml.r7i.8xlarge");

        /// <summary>Constant MlR7iLarge for InstanceType</summary>
        public static readonly InstanceType MlR7iLarge = new InstanceType("ml.r7i.large");

        /// <summary>Constant MlR7iXlarge for InstanceType</summary>
        public static readonly InstanceType MlR7iXlarge = new InstanceType("ml.r7i.xlarge");

        /// <summary>Constant MlT22xlarge for InstanceType</summary>
        public static readonly InstanceType MlT22xlarge = new InstanceType("ml.t2.2xlarge");

        /// <summary>Constant MlT2Large for InstanceType</summary>
        public static readonly InstanceType MlT2Large = new InstanceType("ml.t2.large");

        /// <summary>Constant MlT2Medium for InstanceType</summary>
        public static readonly InstanceType MlT2Medium = new InstanceType("ml.t2.medium");

        /// <summary>Constant MlT2Xlarge for InstanceType</summary>
        public static readonly InstanceType MlT2Xlarge = new InstanceType("ml.t2.xlarge");

        /// <summary>Constant MlT32xlarge for InstanceType</summary>
        public static readonly InstanceType MlT32xlarge = new InstanceType("ml.t3.2xlarge");

        /// <summary>Constant MlT3Large for InstanceType</summary>
        public static readonly InstanceType MlT3Large = new InstanceType("ml.t3.large");

        /// <summary>Constant MlT3Medium for InstanceType</summary>
        public static readonly InstanceType MlT3Medium = new InstanceType("ml.t3.medium");

        /// <summary>Constant MlT3Xlarge for InstanceType</summary>
        public static readonly InstanceType MlT3Xlarge = new InstanceType("ml.t3.xlarge");

        /// <summary>Constant MlTrn12xlarge for InstanceType</summary>
        public static readonly InstanceType MlTrn12xlarge = new InstanceType("ml.trn1.2xlarge");

        /// <summary>Constant MlTrn132xlarge for InstanceType</summary>
        public static readonly InstanceType MlTrn132xlarge = new InstanceType("ml.trn1.32xlarge");

        /// <summary>Constant MlTrn1n32xlarge for InstanceType</summary>
        public static readonly InstanceType MlTrn1n32xlarge = new InstanceType("ml.trn1n.32xlarge");

        public InstanceType(string value) : base(value)
        {
        }

        public static InstanceType FindValue(string value) => FindValue<InstanceType>(value);

        public static implicit operator InstanceType(string value) => FindValue(value);
    }

    /// <summary>Constants used for properties of type ContainerMode.</summary>
    public class ContainerMode : ConstantClass
    {
        /// <summary>Constant MultiModel for ContainerMode</summary>
        public static readonly ContainerMode MultiModel = new ContainerMode("MultiModel");

        /// <summary>Constant SingleModel for ContainerMode</summary>
        public static readonly ContainerMode SingleModel = new ContainerMode("SingleModel");

        public ContainerMode(string value) : base(value)
        {
        }

        public static ContainerMode FindValue(string value) => FindValue<ContainerMode>(value);

        public static implicit operator ContainerMode(string value) => FindValue(value);
    }
}
