namespace Verbatim.EndToEnd.Tests.Infrastructure;

/// <summary>All end-to-end tests share one packed Verbatim and run one after another (2 cores).</summary>
[CollectionDefinition(Name)]
public sealed class EndToEndCollection : ICollectionFixture<PackedVerbatim>
{
    public const string Name = "Packed Verbatim";
}
