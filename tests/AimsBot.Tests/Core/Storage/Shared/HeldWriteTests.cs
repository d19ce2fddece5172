using AimsBot.Core.Storage.PostgreSql;
using AimsBot.Tests.Infrastructure;
using Npgsql;

namespace AimsBot.Tests.Core.Storage.Shared;

/// <summary>
/// The PostgreSQL transaction holds back writes nobody waits on and sends them with the next statement:
/// what a transaction reads still includes its own writes, and a failing write is undone with the
/// savepoint (or transaction) that made it, never with another.
/// </summary>
public sealed class HeldWriteTests
{
    private static List<string> Counters(PgDatabase database) => database.Query("SELECT id FROM counters ORDER BY id", r => r.GetString(0));

    private static void Insert(PgDatabase database, string id) => database.Write("INSERT INTO counters (id, value) VALUES ($1, 1)", id);

    [Fact]
    public void A_Transaction_Reads_Its_Held_Writes_And_A_Failing_One_Is_Undone_With_Its_Savepoint_Alone()
    {
        // Arrange
        using var server = PostgresTestDatabase.CreateOrSkip();
        using var database = PgDatabase.Open(server.ConnectionString);
        var seen = 0;

        // Act: the savepoint's second write breaks the key; the outer transaction goes on.
        database.InTransaction(() =>
        {
            Insert(database, "a");
            seen = database.Scalar<int>("SELECT count(*) FROM counters WHERE id = 'a'");
            Assert.Throws<PostgresException>(() => database.InTransaction(() =>
            {
                Insert(database, "b");
                Insert(database, "a");
                return 0;
            }));
            Insert(database, "c");
            return 0;
        });

        // Assert
        Assert.Equal(1, seen);
        Assert.Equal(["a", "c"], Counters(database));
    }

    [Fact]
    public void A_Savepoint_That_Fails_Before_Sending_Anything_Drops_Only_Its_Own_Held_Writes()
    {
        // Arrange
        using var server = PostgresTestDatabase.CreateOrSkip();
        using var database = PgDatabase.Open(server.ConnectionString);

        // Act
        database.InTransaction(() =>
        {
            Insert(database, "a");
            Assert.Throws<InvalidOperationException>(() => database.InTransaction<int>(() =>
            {
                Insert(database, "b");
                throw new InvalidOperationException("the turn failed");
            }));
            database.InTransaction(() => 0);
            return 0;
        });

        // Assert
        Assert.Equal(["a"], Counters(database));
    }

    [Fact]
    public void A_Failing_Write_Held_Before_A_Savepoint_Fails_The_Whole_Transaction_Not_Only_The_Savepoint()
    {
        // Arrange
        using var server = PostgresTestDatabase.CreateOrSkip();
        using var database = PgDatabase.Open(server.ConnectionString);
        var innerFailed = false;

        // Act: the outer transaction's duplicate is sent with the savepoint's read; the savepoint cannot undo it.
        Assert.Throws<PostgresException>(() => database.InTransaction(() =>
        {
            Insert(database, "a");
            Insert(database, "a");
            try
            {
                database.InTransaction(() => database.Scalar<int>("SELECT 1"));
            }
            catch (PostgresException)
            {
                innerFailed = true;
            }

            Insert(database, "c");
            return 0;
        }));

        // Assert
        Assert.True(innerFailed);
        Assert.Empty(Counters(database));
    }

    [Fact]
    public async Task A_Conversation_Lock_Holds_Another_Transaction_Until_The_First_Commits()
    {
        // Arrange
        using var server = PostgresTestDatabase.CreateOrSkip();
        using var database = PgDatabase.Open(server.ConnectionString);
        using var locked = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var holder = Task.Run(() => database.InTransaction(() =>
        {
            database.LockConversations(["teams:c1", "teams:c2"]);
            locked.Set();
            release.Wait(TimeSpan.FromSeconds(10));
            Insert(database, "first");
            return 0;
        }), TestContext.Current.CancellationToken);
        locked.Wait(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        // Act: the second transaction asks for one of the two conversations (twice: the second ask is free).
        var waiter = Task.Run(() => database.InTransaction(() =>
        {
            database.LockConversations(["teams:c2"]);
            database.LockConversations(["teams:c2"]);
            Insert(database, "second");
            return Counters(database);
        }), TestContext.Current.CancellationToken);
        await Task.Delay(300, TestContext.Current.CancellationToken);
        var waitedWhileHeld = !waiter.IsCompleted;
        release.Set();
        await holder;
        var seenBySecond = await waiter;

        // Assert
        Assert.True(waitedWhileHeld);
        Assert.Equal(["first", "second"], seenBySecond);
    }
}
