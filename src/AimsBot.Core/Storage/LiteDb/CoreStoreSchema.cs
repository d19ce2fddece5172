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

        // No index on SentAt or HoldsConversation (files made before had them): each cost every reply index
        // writes; the purge walks ids instead, and the holding rows are kept in memory (OutboxHolds).
        var outbox = database.GetCollection<OutboxItem>(CollectionNames.Outbox);
        outbox.DropIndex(nameof(OutboxItem.SentAt));
        outbox.DropIndex(nameof(OutboxItem.HoldsConversation));
        outbox.EnsureIndex(x => x.IdempotencyKey, unique: true);
        outbox.EnsureIndex(x => x.State);
        outbox.EnsureIndex(x => x.NextAttemptAt);

        var audit = database.GetCollection<AuditEntry>(CollectionNames.Audit);
        audit.EnsureIndex(x => x.Entity);
        audit.EnsureIndex(x => x.ActorKey);
    }
}
