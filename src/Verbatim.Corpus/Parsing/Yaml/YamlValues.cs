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
        var fields = new List<(string, YamlNode, YamlNode)>();
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var (key, value) in mapping.Pairs())
        {
            if (KeyText(key, diagnostics) is not { } name)
            {
                continue;
            }
            if (!seen.Add(name))
            {
                diagnostics.Add(DiagnosticIds.InvalidYaml, CorpusMessages.DuplicateKey(name), key.Start, key.Length);
                continue;
            }
            fields.Add((name, key, value));
        }
        return fields;
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
                var items = new List<string>();
                foreach (var item in value.Children)
                {
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
