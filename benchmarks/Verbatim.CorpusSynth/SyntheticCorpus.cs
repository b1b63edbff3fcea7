using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace Verbatim.CorpusSynth;

/// <summary>A synthetic corpus held in memory: one speaker registry, then the articles in id order.</summary>
public sealed class SyntheticCorpus
{
    public SyntheticCorpus(CorpusFile registry, IReadOnlyList<CorpusFile> articles)
    {
        Registry = registry;
        Articles = articles;
        Files = new[] { registry }.Concat(articles).ToArray();
    }

    public CorpusFile Registry { get; }

    public IReadOnlyList<CorpusFile> Articles { get; }

    /// <summary>The registry first, then every article.</summary>
    public IReadOnlyList<CorpusFile> Files { get; }

    /// <summary>UTF-16 characters of article text, front matter included: the size a compile must carry.</summary>
    public long ArticleChars => Articles.Sum(article => (long)article.Text.Length);

    /// <summary>Writes every file under <paramref name="folder"/> as UTF-8 without a BOM, creating folders as needed.</summary>
    public void WriteTo(string folder)
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        foreach (var file in Files)
        {
            string path = Path.Combine(folder, file.Path.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path) ?? throw new InvalidOperationException(path));
            File.WriteAllText(path, file.Text, utf8);
        }
    }
}
