using AimsBot.Core.Delivery;

namespace AimsBot.Tests.Core.Delivery;

/// <summary>
/// The sender's in-memory fast path hands out only rows the store could not also hand out: it is on only
/// after a read of the store returned every due item with no commit meanwhile, and off again whenever
/// something pending reached the store another way.
/// </summary>
public sealed class OutboxHandoffTests
{
    private static readonly DateTime Now = new(2026, 11, 30, 12, 0, 0, DateTimeKind.Utc);

    private static OutboxItem Row(long id, DateTime? due = null) => new() { Id = id, IdempotencyKey = "k" + id, CreatedAt = Now, NextAttemptAt = due ?? Now };

    [Fact]
    public void Rows_Committed_Before_The_Store_Was_Read_In_Full_Stay_With_The_Store()
    {
        // Arrange
        var handoff = new OutboxHandoff();

        // Act
        handoff.Add([Row(1)]);
        var first = handoff.Take(Now, 64);
        handoff.StoreReadAll(handoff.Version, newestId: 1, nextLater: null);
        var afterRead = handoff.Take(Now, 64);

        // Assert
        Assert.Null(first);
        Assert.Null(afterRead);
    }

    [Fact]
    public void After_A_Full_Read_New_Rows_Come_In_Memory_In_Commit_Order()
    {
        // Arrange
        var handoff = new OutboxHandoff();
        handoff.StoreReadAll(handoff.Version, newestId: 4, nextLater: null);

        // Act
        handoff.Add([Row(5), Row(6)]);
        handoff.Add([Row(7)]);
        var taken = handoff.Take(Now, 2);
        var rest = handoff.Take(Now, 64);

        // Assert
        Assert.Equal([5L, 6L], taken!.Select(x => x.Id));
        Assert.Equal([7L], rest!.Select(x => x.Id));
    }

    [Fact]
    public void A_Commit_During_The_Read_Keeps_The_Handoff_Off()
    {
        // Arrange
        var handoff = new OutboxHandoff();
        var version = handoff.Version;

        // Act: a commit lands while the store is being read
        handoff.Add([Row(5)]);
        handoff.StoreReadAll(version, newestId: 5, nextLater: null);
        handoff.Add([Row(6)]);

        // Assert
        Assert.Null(handoff.Take(Now, 64));
    }

    [Fact]
    public void A_Row_The_Store_Already_Handed_Out_Turns_The_Handoff_Off()
    {
        // Arrange
        var handoff = new OutboxHandoff();
        handoff.StoreReadAll(handoff.Version, newestId: 9, nextLater: null);

        // Act: the commit's own hand-off arrives after the read that returned its row
        handoff.Add([Row(9)]);
        handoff.Add([Row(10)]);

        // Assert
        Assert.Null(handoff.Take(Now, 64));
    }

    [Fact]
    public void Anything_Saved_Pending_Turns_It_Off_Until_The_Next_Full_Read()
    {
        // Arrange
        var handoff = new OutboxHandoff();
        handoff.StoreReadAll(handoff.Version, newestId: 0, nextLater: null);
        handoff.Add([Row(1)]);

        // Act
        handoff.TurnOff();
        handoff.Add([Row(2)]);
        var whileOff = handoff.Take(Now, 64);
        handoff.StoreReadAll(handoff.Version, newestId: 2, nextLater: null);
        handoff.Add([Row(3)]);

        // Assert
        Assert.Null(whileOff);
        Assert.Equal([3L], handoff.Take(Now, 64)!.Select(x => x.Id));
    }

    [Fact]
    public void A_Row_Scheduled_For_Later_Stays_In_The_Store_And_The_Handoff_Holds_Only_Until_Then()
    {
        // Arrange
        var handoff = new OutboxHandoff();
        handoff.StoreReadAll(handoff.Version, newestId: 0, nextLater: Now.AddHours(2));
        var later = Now.AddMinutes(10);

        // Act
        handoff.Add([Row(1, later), Row(2)]);
        var now = handoff.Take(Now, 64);
        handoff.Add([Row(3)]);
        var whenDue = handoff.Take(later, 64);

        // Assert: the store hands out the scheduled row (and whatever is due with it) once it is due
        Assert.Equal([2L], now!.Select(x => x.Id));
        Assert.Null(whenDue);
    }

    [Fact]
    public void Past_The_Next_Stored_Due_Time_The_Store_Is_Read_Again()
    {
        // Arrange
        var handoff = new OutboxHandoff();
        handoff.StoreReadAll(handoff.Version, newestId: 0, nextLater: Now.AddMinutes(1));

        // Act
        handoff.Add([Row(1)]);
        var late = handoff.Take(Now.AddMinutes(1), 64);

        // Assert
        Assert.Null(late);
    }
}
