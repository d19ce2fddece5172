using AimsBot.Core.Conversations;

namespace AimsBot.Core.Delivery;

/// <summary>
/// One circuit per destination (a Teams Connector service URL, a Slack workspace). A passing failure
/// (5xx, 429, network) opens the destination's circuit until a time (the platform's Retry-After, or
/// a growing backoff); while it is open nothing is sent there. When the time comes, a single message
/// goes first as a probe: if it is delivered the circuit closes and the held messages follow in
/// order; if not, the circuit opens again for longer. Kept in memory: after a restart the held
/// messages are due at the time the circuit would have reopened, and the first send probes anew.
/// </summary>
public sealed class DestinationCircuits
{
    private readonly Dictionary<string, Circuit> _open = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Destinations whose circuit is open now.</summary>
    public int OpenCount
    {
        get
        {
            lock (_gate)
            {
                return _open.Count;
            }
        }
    }

    /// <summary>The destination a conversation's messages go to.</summary>
    public static string DestinationOf(ConversationRef conversation) => conversation.Platform switch
    {
        Platform.Teams => "teams:" + (conversation.ServiceUrl ?? "").TrimEnd('/').ToUpperInvariant(),
        Platform.Slack => "slack:" + conversation.TenantId,
        _ => conversation.Platform.ToString(),
    };

    /// <summary>Until when the destination's circuit is open, or null when it is closed.</summary>
    public DateTime? OpenUntil(string destination)
    {
        lock (_gate)
        {
            return _open.TryGetValue(destination, out var circuit) ? circuit.Until : null;
        }
    }

    /// <summary>How many passing failures in a row the destination has had (0 when closed).</summary>
    public int Failures(string destination)
    {
        lock (_gate)
        {
            return _open.TryGetValue(destination, out var circuit) ? circuit.Failures : 0;
        }
    }

    /// <summary>Opens (or reopens) the circuit until <paramref name="until"/>; an earlier time never shortens it.</summary>
    public void Open(string destination, DateTime until)
    {
        lock (_gate)
        {
            if (_open.TryGetValue(destination, out var circuit))
            {
                circuit.Failures++;
                circuit.Until = until > circuit.Until ? until : circuit.Until;
            }
            else
            {
                _open[destination] = new Circuit { Failures = 1, Until = until };
            }
        }
    }

    /// <summary>The destination answered: the circuit closes.</summary>
    public void Close(string destination)
    {
        lock (_gate)
        {
            _open.Remove(destination);
        }
    }

    private sealed class Circuit
    {
        public int Failures { get; set; }

        public DateTime Until { get; set; }
    }
}
