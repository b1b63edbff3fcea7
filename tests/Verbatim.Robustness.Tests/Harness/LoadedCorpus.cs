using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;

namespace Verbatim.Robustness.Tests.Harness;

internal sealed record LoadedQuote(string? Id, string Text, string Kind, int Start, int Length, int Line, string[] Speakers, int Parent);

internal sealed record LoadedArticle(
    string Id, string Title, string? Outlet, string? Published, string? Url, string[] Authors, string Body, string SourcePath, LoadedQuote[] Quotes);

internal sealed record LoadedSpeaker(string Id, string Name, string? Role, string? Organization, string Kind, string[] Aliases);

/// <summary>
/// The generated API as a running program sees it: the consumer compilation emitted, loaded in a
/// collectible context, and read by reflection into plain values (so nothing of it outlives the load).
/// </summary>
/// <param name="ArticleMembers">Each <c>Articles.&lt;Member&gt;</c> with the id of the article it returns.</param>
/// <param name="QuoteMembers">Each <c>Articles.&lt;Member&gt;.&lt;QuoteMember&gt;</c> with the id of the quote it returns.</param>
/// <param name="SpeakerMembers">Each <c>Speakers.&lt;Member&gt;</c> with the id of the speaker it returns.</param>
internal sealed record LoadedCorpus(
    LoadedArticle[] Articles,
    LoadedSpeaker[] Speakers,
    IReadOnlyDictionary<string, string> ArticleMembers,
    IReadOnlyDictionary<string, string> QuoteMembers,
    IReadOnlyDictionary<string, string> SpeakerMembers)
{
    public static LoadedCorpus Load(BuildOutcome outcome)
    {
        outcome.Image.ShouldNotBeNull(string.Join("\n", outcome.CompilerDiagnostics));
        using var image = new MemoryStream(outcome.Image);
        var context = new AssemblyLoadContext("generated-corpus", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(image);
            var articles = assembly.GetType(Consumer.Namespace + ".Articles", throwOnError: true)!;
            var speakers = assembly.GetType(Consumer.Namespace + ".Speakers", throwOnError: true)!;
            return new LoadedCorpus(
                List(Static(articles, "All")).Select(ReadArticle).ToArray(),
                List(Static(speakers, "All")).Select(ReadSpeaker).ToArray(),
                Members(articles),
                QuoteMembersOf(articles),
                Members(speakers));
        }
        finally
        {
            context.Unload();
        }
    }

    private static LoadedArticle ReadArticle(object article)
    {
        var quotes = List(Get(article, "Quotes"));
        return new LoadedArticle(
            (string)Get(article, "Id")!,
            (string)Get(article, "Title")!,
            (string?)Get(article, "Outlet"),
            Get(article, "Published") is { } date ? $"{Get(date, "Year"):D4}-{Get(date, "Month"):D2}-{Get(date, "Day"):D2}" : null,
            ((Uri?)Get(article, "Url"))?.OriginalString,
            Strings(Get(article, "Authors")),
            (string)Get(article, "Body")!,
            (string)Get(article, "SourcePath")!,
            quotes.Select(quote => ReadQuote(quote, quotes)).ToArray());
    }

    private static LoadedQuote ReadQuote(object quote, List<object> siblings) => new(
        (string?)Get(quote, "Id"),
        (string)Get(quote, "Text")!,
        Get(quote, "Kind")!.ToString()!,
        (int)Get(quote, "Start")!,
        (int)Get(quote, "Length")!,
        (int)Get(quote, "Line")!,
        List(Get(quote, "Speakers")).Select(speaker => (string)Get(speaker, "Id")!).ToArray(),
        Get(quote, "Parent") is { } parent ? siblings.FindIndex(sibling => ReferenceEquals(sibling, parent)) : -1);

    private static LoadedSpeaker ReadSpeaker(object speaker) => new(
        (string)Get(speaker, "Id")!,
        (string)Get(speaker, "Name")!,
        (string?)Get(speaker, "Role"),
        (string?)Get(speaker, "Organization"),
        Get(speaker, "Kind")!.ToString()!,
        Strings(Get(speaker, "Aliases")));

    /// <summary>The named static members of an index class (<c>All</c> aside), each with the id of what it returns.</summary>
    private static Dictionary<string, string> Members(Type index) =>
        index.GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(property => property.Name != "All")
            .ToDictionary(property => property.Name, property => (string)Get(property.GetValue(null)!, "Id")!);

    private static Dictionary<string, string> QuoteMembersOf(Type articles) =>
        articles.GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(property => property.Name != "All")
            .SelectMany(article => article.PropertyType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(quote => quote.PropertyType.Name == "Quote")
                .Select(quote => (Name: article.Name + "." + quote.Name, Id: (string)Get(quote.GetValue(article.GetValue(null))!, "Id")!)))
            .ToDictionary(member => member.Name, member => member.Id);

    private static object? Static(Type type, string name) =>
        type.GetProperty(name, BindingFlags.Public | BindingFlags.Static)!.GetValue(null);

    private static object? Get(object instance, string name) =>
        instance.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.Instance)!.GetValue(instance);

    private static List<object> List(object? list) => ((IEnumerable)list!).Cast<object>().ToList();

    private static string[] Strings(object? list) => ((IEnumerable<string>)list!).ToArray();
}
