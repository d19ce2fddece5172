namespace AimsBot.Core.Storage.LiteDb;

public sealed class LiteDbCardActionLog(AimsDatabase database, TimeProvider time) : ICardActionLog
{
    public bool IsConsumed(string cardId) =>
        database.Collection<CardActionRecord>(CollectionNames.CardActions).FindByKey(cardId) is not null;

    public bool TryConsume(string cardId, string actorKey)
    {
        var actions = database.Collection<CardActionRecord>(CollectionNames.CardActions);
        if (actions.FindByKey(cardId) is not null)
        {
            return false;
        }

        actions.Insert(new CardActionRecord { Id = cardId, ActorKey = actorKey, At = time.GetUtcNow().UtcDateTime });
        return true;
    }

    public int Purge(DateTime cutoff) =>
        database.InTransaction(() => database.Collection<CardActionRecord>(CollectionNames.CardActions).DeleteMany(x => x.At < cutoff));
}
