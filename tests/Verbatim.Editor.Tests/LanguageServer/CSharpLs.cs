using System.Diagnostics;
using System.Text;
using System.Threading;
using System.Text.Json;
using StreamJsonRpc;

namespace Verbatim.Editor.Tests.LanguageServer;

/// <summary>
/// csharp-ls (razzmatazz/csharp-language-server), the Roslyn-based language server behind many Neovim,
/// Emacs and Helix setups, installed from the package registry into a tool folder of this run and
/// driven over stdio with LSP. Everything it logs (stderr and <c>window/logMessage</c>) is kept, so a
/// failing test shows the server's own account.
/// </summary>
public sealed class CSharpLs : IAsyncDisposable
{
    public const string Version = "0.28.0";

    /// <summary>
    /// How long one request may take. The first requests wait for the project to load: about 10 s on a quiet
    /// 2-core machine, over a minute when the machine is busy; bounded well above that.
    /// </summary>
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromMinutes(3);

    private readonly Process _process;
    private readonly JsonRpc _rpc;
    private readonly StringBuilder _log = new();

    private CSharpLs(Process process)
    {
        _process = process;
        _process.ErrorDataReceived += (_, line) => Log("stderr", line.Data);
        _process.BeginErrorReadLine();
        var formatter = new SystemTextJsonFormatter();
        _rpc = new JsonRpc(new HeaderDelimitedMessageHandler(process.StandardInput.BaseStream, process.StandardOutput.BaseStream, formatter));
        _rpc.AddLocalRpcMethod("window/logMessage", new Action<int, string>((_, message) => Log("log", message)));
        _rpc.AddLocalRpcMethod("window/showMessage", new Action<int, string>((_, message) => Log("show", message)));
        _rpc.StartListening();
    }

    /// <summary>What the server said so far.</summary>
    public string ServerLog
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>Installs csharp-ls <see cref="Version"/> into <paramref name="toolPath"/> (once) and returns the command.</summary>
    public static string Install(PackedVerbatim verbatim, string toolPath)
    {
        string command = Path.Combine(toolPath, OperatingSystem.IsWindows() ? "csharp-ls.exe" : "csharp-ls");
        if (!File.Exists(command))
        {
            var install = verbatim.DotNet(verbatim.Root, "tool", "install", "csharp-ls", "--version", Version, "--tool-path", toolPath);
            install.Succeeded.ShouldBeTrue(install.ToString());
        }
        return command;
    }

    /// <summary>Starts the server in <paramref name="projectDirectory"/> and initializes it with that folder as the workspace.</summary>
    public static async Task<CSharpLs> StartAsync(string command, string projectDirectory, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(command)
        {
            WorkingDirectory = projectDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var name in start.Environment.Keys.Where(DotNetCli.IsInheritedBuildState).ToList())
        {
            start.Environment.Remove(name);
        }
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        var server = new CSharpLs(Process.Start(start)!);
        await server.RequestAsync("initialize", new
        {
            processId = Environment.ProcessId,
            rootUri = Uri(projectDirectory),
            workspaceFolders = new[] { new { uri = Uri(projectDirectory), name = Path.GetFileName(projectDirectory.TrimEnd('/')) } },
            capabilities = new
            {
                textDocument = new
                {
                    completion = new { completionItem = new { documentationFormat = new[] { "plaintext" } } },
                    hover = new { contentFormat = new[] { "plaintext" } },
                    definition = new { },
                },
                workspace = new { didChangeWatchedFiles = new { dynamicRegistration = false } },
            },
        });
        await server._rpc.NotifyWithParameterObjectAsync("initialized", new { });
        return server;
    }

    public static string Uri(string path) => new Uri(path).AbsoluteUri;

    public async Task<JsonElement> RequestAsync(string method, object parameters)
    {
        using var timeout = new CancellationTokenSource(RequestTimeout);
        try
        {
            return await _rpc.InvokeWithParameterObjectAsync<JsonElement>(method, parameters, timeout.Token);
        }
        catch (OperationCanceledException) when (!timeout.IsCancellationRequested)
        {
            // The server answered RequestCancelled: csharp-ls does that to requests in flight while it reloads a project.
            throw new ServerCancelledRequestException(method);
        }
        catch (Exception exception) when (exception is OperationCanceledException or RemoteInvocationException or ConnectionLostException)
        {
            throw new ShouldAssertException($"{method} failed: {exception.Message}\n--- server log ---\n{ServerLog}", exception);
        }
    }

    /// <summary>What a client shows of a completion item: resolved first when the server leaves its documentation for later.</summary>
    public async Task<string> DescribeAsync(JsonElement item) =>
        Lsp.Text(item.TryGetProperty("documentation", out _) ? item : await RequestAsync("completionItem/resolve", item));

    public Task NotifyAsync(string method, object parameters) => _rpc.NotifyWithParameterObjectAsync(method, parameters);

    /// <summary>
    /// Asks <paramref name="request"/> until <paramref name="done"/> holds (the server loads the project in the
    /// background and answers with nothing meanwhile), for at most <paramref name="limit"/>; fails with the server's log.
    /// </summary>
    public async Task<JsonElement> UntilAsync(Func<Task<JsonElement>> request, Func<JsonElement, bool> done, TimeSpan limit, string what)
    {
        var clock = Stopwatch.StartNew();
        JsonElement last = default;
        do
        {
            try
            {
                last = await request();
                if (done(last))
                {
                    return last;
                }
            }
            catch (ServerCancelledRequestException)
            {
                // Still reloading: ask again, as an editor does.
            }
            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }
        while (clock.Elapsed < limit);
        throw new ShouldAssertException($"{what}: not after {limit.TotalSeconds:F0} s; last answer: {last}\n--- server log ---\n{ServerLog}");
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _rpc.InvokeWithCancellationAsync<JsonElement?>("shutdown", null, timeout.Token);
            await _rpc.NotifyAsync("exit");
        }
        catch (Exception exception) when (exception is OperationCanceledException or RemoteInvocationException or ConnectionLostException or ObjectDisposedException)
        {
            // The server is stopped below either way.
        }
        if (!_process.WaitForExit(TimeSpan.FromSeconds(10)))
        {
            _process.Kill(entireProcessTree: true);
        }
        _rpc.Dispose();
        _process.Dispose();
    }

    private void Log(string source, string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_log)
        {
            _log.Append('[').Append(source).Append("] ").AppendLine(line);
        }
    }
}
