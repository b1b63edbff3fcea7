using System.CommandLine;

namespace Verbatim.Cli.Commands;

/// <summary>Arguments and options several commands share, spelled and described once.</summary>
internal static class CommonArguments
{
    public static Argument<string> Folder() => new("folder")
    {
        Description = "The folder that holds the corpus files (*.article.md, *.speakers.yaml), searched with its subfolders except bin/ and obj/. Default: the current folder.",
        Arity = ArgumentArity.ZeroOrOne,
        DefaultValueFactory = _ => ".",
    };

    public static Option<bool> Force() => new("--force")
    {
        Description = "Overwrite output files that already exist.",
    };
}
