using AimsBot.Core.Delivery;

namespace AimsBot.Core.Storage.PostgreSql;

/// <summary>
/// The outbox as competing consumers. <see cref="Due"/> leases what it returns
/// (<c>FOR UPDATE SKIP LOCKED</c>, then <c>leased_until</c>): no other instance takes those items
/// until <see cref="Save"/> settles them or the lease runs out (the instance died: another sends
/// them, at least once). A conversation's later message is not handed out while an earlier one is
/// leased or holds its conversation (it is backing off after a failed send, see
/// <see cref="OutboxItem.HoldsBack"/>), so one conversation's replies stay in order across instances,
/// outages and restarts. The sender settles a batch
/// with one <see cref="Save"/> after its last send, so that call also releases whatever else of the
/// batch this instance still holds (messages it left for later): they are due again at once.
/// A lease is short and renewed while this instance lives (every <see cref="RenewEvery"/>, on its
/// own connection), so a killed instance's replies are sent by another within <see cref="Lease"/>,
/// while a slow send on a live instance keeps its lease.
/// </summary>
public sealed class PgOutboxStore : IOutboxStore, IDisposable
{
    /// <summary>How long a batch is held by the instance that took it, unless that instance renews it.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    /// <summary>How often a live instance renews the leases it holds.</summary>
    public static readonly TimeSpan RenewEvery = TimeSpan.FromSeconds(10);

    /// <summary>
    /// No earlier pending item of <c>o</c>'s conversation is leased (<c>$1</c> is now) or holds it: one
    /// probe of the small <c>outbox_blocking</c> index (its predicate is repeated so the planner uses it).
    /// </summary>
    private const string NotHeldBack = """
        NOT EXISTS (SELECT 1 FROM outbox e WHERE e.conversation = o.conversation AND e.id < o.id
                    AND e.state = 'Pending' AND (e.leased_until IS NOT NULL OR e.holds) AND (e.leased_until > $1 OR e.holds))
        """;

    private const string Columns = "id, data::text, reply";

    private readonly PgDatabase _database;
    private readonly TimeProvider _time;
    private readonly ITimer _renewal;

    /// <summary>This process's leases, told apart from other instances'.</summary>
    private readonly Guid _instance = Guid.NewGuid();

    public PgOutboxStore(PgDatabase database, TimeProvider time)
    {
        _database = database;
        _time = time;
        _renewal = time.CreateTimer(_ => Renew(), null, RenewEvery, RenewEvery);
    }

    /// <summary>
    /// Extends this instance's leases by <see cref="Lease"/> from now (one indexed statement, whether it
    /// holds any or not); rows the sender is settling at that moment are skipped, never waited for.
    /// Returns how many it renewed.
    /// </summary>
    public int Renew()
    {
        try
        {
            return _database.Execute(
                "UPDATE outbox SET leased_until = $2 WHERE id IN (SELECT id FROM outbox WHERE leased_by = $1 AND state = 'Pending' FOR UPDATE SKIP LOCKED)",
                _instance,
                _time.GetUtcNow().UtcDateTime + Lease);
        }
        catch (Exception ex) when (ex is StoreUnavailableException or Npgsql.PostgresException)
        {
            // Not renewed: the leases run out and another instance sends those replies (at least once).
            return 0;
        }
    }

    public void Dispose() => _renewal.Dispose();

    /// <summary>Leases and returns the due items in one statement (it commits on its own: nothing else is written with it).</summary>
    public IReadOnlyList<OutboxItem> Due(DateTime now, int take)
    {
        var due = _database.Query(
            $"""
            UPDATE outbox SET leased_until = $2, leased_by = $4 WHERE id IN (
                SELECT o.id FROM outbox o
                WHERE o.state = 'Pending' AND o.next_attempt_at <= $1 AND (o.leased_until IS NULL OR o.leased_until <= $1) AND {NotHeldBack}
                ORDER BY o.next_attempt_at, o.id LIMIT $3 FOR UPDATE SKIP LOCKED)
            RETURNING {Columns}
            """,
            Read,
            now,
            now + Lease,
            take,
            _instance);
        return [.. due.OrderBy(x => x.NextAttemptAt).ThenBy(x => x.Id)];
    }

    /// <summary>
    /// When the next pending item can be handed out: falls due, or its lease runs out. An item held back
    /// behind an earlier one of its conversation (leased, or holding it) is not counted: the earlier one's
    /// time stands for it, so a sender does not poll while another instance holds the conversation.
    /// Null when nothing is pending.
    /// </summary>
    public DateTime? NextDue()
    {
        var next = _database.Query(
            $"SELECT min(greatest(o.next_attempt_at, coalesce(o.leased_until, o.next_attempt_at))) FROM outbox o WHERE o.state = 'Pending' AND {NotHeldBack}",
            r => r.IsDBNull(0) ? (DateTime?)null : DateTime.SpecifyKind(r.GetDateTime(0), DateTimeKind.Utc),
            _time.GetUtcNow().UtcDateTime).FirstOrDefault();
        return next;
    }

    public IReadOnlyList<OutboxItem> InState(OutboxState state) =>
        _database.Query($"SELECT {Columns} FROM outbox WHERE state = $1 ORDER BY id", Read, state.ToString());

    /// <summary>
    /// Saves the items and releases this instance's other leases in one statement (one round trip, one
    /// commit). An item's reply is written again only when it was redacted after its send.
    /// </summary>
    public void Save(IReadOnlyCollection<OutboxItem> items)
    {
        foreach (var item in items)
        {
            item.HoldsConversation = item.HoldsBack();
        }

        _database.Execute(
            """
            WITH settled AS (
                UPDATE outbox o SET state = u.state, next_attempt_at = u.next, sent_at = u.sent, data = u.data::jsonb, holds = u.holds,
                    reply = coalesce(u.reply, o.reply), leased_until = NULL, leased_by = NULL
                FROM unnest($2::bigint[], $3::text[], $4::timestamptz[], $5::timestamptz[], $6::text[], $7::boolean[], $8::text[]) AS u(id, state, next, sent, data, holds, reply)
                WHERE o.id = u.id
                RETURNING o.id)
            UPDATE outbox SET leased_until = NULL, leased_by = NULL WHERE leased_by = $1 AND id NOT IN (SELECT id FROM settled)
            """,
            _instance,
            items.Select(x => x.Id).ToArray(),
            items.Select(x => x.State.ToString()).ToArray(),
            PgDatabase.Times(items.Select(x => x.NextAttemptAt)),
            PgDatabase.Times(items.Select(x => x.SentAt)),
            items.Select(x => PgJson.Write(x)).ToArray(),
            items.Select(x => x.State == OutboxState.Pending && x.HoldsConversation).ToArray(),
            items.Select(x => x.Redact ? x.Reply : null).ToArray());
    }

    public int Count(OutboxState state) => _database.Scalar<int>("SELECT count(*) FROM outbox WHERE state = $1", state.ToString());

    public int PurgeSent(DateTime cutoff) => _database.Execute("DELETE FROM outbox WHERE state = 'Sent' AND sent_at < $1", cutoff);

    private static OutboxItem Read(Npgsql.NpgsqlDataReader r)
    {
        var item = PgJson.Read<OutboxItem>(r.GetString(1));
        item.Id = r.GetInt64(0);
        item.Reply = r.GetString(2);
        return item;
    }
}
