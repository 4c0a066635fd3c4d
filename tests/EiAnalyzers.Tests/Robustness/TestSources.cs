using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using EiAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EiAnalyzers.Tests.Robustness;

/// <summary>One C# program the robustness tests feed to the analyzers, the generator and the fixes.</summary>
/// <param name="Origin">Where it came from (a test file and line, a sample, a corpus file), for failure reports.</param>
/// <param name="Text">The program, free of test markup.</param>
/// <param name="Companions">
/// Files compiled with it and never varied (the other files of a sample project, so that its declared models bind).
/// </param>
internal sealed record TestSource(string Origin, string Text, IReadOnlyList<(string Path, string Text)> Companions)
{
    public override string ToString() => Origin;
}

/// <summary>
/// Every C# program the repository's tests and samples use, found automatically (no hand-kept list):
/// <list type="bullet">
/// <item>
/// Each test file (except <c>Robustness/</c>, <c>Infrastructure/</c> and <c>Corpus/</c>) is parsed with Roslyn and the
/// programs are rebuilt as the tests build them: every concatenation (<c>Verify.Usings + Models + """..."""</c>) and
/// every call of the file's string helpers (<c>Stack(Endpoint(...) + ..., Declared)</c>) is evaluated by syntax, with
/// its consts, locals, <c>Verify.Usings</c>, <c>.Replace(a, b)</c> and the helpers' arguments and defaults (see
/// <see cref="Evaluator"/>). So <c>Verify.Usings</c> is prepended exactly where the test did.
/// </item>
/// <item>
/// Every string literal (regular, verbatim, raw) or interpolated string that looks like C# ("class " or "new " in it,
/// not XML) and that no such program contains is taken as written and, when it has no using directive, also after
/// <c>Verify.Usings</c>.
/// </item>
/// <item>The test markup (<c>{|ID:...|}</c>, <c>{|#0:...|}</c>, <c>[|...|]</c>) is stripped to plain code.</item>
/// <item>Every .cs file of <c>samples/</c>, varied alone with the other files of its project as companions.</item>
/// <item>Every program of <c>Corpus/Valid</c>.</item>
/// </list>
/// Interpolation holes (<c>{{value}}</c>) take the value of the expression when it can be evaluated (a const, a helper
/// parameter bound by the call). A hole on a test method's parameter takes the value of the method's first
/// <c>[InlineData]</c> row, inserted as the test inserts it (one program per test, not one per row); without one, a
/// plausible value chosen by the parameter's name: an accelerator for "accelerator"/"value", a CPU host for
/// "host"/"instanceType", a ConstantClass field name for "field", "2.3" for "version", a framework member for
/// "framework", an EI image for "image", a model name for "name"/"model", 100 for "size"; written as a string literal in
/// code and bare inside a string literal of the program. Any other hole becomes empty. Programs are deduplicated by text.
/// </summary>
internal static class TestSources
{
    public static string TestsDirectory => Path.Combine(TestReferences.RepositoryRoot, "tests", "EiAnalyzers.Tests");

    public static string CorpusDirectory => Path.Combine(TestsDirectory, "Corpus", "Valid");

    public static string SamplesDirectory => Path.Combine(TestReferences.RepositoryRoot, "samples");

    private static readonly string[] ExcludedTestFolders = { "Robustness", "Infrastructure", "Corpus", "bin", "obj" };

    public static IReadOnlyList<TestSource> All() =>
        Deduplicate(FromTests().Concat(FromSamples()).Concat(FromCorpus())).ToList();

    public static IEnumerable<TestSource> FromCorpus() =>
        Directory.GetFiles(CorpusDirectory, "*.cs")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(path => new TestSource("Corpus/Valid/" + Path.GetFileName(path), File.ReadAllText(path), Array.Empty<(string, string)>()));

    public static IEnumerable<TestSource> FromSamples()
    {
        foreach (var project in Directory.GetFiles(SamplesDirectory, "*.csproj", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal))
        {
            var directory = Path.GetDirectoryName(project)!;
            var files = Directory.GetFiles(directory, "*.cs", SearchOption.AllDirectories)
                .Where(f => !IsUnder(f, directory, "bin") && !IsUnder(f, directory, "obj"))
                .OrderBy(f => f, StringComparer.Ordinal)
                .Select(f => (Path: "/samples/" + Path.GetRelativePath(SamplesDirectory, f).Replace('\\', '/'), Text: File.ReadAllText(f)))
                .ToList();
            foreach (var file in files)
            {
                yield return new TestSource(file.Path.TrimStart('/'), file.Text, files.Where(f => f.Path != file.Path).ToList());
            }
        }
    }

    public static IEnumerable<TestSource> FromTests()
    {
        var files = Directory.GetFiles(TestsDirectory, "*.cs", SearchOption.AllDirectories)
            .Where(f => !ExcludedTestFolders.Any(folder => IsUnder(f, TestsDirectory, folder)))
            .OrderBy(f => f, StringComparer.Ordinal);
        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(TestsDirectory, file).Replace('\\', '/');
            foreach (var source in FromTestFile(relative, File.ReadAllText(file)))
            {
                yield return source;
            }
        }
    }

    private static bool IsUnder(string file, string root, string folder) =>
        Path.GetRelativePath(root, file).Replace('\\', '/').StartsWith(folder + "/", StringComparison.Ordinal);

    /// <summary>The programs in one test file.</summary>
    public static IEnumerable<TestSource> FromTestFile(string name, string text)
    {
        var root = CSharpSyntaxTree.ParseText(text, GeneratorHarness.ParseOptions).GetRoot();
        if (!text.Contains("Library", StringComparison.Ordinal) && !text.Contains("library", StringComparison.Ordinal))
        {
            return FromTestFile(name, root, library: null);
        }

        // A file that writes its programs with Library: once as each library writes them.
        return Library.Both.SelectMany(library => FromTestFile(name, root, library));
    }

    private static IEnumerable<TestSource> FromTestFile(string name, SyntaxNode root, Library? library)
    {
        var evaluator = new Evaluator(root, library);
        var suffix = library is null ? "" : $" ({library})";

        // The programs as the tests build them: concatenations and calls of the file's string helpers, evaluated.
        var candidates = root.DescendantNodes().OfType<ExpressionSyntax>().Where(e => e switch
        {
            BinaryExpressionSyntax b => b.IsKind(SyntaxKind.AddExpression) && !IsOperandOfConcatenation(b),
            InvocationExpressionSyntax i => evaluator.IsHelperCall(i) && !IsOperandOfConcatenation(i),
            _ => false,
        });
        var programs = new List<ExpressionSyntax>();
        foreach (var candidate in candidates)
        {
            // Inside a program already taken (an argument of a helper call), an expression is only a fragment of it.
            if (programs.Any(p => p.Span.Contains(candidate.Span)))
            {
                continue;
            }

            if (evaluator.Evaluate(candidate, markCovered: true) is { } program && LooksLikeCSharp(program))
            {
                programs.Add(candidate);
                yield return new TestSource($"{name}:{Line(candidate)}{suffix}", StripMarkup(program), Array.Empty<(string, string)>());
            }
        }

        // Every literal no such program contains: as written and, without using directives, after Verify.Usings.
        foreach (var node in root.DescendantNodes().Where(n => n is InterpolatedStringExpressionSyntax || n.IsKind(SyntaxKind.StringLiteralExpression)))
        {
            if (evaluator.IsCovered(node) || evaluator.Evaluate((ExpressionSyntax)node, markCovered: false) is not { } literal || !LooksLikeCSharp(literal))
            {
                continue;
            }

            var code = StripMarkup(literal);
            yield return new TestSource($"{name}:{Line(node)} (literal){suffix}", code, Array.Empty<(string, string)>());
            if (!HasUsingDirective(code))
            {
                yield return new TestSource($"{name}:{Line(node)} (literal after Verify.Usings){suffix}", Verify.Usings + code, Array.Empty<(string, string)>());
            }
        }
    }

    private static bool IsOperandOfConcatenation(ExpressionSyntax expression)
    {
        var node = expression.Parent;
        while (node is ParenthesizedExpressionSyntax)
        {
            node = node.Parent;
        }

        return node is BinaryExpressionSyntax parent && parent.IsKind(SyntaxKind.AddExpression)
            || node is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Replace" };
    }

    private static int Line(SyntaxNode node) => node.GetLocation().GetLineSpan().StartLinePosition.Line + 1;

    public static bool LooksLikeCSharp(string text) =>
        text.Length >= 12
        && !text.TrimStart().StartsWith("<", StringComparison.Ordinal)
        && (text.Contains("class ", StringComparison.Ordinal) || text.Contains("new ", StringComparison.Ordinal));

    private static bool HasUsingDirective(string code) =>
        Regex.IsMatch(code, @"^\s*(global\s+)?using\s+[\w.=\s]+;", RegexOptions.Multiline);

    private static readonly Regex MarkupOpen = new(@"\{\|[^:|{}""]*:", RegexOptions.Compiled);

    /// <summary>Removes the Microsoft.CodeAnalysis.Testing markup: <c>{|ID:</c>, <c>{|#0:</c>, <c>|}</c>, <c>[|</c>, <c>|]</c>.</summary>
    public static string StripMarkup(string code) =>
        MarkupOpen.Replace(code, "").Replace("|}", "").Replace("[|", "").Replace("|]", "");

    private static IEnumerable<TestSource> Deduplicate(IEnumerable<TestSource> sources)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            var key = source.Text + "\0" + string.Join("\0", source.Companions.Select(c => c.Path));
            if (seen.Add(key))
            {
                yield return source;
            }
        }
    }

    /// <summary>
    /// Evaluates, by syntax, the string expressions a test file builds its programs with: literals, interpolations,
    /// <c>+</c>, <c>Verify.Usings</c>, consts and locals with one initializer, <c>.Replace(a, b)</c>, simple
    /// conditionals on a parameter, and calls of the file's expression-bodied string helpers (arguments bound to
    /// parameters, defaults where omitted). A parameter of a test method (an <c>[InlineData]</c> value) is filled with
    /// a plausible value by its name; a helper's body is evaluated only through its calls.
    /// </summary>
    private sealed class Evaluator
    {
        /// <summary>What a <see cref="Library"/> evaluates to, its name after it: never part of a program.</summary>
        private const string LibraryToken = "\u0001Library:";

        private static readonly string[] LibraryAttributes = { "Libraries", "Sdk", "Cdk" };

        private readonly SyntaxNode root;
        private readonly Library? library;
        private readonly Dictionary<string, MethodDeclarationSyntax> helpers = new(StringComparer.Ordinal);
        private readonly HashSet<SyntaxNode> covered = new();
        private int depth;

        public Evaluator(SyntaxNode root, Library? library)
        {
            this.root = root;
            this.library = library;
            foreach (var method in root.DescendantNodes().OfType<MethodDeclarationSyntax>())
            {
                if (method.ReturnType is PredefinedTypeSyntax { Keyword.ValueText: "string" } && Body(method) is not null)
                {
                    helpers.TryAdd(method.Identifier.ValueText, method);
                }
            }
        }

        public bool IsHelperCall(InvocationExpressionSyntax invocation) =>
            invocation.Expression is IdentifierNameSyntax { Identifier.ValueText: var name } && helpers.ContainsKey(name);

        public bool IsCovered(SyntaxNode literal) => covered.Contains(literal);

        private static ExpressionSyntax? Body(MethodDeclarationSyntax method) =>
            method.ExpressionBody?.Expression
            ?? (method.Body?.Statements is [ReturnStatementSyntax { Expression: { } returned }] ? returned : null);

        public string? Evaluate(ExpressionSyntax expression, bool markCovered)
        {
            var used = new List<SyntaxNode>();
            var value = Evaluate(expression, null, used);
            if (value is not null && markCovered)
            {
                covered.UnionWith(used);
            }

            return value;
        }

        private string? Evaluate(ExpressionSyntax expression, Dictionary<string, string?>? arguments, List<SyntaxNode> used)
        {
            if (++depth > 40)
            {
                depth--;
                return null;
            }

            try
            {
                return EvaluateCore(expression, arguments, used);
            }
            finally
            {
                depth--;
            }
        }

        private string? EvaluateCore(ExpressionSyntax expression, Dictionary<string, string?>? arguments, List<SyntaxNode> used)
        {
            switch (expression)
            {
                case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                    used.Add(literal);
                    return literal.Token.ValueText;
                case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.NullLiteralExpression):
                    return null;
                case InterpolatedStringExpressionSyntax interpolated:
                    used.Add(interpolated);
                    return Interpolate(interpolated, arguments, used);
                case ParenthesizedExpressionSyntax parenthesized:
                    return Evaluate(parenthesized.Expression, arguments, used);
                case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression):
                    return Evaluate(binary.Left, arguments, used) is { } left && Evaluate(binary.Right, arguments, used) is { } right ? left + right : null;
                case MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "Verify" }, Name.Identifier.ValueText: "Usings" }:
                    return Verify.Usings;
                case IdentifierNameSyntax identifier:
                    return Identifier(identifier, arguments, used);
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Replace" } access } replace
                    when replace.ArgumentList.Arguments.Count == 2:
                    return Evaluate(access.Expression, arguments, used) is { } target
                           && Evaluate(replace.ArgumentList.Arguments[0].Expression, arguments, used) is { Length: > 0 } oldValue
                           && Evaluate(replace.ArgumentList.Arguments[1].Expression, arguments, used) is { } newValue
                        ? target.Replace(oldValue, newValue, StringComparison.Ordinal)
                        : null;
                case InvocationExpressionSyntax invocation when IsHelperCall(invocation):
                    return Call(invocation, arguments, used);
                case MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "Library" }, Name.Identifier.ValueText: "Sdk" or "Cdk" } named:
                    return LibraryToken + named.Name.Identifier.ValueText.ToUpperInvariant();
                case MemberAccessExpressionSyntax access when LibraryOf(access.Expression, arguments, used) is { } owner:
                    return owner.GetType().GetProperty(access.Name.Identifier.ValueText)?.GetValue(owner) as string;
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } invocation when LibraryOf(access.Expression, arguments, used) is { } owner:
                    return CallLibrary(owner, access.Name.Identifier.ValueText, invocation.ArgumentList, arguments, used);
                case ConditionalExpressionSyntax conditional when Condition(conditional.Condition, arguments, used) is { } condition:
                    return Evaluate(condition ? conditional.WhenTrue : conditional.WhenFalse, arguments, used);
                default:
                    return null;
            }
        }

        /// <summary><c>x is null</c>, <c>x == null</c>, <c>x.Length == 0</c> on a known value; null when not decidable.</summary>
        private bool? Condition(ExpressionSyntax condition, Dictionary<string, string?>? arguments, List<SyntaxNode> used)
        {
            switch (condition)
            {
                case IsPatternExpressionSyntax { Expression: IdentifierNameSyntax id, Pattern: ConstantPatternSyntax { Expression: LiteralExpressionSyntax nullLiteral } }
                    when nullLiteral.IsKind(SyntaxKind.NullLiteralExpression) && arguments is not null && arguments.TryGetValue(id.Identifier.ValueText, out var value):
                    return value is null;
                case MemberAccessExpressionSyntax { Name.Identifier.ValueText: "IsSdk" or "IsCdk" } access when LibraryOf(access.Expression, arguments, used) is { } owner:
                    return access.Name.Identifier.ValueText == "IsSdk" ? owner.IsSdk : owner.IsCdk;
                case PrefixUnaryExpressionSyntax negation when negation.IsKind(SyntaxKind.LogicalNotExpression):
                    return Condition(negation.Operand, arguments, used) is { } operand ? !operand : null;
                case BinaryExpressionSyntax { Left: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax id, Name.Identifier.ValueText: "Length" }, Right: LiteralExpressionSyntax zero } equals
                    when equals.IsKind(SyntaxKind.EqualsExpression) && zero.Token.ValueText == "0":
                    return Identifier(id, arguments, used) is { } text ? text.Length == 0 : null;
                default:
                    return null;
            }
        }

        /// <summary>The library an expression stands for (a test's <c>Library</c> parameter, <c>Library.Sdk</c>, a helper's parameter bound to one), or null.</summary>
        private Library? LibraryOf(ExpressionSyntax expression, Dictionary<string, string?>? arguments, List<SyntaxNode> used) =>
            expression is IdentifierNameSyntax or MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "Library" } }
            && Evaluate(expression, arguments, new List<SyntaxNode>()) is { } value && value.StartsWith(LibraryToken, StringComparison.Ordinal)
                ? Library.Named(value.Substring(LibraryToken.Length))
                : null;

        /// <summary>A member of <see cref="Library"/>, called by reflection with the arguments evaluated here.</summary>
        private string? CallLibrary(Library owner, string name, ArgumentListSyntax argumentList, Dictionary<string, string?>? arguments, List<SyntaxNode> used)
        {
            if (typeof(Library).GetMethod(name) is not { } method)
            {
                return null;
            }

            var parameters = method.GetParameters();
            var values = new object?[parameters.Length];
            var bound = new bool[parameters.Length];
            var positional = 0;
            foreach (var argument in argumentList.Arguments)
            {
                var index = argument.NameColon is { } nameColon
                    ? Array.FindIndex(parameters, p => p.Name == nameColon.Name.Identifier.ValueText)
                    : positional++;
                if (index < 0 || index >= parameters.Length)
                {
                    return null;
                }

                object? value = argument.Expression switch
                {
                    LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.TrueLiteralExpression) => true,
                    LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.FalseLiteralExpression) => false,
                    LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.NumericLiteralExpression) => literal.Token.Value,
                    LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.NullLiteralExpression) => null,
                    var expression => Evaluate(expression, arguments, used) ?? (object)Unknown.Value,
                };
                if (value is Unknown || (value is string text && text.StartsWith(LibraryToken, StringComparison.Ordinal)))
                {
                    return null;
                }

                values[index] = value;
                bound[index] = true;
            }

            for (var i = 0; i < parameters.Length; i++)
            {
                if (!bound[i])
                {
                    if (!parameters[i].HasDefaultValue)
                    {
                        return null;
                    }

                    values[i] = parameters[i].DefaultValue;
                }
            }

            try
            {
                return method.Invoke(owner, values) as string;
            }
            catch (ArgumentException)
            {
                return null;
            }
        }

        private sealed class Unknown
        {
            public static readonly Unknown Value = new();
        }

        /// <summary>Whether a test method runs for the library of this pass: its <c>[Libraries]</c>, <c>[Sdk]</c> and <c>[Cdk]</c> rows say (none: for both).</summary>
        private bool RunsFor(MethodDeclarationSyntax method)
        {
            var rows = method.AttributeLists.SelectMany(l => l.Attributes).Select(a => a.Name.ToString()).Where(LibraryAttributes.Contains).ToList();
            return library is null || rows.Count == 0 || rows.Contains("Libraries") || rows.Contains(library.IsSdk ? "Sdk" : "Cdk");
        }

        private string? Call(InvocationExpressionSyntax invocation, Dictionary<string, string?>? arguments, List<SyntaxNode> used)
        {
            var method = helpers[((IdentifierNameSyntax)invocation.Expression).Identifier.ValueText];
            var bound = new Dictionary<string, string?>(StringComparer.Ordinal);
            var parameters = method.ParameterList.Parameters;
            var positional = 0;
            foreach (var argument in invocation.ArgumentList.Arguments)
            {
                var parameter = argument.NameColon is { } nameColon
                    ? parameters.FirstOrDefault(p => p.Identifier.ValueText == nameColon.Name.Identifier.ValueText)
                    : positional < parameters.Count ? parameters[positional++] : null;
                if (parameter is null)
                {
                    return null;
                }

                var value = Evaluate(argument.Expression, arguments, used);
                if (value is null && !argument.Expression.IsKind(SyntaxKind.NullLiteralExpression))
                {
                    return null;
                }

                bound[parameter.Identifier.ValueText] = value;
            }

            foreach (var parameter in parameters.Where(p => !bound.ContainsKey(p.Identifier.ValueText)))
            {
                if (parameter.Default is not { } defaultValue)
                {
                    return null;
                }

                bound[parameter.Identifier.ValueText] = Evaluate(defaultValue.Value, null, used);
            }

            return Evaluate(Body(method)!, bound, used);
        }

        private string? Identifier(IdentifierNameSyntax identifier, Dictionary<string, string?>? arguments, List<SyntaxNode> used)
        {
            var name = identifier.Identifier.ValueText;
            if (arguments is not null && arguments.TryGetValue(name, out var argument))
            {
                return argument;
            }

            // A local of an enclosing block, declared with one initializer.
            for (var node = identifier.Parent; node is not null; node = node.Parent)
            {
                if (node is BlockSyntax block)
                {
                    var declarator = block.Statements.OfType<LocalDeclarationStatementSyntax>()
                        .SelectMany(d => d.Declaration.Variables)
                        .FirstOrDefault(v => v.Identifier.ValueText == name && v.SpanStart < identifier.SpanStart);
                    if (declarator?.Initializer is { } initializer)
                    {
                        return Evaluate(initializer.Value, arguments, used);
                    }
                }

                // A parameter of a test method ([InlineData]): a plausible value by its name.
                if (node is BaseMethodDeclarationSyntax { ParameterList.Parameters: var parameters } method
                    && parameters.Any(p => p.Identifier.ValueText == name))
                {
                    // The library of this pass, for a test that runs for it.
                    if (parameters.First(p => p.Identifier.ValueText == name).Type is IdentifierNameSyntax { Identifier.ValueText: "Library" })
                    {
                        return library is not null && method is MethodDeclarationSyntax test && !helpers.ContainsValue(test) && RunsFor(test)
                            ? LibraryToken + library.Name
                            : null;
                    }

                    return method is MethodDeclarationSyntax m && helpers.ContainsValue(m) ? null : FirstInlineData(identifier) ?? Fill(name, insideString: false);
                }
            }

            // A const or static readonly string field of the file.
            var field = root.DescendantNodes().OfType<FieldDeclarationSyntax>()
                .Where(f => f.Modifiers.Any(SyntaxKind.ConstKeyword) || (f.Modifiers.Any(SyntaxKind.StaticKeyword) && f.Modifiers.Any(SyntaxKind.ReadOnlyKeyword)))
                .SelectMany(f => f.Declaration.Variables)
                .FirstOrDefault(v => v.Identifier.ValueText == name);
            return field?.Initializer is { } fieldInitializer ? Evaluate(fieldInitializer.Value, null, used) : null;
        }

        private bool IsHelperParameter(ExpressionSyntax expression) =>
            expression is IdentifierNameSyntax { Identifier.ValueText: var name }
            && expression.Ancestors().OfType<MethodDeclarationSyntax>().FirstOrDefault() is { } method
            && helpers.ContainsValue(method)
            && method.ParameterList.Parameters.Any(p => p.Identifier.ValueText == name);

        private bool IsTestParameter(IdentifierNameSyntax identifier, Dictionary<string, string?>? arguments) =>
            (arguments is null || !arguments.ContainsKey(identifier.Identifier.ValueText))
            && identifier.Ancestors().OfType<MethodDeclarationSyntax>().FirstOrDefault() is { } method
            && !helpers.ContainsValue(method)
            && method.ParameterList.Parameters.Any(p => p.Identifier.ValueText == identifier.Identifier.ValueText)
            && !identifier.Ancestors().OfType<BlockSyntax>().Any(b => b.Statements.OfType<LocalDeclarationStatementSyntax>()
                .SelectMany(d => d.Declaration.Variables).Any(v => v.Identifier.ValueText == identifier.Identifier.ValueText));

        /// <summary>The text of an interpolated string, its holes evaluated or filled as the class summary says.</summary>
        private string? Interpolate(InterpolatedStringExpressionSyntax interpolated, Dictionary<string, string?>? arguments, List<SyntaxNode> used)
        {
            var text = new StringBuilder();
            var contents = interpolated.Contents;
            for (var i = 0; i < contents.Count; i++)
            {
                switch (contents[i])
                {
                    case InterpolatedStringTextSyntax part:
                        text.Append(part.TextToken.ValueText);
                        break;
                    case InterpolationSyntax hole:
                        var before = i > 0 && contents[i - 1] is InterpolatedStringTextSyntax previous && previous.TextToken.ValueText.EndsWith('"');
                        var after = i + 1 < contents.Count && contents[i + 1] is InterpolatedStringTextSyntax next && next.TextToken.ValueText.StartsWith('"');
                        var value = hole.Expression is IdentifierNameSyntax parameter && IsTestParameter(parameter, arguments)
                            ? FirstInlineData(parameter) ?? Fill(parameter.Identifier.ValueText, before && after)
                            : Evaluate(hole.Expression, arguments, used);
                        if (value is null && hole.Expression is IdentifierNameSyntax { Identifier.ValueText: var name })
                        {
                            if (arguments is not null && arguments.ContainsKey(name))
                            {
                                value = "";
                            }
                            else if (IsHelperParameter(hole.Expression))
                            {
                                // A helper's template is evaluated through its calls only.
                                return null;
                            }
                        }

                        text.Append(value ?? Fill(hole.Expression is IdentifierNameSyntax id ? id.Identifier.ValueText : "", before && after));
                        break;
                }
            }

            return text.ToString();
        }

        /// <summary>The value the first <c>[InlineData]</c> of the test method gives the parameter <paramref name="parameter"/>, as the test inserts it.</summary>
        /// <remarks>
        /// A row of <c>[Libraries(...)]</c>, <c>[Sdk(...)]</c> or <c>[Cdk(...)]</c> gives the arguments after the library:
        /// the first row that runs for the library of this pass.
        /// </remarks>
        private string? FirstInlineData(IdentifierNameSyntax parameter)
        {
            if (parameter.Ancestors().OfType<MethodDeclarationSyntax>().FirstOrDefault() is not { } method)
            {
                return null;
            }

            var index = method.ParameterList.Parameters.IndexOf(p => p.Identifier.ValueText == parameter.Identifier.ValueText);
            var row = method.AttributeLists.SelectMany(l => l.Attributes)
                .FirstOrDefault(a => a.Name.ToString() switch
                {
                    "InlineData" or "InlineDataAttribute" or "Xunit.InlineData" => true,
                    "Libraries" => true,
                    "Sdk" => library is null || library.IsSdk,
                    "Cdk" => library is null || library.IsCdk,
                    _ => false,
                });
            if (row is not null && LibraryAttributes.Contains(row.Name.ToString()))
            {
                index--;
            }

            return index >= 0 && row?.ArgumentList?.Arguments.ElementAtOrDefault(index)?.Expression is LiteralExpressionSyntax literal
                ? literal.Token.Value?.ToString() ?? ""
                : null;
        }

        /// <summary>A plausible value for a hole or parameter named <paramref name="hole"/>; empty when the name says nothing.</summary>
        private static string Fill(string hole, bool insideString)
        {
            var name = hole.ToLowerInvariant();
            var code = name switch
            {
                _ when name.Contains("accelerator") || name == "value" => "\"ml.eia2.medium\"",
                _ when name.Contains("host") || name.Contains("instancetype") => "\"ml.c5.xlarge\"",
                _ when name.Contains("field") => "MlC5Xlarge",
                _ when name.Contains("version") => "\"2.3\"",
                _ when name.Contains("framework") => "EiFramework.TensorFlow",
                _ when name.Contains("image") => "\"763104351884.dkr.ecr.us-east-1.amazonaws.com/tensorflow-inference-eia:2.3.0-cpu\"",
                _ when name.Contains("variable") => "\"model\"",
                _ when name.Contains("name") || name.Contains("model") => "\"resnet50\"",
                _ when name.Contains("size") => "100",
                _ => "",
            };
            return insideString || name.Contains("variable") ? code.Trim('"') : code;
        }
    }
}
