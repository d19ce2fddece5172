using AimsBot.Core.Storage;
using LiteDB;

namespace AimsBot.Core.Delivery;

/// <summary>Reads and settles outbox items for the sender.</summary>
public sealed class OutboxStore(AimsDatabase database)
{
    private ILiteCollection<OutboxItem> Items => database.Collection<OutboxItem>(CollectionNames.Outbox);

    /// <summary>Pending items whose next attempt is due, oldest first.</summary>
    public IReadOnlyList<OutboxItem> Due(DateTime now, int take) =>
        [.. Items.Query().Where(x => x.State == OutboxState.Pending && x.NextAttemptAt <= now).OrderBy(x => x.Id).Limit(take).ToEnumerable()];

    /// <summary>When the next pending item falls due, or null when none is pending.</summary>
    public DateTime? NextDue() =>
        Items.Query().Where(x => x.State == OutboxState.Pending).OrderBy(x => x.NextAttemptAt).Select(x => x.NextAttemptAt).FirstOrDefault() is var next && next != default
            ? next
            : null;

    public IReadOnlyList<OutboxItem> InState(OutboxState state) =>
        [.. Items.Query().Where(x => x.State == state).OrderBy(x => x.Id).ToEnumerable()];

    public void Save(OutboxItem item) => Items.Update(item);

    public int Count(OutboxState state) => Items.Count(x => x.State == state);
}
