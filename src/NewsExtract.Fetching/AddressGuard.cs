using System.Net;
using System.Net.Http;
using System.Net.Sockets;

namespace NewsExtract.Fetching;

/// <summary>
/// Refuses connections to non-public addresses (private, loopback, link-local, shared, multicast, documentation and
/// other special ranges) so that a service fetching URLs chosen by its users cannot be turned against its own network.
/// The check runs after DNS resolution, inside <see cref="SocketsHttpHandler.ConnectCallback"/>, and the socket then
/// connects to exactly the addresses checked: a DNS answer that changes between check and use cannot slip through.
/// </summary>
internal sealed class AddressGuard(Func<IPAddress, bool> isBlocked)
{
    public static AddressGuard For(FetchOptions options) => new(options.AddressFilter ?? IsNonPublic);

    /// <summary>Whether an address is outside the public internet.</summary>
    public static bool IsNonPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            Span<byte> b = stackalloc byte[4];
            address.TryWriteBytes(b, out _);
            return b[0] is 0 or 10 or 127 or >= 224 // "this" network, private, loopback, multicast, reserved, broadcast
                || (b[0] == 100 && b[1] is >= 64 and <= 127) // shared address space (carrier-grade NAT)
                || (b[0] == 169 && b[1] == 254) // link-local, including cloud metadata services
                || (b[0] == 172 && b[1] is >= 16 and <= 31)
                || (b[0] == 192 && b[1] == 168)
                || (b[0] == 192 && b[1] == 0 && b[2] is 0 or 2) // protocol assignments, documentation
                || (b[0] == 198 && b[1] is 18 or 19) // benchmarking
                || (b[0] == 198 && b[1] == 51 && b[2] == 100)
                || (b[0] == 203 && b[1] == 0 && b[2] == 113);
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return true;
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.IPv6None) || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal
            || address.IsIPv6Multicast || address.IsIPv6UniqueLocal)
        {
            return true;
        }

        Span<byte> v6 = stackalloc byte[16];
        address.TryWriteBytes(v6, out _);

        // Addresses that carry an IPv4 address inside them reach whatever that address reaches.
        if ((v6[0] == 0x00 && v6[1] == 0x64 && v6[2] == 0xFF && v6[3] == 0x9B) // NAT64 64:ff9b::/96
            || v6[..12].IndexOfAnyExcept((byte)0) < 0) // IPv4-compatible ::a.b.c.d
        {
            return IsNonPublic(new IPAddress(v6[12..]));
        }

        if (v6[0] == 0x20 && v6[1] == 0x02) // 6to4 2002:a.b.c.d::/48
        {
            return IsNonPublic(new IPAddress(v6[2..6]));
        }

        return v6[0] == 0x20 && v6[1] == 0x01 && v6[2] == 0x0D && v6[3] == 0xB8; // documentation 2001:db8::/32
    }

    /// <summary>Refuses a URL whose host is a blocked address written out, before anything is sent.</summary>
    public void CheckLiteral(Uri url)
    {
        if (url.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6 && IPAddress.TryParse(url.IdnHost.Trim('[', ']'), out var address))
        {
            Check([address], url, url.IdnHost);
        }
    }

    /// <summary>Resolves the URL's host and refuses it if any address is blocked; for handlers without <see cref="ConnectAsync"/>.</summary>
    public async ValueTask CheckResolvedAsync(Uri url, CancellationToken cancellationToken)
    {
        try
        {
            Check(await ResolveAsync(url.IdnHost, cancellationToken).ConfigureAwait(false), url, url.IdnHost);
        }
        catch (SocketException exception)
        {
            throw new FetchException(FetchFailureReason.ConnectionFailed, url, $"the host {url.IdnHost} could not be resolved: {exception.Message}", exception);
        }
    }

    /// <summary>A <see cref="SocketsHttpHandler.ConnectCallback"/>: resolve, check every address, connect to the checked addresses.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var endPoint = context.DnsEndPoint;
        var addresses = await ResolveAsync(endPoint.Host, cancellationToken).ConfigureAwait(false);
        Check(addresses, context.InitialRequestMessage.RequestUri!, endPoint.Host);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, endPoint.Port, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static async ValueTask<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        host = host.Trim('[', ']');
        return IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
    }

    private void Check(IPAddress[] addresses, Uri url, string host)
    {
        // Any blocked address refuses the host: a name that mixes public and private answers is a rebinding attempt.
        if (addresses.FirstOrDefault(isBlocked) is { } blocked)
        {
            var what = host.Trim('[', ']') == blocked.ToString() ? host : $"{host} resolves to {blocked}, which";
            throw new FetchException(FetchFailureReason.BlockedAddress, url, $"{what} is a private, loopback or link-local address, and those are refused");
        }

        if (addresses.Length == 0)
        {
            throw new FetchException(FetchFailureReason.ConnectionFailed, url, $"the host {host} has no address");
        }
    }
}
