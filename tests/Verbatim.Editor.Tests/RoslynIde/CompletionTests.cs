namespace Verbatim.Editor.Tests.RoslynIde;

/// <summary>Completion (Roslyn's <c>CompletionService</c>) over the generated API, with the corpus' words in each description.</summary>
[Collection(EditorCollection.Name)]
public sealed class CompletionTests(EditorProjects projects)
{
    [Fact]
    public void The_projects_analyzer_references_yield_the_generator()
    {
        foreach (var project in new[] { projects.Sample.Project, projects.News.Project })
        {
            project.AnalyzerReferences
                .SelectMany(reference => reference.GetGenerators(Microsoft.CodeAnalysis.LanguageNames.CSharp))
                .Select(generator => Microsoft.CodeAnalysis.GeneratorExtensions.GetGeneratorType(generator).FullName)
                .ShouldContain("Verbatim.Generators.CorpusGenerator", project.Name);
        }
    }

    [Fact]
    public async Task After_Speakers_the_sample_speakers_are_listed_with_name_role_and_place()
    {
        var items = await IdeServices.CompletionsAsync(projects.Sample.Project, "class Probe { object P => SampleCorpus.Corpus.Speakers.$$ }");

        items.Keys.ShouldContain("All");
        items["Tillerson"].ShouldContain("Rex W. Tillerson, U.S. Secretary of State, U.S. Department of State.");
        items["Tillerson"].ShouldContain("In corpus.speakers.yaml, line 3.");
        items["Peskov"].ShouldContain("Dmitri S. Peskov, Kremlin spokesman");
    }

    [Fact]
    public async Task After_Articles_the_sample_articles_are_listed_with_title_outlet_and_date()
    {
        var items = await IdeServices.CompletionsAsync(projects.Sample.Project, "class Probe { object P => SampleCorpus.Corpus.Articles.$$ }");

        items["NytTillersonPutin"].ShouldContain("Tillerson Meets Putin, but the Two Sides Cannot Agree on Syria or the Election. The New York Times, 2017-04-12");
        items["NytTillersonPutin"].ShouldContain("In articles/nyt-tillerson-putin.article.md, line 2.");
    }

    [Fact]
    public async Task After_an_article_its_quotes_are_listed_with_their_words()
    {
        var items = await IdeServices.CompletionsAsync(projects.Sample.Project, "class Probe { object P => SampleCorpus.Corpus.Articles.NytTillersonPutin.$$ }");

        items["LowTrust"].ShouldContain("There is a low level of trust between our countries");
        items["LowTrust"].ShouldContain("(Rex W. Tillerson)");
        // The article's own members are there too.
        items.Keys.ShouldContain("Title");
    }

    [Fact]
    public async Task After_Statements_the_sample_statements_are_listed_with_their_wordings_and_outlets()
    {
        var items = await IdeServices.CompletionsAsync(projects.Sample.Project, "class Probe { object P => SampleCorpus.Corpus.Statements.$$ }");

        items.Keys.ShouldContain("All");
        items.Keys.ShouldContain("NuclearPowers");
        items["LowTrust"].ShouldContain("“There is a low level of trust between our two countries” Atridim News Journal, The Guardian.");
        items["LowTrust"].ShouldContain("Also: “There is a low level of trust between our countries,” New York Magazine, The New York Times.");
        items["WorkingGroup"].ShouldContain("“the two sides had agreed to establish a working group");
    }

    [Fact]
    public async Task After_a_statement_its_members_are_listed()
    {
        var items = await IdeServices.CompletionsAsync(projects.Sample.Project, "class Probe { object P => SampleCorpus.Corpus.Statements.LowTrust.$$ }");

        new[] { "Id", "Text", "Quotes", "Articles", "Speakers", "Wordings" }.ShouldAllBe(member => items.ContainsKey(member));
    }

    [Fact]
    public async Task A_package_consumer_gets_the_same()
    {
        var speakers = await IdeServices.CompletionsAsync(projects.News.Project, "class Probe { object P => News.Corpus.Speakers.$$ }");
        var quotes = await IdeServices.CompletionsAsync(projects.News.Project, "class Probe { object P => News.Corpus.Articles.MoscowTalks.$$ }");

        speakers["Lavrov"].ShouldContain("Sergey V. Lavrov, Russian Foreign Minister. 2 quotes in 2 articles. In people.speakers.yaml, line 4.");
        quotes["LowTrust"].ShouldContain("“There is a low level of trust between our countries,” (Rex W. Tillerson). In articles/moscow-talks.article.md, line 7.");
    }
}
