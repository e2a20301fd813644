using System.Net;
using IOC.Analytics.Influx;
using IOC.Analytics.Time;
using IOC.Testing.Servers;

namespace IOC.Analytics.Tests.Influx;

/// <summary>InfluxQL against a real influxd: answers, errors and the bootstrap.</summary>
public sealed class InfluxQueryClientTests
{
    [Fact]
    public async Task GroupByDayInProvinceTime_PointsNearMidnight_LandInTheirProvinceDate()
    {
        var options = await InfluxTestDatabase.CreateAsync(await InfluxServer.SharedAsync());
        using var http = new HttpClient();
        var province = TimeSpan.FromHours(7);
        await using (var writer = new InfluxWriter(http, options))
        {
            // 06:30 on the 23rd is still the 22nd in UTC; 00:30 on the 24th is still the 23rd in UTC.
            writer.TryWrite(new Point("received", new DateTimeOffset(2026, 11, 23, 6, 30, 0, province)).Field("v", 1L));
            writer.TryWrite(new Point("received", new DateTimeOffset(2026, 11, 23, 23, 30, 0, province)).Field("v", 1L));
            writer.TryWrite(new Point("received", new DateTimeOffset(2026, 11, 24, 0, 30, 0, province)).Field("v", 1L));
        }
        var client = new InfluxQueryClient(http, options);
        const string Range = "time >= '2026-11-22T17:00:00Z' AND time < '2026-11-24T17:00:00Z'";

        var inProvince = Assert.Single(await client.QueryAsync(
            $"SELECT count(v) FROM received WHERE {Range} GROUP BY time(1d) tz({InfluxQl.String("Asia/Ho_Chi_Minh")})"));
        var inUtc = Assert.Single(await client.QueryAsync($"SELECT count(v) FROM received WHERE {Range} GROUP BY time(1d)"));

        Assert.Equal(
            [(ProvinceTime.StartOf(new DateOnly(2026, 11, 23)), 2L), (ProvinceTime.StartOf(new DateOnly(2026, 11, 24)), 1L)],
            Enumerable.Range(0, inProvince.Values.Count).Select(row => (inProvince.Time(row), inProvince.GetInt64(row, "count") ?? 0)));
        Assert.Equal((new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.Zero), 1L), (inUtc.Time(0), inUtc.GetInt64(0, "count") ?? 0));
    }

    [Fact]
    public async Task QueryAsync_BoundParameter_MatchesTagValuesWithoutQuoting()
    {
        var options = await InfluxTestDatabase.CreateAsync(await InfluxServer.SharedAsync());
        using var http = new HttpClient();
        await using (var writer = new InfluxWriter(http, options))
        {
            var at = DateTimeOffset.UtcNow;
            writer.TryWrite(new Point("m", at).Tag("unit", "Sở Tư pháp").Field("v", 1L));
            writer.TryWrite(new Point("m", at).Tag("unit", "it's \"x\"").Field("v", 2L));
        }

        var series = await new InfluxQueryClient(http, options).QueryAsync(
            "SELECT sum(v) FROM m WHERE unit = $unit", new Dictionary<string, object> { ["unit"] = "it's \"x\"" });

        Assert.Equal(2, Assert.Single(series).GetInt64(0, "sum"));
    }

    [Fact]
    public async Task QueryAsync_SyntaxError_ThrowsWithTheServerMessageAndStatus()
    {
        var options = await InfluxTestDatabase.CreateAsync(await InfluxServer.SharedAsync());
        using var http = new HttpClient();

        var exception = await Assert.ThrowsAsync<InfluxException>(() => new InfluxQueryClient(http, options).QueryAsync("SELEC oops"));

        Assert.StartsWith("error parsing query: found SELEC", exception.Message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, exception.StatusCode);
    }

    [Fact]
    public async Task QueryAsync_StatementFails_ThrowsWithThatStatementsMessage()
    {
        var options = await InfluxTestDatabase.CreateAsync(await InfluxServer.SharedAsync()) with { Database = "never_created" };
        using var http = new HttpClient();

        var exception = await Assert.ThrowsAsync<InfluxException>(() => new InfluxQueryClient(http, options).QueryAsync("SELECT * FROM m"));

        Assert.Equal("Statement 0: database not found: never_created", exception.Message);
    }

    [Fact]
    public async Task ExecuteAsync_RetentionUnderOneHourWrittenByHand_ThrowsTheServerRule()
    {
        var options = await InfluxTestDatabase.CreateAsync(await InfluxServer.SharedAsync());
        using var http = new HttpClient();

        var exception = await Assert.ThrowsAsync<InfluxException>(() => new InfluxQueryClient(http, options)
            .ExecuteAsync($"CREATE RETENTION POLICY \"brief\" ON {InfluxQl.Identifier(options.Database)} DURATION 30m REPLICATION 1"));

        Assert.Contains("retention policy duration must be at least 1h", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bootstrap_RunTwiceThenWithANewDuration_IsIdempotentAndAltersThePolicy()
    {
        var options = await InfluxTestDatabase.CreateAsync(await InfluxServer.SharedAsync());
        using var http = new HttpClient();
        var client = new InfluxQueryClient(http, options);

        for (var run = 0; run < 2; run++)
        {
            await client.CreateDatabaseAsync(options.Database);
            await client.CreateRetentionPolicyAsync(options.Database, "raw", TimeSpan.FromDays(30), isDefault: true);
        }
        await client.CreateRetentionPolicyAsync(options.Database, "raw", TimeSpan.FromDays(90), isDefault: true);

        var policies = Assert.Single(await client.QueryAsync($"SHOW RETENTION POLICIES ON {InfluxQl.Identifier(options.Database)}"));
        var raw = Enumerable.Range(0, policies.Values.Count).Single(row => policies.GetString(row, "name") == "raw");
        Assert.Equal(("2160h0m0s", true), (policies.GetString(raw, "duration"), policies.GetBoolean(raw, "default")));
    }

    [Fact]
    public async Task CreateRetentionPolicyAsync_UnderOneHour_ThrowsBeforeAskingTheServer()
    {
        using var http = new HttpClient();
        var client = new InfluxQueryClient(http, new InfluxOptions { Url = new Uri("http://127.0.0.1:9"), Database = "x" });

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.CreateRetentionPolicyAsync("x", "brief", TimeSpan.FromMinutes(59), false));
    }

    [Fact]
    public async Task PingAsync_RunningServer_ReturnsItsVersion()
    {
        var server = await InfluxServer.SharedAsync();
        using var http = new HttpClient();

        var version = await new InfluxQueryClient(http, new InfluxOptions { Url = server.Url, Database = "unused" }).PingAsync();

        Assert.StartsWith("1.", version, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PingAsync_NothingListening_ThrowsHttpRequestException()
    {
        using var http = new HttpClient();
        var client = new InfluxQueryClient(http, new InfluxOptions { Url = new Uri($"http://127.0.0.1:{FreePort.Next()}"), Database = "x" });

        await Assert.ThrowsAsync<HttpRequestException>(() => client.PingAsync());
    }
}
