using System.Text.Json;
using YamlDotNet.Serialization;

namespace IOC.Testing.Grafana;

/// <summary>The files under <c>grafana/</c>, read as Grafana reads them: dashboards as JSON, provisioning as YAML.</summary>
public static class GrafanaFiles
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder().Build();
    private static readonly ISerializer Json = new SerializerBuilder().JsonCompatible().Build();

    /// <summary>The folder <c>grafana/</c> of the repository.</summary>
    public static string Folder => Path.Combine(RepositoryRoot.Path, "grafana");

    /// <summary>The dashboards' file names.</summary>
    public static IReadOnlyList<string> DashboardFiles =>
        [.. Directory.GetFiles(Path.Combine(Folder, "dashboards"), "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    /// <summary>Every provisioning file (data sources, dashboard providers, alerting), relative to <c>grafana/</c>.</summary>
    public static IReadOnlyList<string> ProvisioningFiles =>
        [.. Directory.GetFiles(Path.Combine(Folder, "provisioning"), "*.yaml", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Folder, f)).Order(StringComparer.Ordinal)];

    /// <summary>One dashboard.</summary>
    public static GrafanaDashboard Dashboard(string file) =>
        new(JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "dashboards", file))).RootElement.Clone());

    /// <summary>A provisioning file (YAML) as JSON, relative to <c>grafana/</c>.</summary>
    public static JsonElement Provisioning(string relativePath)
    {
        var value = Yaml.Deserialize<object>(File.ReadAllText(Path.Combine(Folder, relativePath)));
        return JsonDocument.Parse(Json.Serialize(value)).RootElement.Clone();
    }

    /// <summary>The uid of the provisioned InfluxDB data source.</summary>
    public static string DataSourceUid =>
        Provisioning(Path.Combine("provisioning", "datasources", "ioc-influxdb.yaml")).GetProperty("datasources")[0].GetProperty("uid").GetString()!;

    /// <summary>Every provisioned alert rule.</summary>
    public static IReadOnlyList<GrafanaAlertRule> AlertRules =>
        [.. Directory.GetFiles(Path.Combine(Folder, "provisioning", "alerting"), "*.yaml")
            .SelectMany(f => Provisioning(Path.GetRelativePath(Folder, f)).GetProperty("groups").EnumerateArray())
            .SelectMany(g => g.GetProperty("rules").EnumerateArray())
            .Select(r => new GrafanaAlertRule(r))];
}
