using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace IOC.Bench;

/// <summary>One measured figure, with the issue's target beside it where there is one.</summary>
public sealed record Figure(string Part, string Name, double Value, string Unit, string? Target = null);

/// <summary>Everything a run measured: printed as a table and written as JSON for later comparison.</summary>
public sealed class Figures
{
    public const string MemoryPart = "4. Memory";

    private readonly List<Figure> _figures = [];
    private readonly List<string> _notes = [];

    public void Add(string part, string name, double value, string unit, string? target = null) =>
        _figures.Add(new Figure(part, name, Math.Round(value, 2), unit, target));

    public void AddLatency(string part, string name, Percentiles latency, string? p95Target = null, string? p99Target = null)
    {
        Add(part, $"{name} p50", latency.P50, "ms");
        Add(part, $"{name} p95", latency.P95, "ms", p95Target);
        Add(part, $"{name} p99", latency.P99, "ms", p99Target);
    }

    /// <summary>A remark that qualifies the figures (set-up, checks); printed under the table.</summary>
    public void Note(string note) => _notes.Add(note);

    public void Print(TextWriter output)
    {
        var nameWidth = _figures.Max(f => f.Name.Length);
        var valueWidth = _figures.Max(f => Format(f.Value).Length);
        var unitWidth = _figures.Max(f => f.Unit.Length);
        foreach (var part in _figures.GroupBy(f => f.Part).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine();
            output.WriteLine(part.Key);
            foreach (var figure in part)
            {
                var target = figure.Target is null ? "" : $"   target {figure.Target}";
                output.WriteLine($"  {figure.Name.PadRight(nameWidth)}  {Format(figure.Value).PadLeft(valueWidth)} {figure.Unit.PadRight(unitWidth)}{target}");
            }
        }
        output.WriteLine();
        _notes.ForEach(note => output.WriteLine($"  * {note}"));
    }

    public async Task WriteJsonAsync(string path, Machine machine, BenchOptions options, DateTimeOffset startedAt, TimeSpan duration)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using var file = File.Create(path);
        await JsonSerializer.SerializeAsync(file, new
        {
            machine,
            options,
            startedAt,
            durationSeconds = Math.Round(duration.TotalSeconds, 1),
            figures = _figures,
            notes = _notes,
        }, new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
    }

    private static string Format(double value) =>
        value.ToString(Math.Abs(value) >= 100 ? "N0" : "0.##", CultureInfo.InvariantCulture);
}
