using System.Diagnostics.Metrics;

namespace AimsBot.Processing;

/// <summary>
/// The delivery path's counters, on the meter <c>AimsBot.Delivery</c> (read them live with
/// <c>dotnet-counters monitor -n AimsBot --counters AimsBot.Delivery</c>, or export them with OpenTelemetry):
/// turns the processor ran from the inbox, and replies the sender took, by where it took them from
/// (<c>memory</c>: handed over at their turn's commit; <c>store</c>: read back from the outbox).
/// </summary>
public sealed class DeliveryMetrics
{
    public const string MeterName = "AimsBot.Delivery";

    private static readonly KeyValuePair<string, object?> FromMemory = new("source", "memory");
    private static readonly KeyValuePair<string, object?> FromStore = new("source", "store");
    private readonly Counter<long> _turns;
    private readonly Counter<long> _taken;

    public DeliveryMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        _turns = meter.CreateCounter<long>("aimsbot.delivery.turns", "{turn}", "Turns the processor ran from the inbox (run, recognised as run before, or given up)");
        _taken = meter.CreateCounter<long>("aimsbot.outbox.taken", "{reply}", "Replies the sender took to send, by source: memory (handed over at the commit) or store");
    }

    public void TurnsRun(int count) => _turns.Add(count);

    public void Taken(int count, bool fromMemory) => _taken.Add(count, fromMemory ? FromMemory : FromStore);
}
