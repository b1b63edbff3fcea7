using System;
using SampleCorpus.Report;

// The report over the sample corpus, from the API Verbatim generates (namespace SampleCorpus.Corpus).
// Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org).
var colour = !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;
return ReportApp.Run(args, Console.Out, Console.Error, colour ? DiffStyle.Colour : DiffStyle.Markers);
