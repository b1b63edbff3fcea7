using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Verbatim.Generators.Analysis;

/// <summary>
/// The compiler applies <c>.editorconfig</c> severities only to diagnostics in source files, never
/// to those located in additional files (dotnet/roslyn#31916). So that
/// <c>dotnet_diagnostic.VQ0001.severity</c> works "the usual way", the severity the project's C#
/// files get for an id (when all that set one agree) is given to the corpus diagnostics too.
/// A <c>.globalconfig</c> value or <c>NoWarn</c> still wins: the compiler applies them afterwards.
/// </summary>
internal sealed class EditorConfigSeverities
{
    private readonly Dictionary<string, ReportDiagnostic> _byId;

    private EditorConfigSeverities(Dictionary<string, ReportDiagnostic> byId) => _byId = byId;

    public static EditorConfigSeverities Read(Compilation compilation, IEnumerable<DiagnosticDescriptor> descriptors, CancellationToken cancellationToken)
    {
        var byId = new Dictionary<string, ReportDiagnostic>();
        if (compilation.Options.SyntaxTreeOptionsProvider is not { } options)
        {
            return new EditorConfigSeverities(byId);
        }
        foreach (var descriptor in descriptors)
        {
            if (AgreedValue(compilation, options, descriptor.Id, cancellationToken) is { } value)
            {
                byId.Add(descriptor.Id, value);
            }
        }
        return new EditorConfigSeverities(byId);
    }

    /// <summary>True when the configuration turns <paramref name="descriptor"/> off, so the work of finding it can be skipped.</summary>
    public bool IsOff(DiagnosticDescriptor descriptor) =>
        _byId.TryGetValue(descriptor.Id, out var configured) && configured == ReportDiagnostic.Suppress;

    /// <summary>The diagnostic with the configured severity, or null when the configuration turns it off.</summary>
    public Diagnostic? Create(
        DiagnosticDescriptor descriptor,
        Location location,
        ImmutableDictionary<string, string?>? properties,
        params object?[] messageArgs)
    {
        if (!_byId.TryGetValue(descriptor.Id, out var configured))
        {
            return Diagnostic.Create(descriptor, location, properties, messageArgs);
        }
        return configured switch
        {
            ReportDiagnostic.Error => Diagnostic.Create(descriptor, location, DiagnosticSeverity.Error, null, properties, messageArgs),
            ReportDiagnostic.Warn => Diagnostic.Create(descriptor, location, DiagnosticSeverity.Warning, null, properties, messageArgs),
            ReportDiagnostic.Info => Diagnostic.Create(descriptor, location, DiagnosticSeverity.Info, null, properties, messageArgs),
            ReportDiagnostic.Hidden => Diagnostic.Create(descriptor, location, DiagnosticSeverity.Hidden, null, properties, messageArgs),
            _ => null,
        };
    }

    private static ReportDiagnostic? AgreedValue(Compilation compilation, SyntaxTreeOptionsProvider options, string id, CancellationToken cancellationToken)
    {
        ReportDiagnostic? agreed = null;
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (options.TryGetDiagnosticValue(tree, id, cancellationToken, out var value) && value != ReportDiagnostic.Default)
            {
                if (agreed is { } earlier && earlier != value)
                {
                    return null;
                }
                agreed = value;
            }
        }
        return agreed;
    }
}
