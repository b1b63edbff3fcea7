using Microsoft.CodeAnalysis.Text;
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

    /// <summary>The base of every article's own class: <c>Article</c>'s members, forwarded once here, not in every article's file.</summary>
    public const string ArticleViewType = "ArticleView";

    /// <summary>The members of <c>Article</c> that an <see cref="ArticleViewType"/> forwards, with their types (empty: the date type).</summary>
    private static readonly (string Name, string Type)[] Forwarded =
    {
        ("Id", "string"),
        ("Title", "string"),
        ("Outlet", "string?"),
        ("Published", ""),
        ("Url", "global::System.Uri?"),
        ("Authors", "global::System.Collections.Generic.IReadOnlyList<string>"),
        ("Body", "string"),
        ("Quotes", "global::System.Collections.Generic.IReadOnlyList<Quote>"),
        ("Speakers", "global::System.Collections.Generic.IReadOnlyList<Speaker>"),
        ("SourcePath", "string"),
    };

    public static SourceText Emit(EmitOptions options)
    {
        string date = options.HasDateOnly ? "global::System.DateOnly" : "global::System.DateTime";
        var writer = GeneratedFile.Begin(options);
        writer.Block(Kinds(options.Visibility)).Line();
        writer.Block(ArticleType(options.Visibility, date)).Line();
        WriteArticleView(writer, options.Visibility, date);
        writer.Block(SpeakerType(options.Visibility)).Line();
        writer.Block(QuoteType(options.Visibility)).Line();
        writer.Block(Details).Line();
        writer.EntryClass(options, "Quotes", "The quotes of the corpus.", "Quote",
                "Every quote, in the order of <see cref=\"Articles.All\"/>, then document order.")
            .Line();
        // The loader runs once. Its per-quote work and the table readers are compiled optimized at
        // once: left to tiered compilation (unoptimized and instrumented first) the first walk of
        // 1,000 articles took about 60 % longer. The per-article loop is left to tiering, whose
        // cheaper first compilation is what a small corpus waits for (100 articles: 22 -> 17 ms).
        string hot = options.OptimizeLoader
            ? "[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]\n        "
            : "";
        writer.Block(Loader(date, options.UseUtf8Literals, hot));
        return GeneratedFile.End(writer);
    }

    private static void WriteArticleView(IndentedWriter writer, string visibility, string date)
    {
        writer.Summary("What the type of every <c>Articles.&lt;Member&gt;</c> has: the members of <see cref=\"Article\"/>. Each article's type adds a member per quote id.")
            .Line("/// <remarks>Converts implicitly to the <see cref=\"Article\"/> that <see cref=\"Articles.All\"/> holds.</remarks>")
            .Open(visibility + " abstract class " + ArticleViewType)
            .Line("private readonly Article _article;")
            .Line()
            .Line("private protected " + ArticleViewType + "(Article article) => _article = article;");
        foreach (var (name, type) in Forwarded)
        {
            writer.Line()
                .Line("/// <inheritdoc cref=\"Article." + name + "\"/>")
                .Line("public " + (type.Length == 0 ? date + "?" : type) + " " + name + " => _article." + name + ";");
        }
        writer.Line()
            .Summary("The article itself, as <see cref=\"Articles.All\"/> holds it.")
            .Line("public static implicit operator Article(" + ArticleViewType + " article) => article._article;")
            .Line()
            .Summary("Returns the title.")
            .Line("public override string ToString() => _article.Title;")
            .Close()
            .Line();
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
            private readonly int _detailsAt;
            private string? _body;
            private ArticleDetails? _details;
            private global::System.Uri? _uri;
            private global::System.Collections.Generic.IReadOnlyList<Quote> _quotes = global::System.Array.Empty<Quote>();
            private global::System.Collections.Generic.IReadOnlyList<Speaker>? _speakers;

            internal Article(int index, string id, string title, {{date}}? published, int detailsAt)
            {
                _index = index;
                _detailsAt = detailsAt;
                Id = id;
                Title = title;
                Published = published;
            }

            /// <summary>The article's id: the <c>id</c> of its front matter, else its file name without <c>.article.md</c>.</summary>
            public string Id { get; }

            /// <summary>The headline.</summary>
            public string Title { get; }

            /// <summary>The publication that ran the article, when the front matter names it.</summary>
            public string? Outlet => Details.Outlet;

            /// <summary>The publication date, when the front matter gives it.</summary>
            public {{date}}? Published { get; }

            /// <summary>The article's address, when the front matter gives it.</summary>
            public global::System.Uri? Url
            {
                get
                {
                    // Parsed on first use, so loading the corpus does not pay for it; threads may race to parse it, to equal values.
                    global::System.Uri? uri = _uri;
                    if (uri == null && Details.Url is string url && global::System.Uri.TryCreate(url, global::System.UriKind.Absolute, out uri))
                    {
                        _uri = uri;
                    }
                    return uri;
                }
            }

            /// <summary>The authors, as the front matter lists them.</summary>
            public global::System.Collections.Generic.IReadOnlyList<string> Authors => Details.Authors;

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
            public global::System.Collections.Generic.IReadOnlyList<Speaker> Speakers => _speakers ?? (_speakers = SpeakersOf(_quotes));

            /// <summary>The corpus file, relative to the project folder, with <c>/</c> separators.</summary>
            public string SourcePath => Details.SourcePath;

            /// <summary>Read from the article table on first use (threads may race, to equal values): a walk of titles and quotes does not pay for them.</summary>
            private ArticleDetails Details => _details ?? (_details = VerbatimData.ReadArticleDetails(_detailsAt));

            /// <summary>Returns the title.</summary>
            public override string ToString() => Title;

            internal void Attach(global::System.Collections.Generic.IReadOnlyList<Quote> quotes) => _quotes = quotes;

            /// <summary>Found on first use (threads may race, to equal lists): loading the corpus does not pay for it.</summary>
            private static global::System.Collections.Generic.IReadOnlyList<Speaker> SpeakersOf(global::System.Collections.Generic.IReadOnlyList<Quote> quotes)
            {
                var speakers = new global::System.Collections.Generic.List<Speaker>();
                foreach (var quote in quotes)
                {
                    foreach (var speaker in quote.Speakers)
                    {
                        if (!speakers.Contains(speaker))
                        {
                            speakers.Add(speaker);
                        }
                    }
                }
                return VerbatimData.ReadOnly(speakers.ToArray());
            }
        }
        """;

    private static string SpeakerType(string visibility) => $$"""
        /// <summary>A speaker of the corpus, as a registry or an article's front matter defines it.</summary>
        {{visibility}} sealed class Speaker
        {
            private global::System.Collections.Generic.IReadOnlyList<Quote>? _quotes;

            private readonly int _detailsAt;
            private SpeakerDetails? _details;

            internal Speaker(int index, string id, string name, SpeakerKind kind, int detailsAt)
            {
                Index = index;
                _detailsAt = detailsAt;
                Alone = new global::System.Collections.ObjectModel.ReadOnlyCollection<Speaker>(new[] { this });
                Id = id;
                Name = name;
                Kind = kind;
            }

            /// <summary>The speaker's id, as its definition writes it.</summary>
            public string Id { get; }

            /// <summary>The speaker's name (for an anonymous source, how the articles describe it).</summary>
            public string Name { get; }

            /// <summary>The speaker's role, when defined.</summary>
            public string? Role => Details.Role;

            /// <summary>The speaker's organization, when defined.</summary>
            public string? Organization => Details.Organization;

            /// <summary>What the speaker is.</summary>
            public SpeakerKind Kind { get; }

            /// <summary>Other names the speaker goes by.</summary>
            public global::System.Collections.Generic.IReadOnlyList<string> Aliases => Details.Aliases;

            /// <summary>Every quote attributed to the speaker, in the order of <c>Articles.All</c>, then document order.</summary>
            public global::System.Collections.Generic.IReadOnlyList<Quote> Quotes => _quotes ?? (_quotes = VerbatimData.Corpus.QuotesOf(this));

            /// <summary>Returns the name.</summary>
            public override string ToString() => Name;

            /// <summary>Read from the speaker table on first use (threads may race, to equal values).</summary>
            private SpeakerDetails Details => _details ?? (_details = VerbatimData.ReadSpeakerDetails(_detailsAt));

            /// <summary>The speaker's place in <c>Speakers.All</c>.</summary>
            internal int Index { get; }

            /// <summary>A list of this speaker alone, which every quote of this speaker alone shares.</summary>
            internal global::System.Collections.Generic.IReadOnlyList<Speaker> Alone { get; }

        }
        """;

    /// <summary>What articles and speakers read from their tables only when asked.</summary>
    private const string Details = """
        internal sealed class ArticleDetails
        {
            internal ArticleDetails(string? outlet, string? url, global::System.Collections.Generic.IReadOnlyList<string> authors, string sourcePath)
            {
                Outlet = outlet;
                Url = url;
                Authors = authors;
                SourcePath = sourcePath;
            }

            internal string? Outlet { get; }

            internal string? Url { get; }

            internal global::System.Collections.Generic.IReadOnlyList<string> Authors { get; }

            internal string SourcePath { get; }
        }

        internal sealed class SpeakerDetails
        {
            internal SpeakerDetails(string? role, string? organization, global::System.Collections.Generic.IReadOnlyList<string> aliases)
            {
                Role = role;
                Organization = organization;
                Aliases = aliases;
            }

            internal string? Role { get; }

            internal string? Organization { get; }

            internal global::System.Collections.Generic.IReadOnlyList<string> Aliases { get; }
        }
        """;

    private static string QuoteType(string visibility) => $$"""
        /// <summary>A quote: words (or a paraphrase) of one or more speakers, at a place in an article's body.</summary>
        {{visibility}} sealed class Quote
        {
            private global::System.Collections.Generic.IReadOnlyList<Quote> _nested = global::System.Array.Empty<Quote>();

            internal Quote(string? id, Article article, global::System.Collections.Generic.IReadOnlyList<Speaker> speakers, string text, QuoteKind kind, int start, int length, Quote? parent, int line, bool isSic)
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
                IsSic = isSic;
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

            /// <summary>True when the corpus author marked the quote <c>!sic</c>: the outlet printed these words so, even where other outlets print others.</summary>
            public bool IsSic { get; }

            /// <summary>The statements the quote is part of (see <c>Statements</c>); empty when no other article reports these words.</summary>
            public global::System.Collections.Generic.IReadOnlyList<Statement> Statements => VerbatimData.StatementGraph.StatementsOf(this);

            /// <summary>Returns the text.</summary>
            public override string ToString() => Text;

            internal void Attach(global::System.Collections.Generic.IReadOnlyList<Quote> nested) => _nested = nested;
        }
        """;

    /// <param name="hot">What precedes a method of the loader's loops (an attribute line, or nothing).</param>
    private static string Loader(string date, bool isUtf8, string hot) => $$"""
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

            internal static global::System.Collections.Generic.IReadOnlyList<T> ReadOnly<T>(T[] items) =>
                items.Length == 0 ? (global::System.Collections.Generic.IReadOnlyList<T>)global::System.Array.Empty<T>() : new global::System.Collections.ObjectModel.ReadOnlyCollection<T>(items);

            internal static ArticleDetails ReadArticleDetails(int position)
            {
                var table = new TableReader(ArticleTable, position);
                return new ArticleDetails(table.ReadNullableText(), table.ReadNullableText(), table.ReadTexts(), table.ReadText());
            }

            internal static SpeakerDetails ReadSpeakerDetails(int position)
            {
                var table = new TableReader(SpeakerTable, position);
                return new SpeakerDetails(table.ReadNullableText(), table.ReadNullableText(), table.ReadTexts());
            }

            internal sealed class Graph
            {
                private readonly global::System.Collections.Generic.Dictionary<string, Article> _articlesById;
                private readonly Speaker[] _speakers;
                private readonly Quote[] _allQuotes;
                private global::System.Collections.Generic.IReadOnlyList<Quote>[]? _quotesBySpeaker;

                internal Graph()
                {
                    var speakers = ReadSpeakers();

                    var articleTable = new TableReader(ArticleTable, 0);
                    var articles = new Article[articleTable.ReadInt()];
                    _articlesById = new global::System.Collections.Generic.Dictionary<string, Article>(articles.Length, global::System.StringComparer.Ordinal);

                    // Each quote table slice is read front to back as its articles come; it starts with its number of quotes.
                    var quotePositions = new int[articleTable.ReadInt()];
                    int quoteCount = 0;
                    for (int bucket = 0; bucket < quotePositions.Length; bucket++)
                    {
                        var quoteTable = new TableReader(QuoteTable(bucket), 0);
                        quoteCount += quoteTable.ReadInt();
                        quotePositions[bucket] = quoteTable.Position;
                    }
                    var allQuotes = new Quote[quoteCount];
                    int quoteAt = 0;

                    for (int a = 0; a < articles.Length; a++)
                    {
                        int bucket = articleTable.ReadInt();
                        var article = new Article(a, articleTable.ReadText(), articleTable.ReadText(), ReadDate(ref articleTable), articleTable.Position);
                        articleTable.SkipArticleDetails();
                        articles[a] = article;
                        _articlesById.Add(article.Id, article);

                        var quoteTable = new TableReader(QuoteTable(bucket), quotePositions[bucket]);
                        article.Attach(ReadOnly(ReadQuotes(ref quoteTable, article, speakers, allQuotes, ref quoteAt)));
                        quotePositions[bucket] = quoteTable.Position;
                    }

                    _speakers = speakers;
                    _allQuotes = allQuotes;
                    Speakers = ReadOnly(speakers);
                    Articles = ReadOnly(articles);
                    Quotes = ReadOnly(allQuotes);
                }

                internal global::System.Collections.Generic.IReadOnlyList<Speaker> Speakers { get; }

                internal global::System.Collections.Generic.IReadOnlyList<Article> Articles { get; }

                internal global::System.Collections.Generic.IReadOnlyList<Quote> Quotes { get; }

                internal Article ArticleWithId(string id) => _articlesById[id];

                {{hot}}private static Speaker[] ReadSpeakers()
                {
                    var table = new TableReader(SpeakerTable, 0);
                    var speakers = new Speaker[table.ReadInt()];
                    for (int i = 0; i < speakers.Length; i++)
                    {
                        speakers[i] = new Speaker(i, table.ReadText(), table.ReadText(), (SpeakerKind)table.ReadInt(), table.Position);
                        table.SkipSpeakerDetails();
                    }
                    return speakers;
                }

                /// <summary>An article's quotes, from its part of a quote table slice; each is also put in <paramref name="allQuotes"/>.</summary>
                {{hot}}private static Quote[] ReadQuotes(ref TableReader quoteTable, Article article, Speaker[] speakers, Quote[] allQuotes, ref int quoteAt)
                {
                    var quotes = new Quote[quoteTable.ReadInt()];
                    global::System.Collections.Generic.List<Quote>?[]? nested = null;
                    for (int q = 0; q < quotes.Length; q++)
                    {
                        string? id = quoteTable.ReadNullableText();
                        var quoteSpeakers = ReadQuoteSpeakers(ref quoteTable, speakers);
                        var kind = (QuoteKind)quoteTable.ReadInt();
                        int start = quoteTable.ReadInt();
                        int length = quoteTable.ReadInt();
                        int line = quoteTable.ReadInt();
                        int parent = quoteTable.ReadInt();
                        bool isSic = quoteTable.ReadInt() != 0;
                        var quote = new Quote(id, article, quoteSpeakers, quoteTable.ReadText(), kind, start, length, parent < 0 ? null : quotes[parent], line, isSic);
                        quotes[q] = quote;
                        allQuotes[quoteAt++] = quote;
                        if (parent >= 0)
                        {
                            nested = nested ?? new global::System.Collections.Generic.List<Quote>?[quotes.Length];
                            (nested[parent] ?? (nested[parent] = new global::System.Collections.Generic.List<Quote>())).Add(quote);
                        }
                    }
                    for (int q = 0; nested != null && q < quotes.Length; q++)
                    {
                        var children = nested[q];
                        if (children != null)
                        {
                            quotes[q].Attach(ReadOnly(children.ToArray()));
                        }
                    }
                    return quotes;
                }

                /// <summary>A quote of one speaker shares that speaker's list of itself; only joint quotes get a list of their own.</summary>
                {{hot}}private static global::System.Collections.Generic.IReadOnlyList<Speaker> ReadQuoteSpeakers(ref TableReader table, Speaker[] speakers)
                {
                    int count = table.ReadInt();
                    if (count == 1)
                    {
                        return speakers[table.ReadInt()].Alone;
                    }
                    var quoteSpeakers = new Speaker[count];
                    for (int s = 0; s < count; s++)
                    {
                        quoteSpeakers[s] = speakers[table.ReadInt()];
                    }
                    return ReadOnly(quoteSpeakers);
                }

                /// <summary>A speaker's quotes, in corpus order: every speaker's are found together, on the first call.</summary>
                internal global::System.Collections.Generic.IReadOnlyList<Quote> QuotesOf(Speaker speaker)
                {
                    var quotesBySpeaker = global::System.Threading.Volatile.Read(ref _quotesBySpeaker);
                    if (quotesBySpeaker == null)
                    {
                        quotesBySpeaker = QuotesBySpeaker();
                        quotesBySpeaker = global::System.Threading.Interlocked.CompareExchange(ref _quotesBySpeaker, quotesBySpeaker, null) ?? quotesBySpeaker;
                    }
                    return quotesBySpeaker[speaker.Index];
                }

                {{hot}}private global::System.Collections.Generic.IReadOnlyList<Quote>[] QuotesBySpeaker()
                {
                    var counts = new int[_speakers.Length];
                    foreach (var quote in _allQuotes)
                    {
                        foreach (var speaker in quote.Speakers)
                        {
                            counts[speaker.Index]++;
                        }
                    }
                    var quotesOfSpeaker = new Quote[_speakers.Length][];
                    for (int i = 0; i < quotesOfSpeaker.Length; i++)
                    {
                        quotesOfSpeaker[i] = new Quote[counts[i]];
                        counts[i] = 0;
                    }
                    foreach (var quote in _allQuotes)
                    {
                        foreach (var speaker in quote.Speakers)
                        {
                            quotesOfSpeaker[speaker.Index][counts[speaker.Index]++] = quote;
                        }
                    }
                    var quotesBySpeaker = new global::System.Collections.Generic.IReadOnlyList<Quote>[quotesOfSpeaker.Length];
                    for (int i = 0; i < quotesOfSpeaker.Length; i++)
                    {
                        quotesBySpeaker[i] = ReadOnly(quotesOfSpeaker[i]);
                    }
                    return quotesBySpeaker;
                }

                private static {{date}}? ReadDate(ref TableReader table)
                {
                    int year = table.ReadInt();
                    if (year < 0)
                    {
                        return null;
                    }
                    int month = table.ReadInt();
                    return new {{date}}(year, month, table.ReadInt());
                }
            }

        {{TableReader(isUtf8, hot)}}
        }
        """;

    /// <summary>
    /// The reader of the tables <see cref="DataTableWriter"/> writes: over UTF-8 bytes, decoding each
    /// text from its own bytes, or over a string.
    /// </summary>
    private static string TableReader(bool isUtf8, string hot) => $$"""
            /// <summary>Reads a table: an integer is its digits then ','; a text is its length, ',', then its {{(isUtf8 ? "UTF-8 bytes (length -1: null; -2 - n: n UTF-16 code units as integers)" : "characters (length -1: null)")}}.</summary>
            private ref struct TableReader
            {
                private readonly {{IndentedWriter.TableType(isUtf8)}} _data;

                internal TableReader({{IndentedWriter.TableType(isUtf8)}} data, int position)
                {
                    _data = data;
                    Position = position;
                }

                internal int Position { get; private set; }

                {{hot}}internal int ReadInt()
                {
                    int position = Position;
                    bool negative = _data[position] == '-';
                    if (negative)
                    {
                        position++;
                    }
                    int value = 0;
                    int digit;
                    while ((digit = _data[position++]) != ',')
                    {
                        value = (value * 10) + (digit - '0');
                    }
                    Position = position;
                    return negative ? -value : value;
                }

                {{hot}}internal string? ReadNullableText()
                {
                    int length = ReadInt();
                    if (length < 0)
                    {
                        return {{(isUtf8 ? "length == -1 ? null : ReadCodeUnits(-2 - length)" : "null")}};
                    }
                    string text = {{(isUtf8 ? "global::System.Text.Encoding.UTF8.GetString(_data.Slice(Position, length))" : "_data.Substring(Position, length)")}};
                    Position += length;
                    return text;
                }

                internal string ReadText() => ReadNullableText() ?? string.Empty;

                /// <summary>Steps over what <see cref="ReadArticleDetails"/> reads: outlet, URL, authors, source path.</summary>
                internal void SkipArticleDetails()
                {
                    SkipText();
                    SkipText();
                    SkipTexts();
                    SkipText();
                }

                /// <summary>Steps over what <see cref="ReadSpeakerDetails"/> reads: role, organization, aliases.</summary>
                internal void SkipSpeakerDetails()
                {
                    SkipText();
                    SkipText();
                    SkipTexts();
                }

                internal void SkipText()
                {
                    int length = ReadInt();
                    if (length >= 0)
                    {
                        Position += length;
                    }
                    for (int unit = 0; unit < -2 - length; unit++)
                    {
                        ReadInt();
                    }
                }

                private void SkipTexts()
                {
                    for (int count = ReadInt(); count > 0; count--)
                    {
                        SkipText();
                    }
                }

                {{hot}}internal global::System.Collections.Generic.IReadOnlyList<string> ReadTexts()
                {
                    var texts = new string[ReadInt()];
                    for (int i = 0; i < texts.Length; i++)
                    {
                        texts[i] = ReadText();
                    }
                    return ReadOnly(texts);
                }{{(isUtf8 ? "\n\n" + ReadCodeUnits : "")}}
            }
        """;

    /// <summary>How a <c>u8</c> table holds a text that UTF-8 cannot (a lone surrogate).</summary>
    private const string ReadCodeUnits = """
                private string ReadCodeUnits(int count)
                {
                    var units = new char[count];
                    for (int i = 0; i < count; i++)
                    {
                        units[i] = (char)ReadInt();
                    }
                    return new string(units);
                }
        """;
}
