using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Verbatim.Corpus.Diagnostics;

namespace Verbatim.CodeFixes;

/// <summary>VQ0004: "Rename to '&lt;free-id&gt;'" for a duplicate id that has a free one to move to (a quote id always has).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RenameDuplicateIdCodeFix), DocumentKinds = new[] { nameof(TextDocumentKind.AdditionalDocument) })]
public sealed class RenameDuplicateIdCodeFix() : ReplaceWithSuggestionCodeFix(DiagnosticIds.DuplicateId, "Rename to '{0}'", "Verbatim.RenameDuplicateId");
