namespace Verbatim.Generators.Emitting;

/// <summary>
/// The part of <see cref="ModelSource"/> that writes the loader, <c>VerbatimData</c>: the corpus built in loops
/// from the data tables, and the <c>TableReader</c> they are read with. Each table's own reading is written
/// beside that table's writer (<see cref="ArticleTableSource"/>, <see cref="SpeakersSource"/>, <see cref="QuotesSource"/>).
/// </summary>
internal static partial class ModelSource
{
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

        {{ArticleTableSource.DetailsReader}}

        {{SpeakersSource.DetailsReader}}

        {{QuotesSource.TextReader}}

            internal sealed class Graph
            {
                private readonly Article[] _articles;
                private readonly Speaker[] _speakers;
                private global::System.Collections.Generic.IReadOnlyList<Quote>? _quotes;
                private global::System.Collections.Generic.IReadOnlyList<Quote>[]? _quotesBySpeaker;

        {{ArticleTableSource.Walk}}

                internal global::System.Collections.Generic.IReadOnlyList<Speaker> Speakers { get; }

                internal global::System.Collections.Generic.IReadOnlyList<Article> Articles { get; }

                /// <summary>Every quote, gathered from the articles on first use: a walk of the articles does not pay for it.</summary>
                internal global::System.Collections.Generic.IReadOnlyList<Quote> Quotes
                {
                    get
                    {
                        var quotes = global::System.Threading.Volatile.Read(ref _quotes);
                        if (quotes == null)
                        {
                            quotes = ReadOnly(AllQuotes());
                            quotes = global::System.Threading.Interlocked.CompareExchange(ref _quotes, quotes, null) ?? quotes;
                        }
                        return quotes;
                    }
                }

                private Quote[] AllQuotes()
                {
                    int count = 0;
                    foreach (var article in _articles)
                    {
                        count += article.Quotes.Count;
                    }
                    var all = new Quote[count];
                    int at = 0;
                    foreach (var article in _articles)
                    {
                        foreach (var quote in article.Quotes)
                        {
                            all[at++] = quote;
                        }
                    }
                    return all;
                }

                /// <summary>The article of an article's member: <c>Articles.All</c> is in the ordinal order of ids, so it is found by halves, with no index built.</summary>
                internal Article ArticleWithId(string id)
                {
                    int low = 0;
                    int high = _articles.Length - 1;
                    while (low <= high)
                    {
                        int middle = low + ((high - low) / 2);
                        int order = string.CompareOrdinal(_articles[middle].Id, id);
                        if (order == 0)
                        {
                            return _articles[middle];
                        }
                        if (order < 0)
                        {
                            low = middle + 1;
                        }
                        else
                        {
                            high = middle - 1;
                        }
                    }
                    throw new global::System.Collections.Generic.KeyNotFoundException(id);
                }

        {{SpeakersSource.Reader(hot)}}

        {{QuotesSource.Reader(hot)}}

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
                    var all = AllQuotes();
                    var counts = new int[_speakers.Length];
                    foreach (var quote in all)
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
                    foreach (var quote in all)
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

        {{ArticleTableSource.DateReader(date)}}
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

        {{ArticleTableSource.DetailsSkipper}}

        {{SpeakersSource.DetailsSkipper}}

                {{hot}}internal void SkipText()
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
                }{{(isUtf8 ? "\n\n" + ReadCodeUnits + "\n\n" + BodyReader(hot) : "")}}
            }
        """;

    /// <summary>
    /// How a <c>u8</c> body table's entries are read: each is its length in UTF-16, then a text. The body
    /// is decoded in one pass into a string of that length (<c>string.Create</c> and span decoding arrive
    /// together, in .NET Core 2.1 and .NET Standard 2.1, the targets <c>u8</c> tables need); a span cannot be
    /// held, so the decoder finds the slice's table again by its number.
    /// </summary>
    private static string BodyReader(string hot) => $$"""
                internal void SkipBody()
                {
                    ReadInt();
                    SkipText();
                }

                {{hot}}internal string ReadBody(int slice)
                {
                    int length = ReadInt();
                    int start = Position;
                    int bytes = ReadInt();
                    if (bytes < 0)
                    {
                        Position = start;
                        return ReadText();
                    }
                    var place = (Slice: slice, Start: Position, Bytes: bytes);
                    Position += bytes;
                    return string.Create(length, place, static (chars, at) => global::System.Text.Encoding.UTF8.GetChars(BodyTable(at.Slice).Slice(at.Start, at.Bytes), chars));
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
