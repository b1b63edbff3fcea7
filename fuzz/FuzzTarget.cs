using System;
using System.Collections.Generic;
using Verbatim.Fuzzing.Inputs;

namespace Verbatim.Fuzzing;

/// <summary>
/// One fuzz target: how an input becomes corpus files, and the run that must neither throw nor
/// break an invariant on them. The replay tests build the same files with the generator.
/// </summary>
/// <param name="Name">The name <c>run.sh</c> takes; also the folder of its seeds and regression files.</param>
/// <param name="Files">The corpus files an input stands for.</param>
/// <param name="Check">Parses (or resolves) the files and throws <see cref="Checks.InvariantViolation"/> on a broken promise.</param>
public sealed record FuzzTarget(string Name, Func<string, IReadOnlyList<FuzzFile>> Files, Action<IReadOnlyList<FuzzFile>> Check)
{
    /// <summary>Runs the target on one input, as decoded from its bytes.</summary>
    public void Run(string input) => Check(Files(input));
}
