using System.Net;
using System.Net.Sockets;

namespace Herald.Tests.Support;

/// <summary>
/// A loopback TCP relay to another port, for cutting a client's connections as a network failure would:
/// <see cref="DropAll"/> resets every relayed connection; new ones are still accepted, so the client can reconnect.
/// </summary>
internal sealed class TcpProxy : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly int _target;
    private readonly List<Socket> _sockets = [];
    private readonly Lock _gate = new();

    public TcpProxy(int targetPort)
    {
        _target = targetPort;
        _listener.Start();
        _ = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Connections relayed so far, dropped ones included.</summary>
    public int Accepted { get; private set; }

    /// <summary>Resets every open relayed connection, both ends.</summary>
    public void DropAll()
    {
        lock (_gate)
        {
            foreach (var socket in _sockets)
            {
                socket.LingerState = new LingerOption(true, 0); // RST, like a cut cable's timeout, not a polite FIN
                socket.Close();
            }
            _sockets.Clear();
        }
    }

    private async Task AcceptAsync()
    {
        while (true)
        {
            Socket client;
            try
            {
                client = await _listener.AcceptSocketAsync();
            }
            catch (Exception exception) when (exception is SocketException or ObjectDisposedException)
            {
                return;
            }
            var server = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            await server.ConnectAsync(IPAddress.Loopback, _target);
            lock (_gate)
            {
                _sockets.Add(client);
                _sockets.Add(server);
                Accepted++;
            }
            _ = PumpAsync(client, server);
            _ = PumpAsync(server, client);
        }
    }

    private static async Task PumpAsync(Socket from, Socket to)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            int read;
            while ((read = await from.ReceiveAsync(buffer, SocketFlags.None)) > 0)
                await to.SendAsync(buffer.AsMemory(0, read), SocketFlags.None);
        }
        catch (Exception exception) when (exception is SocketException or ObjectDisposedException)
        {
        }
        try
        {
            to.Shutdown(SocketShutdown.Both);
        }
        catch (Exception exception) when (exception is SocketException or ObjectDisposedException)
        {
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        DropAll();
    }
}
