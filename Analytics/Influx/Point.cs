using System.Collections.Immutable;

namespace IOC.Analytics.Influx;

/// <summary>
/// One InfluxDB point: a measurement, tags, typed fields and a timestamp kept to the millisecond. Immutable: <see cref="Tag"/> and
/// the <c>Field</c> overloads return a new point, so a point handed to the writer can never change under it.
/// </summary>
/// <remarks>
/// The timestamp is required: a retried batch then overwrites itself instead of adding copies (InfluxDB keeps one value per
/// series and time). Names and values line protocol cannot carry are refused here, where the caller can still act on it.
/// </remarks>
public sealed class Point
{
    // The range of InfluxDB's int64 nanosecond timestamps.
    private static readonly DateTimeOffset EarliestTime = DateTimeOffset.FromUnixTimeMilliseconds(-9_223_372_036_854);
    private static readonly DateTimeOffset LatestTime = DateTimeOffset.FromUnixTimeMilliseconds(9_223_372_036_854);

    private readonly ImmutableSortedDictionary<string, string> _tags;
    private readonly ImmutableSortedDictionary<string, object> _fields;

    /// <summary>A point without tags or fields yet.</summary>
    /// <exception cref="ArgumentException">The measurement is empty, starts with <c>#</c> or cannot be written.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The timestamp is outside InfluxDB's range (years 1677 to 2262).</exception>
    public Point(string measurement, DateTimeOffset timestamp)
        : this(measurement, timestamp, ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal),
            ImmutableSortedDictionary.Create<string, object>(StringComparer.Ordinal))
    {
        LineProtocolNames.CheckName(measurement, "measurement", nameof(measurement));
        if (measurement.StartsWith('#'))
        {
            // InfluxDB skips such a line as a comment and still answers 204.
            throw new ArgumentException($"Measurement '{measurement}' starts with '#', which line protocol reads as a comment", nameof(measurement));
        }
        if (timestamp < EarliestTime || timestamp > LatestTime)
        {
            throw new ArgumentOutOfRangeException(nameof(timestamp), timestamp, "InfluxDB stores times from 1677-09-21 to 2262-04-11 only");
        }
    }

    private Point(string measurement, DateTimeOffset timestamp, ImmutableSortedDictionary<string, string> tags,
        ImmutableSortedDictionary<string, object> fields)
    {
        Measurement = measurement;
        Timestamp = timestamp;
        _tags = tags;
        _fields = fields;
    }

    /// <summary>The measurement name.</summary>
    public string Measurement { get; }

    /// <summary>The point's time; InfluxDB keeps it to the millisecond.</summary>
    public DateTimeOffset Timestamp { get; }

    /// <summary>Tags sorted by key (ordinal), the order InfluxDB recommends.</summary>
    public IReadOnlyDictionary<string, string> Tags => _tags;

    /// <summary>Fields sorted by key; each value is a <see cref="long"/>, <see cref="double"/>, <see cref="bool"/> or <see cref="string"/>.</summary>
    public IReadOnlyDictionary<string, object> Fields => _fields;

    /// <summary>This point with a tag set (replacing a tag of the same key); an empty or null value means no tag.</summary>
    /// <exception cref="ArgumentException">The key or value cannot be written in line protocol.</exception>
    public Point Tag(string key, string? value)
    {
        LineProtocolNames.CheckKey(key, "tag key", nameof(key));
        if (string.IsNullOrEmpty(value))
        {
            // InfluxDB refuses empty tag values; a series without the tag is what "no value" means to InfluxQL.
            return new Point(Measurement, Timestamp, _tags.Remove(key), _fields);
        }
        LineProtocolNames.CheckName(value, "tag value", nameof(value));
        return new Point(Measurement, Timestamp, _tags.SetItem(key, value), _fields);
    }

    /// <summary>This point with an integer field.</summary>
    public Point Field(string key, long value) => WithField(key, value);

    /// <summary>This point with a float field.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite, which InfluxDB cannot store.</exception>
    public Point Field(string key, double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"Field '{key}' is {value}: InfluxDB stores finite floats only");
        }
        return WithField(key, value);
    }

    /// <summary>This point with a boolean field.</summary>
    public Point Field(string key, bool value) => WithField(key, value);

    /// <summary>This point with a string field (any text, quotes, backslashes and line breaks included).</summary>
    public Point Field(string key, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return WithField(key, value);
    }

    private Point WithField(string key, object value)
    {
        LineProtocolNames.CheckKey(key, "field key", nameof(key));
        return new Point(Measurement, Timestamp, _tags, _fields.SetItem(key, value));
    }
}
