using System.Reactive.Linq;
using IOC.Analytics.Catalog;
using IOC.Analytics.Kpi;
using IOC.Analytics.Storage;
using Microsoft.AspNetCore.SignalR.Client;
using Npgsql;

namespace IOC.Ingestion.Live;

/// <summary>
/// Runs the live pipeline over the dossier changes and publishes each unit's new figures into the dashboard's hub with
/// the service key. While the dashboard is down or restarting, ingestion goes on; the latest figures per unit wait and
/// are sent when the connection is back. On every (re)connection the figures of every unit go first, so a dashboard
/// that restarted holds current figures of each unit at once, not only of those that change later.
/// </summary>
public sealed class KpiPublisher(
    LiveKpiFeed feed,
    NpgsqlDataSource dataSource,
    CatalogCache catalog,
    LiveSettings settings,
    TimeProvider time,
    ILogger<KpiPublisher> logger) : BackgroundService
{
    // The hub takes messages of at most 32 kB (~1 kB a document): a recount of every unit goes in several.
    private const int DocumentsPerPublish = 20;
    // Figures go out as soon as the pipeline has them (it already paces each unit); the interval only bounds the wait.
    private static readonly TimeSpan SendInterval = TimeSpan.FromMilliseconds(200);
    private readonly LatestPerUnit _pending = new();

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Ingestion migrates in parallel on a fresh database: the catalogue is readable once the schema is there.
        await new SchemaMigrator(dataSource).WaitForVersionAsync(SchemaMigrator.RequiredVersion, TimeSpan.FromMilliseconds(200), stoppingToken);
        await catalog.FreshEnoughAsync(missed: false, stoppingToken);
        using var pipeline = feed.Figures.Select(KpiDocument.Of).Subscribe(_pending.Put);
        await using var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(settings.DashboardUrl, "/hubs/kpi"), options => options.Headers["X-Api-Key"] = settings.ServiceKey)
            .WithAutomaticReconnect(new ForeverRetryPolicy())
            .Build();
        connection.Reconnected += _ =>
        {
            PutEveryUnit();
            return Task.CompletedTask;
        };
        while (!stoppingToken.IsCancellationRequested)
        {
            if (connection.State == HubConnectionState.Disconnected && !await TryConnectAsync(connection, stoppingToken))
            {
                continue;
            }
            if (connection.State == HubConnectionState.Connected && _pending.Count > 0)
            {
                await SendAsync(connection, stoppingToken);
            }
            await _pending.WaitAsync(SendInterval, stoppingToken);
        }
    }

    private async Task<bool> TryConnectAsync(HubConnection connection, CancellationToken stoppingToken)
    {
        try
        {
            await connection.StartAsync(stoppingToken);
            logger.LogInformation("Connected to the dashboard hub at {Url}", settings.DashboardUrl);
            PutEveryUnit();
            return true;
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogDebug("Dashboard hub not reachable ({Message}); retrying", exception.Message);
            await Task.Delay(ForeverRetryPolicy.Delay(Random.Shared.Next(3, 8)), stoppingToken);
            return false;
        }
    }

    private void PutEveryUnit()
    {
        foreach (var kpi in feed.EveryUnit(time.GetUtcNow()))
        {
            _pending.Put(KpiDocument.Of(kpi));
        }
    }

    private async Task SendAsync(HubConnection connection, CancellationToken stoppingToken)
    {
        var documents = _pending.TakeAll();
        for (var sent = 0; sent < documents.Count; sent += DocumentsPerPublish)
        {
            try
            {
                await connection.InvokeAsync("Publish", documents.Skip(sent).Take(DocumentsPerPublish).ToList(), stoppingToken);
            }
            // A send in flight when the dashboard dies fails with whatever closed the socket (WebSocketException,
            // TaskCanceledException, …): every such failure keeps the figures for the next connection.
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("Publishing to the dashboard failed ({Message}); keeping the latest figures", exception.Message);
                _pending.Return(documents.Skip(sent));
                return;
            }
        }
    }

    /// <summary>Reconnects forever: quickly at first, then every 10 s at most, with jitter.</summary>
    private sealed class ForeverRetryPolicy : IRetryPolicy
    {
        public TimeSpan? NextRetryDelay(RetryContext retryContext) => Delay(retryContext.PreviousRetryCount);

        public static TimeSpan Delay(long attempt) =>
            TimeSpan.FromMilliseconds(Math.Min(10_000, 250 * Math.Pow(2, Math.Min(attempt, 6))) + Random.Shared.Next(0, 250));
    }
}
