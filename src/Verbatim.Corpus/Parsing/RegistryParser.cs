using System.Threading;
using Verbatim.Corpus.Diagnostics;
using Verbatim.Corpus.Model;
using Verbatim.Corpus.Parsing.Yaml;

namespace Verbatim.Corpus.Parsing;

/// <summary>Reads one <c>*.speakers.yaml</c> speaker registry.</summary>
public static class RegistryParser
{
    /// <summary>The file name ending that makes an additional file a speaker registry.</summary>
    public const string FileSuffix = ".speakers.yaml";

    /// <summary>Parses <paramref name="text"/>; never throws, except when <paramref name="cancellationToken"/> is cancelled.</summary>
    public static RegistryParseResult Parse(string path, string text, CancellationToken cancellationToken = default)
    {
        var diagnostics = new DiagnosticBag(path, new LineMap(text));
        int start = TextStart.AfterByteOrderMark(text);
        var root = YamlTreeReader.Read(text, start, text.Length - start, diagnostics, cancellationToken);
        var speakers = EquatableArray<SpeakerSpec>.Empty;
        if (root is { Kind: YamlNodeKind.Mapping })
        {
            speakers = SpeakerDefinitions.Read(root, diagnostics, cancellationToken);
        }
        else if (root is not null && !(root.Kind == YamlNodeKind.Scalar && root.Value is null))
        {
            diagnostics.Add(DiagnosticIds.InvalidYaml, CorpusMessages.RegistryNotMapping, root.Start, root.Length);
        }
        return new RegistryParseResult(path, speakers, diagnostics.ToArray());
    }
}
