using System.Text.Json;

namespace IOC.Analytics.Influx;

/// <summary>
/// Runs InfluxQL on <c>/query</c> (times as epoch milliseconds) against <see cref="InfluxOptions.Database"/>, and bootstraps
/// databases and retention policies. Any error InfluxDB reports, for the whole query or one statement, is thrown as an
/// <see cref="InfluxException"/> carrying the server's message; network failures surface as <see cref="HttpRequestException"/>.
/// </summary>
public sealed class InfluxQueryClient(HttpClient http, InfluxOptions options)
{
    private readonly Uri _url = options.Url;

    /// <summary>Runs read-only statements (<c>SELECT</c>, <c>SHOW</c>) with GET.</summary>
    /// <param name="query">InfluxQL; several statements may be separated by <c>;</c>.</param>
    /// <param name="parameters">Values bound to <c>$name</c> placeholders, so tag values need no quoting.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The series of every statement, in order.</returns>
    public async Task<IReadOnlyList<InfluxSeries>> QueryAsync(string query, IReadOnlyDictionary<string, object>? parameters = null,
        CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, InfluxEndpoints.Query(_url, Form(query, parameters)));
        return await SendAsync(request, cancellationToken);
    }

    /// <summary>Runs statements that change something (<c>CREATE</c>, <c>DROP</c>, <c>ALTER</c>, <c>SELECT … INTO</c>) with POST.</summary>
    /// <returns>The series of every statement, in order (usually none).</returns>
    public async Task<IReadOnlyList<InfluxSeries>> ExecuteAsync(string statement, IReadOnlyDictionary<string, object>? parameters = null,
        CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, InfluxEndpoints.Query(_url))
        {
            Content = new FormUrlEncodedContent(Form(statement, parameters)),
        };
        return await SendAsync(request, cancellationToken);
    }

    /// <summary>
    /// Deletes a measurement's points in each half-open time range [from, to), all ranges in one request; series keep
    /// existing. A point written later at a deleted time is stored again.
    /// </summary>
    public Task DeleteAsync(string measurement, IReadOnlyCollection<(DateTimeOffset From, DateTimeOffset To)> ranges,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(measurement);
        if (ranges.Count == 0)
        {
            return Task.CompletedTask;
        }
        var statements = ranges.Select(r => $"DELETE FROM {InfluxQl.Identifier(measurement)} WHERE time >= {InfluxQl.Time(r.From)} AND time < {InfluxQl.Time(r.To)}");
        return ExecuteAsync(string.Join("; ", statements), cancellationToken: cancellationToken);
    }

    /// <summary>Creates a database; nothing happens when it exists.</summary>
    public Task CreateDatabaseAsync(string database, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(database);
        return ExecuteAsync($"CREATE DATABASE {InfluxQl.Identifier(database)}", cancellationToken: cancellationToken);
    }

    /// <summary>
    /// Creates a retention policy, or brings an existing one to this duration (and makes it the default when asked), so a
    /// bootstrap can run at every start.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The duration is under one hour, which InfluxDB refuses.</exception>
    public async Task CreateRetentionPolicyAsync(string database, string name, TimeSpan duration, bool isDefault,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(database);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfLessThan(duration, TimeSpan.FromHours(1));
        var target = $"{InfluxQl.Identifier(name)} ON {InfluxQl.Identifier(database)} DURATION {InfluxQl.Duration(duration)}";
        var makeDefault = isDefault ? " DEFAULT" : "";
        try
        {
            await ExecuteAsync($"CREATE RETENTION POLICY {target} REPLICATION 1{makeDefault}", cancellationToken: cancellationToken);
        }
        catch (InfluxException exception) when (exception.Message.Contains("already exists", StringComparison.Ordinal))
        {
            // CREATE is a no-op only when every attribute matches; a policy created with other settings is altered instead.
            await ExecuteAsync($"ALTER RETENTION POLICY {target}{makeDefault}", cancellationToken: cancellationToken);
        }
    }

    /// <summary>Checks that InfluxDB answers <c>/ping</c>.</summary>
    /// <returns>The server's version (<c>X-Influxdb-Version</c>), or null when it does not say.</returns>
    /// <exception cref="InfluxException">The server answered with an error status.</exception>
    public async Task<string?> PingAsync(CancellationToken cancellationToken = default)
    {
        using var response = await http.GetAsync(InfluxEndpoints.Ping(_url), cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InfluxException(await InfluxErrors.ReadMessageAsync(response, cancellationToken), response.StatusCode);
        }
        return response.Headers.TryGetValues("X-Influxdb-Version", out var versions) ? versions.FirstOrDefault() : null;
    }

    private Dictionary<string, string> Form(string query, IReadOnlyDictionary<string, object>? parameters)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        var form = new Dictionary<string, string> { ["q"] = query, ["db"] = options.Database, ["epoch"] = LineProtocol.Precision };
        if (parameters is { Count: > 0 })
        {
            form["params"] = JsonSerializer.Serialize(parameters);
        }
        return form;
    }

    private async Task<IReadOnlyList<InfluxSeries>> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InfluxException(await InfluxErrors.ReadMessageAsync(response, cancellationToken), response.StatusCode);
        }
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        var answer = await JsonSerializer.DeserializeAsync(body, QueryJson.Default.QueryResponse, cancellationToken)
            ?? throw new InfluxException("InfluxDB answered the query with an empty body", response.StatusCode);
        if (answer.Error is not null)
        {
            throw new InfluxException(answer.Error, response.StatusCode);
        }
        var series = new List<InfluxSeries>();
        foreach (var statement in answer.Results ?? [])
        {
            if (statement.Error is not null)
            {
                throw new InfluxException($"Statement {statement.StatementId}: {statement.Error}");
            }
            series.AddRange((statement.Series ?? []).Select(s => new InfluxSeries(statement.StatementId, s.Name ?? "",
                s.Tags ?? new Dictionary<string, string>(), s.Columns ?? [], s.Values ?? [], s.Partial || statement.Partial)));
        }
        return series;
    }
}
