using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Verbatim.Corpus.Diagnostics;
using Verbatim.Corpus.Parsing;

namespace Verbatim.CodeFixes;

/// <summary>
/// VQ0001: "Define speaker '&lt;id&gt;'" adds a placeholder definition of the undefined id to the
/// project's first speaker registry (by path), or to the article's front matter when the
/// project has no registry.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DefineSpeakerCodeFix), DocumentKinds = new[] { nameof(TextDocumentKind.AdditionalDocument) })]
public sealed class DefineSpeakerCodeFix : CodeFixProvider
{
    private const string EquivalenceKey = "Verbatim.DefineSpeaker";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.UndefinedSpeaker);

    // Each action names its own target id, so there is nothing uniform to apply everywhere at once.
    public override FixAllProvider? GetFixAllProvider() => null;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var article = context.TextDocument;
        var text = await article.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
        var registry = article.Project.AdditionalDocuments
            .Where(document => PathOf(document).EndsWith(RegistryParser.FileSuffix, StringComparison.OrdinalIgnoreCase))
            .OrderBy(PathOf, StringComparer.Ordinal)
            .FirstOrDefault();

        foreach (var diagnostic in context.Diagnostics)
        {
            var span = diagnostic.Location.SourceSpan;
            if (span.IsEmpty || span.End > text.Length)
            {
                continue;
            }
            string id = text.ToString(span);
            if (registry is null && SpeakerDefinitionWriter.AddToFrontMatter(text, id) is null)
            {
                continue;
            }
            var action = CodeAction.Create(
                $"Define speaker '{id}'",
                cancellationToken => registry is null
                    ? DefineInFrontMatterAsync(article, id, cancellationToken)
                    : DefineInRegistryAsync(registry, id, cancellationToken),
                EquivalenceKey);
            context.RegisterCodeFix(action, diagnostic);
        }
    }

    private static async Task<Solution> DefineInRegistryAsync(TextDocument registry, string id, CancellationToken cancellationToken)
    {
        var text = await registry.GetTextAsync(cancellationToken).ConfigureAwait(false);
        return registry.Project.Solution.WithAdditionalDocumentText(registry.Id, SpeakerDefinitionWriter.AppendToRegistry(text, id));
    }

    private static async Task<Solution> DefineInFrontMatterAsync(TextDocument article, string id, CancellationToken cancellationToken)
    {
        var text = await article.GetTextAsync(cancellationToken).ConfigureAwait(false);
        var edited = SpeakerDefinitionWriter.AddToFrontMatter(text, id);
        return edited is null ? article.Project.Solution : article.Project.Solution.WithAdditionalDocumentText(article.Id, edited);
    }

    private static string PathOf(TextDocument document) => document.FilePath ?? document.Name;
}
