using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;

namespace IOC.Dashboard.Tests.Hubs;

/// <summary>
/// A hub client on a raw WebSocket that does the SignalR JSON handshake, subscribes, and from then on never reads: its
/// socket's receive buffer is kept tiny, so the server's writes to it fill up and wait. It keeps sending pings, so the
/// server does not time it out: it stays a connected subscriber that is stuck.
/// </summary>
internal sealed class SilentSubscriber : IAsyncDisposable
{
    private const char RecordSeparator = '\u001e';
    private readonly ClientWebSocket _socket = new();
    private readonly HttpMessageInvoker _invoker;
    private readonly CancellationTokenSource _stopping = new();
    private Task _pings = Task.CompletedTask;

    private SilentSubscriber()
    {
        _invoker = new HttpMessageInvoker(new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { ReceiveBufferSize = 4096, NoDelay = true };
                await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            },
        });
    }

    /// <summary>Connects to the hub with the read key, subscribes to the unit and stops reading.</summary>
    public static async Task<SilentSubscriber> SubscribeAsync(Uri dashboard, string readKey, string unitCode)
    {
        var subscriber = new SilentSubscriber();
        var hub = new UriBuilder(new Uri(dashboard, "/hubs/kpi")) { Scheme = "ws", Query = "access_token=" + Uri.EscapeDataString(readKey) };
        await subscriber._socket.ConnectAsync(hub.Uri, subscriber._invoker, CancellationToken.None);
        await subscriber.SendAsync("{\"protocol\":\"json\",\"version\":1}");
        var handshake = await subscriber.ReceiveRecordAsync();
        if (handshake != "{}")
        {
            throw new InvalidOperationException("Handshake refused: " + handshake);
        }
        await subscriber.SendAsync($"{{\"type\":1,\"target\":\"Subscribe\",\"arguments\":[\"{unitCode}\"]}}");
        subscriber._pings = subscriber.PingAsync();
        return subscriber;
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _pings;
        _socket.Abort();
        _socket.Dispose();
        _invoker.Dispose();
        _stopping.Dispose();
    }

    private async Task PingAsync()
    {
        try
        {
            while (true)
            {
                await Task.Delay(TimeSpan.FromSeconds(5), _stopping.Token);
                await SendAsync("{\"type\":6}");
            }
        }
        catch (OperationCanceledException)
        {
            // Disposed.
        }
        catch (WebSocketException)
        {
            // The server closed the connection: what happens to a subscriber that never reads.
        }
    }

    private Task SendAsync(string message) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(message + RecordSeparator), WebSocketMessageType.Text, endOfMessage: true, _stopping.Token);

    private async Task<string> ReceiveRecordAsync()
    {
        var buffer = new byte[4096];
        var text = new StringBuilder();
        while (!text.ToString().Contains(RecordSeparator, StringComparison.Ordinal))
        {
            var read = await _socket.ReceiveAsync(buffer, _stopping.Token);
            text.Append(Encoding.UTF8.GetString(buffer, 0, read.Count));
        }
        return text.ToString().TrimEnd(RecordSeparator);
    }
}
