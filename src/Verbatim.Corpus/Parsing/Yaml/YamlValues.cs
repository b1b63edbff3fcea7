using System.Collections.Generic;
using Verbatim.Corpus.Diagnostics;
using Verbatim.Corpus.Model;

namespace Verbatim.Corpus.Parsing.Yaml;

/// <summary>Reads the shapes the corpus schema uses (fields, text, lists of text) and reports the wrong ones.</summary>
internal static class YamlValues
{
    /// <summary>The pairs of a mapping whose keys are text, each key once (a repeated key is reported and skipped).</summary>
    public static List<(string Key, YamlNode KeyNode, YamlNode Value)> Fields(YamlNode mapping, DiagnosticBag diagnostics)
    {
        var fields = new List<(string, YamlNode, YamlNode)>(mapping.PairCount);
        HashSet<string>? seen = null;
        for (int pair = 0; pair < mapping.PairCount; pair++)
        {
            var key = mapping.KeyAt(pair);
            if (KeyText(key, diagnostics) is not { } name)
            {
                continue;
            }
            if (IsRepeated(name, fields, ref seen))
            {
                diagnostics.Add(DiagnosticIds.InvalidYaml, CorpusMessages.DuplicateKey(name), key.Start, key.Length);
                continue;
            }
            fields.Add((name, key, mapping.ValueAt(pair)));
        }
        return fields;
    }

    // The schema's mappings have a handful of keys, so they are scanned rather than put in a set
    // for every front matter; a mapping with more keys than that gets the set.
    private const int ScannedKeys = 16;

    private static bool IsRepeated(string name, List<(string Key, YamlNode KeyNode, YamlNode Value)> fields, ref HashSet<string>? seen)
    {
        if (seen is null && fields.Count < ScannedKeys)
        {
            foreach (var field in fields)
            {
                if (string.Equals(field.Key, name, System.StringComparison.Ordinal))
                {
                    return true;
                }
            }
            return false;
        }
        if (seen is null)
        {
            seen = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var field in fields)
            {
                seen.Add(field.Key);
            }
        }
        return !seen.Add(name);
    }

    /// <summary>A key's text, or null (reported) when the key is a collection or null.</summary>
    public static string? KeyText(YamlNode key, DiagnosticBag diagnostics)
    {
        if (key.Kind == YamlNodeKind.Scalar && key.Value is { } text)
        {
            return text;
        }
        diagnostics.Add(DiagnosticIds.InvalidYaml, CorpusMessages.KeyNotText, key.Start, key.Length);
        return null;
    }

    /// <summary>A scalar's text; null for a null scalar, and null (reported) for a collection.</summary>
    public static string? Text(string key, YamlNode value, DiagnosticBag diagnostics)
    {
        if (value.Kind == YamlNodeKind.Scalar)
        {
            return value.Value;
        }
        diagnostics.Add(DiagnosticIds.InvalidYaml, CorpusMessages.NotText(key), value.Start, value.Length);
        return null;
    }

    /// <summary>A list of text; one scalar counts as a list of one, null as an empty list.</summary>
    public static EquatableArray<string> TextList(YamlNode value, string notListMessage, DiagnosticBag diagnostics)
    {
        switch (value.Kind)
        {
            case YamlNodeKind.Scalar:
                return value.Value is { } single ? new EquatableArray<string>(new[] { single }) : EquatableArray<string>.Empty;
            case YamlNodeKind.Sequence:
                var items = new List<string>(value.Children.Count);
                for (int i = 0; i < value.Children.Count; i++)
                {
                    var item = value.Children[i];
                    if (item.Kind != YamlNodeKind.Scalar)
                    {
                        diagnostics.Add(DiagnosticIds.InvalidYaml, notListMessage, item.Start, item.Length);
                    }
                    else if (item.Value is { } text)
                    {
                        items.Add(text);
                    }
                }
                return new EquatableArray<string>(items);
            default:
                diagnostics.Add(DiagnosticIds.InvalidYaml, notListMessage, value.Start, value.Length);
                return EquatableArray<string>.Empty;
        }
    }
}
