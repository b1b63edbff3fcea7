using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace Verbatim.Cli.Checking;

/// <summary>
/// Writes diagnostics as a SARIF 2.1.0 log, the format code-scanning services read. Paths are
/// relative URIs against <c>%SRCROOT%</c>, the corpus folder, so the log does not depend on where
/// the check ran.
/// </summary>
internal static class SarifLog
{
    private const string SourceRoot = "%SRCROOT%";

    public static void Write(Stream stream, IReadOnlyList<CheckedDiagnostic> diagnostics, string root, string toolVersion)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();

        var rules = diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.First()).ToList();
        WriteTool(json, rules, toolVersion);
        json.WriteStartObject("originalUriBaseIds");
        json.WriteStartObject(SourceRoot);
        json.WriteString("uri", new Uri(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar).AbsoluteUri);
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartArray("results");
        foreach (var diagnostic in diagnostics)
        {
            WriteResult(json, diagnostic, rules.FindIndex(rule => rule.Id == diagnostic.Id));
        }
        json.WriteEndArray();

        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteTool(Utf8JsonWriter json, List<CheckedDiagnostic> rules, string toolVersion)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "Verbatim");
        json.WriteString("semanticVersion", toolVersion);
        json.WriteString("informationUri", "https://github.com/verbatim-corpus/verbatim");
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title);
            json.WriteEndObject();
            if (rule.HelpLink is { } help)
            {
                json.WriteString("helpUri", help);
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, CheckedDiagnostic diagnostic, int ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Id);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", diagnostic.Severity switch
        {
            Microsoft.CodeAnalysis.DiagnosticSeverity.Error => "error",
            Microsoft.CodeAnalysis.DiagnosticSeverity.Warning => "warning",
            _ => "note",
        });
        json.WriteStartObject("message");
        json.WriteString("text", diagnostic.Message);
        json.WriteEndObject();
        if (diagnostic.Path is { } path)
        {
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            json.WriteString("uri", string.Join("/", path.Split('/').Select(Uri.EscapeDataString)));
            json.WriteString("uriBaseId", SourceRoot);
            json.WriteEndObject();
            json.WriteStartObject("region");
            json.WriteNumber("startLine", diagnostic.Line);
            json.WriteNumber("startColumn", diagnostic.Column);
            json.WriteNumber("endLine", diagnostic.EndLine);
            json.WriteNumber("endColumn", diagnostic.EndColumn);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }
}
