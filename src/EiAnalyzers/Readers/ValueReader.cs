using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using EiAnalyzers.Deployment;
using EiAnalyzers.Knowledge;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace EiAnalyzers.Readers;

/// <summary>
/// Reads a value as far as the compiler knows it: literals, consts, locals and readonly fields with one constant
/// value, ConstantClass fields, <c>new X("...")</c>, <c>X.FindValue("...")</c>, the generated constants, and
/// interpolations and concatenations (with holes for the parts only known at run time).
/// </summary>
internal sealed class ValueReader
{
    private const int MaxDepth = 8;

    private readonly KnownSymbols known;
    private readonly LocalWrites locals;
    private readonly SemanticModel? semanticModel;

    public ValueReader(KnownSymbols known, LocalWrites locals, SemanticModel? semanticModel)
    {
        this.known = known;
        this.locals = locals;
        this.semanticModel = semanticModel;
    }

    public ValueSite Read(IOperation value)
    {
        var use = Unwrap(value);
        var result = ReadCore(use, 0);
        var origin = result.Origin is not null && result.Origin.SyntaxTree == value.Syntax.SyntaxTree && result.Origin != use.Syntax
            ? result.Origin.GetLocation()
            : null;
        var style = result.IsObject ? ValueStyle.Object : StyleOf(use);
        return new ValueSite(
            use.Syntax.GetLocation(), result.Pattern, result.IsNull, style, origin, result.Pattern is null ? Shorten(use.Syntax.ToString()) : null,
            BranchPath.Of(use.Syntax));
    }

    /// <summary>
    /// The values an expression can take: each branch of <c>?:</c>, <c>??</c> and <c>switch</c> separately, so
    /// that a wrong literal in one branch is reported there. Branches only known at run time are left out when another
    /// branch is known; when none is, the whole expression is one unknown value.
    /// </summary>
    public IEnumerable<ValueSite> ReadAll(IOperation value)
    {
        var alternatives = new List<IOperation>();
        CollectAlternatives(Unwrap(value), alternatives, 0);
        if (alternatives.Count == 1)
        {
            return new[] { Read(alternatives[0]) };
        }

        var sites = alternatives.Select(Read).ToList();
        var known = sites.Where(s => s.IsKnown || s.IsNull || s.IsCertainlySet).ToList();
        return known.Count > 0 ? known : new[] { Read(value) };
    }

    private static void CollectAlternatives(IOperation operation, List<IOperation> alternatives, int depth)
    {
        operation = Unwrap(operation);
        switch (operation)
        {
            case IConditionalOperation { WhenFalse: { } whenFalse, IsRef: false } conditional when depth < MaxDepth:
                CollectAlternatives(conditional.WhenTrue, alternatives, depth + 1);
                CollectAlternatives(whenFalse, alternatives, depth + 1);
                break;
            case ICoalesceOperation coalesce when depth < MaxDepth:
                CollectAlternatives(coalesce.Value, alternatives, depth + 1);
                CollectAlternatives(coalesce.WhenNull, alternatives, depth + 1);
                break;
            case ISwitchExpressionOperation switchExpression when depth < MaxDepth && switchExpression.Arms.Length > 0:
                foreach (var arm in switchExpression.Arms)
                {
                    CollectAlternatives(arm.Value, alternatives, depth + 1);
                }

                break;
            default:
                alternatives.Add(operation);
                break;
        }
    }

    /// <summary>How an unknown value is named in a message: its code, on one line and not too long.</summary>
    private static string Shorten(string code)
    {
        var line = string.Join(" ", code.Split(new[] { '\r', '\n' }, System.StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()));
        return line.Length <= 60 ? line : line.Substring(0, 57) + "...";
    }

    /// <summary>Conversions (implicit string to ConstantClass, ConstantClass to string, boxing) change nothing here.</summary>
    public static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    private ValueStyle StyleOf(IOperation use)
    {
        switch (use)
        {
            case IFieldReferenceOperation field when field.Field.IsStatic && known.TryGetConstantKind(field.Field.ContainingType, out _):
                return ValueStyle.ConstantClassField;
            case IFieldReferenceOperation field when IsGeneratedConstants(field.Field.ContainingType):
                return ValueStyle.GeneratedConstant;
            case IObjectCreationOperation creation when !known.IsConstantClass(creation.Type):
            case IAnonymousObjectCreationOperation:
            case IArrayCreationOperation:
                return ValueStyle.Object;
            default:
                return use.Type?.SpecialType == SpecialType.System_String ? ValueStyle.String : ValueStyle.Other;
        }
    }

    private readonly struct Result
    {
        public Result(string? pattern, bool isNull = false, SyntaxNode? origin = null, bool isObject = false)
        {
            Pattern = pattern;
            IsNull = isNull;
            Origin = origin;
            IsObject = isObject;
        }

        public string? Pattern { get; }

        public bool IsNull { get; }

        /// <summary>An object certainly created (<c>new AsyncInferenceConfig()</c>, directly or through a local).</summary>
        public bool IsObject { get; }

        /// <summary>The literal (or field reference) the value was written as, where it is not the use site.</summary>
        public SyntaxNode? Origin { get; }

        public static Result Unknown => new(null);

        public static Result Null => new(null, isNull: true);

        public Result From(SyntaxNode origin) => new(Pattern, IsNull, Origin ?? origin, IsObject);

        public static Result Object => new(null, isObject: true);
    }

    private Result ReadCore(IOperation operation, int depth)
    {
        operation = Unwrap(operation);
        if (depth > MaxDepth)
        {
            return Result.Unknown;
        }

        if (operation.ConstantValue.HasValue)
        {
            return FromConstant(operation);
        }

        switch (operation)
        {
            case IDefaultValueOperation:
                return operation.Type?.IsReferenceType == true ? Result.Null : Result.Unknown;
            case IFieldReferenceOperation field:
                return ReadField(field, depth);
            case ILocalReferenceOperation local:
                return ReadLocal(local.Local, depth);
            case IObjectCreationOperation creation when known.IsConstantClass(creation.Type) && creation.Arguments.Length == 1:
                return Argument(creation.Arguments[0], depth);
            case IObjectCreationOperation or IAnonymousObjectCreationOperation or IArrayCreationOperation:
                return Result.Object;
            case IInvocationOperation invocation:
                return ReadInvocation(invocation, depth);
            case IPropertyReferenceOperation { Instance: { } instance } property
                when (property.Property.Name == "Value" && known.IsConstantClass(instance.Type))
                     || (property.Property.Name == "Name" && known.IsGeneratedAccelerator(instance.Type)):
                return ReadCore(instance, depth + 1);
            case IInterpolatedStringOperation interpolated:
                return ReadInterpolation(interpolated, depth);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary when binary.Type?.SpecialType == SpecialType.System_String:
                var left = ReadCore(binary.LeftOperand, depth + 1);
                var right = ReadCore(binary.RightOperand, depth + 1);
                return new Result(PatternOf(left) + PatternOf(right));
            default:
                return Result.Unknown;
        }
    }

    private static Result FromConstant(IOperation operation)
    {
        var origin = ConstOrigin(operation);
        return operation.ConstantValue.Value switch
        {
            null => Result.Null,
            string text => new Result(text, origin: origin),
            bool flag => new Result(flag ? "true" : "false", origin: origin),
            var other => new Result(System.Convert.ToString(other, CultureInfo.InvariantCulture), origin: origin),
        };
    }

    /// <summary>The literal in a const's declaration, so a fix corrects the const rather than its use.</summary>
    private static SyntaxNode? ConstOrigin(IOperation operation)
    {
        ISymbol? symbol = operation switch
        {
            IFieldReferenceOperation field => field.Field,
            ILocalReferenceOperation local => local.Local,
            _ => null,
        };
        return symbol is null ? null : InitializerLiteral(symbol);
    }

    private static SyntaxNode? InitializerLiteral(ISymbol symbol) =>
        symbol.DeclaringSyntaxReferences.Length == 1
        && symbol.DeclaringSyntaxReferences[0].GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: LiteralExpressionSyntax literal }
        && literal.IsKind(SyntaxKind.StringLiteralExpression)
            ? literal
            : null;

    private Result ReadField(IFieldReferenceOperation reference, int depth)
    {
        var field = reference.Field;
        if (field.IsStatic && known.TryGetConstantKind(field.ContainingType, out var kind))
        {
            var value = kind switch
            {
                ConstantKind.Accelerator => EiCatalog.FindAcceleratorBySdkFieldName(field.Name)?.Name,
                ConstantKind.InstanceType => EiCatalog.InstanceTypeFromSdkFieldName(field.Name),
                _ => field.Name,
            };
            return new Result(value);
        }

        if (IsGeneratedConstants(field.ContainingType))
        {
            return new Result(EiCatalog.FindAcceleratorByGeneratedName(field.Name)?.Name);
        }

        // A readonly field with one initializer: read the initializer (semantically when it is in this tree).
        if (!field.IsReadOnly || field.DeclaringSyntaxReferences.Length != 1
            || field.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: { } initializer })
        {
            return Result.Unknown;
        }

        if (semanticModel is not null && initializer.SyntaxTree == semanticModel.SyntaxTree
            && semanticModel.GetOperation(initializer) is { } operation)
        {
            return ReadCore(operation, depth + 1).From(initializer);
        }

        // In another file only syntax is at hand (no semantic model may be asked for): a string literal, or an
        // accelerator field whose name is unique to the SDK (MlEia2Medium) or the generated constants (Eia2Medium).
        return initializer switch
        {
            LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) => new Result(literal.Token.ValueText, origin: literal),
            MemberAccessExpressionSyntax { Name.Identifier.ValueText: var name }
                when (EiCatalog.FindAcceleratorBySdkFieldName(name) ?? EiCatalog.FindAcceleratorByGeneratedName(name)) is { } accelerator
                => new Result(accelerator.Name),
            _ => Result.Unknown,
        };
    }

    /// <summary>A local with one value (or the same value on every write); anything else is only known at run time.</summary>
    private Result ReadLocal(ILocalSymbol local, int depth)
    {
        var writes = locals.WritesOf(local);
        if (writes is null || writes.Count == 0)
        {
            return Result.Unknown;
        }

        Result? common = null;
        foreach (var write in writes)
        {
            if (write is null)
            {
                return Result.Unknown;
            }

            var result = ReadCore(write, depth + 1).From(Unwrap(write).Syntax);
            if (common is { } previous && (previous.Pattern != result.Pattern || previous.IsNull != result.IsNull || previous.IsObject != result.IsObject))
            {
                return Result.Unknown;
            }

            common = writes.Count == 1 ? result : new Result(result.Pattern, result.IsNull, isObject: result.IsObject);
        }

        return common ?? Result.Unknown;
    }

    private Result ReadInvocation(IInvocationOperation invocation, int depth)
    {
        var method = invocation.TargetMethod;
        if (method.IsStatic && method.Name == "FindValue" && invocation.Arguments.Length == 1
            && (known.IsConstantClass(method.ContainingType) || known.IsConstantClass(method.ReturnType)))
        {
            return Argument(invocation.Arguments[0], depth);
        }

        if (!method.IsStatic && method.Name == "ToString" && invocation.Arguments.Length == 0 && invocation.Instance is { } instance
            && (known.IsConstantClass(instance.Type) || known.IsGeneratedAccelerator(instance.Type)))
        {
            return ReadCore(instance, depth + 1);
        }

        return Result.Unknown;
    }

    private Result Argument(IArgumentOperation argument, int depth)
    {
        var value = Unwrap(argument.Value);
        return ReadCore(value, depth + 1).From(value.Syntax);
    }

    private Result ReadInterpolation(IInterpolatedStringOperation interpolated, int depth)
    {
        var pattern = new StringBuilder();
        foreach (var part in interpolated.Parts)
        {
            switch (part)
            {
                case IInterpolatedStringTextOperation text:
                    pattern.Append(text.Text.ConstantValue.Value as string);
                    break;
                case IInterpolationOperation { Alignment: null, FormatString: null } interpolation:
                    pattern.Append(PatternOf(ReadCore(interpolation.Expression, depth + 1)));
                    break;
                default:
                    pattern.Append(ImageReference.Hole);
                    break;
            }
        }

        return new Result(pattern.ToString());
    }

    private static string PatternOf(Result result) =>
        result.IsNull ? "" : result.Pattern ?? ImageReference.Hole.ToString();

    private bool IsGeneratedConstants(INamedTypeSymbol? type) =>
        known.GeneratedAccelerators is not null && SymbolEqualityComparer.Default.Equals(type, known.GeneratedAccelerators);
}

/// <summary>Every write to each local of one code block: the values, or null for a write whose value is unknown (ref, out ...).</summary>
internal sealed class LocalWrites
{
    private readonly Dictionary<ILocalSymbol, List<IOperation?>> writes = new(SymbolEqualityComparer.Default);

    public IReadOnlyList<IOperation?>? WritesOf(ILocalSymbol local) => writes.TryGetValue(local, out var list) ? list : null;

    public IEnumerable<ILocalSymbol> Locals => writes.Keys;

    public void Add(IOperation operation)
    {
        switch (operation)
        {
            case IVariableDeclaratorOperation declarator:
                if (declarator.Initializer is { } initializer)
                {
                    Record(declarator.Symbol, initializer.Value);
                }
                else if (declarator.Parent?.Parent is IUsingOperation or IForEachLoopOperation or IForLoopOperation)
                {
                    Record(declarator.Symbol, null);
                }

                break;
            case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment:
                Record(target.Local, assignment.Value);
                break;
            case ICompoundAssignmentOperation { Target: ILocalReferenceOperation target }:
                Record(target.Local, null);
                break;
            case ICoalesceAssignmentOperation { Target: ILocalReferenceOperation target }:
                Record(target.Local, null);
                break;
            case IIncrementOrDecrementOperation { Target: ILocalReferenceOperation target }:
                Record(target.Local, null);
                break;
            case IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out } argument:
                if (ValueReader.Unwrap(argument.Value) is ILocalReferenceOperation byReference)
                {
                    Record(byReference.Local, null);
                }
                else if (argument.Value is IDeclarationExpressionOperation { Expression: ILocalReferenceOperation declared })
                {
                    Record(declared.Local, null);
                }

                break;
            case IDeconstructionAssignmentOperation deconstruction:
                foreach (var local in deconstruction.Target.DescendantsAndSelf().OfType<ILocalReferenceOperation>())
                {
                    Record(local.Local, null);
                }

                break;
            case IForEachLoopOperation loop:
                foreach (var local in loop.Locals)
                {
                    Record(local, null);
                }

                break;
        }
    }

    private void Record(ILocalSymbol local, IOperation? value)
    {
        if (!writes.TryGetValue(local, out var list))
        {
            list = new List<IOperation?>();
            writes[local] = list;
        }

        list.Add(value);
    }
}
