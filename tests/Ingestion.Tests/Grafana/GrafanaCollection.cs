namespace IOC.Ingestion.Tests.Grafana;

/// <summary>The Grafana tests share one province loaded into InfluxDB.</summary>
[CollectionDefinition(Name)]
public sealed class GrafanaCollection : ICollectionFixture<GrafanaLiveData>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "grafana";
}
