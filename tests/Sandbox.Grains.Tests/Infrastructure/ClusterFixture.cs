using Orleans.TestingHost;

namespace Sandbox.Grains.Tests.Infrastructure;

/// <summary>A two-silo TestingHost cluster shared by the tests of a collection (starting one costs seconds).</summary>
public sealed class TwoSiloCluster : IAsyncLifetime
{
    public TestCluster Cluster { get; private set; } = null!;
    public IGrainFactory Grains => Cluster.GrainFactory;

    public async Task InitializeAsync() => Cluster = await SandboxTestCluster.StartAsync(2);

    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class TwoSiloCollection : ICollectionFixture<TwoSiloCluster>
{
    public const string Name = "two silos";
}
