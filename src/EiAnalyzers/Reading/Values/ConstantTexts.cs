using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using EiAnalyzers.Description;
using EiAnalyzers.Knowledge;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace EiAnalyzers.Reading.Values;

/// <summary>
/// The texts the compiler knows without running anything: C# constants (literals, consts, folded concatenations), and
/// the values the SDK's ConstantClass fields and the generated <c>EiAccelerators</c> stand for. Each part says where it
/// is written, so a fix can rewrite it there.
/// </summary>
internal sealed class ConstantTexts
{
    private readonly KnownSymbols known;

    public ConstantTexts(KnownSymbols known)
    {
        this.known = known;
    }

    /// <summary>The text of a C# constant expression.</summary>
    public ValueSite FromConstant(IOperation operation, SemanticModel? model, int depth)
    {
        var location = operation.Syntax.GetLocation();
        switch (operation.ConstantValue.Value)
        {
            case null:
                return Texts.Null(location);
            case string text:
                return StringConstant(operation, text, model, depth) ?? Texts.Known(text, TextPartKind.Fixed, location);
            case bool flag:
                return Texts.Known(flag ? "true" : "false", TextPartKind.Fixed, location);
            case var other:
                return Texts.Known(System.Convert.ToString(other, CultureInfo.InvariantCulture) ?? "", TextPartKind.Fixed, location);
        }
    }

    private ValueSite? StringConstant(IOperation operation, string text, SemanticModel? model, int depth)
    {
        var location = operation.Syntax.GetLocation();
        switch (operation)
        {
            case ILiteralOperation when operation.Syntax is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression):
                return Texts.Known(text, TextPartKind.Literal, location);
            case IFieldReferenceOperation field:
                return Declared(field.Field, model, depth) is { } declared ? ReadAt(declared, location) : null;
            case ILocalReferenceOperation local:
                return Declared(local.Local, model, depth) is { } declaredLocal ? ReadAt(declaredLocal, location) : null;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary when depth < 16
                && binary.LeftOperand.ConstantValue.HasValue && binary.RightOperand.ConstantValue.HasValue:
                var left = FromConstant(Unwrap(binary.LeftOperand), model, depth + 1);
                var right = FromConstant(Unwrap(binary.RightOperand), model, depth + 1);
                return Texts.FromParts(Texts.PartsOf(left, location).AddRange(Texts.PartsOf(right, location)), location);
            case IInterpolatedStringOperation interpolated when depth < 16:
                // A C# 10 const interpolated string: its text pieces are rewritable where they are written.
                var parts = ImmutableArray.CreateBuilder<TextPart>();
                foreach (var content in interpolated.Parts)
                {
                    switch (content)
                    {
                        case IInterpolatedStringTextOperation { Text.ConstantValue.Value: string piece } textPart:
                            parts.Add(new TextPart(piece, TextPartKind.InterpolatedText, textPart.Syntax.GetLocation()));
                            break;
                        case IInterpolationOperation { Alignment: null, FormatString: null } hole when hole.Expression.ConstantValue.HasValue:
                            parts.AddRange(Texts.PartsOf(FromConstant(Unwrap(hole.Expression), model, depth + 1), hole.Syntax.GetLocation()));
                            break;
                        default:
                            return null;
                    }
                }

                var result = Texts.FromParts(parts.ToImmutable(), location);
                return result.Text == text ? result : null;
            default:
                return null;
        }
    }

    /// <summary>
    /// The value written in the declaration of a const or a readonly field with one initializer (read semantically in
    /// this file; in another file only a literal is read: no semantic model may be asked for there).
    /// </summary>
    public ValueSite? Declared(ISymbol symbol, SemanticModel? model, int depth)
    {
        if (depth > 8 || symbol.DeclaringSyntaxReferences.Length != 1
            || symbol.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: { } initializer })
        {
            return null;
        }

        var shared = SharedName(symbol);
        if (model is not null && initializer.SyntaxTree == model.SyntaxTree && model.GetOperation(initializer) is { } operation)
        {
            operation = Unwrap(operation);
            if (operation.ConstantValue.HasValue)
            {
                return Texts.SharedBy(FromConstant(operation, model, depth + 1), shared);
            }

            return null;
        }

        if (initializer is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
        {
            return Texts.Known(literal.Token.ValueText, TextPartKind.Literal, literal.GetLocation(), shared);
        }

        if (symbol is IFieldSymbol { IsConst: true, ConstantValue: string constant } && FromOtherFileSyntax(initializer, symbol, depth) is { } fromSyntax
            && fromSyntax.Text == constant)
        {
            return Texts.SharedBy(fromSyntax, shared) with { Location = initializer.GetLocation() };
        }

        return symbol is IFieldSymbol { HasConstantValue: true, ConstantValue: string text }
            ? Texts.Known(text, TextPartKind.Fixed, initializer.GetLocation(), shared)
            : null;
    }

    /// <summary>A declaration's value read at <paramref name="location"/>: its shared parts are read there.</summary>
    private static ValueSite ReadAt(ValueSite declared, Location location) =>
        declared with
        {
            Location = location,
            Parts = declared.Parts.Select(p => p.SharedBy is null ? p : p with { ReadAt = location }).ToImmutableArray(),
        };

    /// <summary>
    /// A const's initializer in another file, read by its syntax alone: string literals, and simple names of consts of
    /// the same type, joined by <c>+</c> (no semantic model may be asked for there). Null when it is anything else.
    /// </summary>
    private ValueSite? FromOtherFileSyntax(ExpressionSyntax initializer, ISymbol symbol, int depth)
    {
        switch (initializer)
        {
            case ParenthesizedExpressionSyntax parenthesized:
                return FromOtherFileSyntax(parenthesized.Expression, symbol, depth);
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                return Texts.Known(literal.Token.ValueText, TextPartKind.Literal, literal.GetLocation());
            case IdentifierNameSyntax name when depth < 8 && symbol.ContainingType is { } type:
                var fields = type.GetMembers(name.Identifier.ValueText);
                return fields.Length == 1 && fields[0] is IFieldSymbol { IsConst: true } field && Declared(field, null, depth + 1) is { } read
                    ? ReadAt(read, name.GetLocation())
                    : null;
            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression) && depth < 16:
                if (FromOtherFileSyntax(binary.Left, symbol, depth + 1) is { Pattern: not null } left
                    && FromOtherFileSyntax(binary.Right, symbol, depth + 1) is { Pattern: not null } right)
                {
                    return Texts.FromParts(left.Parts.AddRange(right.Parts), binary.GetLocation());
                }

                return null;
            default:
                return null;
        }
    }

    /// <summary>A static field of an SDK ConstantClass or of the generated <c>EiAccelerators</c>: the value it stands for.</summary>
    public ValueSite? FromKnownField(IFieldReferenceOperation reference)
    {
        var field = reference.Field;
        var location = reference.Syntax.GetLocation();
        if (field.IsStatic && known.TryGetConstantKind(field.ContainingType, out var kind))
        {
            var value = kind switch
            {
                ConstantKind.Accelerator => EiCatalog.FindAcceleratorBySdkFieldName(field.Name)?.Name,
                ConstantKind.InstanceType => EiCatalog.InstanceTypeFromSdkFieldName(field.Name),
                _ => field.Name,
            };
            return value is null ? Texts.RunTime(reference.Syntax) : Texts.Known(value, TextPartKind.Fixed, location);
        }

        if (known.GeneratedAccelerators is { } generated && SymbolEqualityComparer.Default.Equals(field.ContainingType, generated))
        {
            return EiCatalog.FindAcceleratorByGeneratedName(field.Name) is { } accelerator
                ? Texts.Known(accelerator.Name, TextPartKind.Fixed, location)
                : Texts.RunTime(reference.Syntax);
        }

        return null;
    }

    /// <summary>A readonly field whose one initializer is in another file: only a literal or an accelerator field is read there.</summary>
    public ValueSite? FromReadonlyFieldSyntax(IFieldSymbol field)
    {
        if (!field.IsReadOnly || field.DeclaringSyntaxReferences.Length != 1
            || field.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: { } initializer })
        {
            return null;
        }

        return initializer switch
        {
            LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) =>
                Texts.Known(literal.Token.ValueText, TextPartKind.Literal, literal.GetLocation(), SharedName(field)),
            MemberAccessExpressionSyntax { Name.Identifier.ValueText: var name }
                when (EiCatalog.FindAcceleratorBySdkFieldName(name) ?? EiCatalog.FindAcceleratorByGeneratedName(name)) is { } accelerator =>
                Texts.Known(accelerator.Name, TextPartKind.Fixed, initializer.GetLocation(), SharedName(field)),
            _ => null,
        };
    }

    /// <summary>How a declaration that several readers share is named in a text part.</summary>
    public static string SharedName(ISymbol symbol) =>
        symbol.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "@" + (symbol.Locations.Length > 0 ? symbol.Locations[0].SourceSpan.Start : 0);

    private static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }
}
