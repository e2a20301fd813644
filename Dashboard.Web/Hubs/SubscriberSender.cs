using Microsoft.AspNetCore.SignalR;

namespace IOC.Dashboard.Hubs;

/// <summary>
/// Drains one connection's mailbox into that connection alone, so a connection that does not read only ever delays
/// itself: the publisher and every other subscriber go on.
/// </summary>
public sealed class SubscriberSender : IAsyncDisposable
{
    private readonly SubscriberMailbox _mailbox;
    private readonly IClientProxy _client;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _loop;

    /// <summary>Starts draining <paramref name="mailbox"/> into <paramref name="client"/>.</summary>
    public SubscriberSender(SubscriberMailbox mailbox, IClientProxy client, ILogger logger)
    {
        _mailbox = mailbox;
        _client = client;
        _logger = logger;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Stops draining, also while a send waits on a connection that does not read.</summary>
    public async ValueTask DisposeAsync()
    {
        _mailbox.Close();
        await _stopping.CancelAsync();
        await _loop;
        _stopping.Dispose();
    }

    private async Task RunAsync()
    {
        try
        {
            while (await _mailbox.WaitAsync(_stopping.Token))
            {
                foreach (var document in _mailbox.TakeAll())
                {
                    await SendAsync(document);
                }
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // The connection is gone or the dashboard stops.
        }
    }

    private async Task SendAsync(Analytics.Kpi.KpiDocument document)
    {
        try
        {
            await _client.SendAsync(KpiHub.Message, document, _stopping.Token);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The next document of the unit replaces this one; the connection's own teardown ends the loop.
            _logger.LogDebug("A kpi message of {Unit} was not sent ({Message})", document.Unit, exception.Message);
        }
    }
}
