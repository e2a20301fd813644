using System.Text.Json;
using IOC.Analytics.Catalog;

namespace IOC.Ingestion.Simulator;

/// <summary>
/// How many dossiers a year each procedure draws in the province (<c>data/demo/volumes.json</c>): every procedure has a
/// volume class, and each class a yearly figure. The generator draws procedures in proportion to these figures, scaled to
/// its own daily volume, so certified copies and civil status fill the desks while awards and dissolutions come a few a year.
/// </summary>
public sealed class ProcedureVolumes
{
    private readonly Dictionary<string, double> _perYear;

    private ProcedureVolumes(Dictionary<string, double> perYear) => _perYear = perYear;

    /// <summary>No volume data: every procedure draws alike.</summary>
    public static ProcedureVolumes Even { get; } = new(new Dictionary<string, double>(StringComparer.Ordinal));

    /// <summary>The yearly dossiers of a procedure; 1 for a procedure the data does not list (only relative sizes matter).</summary>
    public double PerYear(Procedure procedure) => _perYear.GetValueOrDefault(procedure.Code, _perYear.Count == 0 ? 1 : 0);

    /// <summary>Reads the volumes file; a class that is not defined, or a procedure listed twice, is an error.</summary>
    public static ProcedureVolumes Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        var classes = document.RootElement.GetProperty("classes").EnumerateArray()
            .ToDictionary(c => c.GetProperty("class").GetString()!, c => c.GetProperty("perYear").GetDouble(), StringComparer.Ordinal);
        var perYear = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var entry in document.RootElement.GetProperty("procedures").EnumerateArray())
        {
            var code = entry.GetProperty("code").GetString()!;
            var name = entry.GetProperty("class").GetString()!;
            if (!classes.TryGetValue(name, out var figure))
            {
                throw new InvalidDataException($"volumes: procedure {code} has the undefined class '{name}'");
            }
            if (!perYear.TryAdd(code, figure))
            {
                throw new InvalidDataException($"volumes: procedure {code} is listed twice");
            }
        }
        return new ProcedureVolumes(perYear);
    }
}
