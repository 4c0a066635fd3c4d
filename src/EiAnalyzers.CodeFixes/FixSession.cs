using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using EiAnalyzers.Knowledge;
using EiAnalyzers.Readers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace EiAnalyzers.CodeFixes;

/// <summary>
/// The edits of every fix, on one document: each writes its value in the style of the code it replaces (a string
/// stays a string, a ConstantClass field stays a field) and never edits the same node twice, so Fix All can apply
/// many diagnostics of one initializer together.
/// </summary>
internal sealed class FixSession
{
    private readonly HashSet<SyntaxNode> edited = new();

    private FixSession(Document document, DocumentEditor editor, SemanticModel model, KnownSymbols known)
    {
        Document = document;
        Editor = editor;
        Model = model;
        Known = known;
    }

    public Document Document { get; }

    public DocumentEditor Editor { get; }

    public SemanticModel Model { get; }

    public KnownSymbols Known { get; }

    public SyntaxNode Root => Editor.OriginalRoot;

    public static async Task<FixSession?> CreateAsync(Document document, CancellationToken cancellationToken)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        var model = editor.SemanticModel;
        return KnownSymbols.Resolve(model.Compilation) is { } known ? new FixSession(document, editor, model, known) : null;
    }

    /// <summary>The document with every edit, simplified and formatted where the edits asked for it.</summary>
    public async Task<Document> GetChangedDocumentAsync(CancellationToken cancellationToken)
    {
        var changed = Editor.GetChangedDocument();
        changed = await Simplifier.ReduceAsync(changed, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await Formatter.FormatAsync(changed, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    // ---- Locating -------------------------------------------------------------------------------------------------

    /// <summary>The expression at <paramref name="location"/>, when it is in this document.</summary>
    public ExpressionSyntax? ExpressionAt(Location location)
    {
        // An empty span is a value the parser invented for incomplete code (`InstanceType = ,`): nothing to rewrite.
        if (location.SourceTree != Root.SyntaxTree || location.SourceSpan.IsEmpty || !Root.FullSpan.Contains(location.SourceSpan))
        {
            return null;
        }

        var node = Root.FindNode(location.SourceSpan, getInnermostNodeForTie: true);
        var expression = node switch
        {
            ExpressionSyntax value => value,
            ArgumentSyntax argument => argument.Expression,
            ExpressionElementSyntax element => element.Expression,
            _ => null,
        };

        // The diagnostic sat on exactly this expression; anything else means the document changed under it.
        return expression is not null && expression.Span == location.SourceSpan ? expression : null;
    }

    /// <summary>The additional locations of <paramref name="diagnostic"/> that have <paramref name="role"/>.</summary>
    public static IEnumerable<Location> LocationsWithRole(Diagnostic diagnostic, string role)
    {
        if (!diagnostic.Properties.TryGetValue(FixProperties.LocationRoles, out var roles) || roles is null)
        {
            yield break;
        }

        var names = roles.Split(';');
        for (var i = 0; i < names.Length && i < diagnostic.AdditionalLocations.Count; i++)
        {
            if (names[i] == role)
            {
                yield return diagnostic.AdditionalLocations[i];
            }
        }
    }

    /// <summary>Where the value to correct is written: its origin (a local's or const's initializer) or the diagnostic itself.</summary>
    public ExpressionSyntax? ValueToCorrect(Diagnostic diagnostic) =>
        LocationsWithRole(diagnostic, FixProperties.Origin).Select(ExpressionAt).FirstOrDefault(e => e is not null)
        ?? ExpressionAt(diagnostic.Location);

    // ---- Values ---------------------------------------------------------------------------------------------------

    /// <summary>Writes <paramref name="accelerator"/> in place of <paramref name="value"/>, in its style.</summary>
    public bool ReplaceAccelerator(ExpressionSyntax value, AcceleratorInfo accelerator) =>
        ReplaceValue(value, accelerator.Name, ConstantKind.Accelerator, accelerator.SdkFieldName, accelerator.GeneratedName);

    /// <summary>Writes the instance type <paramref name="host"/> in place of <paramref name="value"/>, in its style.</summary>
    public bool ReplaceHost(ExpressionSyntax value, string host) =>
        ReplaceValue(value, host, ConstantKind.InstanceType, Naming.ToSdkFieldName(host), generatedName: null);

    private bool ReplaceValue(ExpressionSyntax value, string text, ConstantKind kind, string fieldName, string? generatedName)
    {
        if (!edited.Add(value))
        {
            return true;
        }

        var replacement = ValueLike(value, text, kind, fieldName, generatedName);
        if (replacement is null)
        {
            return false;
        }

        Editor.ReplaceNode(value, replacement.WithTriviaFrom(value));
        return true;
    }

    private ExpressionSyntax? ValueLike(ExpressionSyntax value, string text, ConstantKind kind, string fieldName, string? generatedName)
    {
        if (value.IsKind(SyntaxKind.StringLiteralExpression))
        {
            return Literal(text);
        }

        // A field of a ConstantClass or of the generated EiAccelerators: the same qualifier, another field.
        if (Model.GetSymbolInfo(value).Symbol is IFieldSymbol { IsStatic: true } field)
        {
            if (Known.TryGetConstantKind(field.ContainingType, out var fieldKind) && fieldKind == kind
                && field.ContainingType.GetMembers(fieldName).Any())
            {
                return Renamed(value, fieldName);
            }

            if (generatedName is not null && Known.GeneratedAccelerators is { } generated
                && SymbolEqualityComparer.Default.Equals(field.ContainingType, generated))
            {
                return Renamed(value, generatedName);
            }
        }

        // The same by syntax, when the field does not bind (generated code not yet there while the user types).
        if (value is MemberAccessExpressionSyntax { Name.Identifier.ValueText: var name } access)
        {
            if (kind == ConstantKind.Accelerator && EiCatalog.FindAcceleratorBySdkFieldName(name) is not null)
            {
                return Renamed(access, fieldName);
            }

            if (generatedName is not null && EiCatalog.FindAcceleratorByGeneratedName(name) is not null
                && access.Expression.ToString().EndsWith("EiAccelerators", System.StringComparison.Ordinal))
            {
                return Renamed(access, generatedName);
            }
        }

        var type = Model.GetTypeInfo(value).Type;
        return ValueOfType(type, text, fieldName);
    }

    /// <summary>A value for a property or expression of <paramref name="type"/>: a string, or the ConstantClass field.</summary>
    public ExpressionSyntax? ValueOfType(ITypeSymbol? type, string text, string fieldName)
    {
        if (type is null || type.SpecialType == SpecialType.System_String || type.SpecialType == SpecialType.System_Object)
        {
            return Literal(text);
        }

        if (Known.IsConstantClass(type))
        {
            return type.GetMembers(fieldName).Any()
                ? Qualified(type, fieldName)
                : Literal(text);
        }

        if (Known.IsGeneratedAccelerator(type) && EiCatalog.FindAccelerator(text) is { } accelerator && Known.GeneratedAccelerators is { } generated)
        {
            return Qualified(generated, accelerator.GeneratedName);
        }

        return null;
    }

    private static ExpressionSyntax Renamed(ExpressionSyntax value, string name) =>
        value switch
        {
            MemberAccessExpressionSyntax access => access.WithName(IdentifierName(name)),
            IdentifierNameSyntax => IdentifierName(name),
            _ => value,
        };

    private static ExpressionSyntax Qualified(ITypeSymbol type, string member) =>
        ParseExpression(type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "." + member)
            .WithAdditionalAnnotations(Simplifier.Annotation);

    private static ExpressionSyntax Literal(string text) =>
        LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(text));

    // ---- Setters --------------------------------------------------------------------------------------------------

    /// <summary>
    /// The code that sets the accelerator <paramref name="value"/> is part of: an assignment to AcceleratorType or
    /// AcceleratorTypes (in an initializer or a statement), or an <c>AcceleratorTypes.Add(...)</c> statement.
    /// </summary>
    public SyntaxNode? AcceleratorSetter(ExpressionSyntax value)
    {
        SyntaxNode node = value;
        for (var depth = 0; depth < 12 && node.Parent is { } parent; depth++)
        {
            switch (parent)
            {
                case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } }:
                    if (IsListAdd(invocation, out _))
                    {
                        return invocation.Parent as ExpressionStatementSyntax;
                    }

                    node = invocation;
                    break;
                case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: BaseObjectCreationExpressionSyntax creation } }:
                    node = creation;
                    break;
                case ParenthesizedExpressionSyntax or CastExpressionSyntax or PostfixUnaryExpressionSyntax or ExpressionElementSyntax or CollectionExpressionSyntax:
                    node = parent;
                    break;
                case InitializerExpressionSyntax initializer
                    when initializer.IsKind(SyntaxKind.CollectionInitializerExpression) || initializer.IsKind(SyntaxKind.ArrayInitializerExpression):
                    if (initializer.Parent is AssignmentExpressionSyntax memberInitializer)
                    {
                        // AcceleratorTypes = { "ml.eia2.medium" }
                        return IsAcceleratorAssignment(memberInitializer) ? SetterOf(memberInitializer) : null;
                    }

                    // new List<string> { ... } or new[] { ... }: the setter is what the list is assigned to.
                    node = initializer.Parent ?? initializer;
                    break;
                case AssignmentExpressionSyntax assignment when assignment.Right == node:
                    return IsAcceleratorAssignment(assignment) ? SetterOf(assignment) : null;
                default:
                    return null;
            }
        }

        return null;
    }

    /// <summary>An assignment in an object initializer is removed from it; one in a statement goes with its statement.</summary>
    private static SyntaxNode SetterOf(AssignmentExpressionSyntax assignment) =>
        assignment.Parent is ExpressionStatementSyntax statement ? statement : assignment;

    private bool IsAcceleratorAssignment(AssignmentExpressionSyntax assignment) =>
        Model.GetSymbolInfo(assignment.Left).Symbol is IPropertySymbol property
        && Known.TryGetRole(property, out _, out var role)
        && role is Role.Accelerator or Role.NotebookAccelerators;

    /// <summary>Whether <paramref name="invocation"/> is <c>x.AcceleratorTypes.Add(...)</c>; gives the object <c>x</c>.</summary>
    private bool IsListAdd(InvocationExpressionSyntax invocation, out ExpressionSyntax? owner)
    {
        owner = null;
        if (invocation.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Add" or "AddRange" or "Insert", Expression: MemberAccessExpressionSyntax list }
            && Model.GetSymbolInfo(list).Symbol is IPropertySymbol property
            && Known.TryGetRole(property, out _, out var role) && role == Role.NotebookAccelerators)
        {
            owner = list.Expression;
            return true;
        }

        return false;
    }

    /// <summary>
    /// Removes what <see cref="AcceleratorSetter"/> found. On an update of an existing notebook, removing the list is
    /// not enough (the notebook keeps its accelerator): the setter becomes <c>DisassociateAcceleratorTypes = true</c>.
    /// </summary>
    public bool Remove(SyntaxNode setter)
    {
        if (!edited.Add(setter))
        {
            return true;
        }

        if (Disassociation(setter) is { } disassociate)
        {
            Editor.ReplaceNode(setter, disassociate.WithTriviaFrom(setter));
            return true;
        }

        if (setter is StatementSyntax statement)
        {
            RemoveStatement(statement);
        }
        else
        {
            RemoveNode(setter);
        }

        return true;
    }

    private readonly HashSet<object> disassociated = new();

    /// <summary><c>DisassociateAcceleratorTypes = true</c> for the object <paramref name="setter"/> sets, once per object, when it has that property.</summary>
    private SyntaxNode? Disassociation(SyntaxNode setter)
    {
        var (ownerType, owner, ownerKey) = setter switch
        {
            AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax { Parent: { } creation } } => (Model.GetTypeInfo(creation).Type, (ExpressionSyntax?)null, (object?)creation),
            ExpressionStatementSyntax statement when OwnerOf(statement) is { } receiver => (Model.GetTypeInfo(receiver).Type, receiver, Model.GetSymbolInfo(receiver).Symbol ?? (object)receiver.ToString()),
            _ => (null, null, null),
        };
        var property = ownerType?.GetMembers().OfType<IPropertySymbol>()
            .FirstOrDefault(p => Known.TryGetRole(p, out _, out var role) && role == Role.DisassociateAccelerators);
        if (property is null || ownerKey is null || !disassociated.Add(ownerKey))
        {
            return null;
        }

        var assignment = AssignmentExpression(
            SyntaxKind.SimpleAssignmentExpression,
            owner is null ? IdentifierName(property.Name) : MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, owner.WithoutTrivia(), IdentifierName(property.Name)),
            LiteralExpression(SyntaxKind.TrueLiteralExpression));
        return owner is null ? assignment : ExpressionStatement(assignment);
    }

    /// <summary>Removes a node; in a one-line initializer the space before its closing brace stays.</summary>
    private void RemoveNode(SyntaxNode node)
    {
        Editor.RemoveNode(node, SyntaxRemoveOptions.KeepUnbalancedDirectives);
        if (node.Parent is InitializerExpressionSyntax or CollectionExpressionSyntax && node.Parent is { } list
            && !list.DescendantTrivia().Any(t => t.IsKind(SyntaxKind.EndOfLineTrivia)))
        {
            Editor.ReplaceNode(list, (current, _) => current.WithAdditionalAnnotations(Formatter.Annotation));
        }
    }

    /// <summary>
    /// Removes a statement. The body of a braceless if, else or loop cannot just go (the code would no longer mean the
    /// same, or parse): it becomes an empty block. A top-level statement goes with its global statement.
    /// </summary>
    private void RemoveStatement(StatementSyntax statement)
    {
        if (statement.Parent is GlobalStatementSyntax global)
        {
            Editor.RemoveNode(global, SyntaxRemoveOptions.KeepUnbalancedDirectives);
        }
        else if (IsEmbedded(statement))
        {
            Editor.ReplaceNode(statement, Block().WithTriviaFrom(statement).WithAdditionalAnnotations(Formatter.Annotation));
        }
        else
        {
            Editor.RemoveNode(statement, SyntaxRemoveOptions.KeepUnbalancedDirectives);
        }
    }

    /// <summary>
    /// Replaces <paramref name="statement"/> with <paramref name="replacement"/> followed by <paramref name="next"/>;
    /// a braceless body becomes a block holding both, so that both stay under its if, else or loop.
    /// </summary>
    private void ReplaceStatementWithTwo(StatementSyntax statement, StatementSyntax replacement, StatementSyntax next)
    {
        if (statement.Parent is GlobalStatementSyntax global)
        {
            // Insert before replacing: the editor finds the node to insert after only while it is the original.
            Editor.InsertAfter(global, GlobalStatement(next).WithAdditionalAnnotations(Formatter.Annotation));
            if (replacement != statement)
            {
                Editor.ReplaceNode(statement, replacement.WithTriviaFrom(statement));
            }
        }
        else if (IsEmbedded(statement))
        {
            // Through the callback, so that an edit already made inside a kept statement is kept too.
            Editor.ReplaceNode(statement, (current, _) =>
            {
                var first = replacement == statement ? (StatementSyntax)current : replacement;
                return Block(first.WithoutTrivia(), next).WithTriviaFrom(current).WithAdditionalAnnotations(Formatter.Annotation);
            });
        }
        else
        {
            Editor.InsertAfter(statement, next.WithAdditionalAnnotations(Formatter.Annotation));
            if (replacement != statement)
            {
                Editor.ReplaceNode(statement, replacement.WithTriviaFrom(statement));
            }
        }
    }

    /// <summary>Whether <paramref name="statement"/> is the whole body of an if, else, loop, using, lock or label.</summary>
    private static bool IsEmbedded(StatementSyntax statement) =>
        statement.Parent is not (BlockSyntax or SwitchSectionSyntax or GlobalStatementSyntax or null);

    /// <summary>Removes one element of a list of accelerators (EI0011: keep the first).</summary>
    public bool RemoveElement(ExpressionSyntax element)
    {
        SyntaxNode target = element.Parent is ExpressionElementSyntax expressionElement ? expressionElement : element;
        switch (target.Parent)
        {
            case InitializerExpressionSyntax:
            case CollectionExpressionSyntax:
                if (edited.Add(target))
                {
                    RemoveNode(target);
                }

                return true;
            case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } } when IsListAdd(invocation, out _) && invocation.Parent is ExpressionStatementSyntax statement:
                return Remove(statement);
            default:
                return false;
        }
    }

    /// <summary>
    /// Replaces the accelerator's setter with <c>InstanceType = host</c> on the same object (EI0013's migration when
    /// the object had no instance type to change).
    /// </summary>
    public bool ReplaceSetterWithHost(SyntaxNode setter, string host)
    {
        if (!edited.Add(setter))
        {
            return true;
        }

        switch (setter)
        {
            case AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax { Parent: { } creation } } assignment:
                var initialized = HostValue(Model.GetTypeInfo(creation).Type, host);
                if (initialized is null)
                {
                    return false;
                }

                // Insert before replacing: the editor finds the node to insert after only while it is the original.
                if (Disassociation(assignment) is { } disassociateInInitializer)
                {
                    Editor.InsertAfter(assignment, disassociateInInitializer);
                }

                Editor.ReplaceNode(assignment, AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, IdentifierName("InstanceType"), initialized).WithTriviaFrom(assignment));
                return true;
            case ExpressionStatementSyntax statement when OwnerOf(statement) is { } owner && HostValue(Model.GetTypeInfo(owner).Type, host) is { } value:
                var assignmentStatement = ExpressionStatement(AssignmentExpression(
                    SyntaxKind.SimpleAssignmentExpression,
                    MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, owner.WithoutTrivia(), IdentifierName("InstanceType")),
                    value));
                if (Disassociation(statement) is StatementSyntax disassociateStatement)
                {
                    ReplaceStatementWithTwo(statement, assignmentStatement, disassociateStatement);
                }
                else
                {
                    Editor.ReplaceNode(statement, assignmentStatement.WithTriviaFrom(statement));
                }

                return true;
            default:
                return false;
        }
    }

    /// <summary>The object a setter statement sets the accelerator on: <c>x</c> of <c>x.AcceleratorType = ...</c> or <c>x.AcceleratorTypes.Add(...)</c>.</summary>
    private ExpressionSyntax? OwnerOf(ExpressionStatementSyntax statement) =>
        statement.Expression switch
        {
            AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax access } => access.Expression,
            InvocationExpressionSyntax invocation when IsListAdd(invocation, out var owner) => owner,
            _ => null,
        };

    private ExpressionSyntax? HostValue(ITypeSymbol? ownerType, string host)
    {
        var property = ownerType?.GetMembers("InstanceType").OfType<IPropertySymbol>().FirstOrDefault();
        return property is null ? null : ValueOfType(property.Type, host, Naming.ToSdkFieldName(host));
    }

    /// <summary>Adds <c>AcceleratorType = accelerator</c> next to the <c>ModelName</c> assignment holding <paramref name="modelName"/> (EI0008).</summary>
    public bool AddAccelerator(ExpressionSyntax modelName, AcceleratorInfo accelerator)
    {
        if (modelName.Parent is not AssignmentExpressionSyntax assignment || assignment.Right != modelName || !edited.Add(assignment))
        {
            return false;
        }

        switch (assignment.Parent)
        {
            case InitializerExpressionSyntax { Parent: { } creation }:
                var value = AcceleratorValue(Model.GetTypeInfo(creation).Type, accelerator);
                if (value is null)
                {
                    return false;
                }

                Editor.InsertAfter(assignment, AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, IdentifierName("AcceleratorType"), value)
                    .WithAdditionalAnnotations(Formatter.Annotation));
                return true;
            case ExpressionStatementSyntax statement when assignment.Left is MemberAccessExpressionSyntax access:
                var statementValue = AcceleratorValue(Model.GetTypeInfo(access.Expression).Type, accelerator);
                if (statementValue is null)
                {
                    return false;
                }

                var setAccelerator = ExpressionStatement(AssignmentExpression(
                    SyntaxKind.SimpleAssignmentExpression,
                    MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, access.Expression.WithoutTrivia(), IdentifierName("AcceleratorType")),
                    statementValue));
                ReplaceStatementWithTwo(statement, statement, setAccelerator);
                return true;
            default:
                return false;
        }
    }

    private ExpressionSyntax? AcceleratorValue(ITypeSymbol? ownerType, AcceleratorInfo accelerator)
    {
        var property = ownerType?.GetMembers("AcceleratorType").OfType<IPropertySymbol>().FirstOrDefault();
        return property is null ? null : ValueOfType(property.Type, accelerator.Name, accelerator.SdkFieldName);
    }
}
