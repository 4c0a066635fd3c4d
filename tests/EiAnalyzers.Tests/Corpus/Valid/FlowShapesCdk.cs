// Valid CDK code in the shapes that once gave false errors (issue 14), with string properties and constructs.
using System;
using System.Collections.Generic;
using Amazon.CDK;
using Amazon.CDK.AWS.Sagemaker;
using Constructs;

namespace Corpus.FlowShapesCdk
{
    public sealed class FlowStack : Stack
    {
        public FlowStack(Construct scope, string id, string mode, bool gpu)
            : base(scope, id)
        {
            var variants = new List<CfnEndpointConfig.ProductionVariantProperty>
            {
                new CfnEndpointConfig.ProductionVariantProperty
                {
                    VariantName = "a",
                    ModelName = "cdk-a",
                    InstanceType = mode == "ei" ? "ml.m5.large" : "ml.g4dn.xlarge",
                    AcceleratorType = mode == "ei" ? "ml.eia2.medium" : null, // EI0013
                },
            };

            var v = new CfnEndpointConfig.ProductionVariantProperty { VariantName = "b", ModelName = "cdk-b", InstanceType = "ml.c5.large" };
            v.AcceleratorType = "ml.eia2.medium"; // EI0013
            variants.Add(v);
            v = new CfnEndpointConfig.ProductionVariantProperty { VariantName = "c", ModelName = "cdk-c", InstanceType = "ml.g5.xlarge" };
            variants.Add(v);

            var w = new CfnEndpointConfig.ProductionVariantProperty { VariantName = "d", ModelName = "cdk-d" };
            if (gpu)
            {
                w.InstanceType = "ml.g4dn.xlarge";
            }
            else
            {
                w.InstanceType = "ml.m5.xlarge";
                w.AcceleratorType = "ml.eia2.large"; // EI0013
            }

            variants.Add(w);

            var done = new CfnEndpointConfig.ProductionVariantProperty { VariantName = "e", ModelName = "cdk-e", InstanceType = "ml.g4dn.xlarge", AcceleratorType = "ml.eia2.medium" };
            done.AcceleratorType = null;
            variants.Add(done);

            new CfnEndpointConfig(this, "Flow", new CfnEndpointConfigProps { ProductionVariants = variants.ToArray() });
        }
    }
}
