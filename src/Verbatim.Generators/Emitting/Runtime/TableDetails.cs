// Emitted as is into Verbatim.Model.g.cs (see RuntimeSource): what articles and speakers read
// from their tables only when asked.

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
