using Verbatim.Corpus.Model;

namespace Verbatim.Corpus.Naming;

/// <summary>
/// The names the generated API always has (docs/generated-api.md), whatever the corpus holds: its
/// entry classes, what every per-article class forwards from <c>Article</c>, and what every class
/// inherits from <c>object</c>. The emitter writes these names and <see cref="MemberNames"/> keeps
/// the members made from ids clear of them, so the two cannot drift apart.
/// </summary>
public static class GeneratedApiNames
{
    /// <summary>The entry class of the articles.</summary>
    public const string Articles = "Articles";

    /// <summary>The entry class of the speakers.</summary>
    public const string Speakers = "Speakers";

    /// <summary>The entry class of the quotes (no member per quote: only <see cref="All"/>).</summary>
    public const string Quotes = "Quotes";

    /// <summary>The entry class of the statements.</summary>
    public const string Statements = "Statements";

    /// <summary>The list of every item, in each entry class.</summary>
    public const string All = "All";

    /// <summary>
    /// The members of <c>Article</c> that every per-article class forwards, in the order it declares them;
    /// an id's member in that class cannot take one of these names.
    /// </summary>
    public static readonly EquatableArray<string> ForwardedArticleMembers = new(new[]
    {
        "Id", "Title", "Outlet", "Published", "Url", "Authors", "Body", "Quotes", "Speakers", "SourcePath",
    });

    /// <summary>The public instance methods every class inherits from <c>object</c>, which a member of a per-article class would clash with.</summary>
    public static readonly EquatableArray<string> ObjectInstanceMembers = new(new[] { "Equals", "GetHashCode", "ToString", "GetType" });

    /// <summary>
    /// Every member a class inherits from <c>object</c> (the public instance methods, then
    /// <c>ReferenceEquals</c> and <c>MemberwiseClone</c>): a static member of that name hides one, and says so with <c>new</c>.
    /// </summary>
    public static readonly EquatableArray<string> ObjectMembers = new(new[]
    {
        "Equals", "GetHashCode", "ToString", "GetType", "ReferenceEquals", "MemberwiseClone",
    });
}
