namespace Verbatim.Editor.Tests.LanguageServer;

/// <summary>The server cancelled a request itself (LSP's RequestCancelled), as it does while it reloads a project.</summary>
internal sealed class ServerCancelledRequestException(string method) : Exception(method + " was cancelled by the server");
