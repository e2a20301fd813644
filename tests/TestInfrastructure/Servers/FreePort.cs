using System.Net;
using System.Net.Sockets;

namespace IOC.Testing.Servers;

/// <summary>
/// A TCP port nothing listens on, taken below Linux's ephemeral range (32768–60999): the kernel hands ports of that
/// range to every outgoing connection, so on a busy machine a port chosen there can be taken as a client's source port
/// before the server binds it, or between a kill and a restart on the same port.
/// </summary>
public static class FreePort
{
    private const int First = 20_000;
    private const int Last = 32_767;

    public static int Next()
    {
        for (var attempt = 0; attempt < 1_000; attempt++)
        {
            var port = Random.Shared.Next(First, Last + 1);
            if (IsFree(port))
            {
                return port;
            }
        }
        throw new InvalidOperationException($"No free port between {First} and {Last}");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
