using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace IOC.Dashboard.Reports;

/// <summary>One cell of a report that differs between two revisions.</summary>
/// <param name="Row">The row's label (a unit's name, a subtotal, the total) or the indicator's name.</param>
/// <param name="Column">The column's index in the form's 15 counts, or the indicator's part.</param>
public sealed record ChangedCell(string Row, string Column, string? Before, string? After);

/// <summary>
/// The figures a report stands on, as stored with each revision: the table's rows (label, unit, 15 counts) and the
/// indicators. Two revisions differ exactly when their <see cref="Checksum"/>s do; <see cref="Changes"/> says which cells.
/// </summary>
public sealed record ReportFigures(IReadOnlyList<ReportFigures.Line> Rows, IReadOnlyList<ReportFigures.Ratio> Indicators)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>A row of the table, labelled as the form writes it ("Cộng: …", "Trực tiếp tại …", "Tổng cộng").</summary>
    public sealed record Line(string Label, string? Unit, int[] Counts);

    /// <summary>An indicator of the summary.</summary>
    public sealed record Ratio(string Name, double? Value, double? Previous, double? YearToDate);

    /// <summary>The figures of a report.</summary>
    public static ReportFigures Of(PeriodReport report) => new(
        report.Rows.Select(row => new Line(LabelOf(row), row.UnitCode, ReportWords.Counts(row.Figures))).ToList(),
        report.Indicators.Select(i => new Ratio(i.Name, i.Value, i.Previous, i.YearToDate)).ToList());

    /// <summary>The stored JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>The figures of stored JSON.</summary>
    public static ReportFigures FromJson(string json) => JsonSerializer.Deserialize<ReportFigures>(json, Json)!;

    /// <summary>The SHA-256 of the JSON, in hexadecimal.</summary>
    public string Checksum() => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(ToJson())));

    /// <summary>The cells that differ from <paramref name="before"/>: counts by row and column, indicators by part.</summary>
    public IReadOnlyList<ChangedCell> Changes(ReportFigures before)
    {
        var columns = ReportWords.Columns.SelectMany(group => group.Columns.Select(column => $"{group.Group}: {column}")).ToArray();
        var earlier = before.Rows.ToDictionary(row => (row.Label, row.Unit));
        var counts = Rows.SelectMany(row => earlier.TryGetValue((row.Label, row.Unit), out var old)
            ? row.Counts.Select((count, i) => (count, i)).Where(c => c.count != old.Counts[c.i])
                .Select(c => new ChangedCell(row.Label, columns[c.i], old.Counts[c.i].ToString(System.Globalization.CultureInfo.InvariantCulture),
                    c.count.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            : [new ChangedCell(row.Label, "", null, string.Join(" ", row.Counts))]);
        var ratios = Indicators.Zip(before.Indicators).SelectMany(pair => new[]
            {
                ("kỳ này", pair.First.Value, pair.Second.Value), ("kỳ trước", pair.First.Previous, pair.Second.Previous),
                ("từ đầu năm", pair.First.YearToDate, pair.Second.YearToDate),
            }
            .Where(part => part.Item2 != part.Item3)
            .Select(part => new ChangedCell(pair.First.Name, part.Item1, Text(part.Item3), Text(part.Item2))));
        return counts.Concat(ratios).ToList();
    }

    private static string LabelOf(ReportRow row) => row.Kind switch
    {
        ReportRowKind.Own => $"Trực tiếp tại {row.Label}",
        ReportRowKind.Subtotal => $"Cộng: {row.Label}",
        ReportRowKind.Total => "Tổng cộng",
        _ => row.Label,
    };

    private static string? Text(double? ratio) => ratio?.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture);
}
