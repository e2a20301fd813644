using System.Net;
using System.Text;
using System.Text.Json;
using IOC.Analytics.Calendar;
using IOC.Analytics.Catalog;

namespace IOC.Ingestion.Simulator;

/// <summary>
/// The demo province's catalogues (<c>data/demo/units.json</c> and <c>procedures.json</c>, read with the same reader the
/// API uses) and its procedures' yearly volumes (<c>volumes.json</c>), that simulated traffic is drawn from.
/// </summary>
public sealed class DemoCatalog
{
    private DemoCatalog(string unitsJson, string proceduresJson, ProcedureVolumes volumes)
    {
        Volumes = volumes;
        UnitsJson = unitsJson;
        ProceduresJson = proceduresJson;
        Units = Read(unitsJson, "units", e => (CatalogReader.ReadUnit(e, out var errors), errors));
        Procedures = Read(proceduresJson, "procedures", e => (CatalogReader.ReadProcedure(e, out var errors), errors));
    }

    /// <summary>The units file as shipped.</summary>
    public string UnitsJson { get; }

    /// <summary>The procedures file as shipped.</summary>
    public string ProceduresJson { get; }

    /// <summary>Every unit.</summary>
    public IReadOnlyList<Unit> Units { get; }

    /// <summary>Every procedure.</summary>
    public IReadOnlyList<Procedure> Procedures { get; }

    /// <summary>How many dossiers a year each procedure draws; <see cref="ProcedureVolumes.Even"/> without <c>volumes.json</c>.</summary>
    public ProcedureVolumes Volumes { get; }

    /// <summary>Reads the catalogues from a folder holding <c>units.json</c>, <c>procedures.json</c> and, optionally, <c>volumes.json</c>.</summary>
    public static DemoCatalog Load(string directory)
    {
        var volumes = Path.Combine(directory, "volumes.json");
        return new(File.ReadAllText(Path.Combine(directory, "units.json")), File.ReadAllText(Path.Combine(directory, "procedures.json")),
            File.Exists(volumes) ? ProcedureVolumes.Read(File.ReadAllText(volumes)) : ProcedureVolumes.Even);
    }

    /// <summary>The demo province's traffic at that seed and volume.</summary>
    public DossierTrafficGenerator Traffic(int seed, TrafficVolume volume, IWorkingCalendar? calendar = null) =>
        new(seed, Units, Procedures, volume, calendar, Volumes);

    /// <summary>
    /// The demo folder: <paramref name="configured"/> (<c>IOC_DEMO_DIR</c>) when set, else <c>data/demo</c> in the
    /// nearest of the start folders or their parents; null when there is none.
    /// </summary>
    public static string? Locate(string? configured, params string[] startFolders)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }
        foreach (var start in startFolders)
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var demo = Path.Combine(folder.FullName, "data", "demo");
                if (File.Exists(Path.Combine(demo, "units.json")))
                {
                    return demo;
                }
            }
        }
        return null;
    }

    /// <summary>Upserts both catalogues (units first), so that every generated event names a unit and procedure the service knows.</summary>
    public async Task UploadAsync(HttpClient client, CancellationToken cancellationToken)
    {
        foreach (var (path, json) in new[] { ("api/v1/catalog/units", UnitsJson), ("api/v1/catalog/procedures", ProceduresJson) })
        {
            using var content = new StringContent(json, Encoding.UTF8, "application/json");
            using var response = await client.PutAsync(path, content, cancellationToken);
            if (response.StatusCode != HttpStatusCode.Accepted)
            {
                throw new HttpRequestException($"PUT {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}",
                    null, response.StatusCode);
            }
        }
    }

    private static IReadOnlyList<T> Read<T>(string json, string name, Func<JsonElement, (T? Entry, IReadOnlyList<string> Errors)> read)
        where T : class
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateArray().Select((element, index) =>
        {
            var (entry, errors) = read(element);
            return entry ?? throw new InvalidDataException($"demo {name} #{index}: {string.Join("; ", errors)}");
        }).ToList();
    }
}
