using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;

namespace Verbatim.Sample.Tests;

/// <summary>The sample as a user runs it: its own process, output redirected (so never coloured), exit codes.</summary>
public class ProcessTests
{
    [Fact]
    public async Task The_report_runs_as_a_program()
    {
        var (exit, output, errors) = await RunSample();

        exit.ShouldBe(0);
        errors.ShouldBeEmpty();
        output.ShouldStartWith("Verbatim sample corpus: 5 articles from 5 outlets, 158 quotes of 22 speakers");
        output.ShouldNotContain("\u001b[");
    }

    [Fact]
    public async Task An_unknown_speaker_exits_with_1()
    {
        var (exit, output, errors) = await RunSample("--speaker", "putn");

        exit.ShouldBe(1);
        output.ShouldBeEmpty();
        errors.ShouldContain("Did you mean: putin?");
    }

    private static async Task<(int Exit, string Output, string Errors)> RunSample(params string[] args)
    {
        // The host that runs the tests runs the sample too; "dotnet" on PATH otherwise.
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // The referenced sample is copied beside the tests, with its runtimeconfig.
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SampleCorpus.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await errors);
    }
}
