using System.Collections.Generic;
using Verbatim.Cli.Checking;
using Verbatim.Cli.Model;

namespace Verbatim.Cli.Report;

/// <summary>What the report's sections draw from: the corpus, the analyzer's diagnostics, the speakers' colours.</summary>
internal sealed record ReportData(string Title, CorpusModel Corpus, IReadOnlyList<CheckedDiagnostic> Diagnostics, SpeakerPalette Palette);
