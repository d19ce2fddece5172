using System.Text.Json.Nodes;
using AimsBot.Core.Conversations;
using AimsBot.Core.Delivery;
using AimsBot.Core.Storage.PostgreSql;
using AimsBot.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace AimsBot.Tests.Core.Storage.Shared;

/// <summary>
/// The shared outbox's hot paths (schema v2): a sender does not poll while another instance holds a
/// conversation, a turn inside a batch wakes the sender at the batch's commit, and an installation on
/// schema v1 keeps its waiting replies, their order and their hold when it is upgraded.
/// </summary>
public sealed class SharedOutboxHotPathTests
{
    [Fact]
    public void The_Next_Due_Time_Leaves_Out_A_Reply_Held_Behind_Another_Instances_Lease()
    {
        // Arrange: two replies in one conversation; the first instance leases the first.
        using var shared = SharedInstances.CreateOrSkip();
        shared.First.Get<IOutbox>().Enqueue(TranscriptHarness.PersonalChat(TranscriptHarness.Requester), [Reply.Say("a1"), Reply.Say("a2")], "turn-a");
        var now = shared.First.Time.GetUtcNow().UtcDateTime;
        Assert.Single(shared.First.Get<IOutboxStore>().Due(now, 1));
        var second = shared.Second.Get<IOutboxStore>();

        // Act
        var whileHeld = second.NextDue();
        shared.Second.Get<IOutbox>().Enqueue(TranscriptHarness.PersonalChat(TranscriptHarness.Admin), [Reply.Say("b1")], "turn-b");
        var withAnotherConversation = second.NextDue();

        // Assert: a2 is not due while a1 is leased (the lease's end is the next time anything can be
        // handed out); b1 is due at once.
        Assert.NotNull(whileHeld);
        Assert.True(whileHeld > now + (PgOutboxStore.Lease / 2), $"next due {whileHeld:O} should be the lease's end");
        Assert.NotNull(withAnotherConversation);
        Assert.True(withAnotherConversation <= shared.Second.Time.GetUtcNow().UtcDateTime);
    }

    [Fact]
    public async Task A_Turn_Run_Inside_A_Batch_Wakes_The_Sender_Only_At_The_Batchs_Commit()
    {
        // Arrange
        using var shared = SharedInstances.CreateOrSkip();
        var signal = shared.First.Get<OutboxSignal>();
        var woken = signal.Signal.WaitAsync(TestContext.Current.CancellationToken).AsTask();
        var turn = DeliveryJson.ReadTurn(SharedInstances.Turn("c1", 1).Turn);
        var wokenBeforeTheCommit = true;

        // Act: the turn's own transaction is a savepoint of the batch's.
        shared.First.Get<PgDatabase>().InTransaction(() =>
        {
            shared.First.Get<TurnHandler>().Handle(turn, 1, TestContext.Current.CancellationToken);
            Thread.Sleep(100);
            wokenBeforeTheCommit = woken.IsCompleted;
            return 0;
        });
        await woken.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        // Assert
        Assert.False(wokenBeforeTheCommit);
        Assert.NotEmpty(shared.First.Get<IOutboxStore>().Due(shared.First.Time.GetUtcNow().UtcDateTime, 10));
    }

    [Fact]
    public void An_Installation_On_Schema_1_Keeps_Its_Waiting_Replies_And_Their_Hold_When_Upgraded()
    {
        // Arrange: a v1 outbox (reply and hold inside the document): a1 backs off and holds its conversation, a2 waits behind it.
        using var database = PostgresTestDatabase.CreateOrSkip();
        var now = new DateTime(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc);
        using (var connection = new NpgsqlConnection(database.ConnectionString))
        {
            connection.Open();
            Run(connection, "CREATE TABLE aimsbot_schema (version integer PRIMARY KEY, description text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())");
            Run(connection, PgSchemaV1.Sql);
            Run(connection, "INSERT INTO aimsbot_schema (version, description) VALUES (1, 'v1')");
            InsertV1(connection, "a1", now.AddMinutes(5), holds: true);
            InsertV1(connection, "a2", now, holds: false);
        }

        // Act
        using var upgraded = PgDatabase.Open(database.ConnectionString);
        using var outbox = new PgOutboxStore(upgraded, new FakeTimeProvider(new DateTimeOffset(now)));
        var pending = outbox.InState(OutboxState.Pending);
        var dueNow = outbox.Due(now, 10);
        var dueLater = outbox.Due(now.AddMinutes(6), 10);

        // Assert: both replies readable; a2 still held behind a1 (until a1 is settled), a1 due at its time.
        Assert.Equal(["a1", "a2"], pending.Select(x => DeliveryJson.ReadReply(x.Reply).Text));
        Assert.Empty(dueNow);
        Assert.Equal(["a1"], dueLater.Select(x => DeliveryJson.ReadReply(x.Reply).Text));
        Assert.Equal(
            Enumerable.Range(1, PgSchema.Latest),
            upgraded.Query("SELECT version FROM aimsbot_schema ORDER BY version", r => r.GetInt32(0)));
    }

    private static void InsertV1(NpgsqlConnection connection, string text, DateTime next, bool holds)
    {
        var conversation = DeliveryJson.Write(TranscriptHarness.PersonalChat(TranscriptHarness.Requester));
        var item = new OutboxItem { IdempotencyKey = "v1:" + text, Conversation = conversation, NextAttemptAt = next, HoldsConversation = holds, Attempts = holds ? 1 : 0 };
        var data = JsonNode.Parse(PgJson.Write(item))!.AsObject();
        data["Reply"] = DeliveryJson.Write(Reply.Say(text));
        using var command = new NpgsqlCommand(
            "INSERT INTO outbox (idempotency_key, conversation, state, next_attempt_at, data) VALUES ($1, $2, 'Pending', $3, $4::jsonb)",
            connection);
        command.Parameters.Add(new NpgsqlParameter { Value = item.IdempotencyKey });
        command.Parameters.Add(new NpgsqlParameter { Value = conversation });
        command.Parameters.Add(new NpgsqlParameter { Value = next });
        command.Parameters.Add(new NpgsqlParameter { Value = data.ToJsonString() });
        command.ExecuteNonQuery();
    }

    private static void Run(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
