namespace Verbatim.Generators.Emitting;

/// <summary>
/// The part of <see cref="ModelSource"/> that writes the public types <c>Article</c>, <c>Speaker</c> and
/// <c>Quote</c> (one long concern: their members and docs are the generated API of docs/generated-api.md).
/// </summary>
internal static partial class ModelSource
{
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

            internal Article(int index, int quoteSlice, string id, string title, {{date}}? published, int detailsAt)
            {
                _index = index;
                QuoteSlice = quoteSlice;
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

        {{ArticleBodySource.Property}}

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

            /// <summary>The slice of the quote table that holds the article's quotes.</summary>
            internal int QuoteSlice { get; }

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
            private global::System.Collections.Generic.IReadOnlyList<Speaker>? _alone;

            internal Speaker(int index, string id, string name, SpeakerKind kind, int detailsAt)
            {
                Index = index;
                _detailsAt = detailsAt;
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

            /// <summary>A list of this speaker alone, which every quote of this speaker alone shares; made on first use (threads may race, to equal lists).</summary>
            internal global::System.Collections.Generic.IReadOnlyList<Speaker> Alone => _alone ?? (_alone = new global::System.Collections.ObjectModel.ReadOnlyCollection<Speaker>(new[] { this }));

        }
        """;


    private static string QuoteType(string visibility) => $$"""
        /// <summary>A quote: words (or a paraphrase) of one or more speakers, at a place in an article's body.</summary>
        {{visibility}} sealed class Quote
        {
            private global::System.Collections.Generic.IReadOnlyList<Quote> _nested = global::System.Array.Empty<Quote>();

            // Every speaker of a joint quote; null for a quote of its first speaker alone, which shares that speaker's list.
            private readonly global::System.Collections.Generic.IReadOnlyList<Speaker>? _jointSpeakers;

            // Where the text is in its article's quote table slice: decoded on first use, so loading the corpus does not pay for it (threads may race, to equal strings).
            private readonly int _textAt;
            private string? _text;

            internal Quote(string? id, Article article, Speaker speaker, global::System.Collections.Generic.IReadOnlyList<Speaker>? jointSpeakers, int textAt, QuoteKind kind, int start, int length, Quote? parent, int line, bool isSic)
            {
                Id = id;
                Article = article;
                Speaker = speaker;
                _jointSpeakers = jointSpeakers;
                _textAt = textAt;
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
            public Speaker Speaker { get; }

            /// <summary>The speakers the quote is attributed to, in the order written.</summary>
            public global::System.Collections.Generic.IReadOnlyList<Speaker> Speakers => _jointSpeakers ?? Speaker.Alone;

            /// <summary>The quote's words without one enclosing pair of quotation marks and surrounding white space.</summary>
            public string Text => _text ?? (_text = VerbatimData.QuoteText(Article.QuoteSlice, _textAt));

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

}
