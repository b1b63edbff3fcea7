using Verbatim.FinderScore;

// dotnet run --project benchmarks/Verbatim.FinderScore -- RAW_FOLDER ANNOTATED_FOLDER
// RAW_FOLDER holds raw articles (*.txt); ANNOTATED_FOLDER the same articles annotated (*.article.md,
// any depth) and the registries that define their speakers (*.speakers.yaml).
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: Verbatim.FinderScore RAW_FOLDER ANNOTATED_FOLDER");
    return 2;
}
var score = Scoring.Run(args[0], args[1]);
Console.Write(score.Report());
return 0;
