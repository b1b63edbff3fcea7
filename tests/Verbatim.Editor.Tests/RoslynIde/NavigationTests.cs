using Microsoft.CodeAnalysis;

namespace Verbatim.Editor.Tests.RoslynIde;

/// <summary>
/// The symbol Go to Definition finds, and where its declaration maps: the corpus file and line an editor
/// that honours <c>#line</c> opens (Roslyn's own navigation does not, see docs/editors.md).
/// </summary>
[Collection(EditorCollection.Name)]
public sealed class NavigationTests(EditorProjects projects)
{
    private static (string Path, int Line, int Column) MappedDeclaration(ISymbol symbol)
    {
        var location = symbol.Locations.ShouldHaveSingleItem();
        location.IsInSource.ShouldBeTrue();
        var span = location.GetMappedLineSpan();
        span.HasMappedPath.ShouldBeTrue($"{symbol} is not mapped: {span}");
        return (Path.GetFullPath(span.Path), span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1);
    }

    [Fact]
    public async Task A_speaker_maps_to_its_entry_in_the_registry()
    {
        var sample = projects.Sample;
        var symbol = await IdeServices.SymbolAsync(sample.Project, "class Probe { object P => SampleCorpus.Corpus.Speakers.Tiller$$son; }");

        string registry = sample.PathOf("corpus.speakers.yaml");
        MappedDeclaration(symbol).ShouldBe((registry, Caret.Of(registry, "tillerson:").Line, 1));
    }

    [Fact]
    public async Task A_front_matter_speaker_maps_to_its_entry_in_the_article()
    {
        var sample = projects.Sample;
        var symbol = await IdeServices.SymbolAsync(sample.Project, "class Probe { object P => SampleCorpus.Corpus.Speakers.Pes$$kov; }");

        string article = sample.PathOf("articles/nyt-tillerson-putin.article.md");
        var (line, column) = Caret.Of(article, "peskov:");
        MappedDeclaration(symbol).ShouldBe((article, line, column));
    }

    [Fact]
    public async Task A_quote_maps_to_its_annotation_and_an_article_to_its_file()
    {
        var sample = projects.Sample;
        string article = sample.PathOf("articles/nyt-tillerson-putin.article.md");

        var quote = await IdeServices.SymbolAsync(sample.Project, "class Probe { object P => SampleCorpus.Corpus.Articles.NytTillersonPutin.Low$$Trust; }");
        var member = await IdeServices.SymbolAsync(sample.Project, "class Probe { object P => SampleCorpus.Corpus.Articles.NytTillerson$$Putin; }");

        var (line, column) = Caret.Of(article, "{@tillerson#low-trust");
        MappedDeclaration(quote).ShouldBe((article, line, column));
        MappedDeclaration(member).ShouldBe((article, Caret.Of(article, "id: nyt-tillerson-putin").Line, 5));
    }

    [Fact]
    public async Task A_statement_stays_on_its_generated_member()
    {
        // A statement has quotes in several files: no one place to map it to (docs/editors.md).
        var symbol = await IdeServices.SymbolAsync(projects.Sample.Project, "class Probe { object P => SampleCorpus.Corpus.Statements.Low$$Trust; }");

        var location = symbol.Locations.ShouldHaveSingleItem();
        location.GetMappedLineSpan().HasMappedPath.ShouldBeFalse();
        Path.GetFileName(location.SourceTree.ShouldNotBeNull().FilePath).ShouldStartWith("Verbatim.Statements.");
    }

    [Fact]
    public async Task In_a_package_consumer_too()
    {
        var news = projects.News;
        var symbol = await IdeServices.SymbolAsync(news.Project, "class Probe { object P => News.Corpus.Articles.MoscowTalks.Low$$Trust; }");

        MappedDeclaration(symbol).ShouldBe((news.PathOf("articles/moscow-talks.article.md"), 7, 1));
    }
}
