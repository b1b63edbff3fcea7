using System;
using System.Collections.Generic;
using System.Threading;
using Verbatim.Corpus.Diagnostics;
using Verbatim.Corpus.Model;
using Verbatim.Corpus.Parsing.Yaml;

namespace Verbatim.Corpus.Parsing;

/// <summary>
/// Reads a mapping of speaker id to fields: the whole of a registry, or a front matter's
/// <c>speakers</c>. A speaker without a valid id or name is left out; a bad optional field is
/// reported and ignored, so one mistake does not also make every quote of that speaker undefined.
/// </summary>
internal static class SpeakerDefinitions
{
    public static EquatableArray<SpeakerSpec> Read(YamlNode mapping, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var speakers = new List<SpeakerSpec>();
        var byId = new Dictionary<string, SpeakerSpec>(StringComparer.OrdinalIgnoreCase);
        for (int pair = 0; pair < mapping.PairCount; pair++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (key, value) = (mapping.KeyAt(pair), mapping.ValueAt(pair));
            if (YamlValues.KeyText(key, diagnostics) is not { } id)
            {
                continue;
            }
            if (!IdGrammar.IsValid(id))
            {
                diagnostics.Add(DiagnosticIds.InvalidYaml, CorpusMessages.BadSpeakerId(id), key.Start, key.Length);
                continue;
            }
            if (ReadSpeaker(id, key, value, diagnostics) is not { } speaker)
            {
                continue;
            }
            if (byId.TryGetValue(id, out var earlier))
            {
                if (!earlier.HasSameDefinitionAs(speaker))
                {
                    diagnostics.Add(DiagnosticIds.DuplicateId, CorpusMessages.DuplicateSpeakerInFile(id), key.Start, key.Length);
                }
                continue;
            }
            byId.Add(id, speaker);
            speakers.Add(speaker);
        }
        return new EquatableArray<SpeakerSpec>(speakers);
    }

    private static SpeakerSpec? ReadSpeaker(string id, YamlNode key, YamlNode value, DiagnosticBag diagnostics)
    {
        if (value.Kind != YamlNodeKind.Mapping)
        {
            diagnostics.Add(DiagnosticIds.InvalidYaml, CorpusMessages.SpeakerNotMapping(id), value.Start, value.Length);
            return null;
        }
        string? name = null, role = null, organization = null;
        var kind = SpeakerKind.Person;
        var aliases = EquatableArray<string>.Empty;
        YamlNode? nameNode = null;
        foreach (var (field, fieldKey, fieldValue) in YamlValues.Fields(value, diagnostics))
        {
            switch (field)
            {
                case "name":
                    name = YamlValues.Text(field, fieldValue, diagnostics);
                    nameNode = fieldValue;
                    break;
                case "role":
                    role = YamlValues.Text(field, fieldValue, diagnostics);
                    break;
                case "organization":
                    organization = YamlValues.Text(field, fieldValue, diagnostics);
                    break;
                case "kind":
                    kind = ReadKind(fieldValue, diagnostics);
                    break;
                case "aliases":
                    aliases = YamlValues.TextList(fieldValue, CorpusMessages.AliasesNotList, diagnostics);
                    break;
                default:
                    diagnostics.Add(DiagnosticIds.InvalidYaml, CorpusMessages.UnknownSpeakerField(field), fieldKey.Start, fieldKey.Length);
                    break;
            }
        }
        if (string.IsNullOrWhiteSpace(name))
        {
            var at = nameNode ?? key;
            diagnostics.Add(DiagnosticIds.InvalidYaml, CorpusMessages.MissingName(id), at.Start, at.Length);
            return null;
        }
        return new SpeakerSpec(id, name!, role, organization, kind, aliases, diagnostics.Path, diagnostics.Lines.Span(key.Start, key.Length));
    }

    private static SpeakerKind ReadKind(YamlNode value, DiagnosticBag diagnostics)
    {
        string? text = YamlValues.Text("kind", value, diagnostics);
        switch (text?.ToLowerInvariant())
        {
            case null or "person":
                return SpeakerKind.Person;
            case "organization":
                return SpeakerKind.Organization;
            case "group":
                return SpeakerKind.Group;
            case "anonymous":
                return SpeakerKind.Anonymous;
            default:
                diagnostics.Add(DiagnosticIds.InvalidYaml, CorpusMessages.BadKind(text), value.Start, value.Length);
                return SpeakerKind.Person;
        }
    }
}
