using IOC.Analytics.Influx;
using IOC.Testing.Servers;

namespace IOC.Analytics.Tests.Influx;

/// <summary>The writer against a real influxd: what goes in comes back out of <c>/query</c>.</summary>
public sealed class InfluxWriterServerTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 8, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public async Task RoundTrip_AwkwardNamesTagValuesAndStrings_ReadBackUnchanged()
    {
        const string Measurement = "hồ sơ,đã nhận";
        string[] units = ["Sở Tư pháp", "Hộ tịch", "a b", "a,b", "a=b", "=,= ,", "say \"hi\"", @"C:\temp\x", "it's", "tab\there", " padded "];
        string[] notes = ["He said \"xin chào\"", @"back\slash\", "\\\"", "multi\nline", "", "Giấy khai sinh", "a,b=c d", "'", "{}", "\r\n", "ok"];
        var options = await InfluxTestDatabase.CreateAsync(await InfluxServer.SharedAsync());
        using var http = new HttpClient();
        await using (var writer = new InfluxWriter(http, options))
        {
            for (var i = 0; i < units.Length; i++)
            {
                await writer.WriteAsync(new Point(Measurement, Start.AddMilliseconds(i))
                    .Tag("đơn vị", units[i]).Tag("k,=", "v w").Field("note", notes[i]).Field("n", i).Field("ok", i % 2 == 0));
            }
            await writer.FlushAsync().WaitAsync(InfluxTestDatabase.Patience);
            Assert.Equal(0, writer.GetStats().Rejected);
        }

        var series = await new InfluxQueryClient(http, options).QueryAsync($"SELECT * FROM {InfluxQl.Identifier(Measurement)} GROUP BY *");

        Assert.Equal(units.Length, series.Count);
        Assert.All(series, s => Assert.Equal((Measurement, "v w", 1), (s.Name, s.Tags["k,="], s.Values.Count)));
        var read = series.ToDictionary(s => s.Tags["đơn vị"], s => (Note: s.GetString(0, "note"), N: s.GetInt64(0, "n"), Ok: s.GetBoolean(0, "ok"), Time: s.Time(0)));
        for (var i = 0; i < units.Length; i++)
        {
            Assert.Equal((notes[i], (long?)i, (bool?)(i % 2 == 0), Start.AddMilliseconds(i)), read[units[i]]);
        }
    }

    [Fact]
    public async Task Write_12000Points_ArriveInAtLeastThreeRequestsOfAtMost5000AndAllAreReadable()
    {
        var options = await InfluxTestDatabase.CreateAsync(await InfluxServer.SharedAsync()) with { FlushInterval = TimeSpan.FromSeconds(1) };
        var counting = new CountingHandler();
        using var http = new HttpClient(counting);
        await using var writer = new InfluxWriter(http, options);

        for (var i = 0; i < 12_000; i++)
        {
            await writer.WriteAsync(new Point("load", Start.AddMilliseconds(i)).Tag("unit", $"u{i % 7}").Field("v", i * 0.5));
        }
        await writer.FlushAsync().WaitAsync(InfluxTestDatabase.Patience);

        Assert.True(counting.LinesPerWrite.Count >= 3, $"{counting.LinesPerWrite.Count} requests");
        Assert.All(counting.LinesPerWrite, lines => Assert.InRange(lines, 1, 5_000));
        Assert.Equal(12_000, counting.LinesPerWrite.Sum());
        var count = Assert.Single(await new InfluxQueryClient(http, options).QueryAsync("SELECT count(v), sum(v) FROM load"));
        Assert.Equal((12_000L, 12_000 * 11_999 / 2 * 0.5), (count.GetInt64(0, "count"), count.GetDouble(0, "sum")));
        Assert.Equal(new InfluxWriterStats(12_000, 12_000, 0, 0, 0, null, null), writer.GetStats());
    }

    [Fact]
    public async Task Write_FieldTypeConflict_IsCountedAsRejectedWithTheServerMessageAndNotRetried()
    {
        var options = await InfluxTestDatabase.CreateAsync(await InfluxServer.SharedAsync());
        var counting = new CountingHandler();
        using var http = new HttpClient(counting);
        await using var writer = new InfluxWriter(http, options);
        await writer.WriteAsync(new Point("m", Start).Field("v", 1.0));
        await writer.FlushAsync().WaitAsync(InfluxTestDatabase.Patience);

        await writer.WriteAsync(new Point("m", Start.AddSeconds(1)).Field("v", 2.0));
        await writer.WriteAsync(new Point("m", Start.AddSeconds(2)).Field("v", "not a number"));
        await writer.WriteAsync(new Point("m", Start.AddSeconds(3)).Field("v", 3.0));
        await writer.FlushAsync().WaitAsync(InfluxTestDatabase.Patience);

        var stats = writer.GetStats();
        Assert.Equal((4L, 3L, 1L, 0L, 0L), (stats.Buffered, stats.Written, stats.Rejected, stats.Retries, stats.BufferDepth));
        Assert.Contains("field type conflict", stats.LastRejection, StringComparison.Ordinal);
        Assert.Equal(2, counting.LinesPerWrite.Count);
        var count = Assert.Single(await new InfluxQueryClient(http, options).QueryAsync("SELECT count(v) FROM m"));
        Assert.Equal(3, count.GetInt64(0, "count"));
    }

    [Fact]
    public async Task Write_ToANamedRetentionPolicy_LandsInThatPolicyOnly()
    {
        var options = await InfluxTestDatabase.CreateAsync(await InfluxServer.SharedAsync()) with { RetentionPolicy = "short" };
        using var http = new HttpClient();
        var client = new InfluxQueryClient(http, options);
        await client.CreateRetentionPolicyAsync(options.Database, "short", TimeSpan.FromHours(2), isDefault: false);
        var now = DateTimeOffset.UtcNow;
        await using (var writer = new InfluxWriter(http, options))
        {
            writer.TryWrite(new Point("m", now).Field("v", 1L));
            writer.TryWrite(new Point("m", now.AddMilliseconds(1)).Field("v", 2L));
        }

        var inShort = Assert.Single(await client.QueryAsync($"SELECT count(v) FROM {InfluxQl.Identifier(options.Database)}.\"short\".m"));
        Assert.Equal(2, inShort.GetInt64(0, "count"));
        Assert.Empty(await client.QueryAsync("SELECT count(v) FROM autogen.m"));
    }
}
