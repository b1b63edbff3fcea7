using Microsoft.CodeAnalysis;
using Verbatim.Corpus.Diagnostics;

namespace Verbatim.Generators.Analysis;

/// <summary>
/// The diagnostics Verbatim reports. VQ0001–VQ0006 and VQ0008–VQ0010 carry the corpus library's complete message as
/// their only argument, so the rules and their wording live in one place (Verbatim.Corpus).
/// </summary>
internal static class Descriptors
{
    private const string Category = "Verbatim";
    private const string HelpBase = "https://github.com/verbatim-corpus/verbatim/blob/main/docs/diagnostics.md#";

    /// <summary>The id of the diagnostic that says nothing is generated below C# 8.</summary>
    public const string UnsupportedLanguageVersionId = "VQ0007";

    public static readonly DiagnosticDescriptor UndefinedSpeaker = FromCorpus(
        DiagnosticIds.UndefinedSpeaker,
        "Undefined speaker",
        DiagnosticSeverity.Error,
        "A quote is attributed to a speaker id that no speaker registry and no article front matter defines.");

    public static readonly DiagnosticDescriptor MalformedAnnotation = FromCorpus(
        DiagnosticIds.MalformedAnnotation,
        "Malformed quote annotation",
        DiagnosticSeverity.Error,
        "A quote annotation is unterminated, names an empty speaker, gives an unknown kind, or a '}' closes nothing.");

    public static readonly DiagnosticDescriptor InvalidYaml = FromCorpus(
        DiagnosticIds.InvalidYaml,
        "Invalid front matter or speaker registry",
        DiagnosticSeverity.Error,
        "Front matter or a speaker registry is not valid YAML, misses a required field, holds a bad date or URL, or has an unknown key.");

    public static readonly DiagnosticDescriptor DuplicateId = FromCorpus(
        DiagnosticIds.DuplicateId,
        "Duplicate id",
        DiagnosticSeverity.Error,
        "A speaker is defined twice with different fields, two articles share an id, or two quotes of one article share an id.");

    public static readonly DiagnosticDescriptor RenamedMember = FromCorpus(
        DiagnosticIds.RenamedMember,
        "Generated member renamed",
        DiagnosticSeverity.Warning,
        "Two ids give the same C# member name (or an id gives a reserved one), so a numeric suffix was added; or a class is full, so the ids past its member limit got no member.");

    public static readonly DiagnosticDescriptor UnquotedSpeaker = FromCorpus(
        DiagnosticIds.UnquotedSpeaker,
        "Speaker never quoted",
        DiagnosticSeverity.Info,
        "A speaker is defined but no quote of the corpus is attributed to it.");

    public static readonly DiagnosticDescriptor Misquote = FromCorpus(
        DiagnosticIds.Misquote,
        "Misquote",
        DiagnosticSeverity.Warning,
        "A quote's words differ from the same statement as most other outlets print it; if the outlet did print it so, mark the quote '!sic'.");

    public static readonly DiagnosticDescriptor ConflictingAttribution = FromCorpus(
        DiagnosticIds.ConflictingAttribution,
        "Conflicting attribution",
        DiagnosticSeverity.Warning,
        "The same statement is credited to speakers that share no one with the speakers the other outlets credit.");

    public static readonly DiagnosticDescriptor UnannotatedQuotation = FromCorpus(
        DiagnosticIds.UnannotatedQuotation,
        "Unannotated quotation",
        DiagnosticSeverity.Info,
        "Words in quotation marks, outside every annotation, read as a statement; the message names the speaker the context points to, and the code fix annotates them.");

    public static readonly DiagnosticDescriptor UnsupportedLanguageVersion = new(
        UnsupportedLanguageVersionId,
        "C# 8 or later is required",
        "Verbatim generates no corpus API for C# {0}; set <LangVersion> to 8.0 or later",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The generated corpus API needs C# 8 or later, so below it nothing is generated.",
        helpLinkUri: HelpBase + "vq0007",
        // Reported once the whole compilation has been seen, not per file.
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>The descriptor of a corpus diagnostic id, or null for an id this analyzer does not know.</summary>
    public static DiagnosticDescriptor? ForCorpusId(string id) => id switch
    {
        DiagnosticIds.UndefinedSpeaker => UndefinedSpeaker,
        DiagnosticIds.MalformedAnnotation => MalformedAnnotation,
        DiagnosticIds.InvalidYaml => InvalidYaml,
        DiagnosticIds.DuplicateId => DuplicateId,
        DiagnosticIds.RenamedMember => RenamedMember,
        DiagnosticIds.UnquotedSpeaker => UnquotedSpeaker,
        DiagnosticIds.Misquote => Misquote,
        DiagnosticIds.ConflictingAttribution => ConflictingAttribution,
        DiagnosticIds.UnannotatedQuotation => UnannotatedQuotation,
        _ => null,
    };

    private static DiagnosticDescriptor FromCorpus(string id, string title, DiagnosticSeverity severity, string description) =>
        new(
            id,
            title,
            messageFormat: "{0}",
            Category,
            severity,
            isEnabledByDefault: true,
            description,
            helpLinkUri: HelpBase + id.ToLowerInvariant());
}
