using AimsBot.Core.Delivery;
using AimsBot.Core.Governance;
using LiteDB;

namespace AimsBot.Core.Storage.LiteDb;

/// <summary>The indexes of the core collections (inventory, conversations, queues, audit).</summary>
public sealed class CoreStoreSchema : IStoreSchema
{
    public void Ensure(LiteDatabase database)
    {
        var systems = database.GetCollection<AiSystem>(CollectionNames.AiSystems);
        systems.EnsureIndex(x => x.Number, unique: true);
        systems.EnsureIndex(x => x.NormalizedName);
        systems.EnsureIndex(x => x.SourceCardId);
        systems.EnsureIndex(x => x.RequesterKey);
        systems.EnsureIndex(x => x.BusinessOwnerKey);
        systems.EnsureIndex(x => x.Approval);
        systems.EnsureIndex(x => x.Stage);

        var conversations = database.GetCollection<ConversationRecord>(CollectionNames.Conversations);
        conversations.EnsureIndex(x => x.UserKey);

        var processed = database.GetCollection<ProcessedTurn>(CollectionNames.ProcessedTurns);
        processed.EnsureIndex(x => x.ProcessedAt);
        processed.EnsureIndex(x => x.InboxId);

        database.GetCollection<CardActionRecord>(CollectionNames.CardActions).EnsureIndex(x => x.At);

        var outbox = database.GetCollection<OutboxItem>(CollectionNames.Outbox);
        outbox.EnsureIndex(x => x.SentAt);
        outbox.EnsureIndex(x => x.IdempotencyKey, unique: true);
        outbox.EnsureIndex(x => x.State);
        outbox.EnsureIndex(x => x.NextAttemptAt);
        outbox.EnsureIndex(x => x.HoldsConversation);

        var audit = database.GetCollection<AuditEntry>(CollectionNames.Audit);
        audit.EnsureIndex(x => x.Entity);
        audit.EnsureIndex(x => x.ActorKey);
    }
}
