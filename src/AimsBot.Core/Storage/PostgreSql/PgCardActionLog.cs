namespace AimsBot.Core.Storage.PostgreSql;

/// <summary>Consumed card ids; the primary key decides which of two instances consumed a card first.</summary>
public sealed class PgCardActionLog(PgDatabase database, TimeProvider time) : ICardActionLog
{
    private readonly PgDocuments<CardActionRecord> _actions = new(database, PgCollections.CardActions, x => x.Id);

    public bool IsConsumed(string cardId) => _actions.Exists(cardId);

    public bool TryConsume(string cardId, string actorKey) =>
        _actions.TryInsert(new CardActionRecord { Id = cardId, ActorKey = actorKey, At = time.GetUtcNow().UtcDateTime });

    public int Purge(DateTime cutoff) => _actions.DeleteWhere("(data->>'At')::timestamptz < $2", cutoff);
}
