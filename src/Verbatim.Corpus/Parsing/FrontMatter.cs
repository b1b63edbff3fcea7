using System;
using System.Threading;
using Verbatim.Corpus.Diagnostics;
using Verbatim.Corpus.Model;
using Verbatim.Corpus.Parsing.Yaml;

namespace Verbatim.Corpus.Parsing;

/// <summary>
/// The fields of an article's front matter that passed validation; a field that failed is left
/// null (or empty) and its diagnostic says why.
/// </summary>
internal sealed class FrontMatter
{
    public string? Id { get; private set; }

    public YamlNode? IdNode { get; private set; }

    public string? Title { get; private set; }

    public string? Outlet { get; private set; }

    public CorpusDate? Published { get; private set; }

    public string? Url { get; private set; }

    public EquatableArray<string> Authors { get; private set; } = EquatableArray<string>.Empty;

    public EquatableArray<SpeakerSpec> Speakers { get; private set; } = EquatableArray<SpeakerSpec>.Empty;

    /// <summary>Reads the front matter of <paramref name="block"/>, which must be closed.</summary>
    public static FrontMatter Read(string text, FrontMatterBlock block, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var frontMatter = new FrontMatter();
        int before = diagnostics.Count;
        var root = YamlTreeReader.Read(text, block.YamlStart, block.YamlLength, diagnostics, cancellationToken);
        bool titleGiven = false;
        if (root is { Kind: YamlNodeKind.Mapping })
        {
            titleGiven = frontMatter.ReadFields(root, diagnostics, cancellationToken);
        }
        else if (root is not null && !(root.Kind == YamlNodeKind.Scalar && root.Value is null))
        {
            diagnostics.Add(DiagnosticIds.InvalidYaml, CorpusMessages.FrontMatterNotMapping, root.Start, root.Length);
            return frontMatter;
        }
        // Unreadable YAML already has its diagnostic; a missing title would only repeat it.
        bool unreadable = root is null && diagnostics.Count > before;
        if (!titleGiven && !unreadable)
        {
            diagnostics.Add(DiagnosticIds.InvalidYaml, CorpusMessages.MissingTitle, block.OpenAt, 3);
        }
        return frontMatter;
    }

    // Returns whether a title key was present (valid or not).
    private bool ReadFields(YamlNode root, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        bool titleGiven = false;
        foreach (var (key, keyNode, value) in YamlValues.Fields(root, diagnostics))
        {
            switch (key)
            {
                case "id":
                    ReadId(value, diagnostics);
                    break;
                case "title":
                    titleGiven = true;
                    Title = YamlValues.Text(key, value, diagnostics);
                    if (value.Kind == YamlNodeKind.Scalar && string.IsNullOrWhiteSpace(Title))
                    {
                        Title = null;
                        diagnostics.Add(DiagnosticIds.InvalidYaml, CorpusMessages.EmptyTitle, value.Start, value.Length);
                    }
                    break;
                case "outlet":
                    Outlet = YamlValues.Text(key, value, diagnostics);
                    break;
                case "published":
                    ReadPublished(value, diagnostics);
                    break;
                case "url":
                    ReadUrl(value, diagnostics);
                    break;
                case "authors":
                    Authors = YamlValues.TextList(value, CorpusMessages.AuthorsNotList, diagnostics);
                    break;
                case "speakers":
                    ReadSpeakers(value, diagnostics, cancellationToken);
                    break;
                default:
                    diagnostics.Add(DiagnosticIds.InvalidYaml, CorpusMessages.UnknownFrontMatterKey(key), keyNode.Start, keyNode.Length);
                    break;
            }
        }
        return titleGiven;
    }

    private void ReadId(YamlNode value, DiagnosticBag diagnostics)
    {
        if (YamlValues.Text("id", value, diagnostics) is not { } id)
        {
            return;
        }
        if (IdGrammar.IsValid(id))
        {
            Id = id;
            IdNode = value;
        }
        else
        {
            diagnostics.Add(DiagnosticIds.InvalidYaml, CorpusMessages.BadArticleId(id), value.Start, value.Length);
        }
    }

    private void ReadPublished(YamlNode value, DiagnosticBag diagnostics)
    {
        if (YamlValues.Text("published", value, diagnostics) is not { } text)
        {
            return;
        }
        Published = IsoDate.TryParse(text);
        if (Published is null)
        {
            diagnostics.Add(DiagnosticIds.InvalidYaml, CorpusMessages.BadDate(text), value.Start, value.Length);
        }
    }

    private void ReadUrl(YamlNode value, DiagnosticBag diagnostics)
    {
        if (YamlValues.Text("url", value, diagnostics) is not { } text)
        {
            return;
        }
        if (AbsoluteUrl.IsValid(text))
        {
            Url = text;
        }
        else
        {
            diagnostics.Add(DiagnosticIds.InvalidYaml, CorpusMessages.BadUrl(text), value.Start, value.Length);
        }
    }

    private void ReadSpeakers(YamlNode value, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        if (value.Kind == YamlNodeKind.Mapping)
        {
            Speakers = SpeakerDefinitions.Read(value, diagnostics, cancellationToken);
        }
        else if (!(value.Kind == YamlNodeKind.Scalar && value.Value is null))
        {
            diagnostics.Add(DiagnosticIds.InvalidYaml, CorpusMessages.SpeakersNotMapping, value.Start, value.Length);
        }
    }
}
