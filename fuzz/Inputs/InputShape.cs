namespace Verbatim.Fuzzing.Inputs;

/// <summary>What a target's input stands for; it decides the files made of it and the seeds it starts from (<c>fuzz/seeds/SHAPE</c>).</summary>
public enum InputShape
{
    /// <summary>One <c>*.article.md</c> file.</summary>
    Article,

    /// <summary>One <c>*.speakers.yaml</c> file.</summary>
    Registry,

    /// <summary>Several files, split at <c>==&gt; NAME</c> lines (<see cref="FuzzFiles.Split"/>).</summary>
    Corpus,
}
