using System.Collections.Generic;
using Verbatim.Corpus.Parsing;
using Verbatim.Fuzzing.Checks;
using Verbatim.Fuzzing.Inputs;

namespace Verbatim.Fuzzing.Targets;

/// <summary>The article parser: front matter, then the annotated body; the same article whatever its line ends.</summary>
public static class ArticleTarget
{
    public static void Check(IReadOnlyList<FuzzFile> files)
    {
        foreach (var file in files)
        {
            var spans = new FileSpans(file.Path, file.Text);
            var result = ArticleParser.Parse(file.Path, file.Text);
            ArticleChecks.Require(result.Article, spans);
            SpeakerChecks.Require(result.Article.Speakers, spans);
            DiagnosticChecks.RequireInFile(result.Diagnostics, spans);
            if (file.Text.IndexOf('\r') >= 0)
            {
                LineEndChecks.RequireSame(result.Article, ArticleParser.Parse(file.Path, LineEndChecks.WithLf(file.Text)).Article);
            }
        }
    }
}
