using System.Text.Json;

namespace IOC.Analytics.Influx;

/// <summary>One series of an InfluxQL answer: rows of values under named columns, times in epoch milliseconds.</summary>
public sealed class InfluxSeries
{
    internal InfluxSeries(int statementId, string name, IReadOnlyDictionary<string, string> tags, IReadOnlyList<string> columns,
        IReadOnlyList<IReadOnlyList<JsonElement>> values, bool partial)
    {
        StatementId = statementId;
        Name = name;
        Tags = tags;
        Columns = columns;
        Values = values;
        Partial = partial;
    }

    /// <summary>Which statement of the query produced the series (from 0).</summary>
    public int StatementId { get; }

    /// <summary>The measurement (or e.g. <c>databases</c> for <c>SHOW DATABASES</c>); empty when InfluxDB gives none.</summary>
    public string Name { get; }

    /// <summary>The <c>GROUP BY</c> tags of the series.</summary>
    public IReadOnlyDictionary<string, string> Tags { get; }

    /// <summary>Column names, <c>time</c> first for <c>SELECT</c>.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>Rows, each with one value per column (JSON null where InfluxDB has none).</summary>
    public IReadOnlyList<IReadOnlyList<JsonElement>> Values { get; }

    /// <summary>True when InfluxDB cut the series short (its row limit): the rows are not all there is.</summary>
    public bool Partial { get; }

    /// <summary>The index of a column.</summary>
    /// <exception cref="KeyNotFoundException">The series has no such column.</exception>
    public int IndexOf(string column)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i] == column)
            {
                return i;
            }
        }
        throw new KeyNotFoundException($"Series '{Name}' has no column '{column}' (columns: {string.Join(", ", Columns)})");
    }

    /// <summary>The raw value of a row's column.</summary>
    public JsonElement Value(int row, string column) => Values[row][IndexOf(column)];

    /// <summary>A row's <c>time</c> (the query client asks for <c>epoch=ms</c>).</summary>
    public DateTimeOffset Time(int row) => DateTimeOffset.FromUnixTimeMilliseconds(Value(row, "time").GetInt64());

    /// <summary>A numeric value as a double, or null.</summary>
    public double? GetDouble(int row, string column) => Typed(row, column, value => value.GetDouble());

    /// <summary>An integer value (a count, an integer field), or null.</summary>
    public long? GetInt64(int row, string column) => Typed(row, column, value => value.GetInt64());

    /// <summary>A string value (a string field or tag column), or null.</summary>
    public string? GetString(int row, string column)
    {
        var value = Value(row, column);
        return value.ValueKind == JsonValueKind.Null ? null : value.GetString();
    }

    /// <summary>A boolean value, or null.</summary>
    public bool? GetBoolean(int row, string column) => Typed(row, column, value => value.GetBoolean());

    private T? Typed<T>(int row, string column, Func<JsonElement, T> read)
        where T : struct
    {
        var value = Value(row, column);
        return value.ValueKind == JsonValueKind.Null ? null : read(value);
    }
}
