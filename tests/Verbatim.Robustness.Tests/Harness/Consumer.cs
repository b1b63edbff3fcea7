namespace Verbatim.Robustness.Tests.Harness;

/// <summary>
/// The consumer project every robustness build stands in for: its folder, the namespace of its generated API
/// (public, so the tests can load it), the build properties it hands the generator, and its files.
/// </summary>
internal static class Consumer
{
    public const string ProjectDirectory = "/consumer/";

    public const string Namespace = "Consumer.Corpus";

    public static BuildProperties Properties { get; } = In(ProjectDirectory);

    /// <summary>
    /// The consumer in <paramref name="projectDirectory"/> (written the host's way, with its own separators), built
    /// deterministically: a PathMap from that folder to <c>/_/</c>, so corpus paths in <c>#line</c> directives read
    /// the same from any checkout.
    /// </summary>
    public static BuildProperties Mapped(string projectDirectory) => In(projectDirectory).With(("PathMap", projectDirectory + "=/_/"));

    /// <summary>A file at <paramref name="relativePath"/> in the consumer's project folder.</summary>
    public static InMemoryAdditionalText File(string relativePath, string text) => new(ProjectDirectory + relativePath, text);

    private static BuildProperties In(string projectDirectory) =>
        BuildProperties.Of(("RootNamespace", "Consumer"), ("ProjectDir", projectDirectory), ("VerbatimVisibility", "public"));
}
