using System;
using System.Collections.Generic;
using System.IO;
using Spectre.Console;

namespace Verbatim.Cli.Infrastructure;

/// <summary>
/// Where the tool writes. Results go to <see cref="Out"/> as plain lines (CI systems and editors
/// parse them); on a terminal, and only without <c>NO_COLOR</c> (https://no-color.org), progress
/// on large corpora and summary tables are drawn with Spectre.Console.
/// </summary>
internal sealed class Terminal
{
    /// <summary>Below this many files reading is too quick for a progress bar to help.</summary>
    private const int ProgressThreshold = 500;

    private readonly IAnsiConsole? _rich;
    private readonly IAnsiConsole? _richErrors;

    private Terminal(TextWriter output, TextWriter error, IAnsiConsole? rich, IAnsiConsole? richErrors)
    {
        Out = output;
        Error = error;
        _rich = rich;
        _richErrors = richErrors;
    }

    public TextWriter Out { get; }

    public TextWriter Error { get; }

    /// <summary>True when summaries are drawn as tables.</summary>
    public bool IsRich => _rich is not null;

    /// <summary>Plain text only, whatever the writers are: what tests and redirected output get.</summary>
    public static Terminal Plain(TextWriter output, TextWriter error) => new(output, error, null, null);

    /// <summary>The process' console, rich where it is a terminal and colour is welcome.</summary>
    public static Terminal FromConsole()
    {
        bool colour = Environment.GetEnvironmentVariable("NO_COLOR") is not { Length: > 0 };
        var rich = colour && !Console.IsOutputRedirected ? Create(Console.Out) : null;
        var richErrors = colour && !Console.IsErrorRedirected ? Create(Console.Error) : null;
        return new Terminal(Console.Out, Console.Error, rich, richErrors);
    }

    /// <summary>Runs <paramref name="work"/> on each item, with a progress bar on stderr when there are many and it is a terminal.</summary>
    public List<TResult> WithProgress<TItem, TResult>(string label, IReadOnlyList<TItem> items, Func<TItem, TResult> work)
    {
        var results = new List<TResult>(items.Count);
        if (_richErrors is null || items.Count < ProgressThreshold)
        {
            foreach (var item in items)
            {
                results.Add(work(item));
            }
            return results;
        }
        _richErrors.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(label, maxValue: items.Count);
                foreach (var item in items)
                {
                    results.Add(work(item));
                    task.Increment(1);
                }
            });
        return results;
    }

    /// <summary>Runs <paramref name="work"/> under a spinner on stderr when it is a terminal and <paramref name="items"/> are many.</summary>
    public T WithStatus<T>(string label, int items, Func<T> work)
    {
        if (_richErrors is null || items < ProgressThreshold)
        {
            return work();
        }
        T result = default!;
        _richErrors.Status().Start(Markup.Escape(label), _ => result = work());
        return result;
    }

    /// <summary>Draws a table of <paramref name="rows"/> on a terminal; elsewhere writes <paramref name="plain"/> instead.</summary>
    public void Summary(string[] headers, IEnumerable<string[]> rows, string plain)
    {
        if (_rich is null)
        {
            Out.WriteLine(plain);
            return;
        }
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var header in headers)
        {
            table.AddColumn(new TableColumn(Markup.Escape(header)));
        }
        foreach (var row in rows)
        {
            table.AddRow(Array.ConvertAll(row, cell => Markup.Escape(cell)));
        }
        _rich.Write(table);
        _rich.WriteLine(plain);
    }

    private static IAnsiConsole Create(TextWriter writer) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(writer),
        Ansi = AnsiSupport.Detect,
        ColorSystem = ColorSystemSupport.Detect,
    });
}
