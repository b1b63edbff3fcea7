using Verbatim.Cli;
using Verbatim.Cli.Infrastructure;

return VerbatimApp.Run(args, Terminal.FromConsole());
