namespace AimsBot.Core.Storage.PostgreSql;

/// <summary>
/// Schema version 2: the outbox's hot paths stop reading and rewriting the reply document.
/// <list type="bullet">
/// <item><c>holds</c> is <see cref="Delivery.OutboxItem.HoldsConversation"/> as a column, and
/// <c>outbox_blocking</c> indexes just the pending rows that can hold their conversation back (leased
/// or holding; a settled lease is cleared), so the sender's "no earlier reply of this conversation is
/// leased or holding" test is one probe of a small index instead of reading every earlier pending
/// reply's document.</item>
/// <item><c>reply</c> is the reply itself, written when it is queued (and again only when it is
/// redacted after its send): settling a batch rewrites a small document, not each reply's card.</item>
/// </list>
/// </summary>
internal static class PgSchemaV2
{
    public const string Sql = """
        ALTER TABLE outbox ADD COLUMN holds boolean NOT NULL DEFAULT false, ADD COLUMN reply text;
        UPDATE outbox SET holds = coalesce((data->>'HoldsConversation')::boolean, false), reply = coalesce(data->>'Reply', ''), data = data - 'Reply';
        ALTER TABLE outbox ALTER COLUMN reply SET NOT NULL;
        CREATE INDEX outbox_blocking ON outbox (conversation, id) WHERE state = 'Pending' AND (leased_until IS NOT NULL OR holds);
        """;
}
