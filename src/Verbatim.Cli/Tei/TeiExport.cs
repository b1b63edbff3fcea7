using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using Verbatim.Cli.Infrastructure;
using Verbatim.Cli.Model;
using Verbatim.Corpus.Model;

namespace Verbatim.Cli.Tei;

/// <summary>
/// TEI P5: one <c>&lt;TEI&gt;</c> document per article (<c>id.xml</c>). The header holds the
/// title, outlet, date, URL and authors, and the article's speakers in a <c>&lt;listPerson&gt;</c>
/// (<c>&lt;persName&gt;</c>, <c>&lt;roleName&gt;</c>, <c>&lt;orgName&gt;</c>); the body holds the
/// text in paragraphs with each quote a <c>&lt;said who="#id" direct="true|false"&gt;</c>, nested
/// as the annotations are.
/// </summary>
internal static class TeiExport
{
    public const string Namespace = "http://www.tei-c.org/ns/1.0";
    public const string Extension = ".xml";

    public static IReadOnlyList<OutputFile> Export(CorpusModel corpus) =>
        corpus.Articles.Select(article => new OutputFile(article.Id + Extension, Document(corpus, article))).ToList();

    private static string Document(CorpusModel corpus, ArticleSpec article)
    {
        var text = new Utf8StringWriter { NewLine = "\n" };
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", NewLineChars = "\n", Encoding = new UTF8Encoding(false) };
        using (var xml = XmlWriter.Create(text, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("TEI", Namespace);
            WriteHeader(xml, corpus, article);
            xml.WriteStartElement("text");
            xml.WriteStartElement("body");
            var nesting = new QuoteNesting(article);
            var markup = new SaidMarkup(xml);
            foreach (var (start, end) in Paragraphs.Of(article, nesting))
            {
                xml.WriteStartElement("p");
                // A paragraph's white space is the article's (a space between two quotes is text),
                // and the writer must not indent inside it: mixed content from the first character.
                xml.WriteAttributeString("xml", "space", null, "preserve");
                xml.WriteString("");
                nesting.Write(start, end, markup);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        return text.ToString() + "\n";
    }

    private static void WriteHeader(XmlWriter xml, CorpusModel corpus, ArticleSpec article)
    {
        xml.WriteStartElement("teiHeader");
        xml.WriteStartElement("fileDesc");

        xml.WriteStartElement("titleStmt");
        xml.WriteElementString("title", article.Title);
        foreach (var author in article.Authors)
        {
            xml.WriteElementString("author", author);
        }
        xml.WriteEndElement();

        xml.WriteStartElement("publicationStmt");
        if (article.Outlet is { } outlet)
        {
            xml.WriteElementString("publisher", outlet);
        }
        else
        {
            xml.WriteElementString("p", "Outlet unknown.");
        }
        xml.WriteStartElement("idno");
        xml.WriteAttributeString("type", "verbatim");
        xml.WriteString(article.Id);
        xml.WriteEndElement();
        if (article.Published is { } published)
        {
            xml.WriteStartElement("date");
            xml.WriteAttributeString("when", published.ToString());
            xml.WriteString(published.ToString());
            xml.WriteEndElement();
        }
        if (article.Url is { } url)
        {
            xml.WriteStartElement("ptr");
            xml.WriteAttributeString("target", url);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();

        xml.WriteStartElement("sourceDesc");
        xml.WriteElementString("p", "Exported by Verbatim from " + article.Path + ".");
        xml.WriteEndElement();
        xml.WriteEndElement();

        xml.WriteStartElement("profileDesc");
        xml.WriteStartElement("particDesc");
        xml.WriteStartElement("listPerson");
        foreach (var speaker in SpeakersOf(corpus, article))
        {
            WritePerson(xml, speaker);
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();

        xml.WriteEndElement();
    }

    /// <summary>The defined speakers the article quotes, in order of first quote.</summary>
    private static IEnumerable<SpeakerSpec> SpeakersOf(CorpusModel corpus, ArticleSpec article) =>
        article.Quotes
            .SelectMany(q => q.Speakers)
            .Select(reference => corpus.Speaker(reference.Id))
            .OfType<SpeakerSpec>()
            .Distinct();

    private static void WritePerson(XmlWriter xml, SpeakerSpec speaker)
    {
        // A group speaks as one voice of several people: TEI's personGrp.
        xml.WriteStartElement(speaker.Kind == SpeakerKind.Group ? "personGrp" : "person");
        xml.WriteAttributeString("xml", "id", null, XmlIds.For(speaker.Id));
        if (speaker.Kind is SpeakerKind.Organization or SpeakerKind.Anonymous)
        {
            xml.WriteAttributeString("role", speaker.Kind.ToString().ToLowerInvariant());
        }
        xml.WriteElementString("persName", speaker.Name);
        foreach (var alias in speaker.Aliases)
        {
            xml.WriteStartElement("persName");
            xml.WriteAttributeString("type", "alias");
            xml.WriteString(alias);
            xml.WriteEndElement();
        }
        if (speaker.Role is { } role)
        {
            xml.WriteElementString("roleName", role);
        }
        if (speaker.Organization is { } organization)
        {
            xml.WriteElementString("orgName", organization);
        }
        xml.WriteEndElement();
    }

    private sealed class SaidMarkup : IQuoteMarkup
    {
        private readonly XmlWriter _xml;

        public SaidMarkup(XmlWriter xml) => _xml = xml;

        public void Text(string text) => _xml.WriteString(text);

        public void Open(QuoteSpec quote)
        {
            _xml.WriteStartElement("said");
            _xml.WriteAttributeString("who", string.Join(" ", quote.Speakers.Select(s => "#" + XmlIds.For(s.Id))));
            _xml.WriteAttributeString("direct", quote.Kind == QuoteKind.Direct ? "true" : "false");
            if (quote.Id is { } id)
            {
                _xml.WriteAttributeString("n", id);
            }
        }

        public void Close(QuoteSpec quote) => _xml.WriteEndElement();
    }

    /// <summary>A string writer whose XML declaration says what the file will be: UTF-8.</summary>
    private sealed class Utf8StringWriter : StringWriter
    {
        public override Encoding Encoding { get; } = new UTF8Encoding(false);
    }
}
