using Verbatim.Generators.Options;

namespace Verbatim.Generators.Emitting;

/// <summary>
/// <c>Verbatim.Model.g.cs</c>: the runtime types (<c>Article</c>, <c>Speaker</c>, <c>Quote</c>, the
/// kinds), <c>Quotes.All</c> and the loader that builds the whole corpus in loops from the data tables the other
/// files hold. Depends on the options only, so no corpus edit ever regenerates it.
/// </summary>
internal static class ModelSource
{
    public const string HintName = "Verbatim.Model.g.cs";

    public static string Emit(EmitOptions options)
    {
        string date = options.HasDateOnly ? "global::System.DateOnly" : "global::System.DateTime";
        var writer = GeneratedFile.Begin(options);
        writer.Block(Kinds(options.Visibility)).Line();
        writer.Block(ArticleType(options.Visibility, date)).Line();
        writer.Block(SpeakerType(options.Visibility)).Line();
        writer.Block(QuoteType(options.Visibility)).Line();
        writer.EntryClass(options, "Quotes", "The quotes of the corpus.", "Quote",
                "Every quote, in the order of <see cref=\"Articles.All\"/>, then document order.")
            .Line();
        writer.Block(Loader(date));
        return GeneratedFile.End(writer);
    }

    private static string Kinds(string visibility) => $$"""
        /// <summary>Whether a quote gives the speaker's own words or paraphrases them.</summary>
        {{visibility}} enum QuoteKind
        {
            /// <summary>The speaker's own words.</summary>
            Direct,

            /// <summary>A paraphrase of what the speaker said, without quotation marks.</summary>
            Indirect,
        }

        /// <summary>What a speaker is.</summary>
        {{visibility}} enum SpeakerKind
        {
            /// <summary>A person.</summary>
            Person,

            /// <summary>An organization speaking as one.</summary>
            Organization,

            /// <summary>A group of people.</summary>
            Group,

            /// <summary>A source the article does not name.</summary>
            Anonymous,
        }
        """;

    private static string ArticleType(string visibility, string date) => $$"""
        /// <summary>An article of the corpus: its front matter, its text and its quotes.</summary>
        {{visibility}} sealed class Article
        {
            private readonly int _index;
            private string? _body;
            private global::System.Collections.Generic.IReadOnlyList<Quote> _quotes = global::System.Array.Empty<Quote>();
            private global::System.Collections.Generic.IReadOnlyList<Speaker> _speakers = global::System.Array.Empty<Speaker>();

            internal Article(int index, string id, string title, string? outlet, {{date}}? published, global::System.Uri? url, global::System.Collections.Generic.IReadOnlyList<string> authors, string sourcePath)
            {
                _index = index;
                Id = id;
                Title = title;
                Outlet = outlet;
                Published = published;
                Url = url;
                Authors = authors;
                SourcePath = sourcePath;
            }

            /// <summary>The article's id: the <c>id</c> of its front matter, else its file name without <c>.article.md</c>.</summary>
            public string Id { get; }

            /// <summary>The headline.</summary>
            public string Title { get; }

            /// <summary>The publication that ran the article, when the front matter names it.</summary>
            public string? Outlet { get; }

            /// <summary>The publication date, when the front matter gives it.</summary>
            public {{date}}? Published { get; }

            /// <summary>The article's address, when the front matter gives it.</summary>
            public global::System.Uri? Url { get; }

            /// <summary>The authors, as the front matter lists them.</summary>
            public global::System.Collections.Generic.IReadOnlyList<string> Authors { get; }

            /// <summary>The article's text with the annotations' markup removed: it reads as the article did. Decoded on first use.</summary>
            public string Body
            {
                get
                {
                    string? body = _body;
                    if (body == null)
                    {
                        // Two threads may both decode; they produce equal strings, so either may win.
                        body = VerbatimData.ArticleBody(_index);
                        _body = body;
                    }
                    return body;
                }
            }

            /// <summary>The article's quotes in document order, an outer quote before the quotes nested in it.</summary>
            public global::System.Collections.Generic.IReadOnlyList<Quote> Quotes => _quotes;

            /// <summary>The speakers the article quotes, in the order they are first quoted.</summary>
            public global::System.Collections.Generic.IReadOnlyList<Speaker> Speakers => _speakers;

            /// <summary>The corpus file, relative to the project folder, with <c>/</c> separators.</summary>
            public string SourcePath { get; }

            /// <summary>Returns the title.</summary>
            public override string ToString() => Title;

            internal void Attach(global::System.Collections.Generic.IReadOnlyList<Quote> quotes, global::System.Collections.Generic.IReadOnlyList<Speaker> speakers)
            {
                _quotes = quotes;
                _speakers = speakers;
            }
        }
        """;

    private static string SpeakerType(string visibility) => $$"""
        /// <summary>A speaker of the corpus, as a registry or an article's front matter defines it.</summary>
        {{visibility}} sealed class Speaker
        {
            private global::System.Collections.Generic.IReadOnlyList<Quote> _quotes = global::System.Array.Empty<Quote>();

            internal Speaker(string id, string name, string? role, string? organization, SpeakerKind kind, global::System.Collections.Generic.IReadOnlyList<string> aliases)
            {
                Id = id;
                Name = name;
                Role = role;
                Organization = organization;
                Kind = kind;
                Aliases = aliases;
            }

            /// <summary>The speaker's id, as its definition writes it.</summary>
            public string Id { get; }

            /// <summary>The speaker's name (for an anonymous source, how the articles describe it).</summary>
            public string Name { get; }

            /// <summary>The speaker's role, when defined.</summary>
            public string? Role { get; }

            /// <summary>The speaker's organization, when defined.</summary>
            public string? Organization { get; }

            /// <summary>What the speaker is.</summary>
            public SpeakerKind Kind { get; }

            /// <summary>Other names the speaker goes by.</summary>
            public global::System.Collections.Generic.IReadOnlyList<string> Aliases { get; }

            /// <summary>Every quote attributed to the speaker, in the order of <c>Articles.All</c>, then document order.</summary>
            public global::System.Collections.Generic.IReadOnlyList<Quote> Quotes => _quotes;

            /// <summary>Returns the name.</summary>
            public override string ToString() => Name;

            internal void Attach(global::System.Collections.Generic.IReadOnlyList<Quote> quotes) => _quotes = quotes;
        }
        """;

    private static string QuoteType(string visibility) => $$"""
        /// <summary>A quote: words (or a paraphrase) of one or more speakers, at a place in an article's body.</summary>
        {{visibility}} sealed class Quote
        {
            private global::System.Collections.Generic.IReadOnlyList<Quote> _nested = global::System.Array.Empty<Quote>();

            internal Quote(string? id, Article article, global::System.Collections.Generic.IReadOnlyList<Speaker> speakers, string text, QuoteKind kind, int start, int length, Quote? parent, int line)
            {
                Id = id;
                Article = article;
                Speakers = speakers;
                Text = text;
                Kind = kind;
                Start = start;
                Length = length;
                Parent = parent;
                Line = line;
            }

            /// <summary>The quote's id (<c>#id</c> in its annotation), or null.</summary>
            public string? Id { get; }

            /// <summary>The article that holds the quote.</summary>
            public Article Article { get; }

            /// <summary>The first of the quote's speakers.</summary>
            public Speaker Speaker => Speakers[0];

            /// <summary>The speakers the quote is attributed to, in the order written.</summary>
            public global::System.Collections.Generic.IReadOnlyList<Speaker> Speakers { get; }

            /// <summary>The quote's words without one enclosing pair of quotation marks and surrounding white space.</summary>
            public string Text { get; }

            /// <summary>Whether the quote gives the speaker's words or paraphrases them.</summary>
            public QuoteKind Kind { get; }

            /// <summary>Where the quote's content starts in <see cref="Article.Body"/>.</summary>
            public int Start { get; }

            /// <summary>The length of the quote's content in <see cref="Article.Body"/>, nested quotes included.</summary>
            public int Length { get; }

            /// <summary>The quote this one is nested in, or null.</summary>
            public Quote? Parent { get; }

            /// <summary>The quotes nested directly in this one, in document order.</summary>
            public global::System.Collections.Generic.IReadOnlyList<Quote> Nested => _nested;

            /// <summary>The 1-based line of the annotation in the corpus file.</summary>
            public int Line { get; }

            /// <summary>Returns the text.</summary>
            public override string ToString() => Text;

            internal void Attach(global::System.Collections.Generic.IReadOnlyList<Quote> nested) => _nested = nested;
        }
        """;

    private static string Loader(string date) => $$"""
        /// <summary>Builds the corpus from the data tables, in loops, once, on first use.</summary>
        internal static partial class VerbatimData
        {
            private static Graph? s_graph;

            internal static Graph Corpus
            {
                get
                {
                    Graph? graph = global::System.Threading.Volatile.Read(ref s_graph);
                    if (graph == null)
                    {
                        graph = new Graph();
                        graph = global::System.Threading.Interlocked.CompareExchange(ref s_graph, graph, null) ?? graph;
                    }
                    return graph;
                }
            }

            private static global::System.Collections.Generic.IReadOnlyList<T> ReadOnly<T>(T[] items) =>
                items.Length == 0 ? (global::System.Collections.Generic.IReadOnlyList<T>)global::System.Array.Empty<T>() : new global::System.Collections.ObjectModel.ReadOnlyCollection<T>(items);

            internal sealed class Graph
            {
                private readonly global::System.Collections.Generic.Dictionary<string, Article> _articlesById;

                internal Graph()
                {
                    var speakerTable = new TableReader(SpeakerTable);
                    var speakers = new Speaker[speakerTable.ReadInt()];
                    var quotesOfSpeaker = new global::System.Collections.Generic.List<Quote>[speakers.Length];
                    for (int i = 0; i < speakers.Length; i++)
                    {
                        speakers[i] = new Speaker(speakerTable.ReadText(), speakerTable.ReadText(), speakerTable.ReadNullableText(), speakerTable.ReadNullableText(), (SpeakerKind)speakerTable.ReadInt(), speakerTable.ReadTexts());
                        quotesOfSpeaker[i] = new global::System.Collections.Generic.List<Quote>();
                    }

                    var articleTable = new TableReader(ArticleTable);
                    var articles = new Article[articleTable.ReadInt()];
                    var quoteTables = new TableReader?[articleTable.ReadInt()];
                    var allQuotes = new global::System.Collections.Generic.List<Quote>();
                    _articlesById = new global::System.Collections.Generic.Dictionary<string, Article>(articles.Length, global::System.StringComparer.Ordinal);
                    for (int a = 0; a < articles.Length; a++)
                    {
                        int bucket = articleTable.ReadInt();
                        var quoteTable = quoteTables[bucket] ?? (quoteTables[bucket] = new TableReader(QuoteTable(bucket)));
                        var article = new Article(a, articleTable.ReadText(), articleTable.ReadText(), articleTable.ReadNullableText(), ReadDate(articleTable), ReadUrl(articleTable), articleTable.ReadTexts(), articleTable.ReadText());
                        articles[a] = article;
                        _articlesById.Add(article.Id, article);

                        var quotes = new Quote[quoteTable.ReadInt()];
                        var nested = new global::System.Collections.Generic.List<Quote>?[quotes.Length];
                        var articleSpeakers = new global::System.Collections.Generic.List<Speaker>();
                        for (int q = 0; q < quotes.Length; q++)
                        {
                            string? id = quoteTable.ReadNullableText();
                            var speakerIndexes = new int[quoteTable.ReadInt()];
                            var quoteSpeakers = new Speaker[speakerIndexes.Length];
                            for (int s = 0; s < speakerIndexes.Length; s++)
                            {
                                speakerIndexes[s] = quoteTable.ReadInt();
                                quoteSpeakers[s] = speakers[speakerIndexes[s]];
                                if (!articleSpeakers.Contains(quoteSpeakers[s]))
                                {
                                    articleSpeakers.Add(quoteSpeakers[s]);
                                }
                            }
                            var kind = (QuoteKind)quoteTable.ReadInt();
                            int start = quoteTable.ReadInt();
                            int length = quoteTable.ReadInt();
                            int line = quoteTable.ReadInt();
                            int parent = quoteTable.ReadInt();
                            string text = quoteTable.ReadText();
                            var quote = new Quote(id, article, ReadOnly(quoteSpeakers), text, kind, start, length, parent < 0 ? null : quotes[parent], line);
                            quotes[q] = quote;
                            allQuotes.Add(quote);
                            if (parent >= 0)
                            {
                                (nested[parent] ?? (nested[parent] = new global::System.Collections.Generic.List<Quote>())).Add(quote);
                            }
                            foreach (int speakerIndex in speakerIndexes)
                            {
                                quotesOfSpeaker[speakerIndex].Add(quote);
                            }
                        }
                        for (int q = 0; q < quotes.Length; q++)
                        {
                            var children = nested[q];
                            if (children != null)
                            {
                                quotes[q].Attach(ReadOnly(children.ToArray()));
                            }
                        }
                        article.Attach(ReadOnly(quotes), ReadOnly(articleSpeakers.ToArray()));
                    }

                    for (int i = 0; i < speakers.Length; i++)
                    {
                        speakers[i].Attach(ReadOnly(quotesOfSpeaker[i].ToArray()));
                    }
                    Speakers = ReadOnly(speakers);
                    Articles = ReadOnly(articles);
                    Quotes = ReadOnly(allQuotes.ToArray());
                }

                internal global::System.Collections.Generic.IReadOnlyList<Speaker> Speakers { get; }

                internal global::System.Collections.Generic.IReadOnlyList<Article> Articles { get; }

                internal global::System.Collections.Generic.IReadOnlyList<Quote> Quotes { get; }

                internal Article ArticleWithId(string id) => _articlesById[id];

                private static {{date}}? ReadDate(TableReader table)
                {
                    int year = table.ReadInt();
                    if (year < 0)
                    {
                        return null;
                    }
                    int month = table.ReadInt();
                    return new {{date}}(year, month, table.ReadInt());
                }

                private static global::System.Uri? ReadUrl(TableReader table)
                {
                    string? url = table.ReadNullableText();
                    global::System.Uri? uri;
                    return url != null && global::System.Uri.TryCreate(url, global::System.UriKind.Absolute, out uri) ? uri : null;
                }
            }

            /// <summary>Reads a table: an integer is its digits then ','; a text is its length, ',', its characters (length -1: null).</summary>
            private sealed class TableReader
            {
                private readonly string _data;
                private int _position;

                internal TableReader(string data) => _data = data;

                internal int ReadInt()
                {
                    bool negative = _data[_position] == '-';
                    if (negative)
                    {
                        _position++;
                    }
                    int value = 0;
                    char c;
                    while ((c = _data[_position++]) != ',')
                    {
                        value = (value * 10) + (c - '0');
                    }
                    return negative ? -value : value;
                }

                internal string? ReadNullableText()
                {
                    int length = ReadInt();
                    if (length < 0)
                    {
                        return null;
                    }
                    string text = _data.Substring(_position, length);
                    _position += length;
                    return text;
                }

                internal string ReadText() => ReadNullableText() ?? string.Empty;

                internal global::System.Collections.Generic.IReadOnlyList<string> ReadTexts()
                {
                    var texts = new string[ReadInt()];
                    for (int i = 0; i < texts.Length; i++)
                    {
                        texts[i] = ReadText();
                    }
                    return ReadOnly(texts);
                }
            }
        }
        """;
}
