using AimsBot.Processing;

namespace AimsBot.Tests.Core.Delivery;

/// <summary>The processor's batches are bounded by time: as many turns as recent ones say fit in the budget.</summary>
public sealed class TurnBatchSizerTests
{
    [Fact]
    public void Before_Any_Turn_Ran_A_Batch_Takes_The_Most()
    {
        // Arrange
        var sizer = new TurnBatchSizer(TimeSpan.FromMilliseconds(25), most: 64);

        // Act
        var next = sizer.Next;

        // Assert
        Assert.Equal(64, next);
    }

    [Fact]
    public void Slow_Turns_Shrink_The_Batch_To_The_Budget_And_Fast_Ones_Grow_It_Back_Up_To_The_Most()
    {
        // Arrange
        var sizer = new TurnBatchSizer(TimeSpan.FromMilliseconds(25), most: 64);

        // Act: 64 turns took 128 ms (2 ms each), then many batches at 0.1 ms a turn
        sizer.Ran(64, TimeSpan.FromMilliseconds(128));
        var afterSlow = sizer.Next;
        for (var i = 0; i < 30; i++)
        {
            sizer.Ran(sizer.Next, TimeSpan.FromMilliseconds(0.1 * sizer.Next));
        }

        // Assert
        Assert.Equal(12, afterSlow);
        Assert.Equal(64, sizer.Next);
    }

    [Fact]
    public void A_Turn_Slower_Than_The_Whole_Budget_Still_Runs_One_At_A_Time()
    {
        // Arrange
        var sizer = new TurnBatchSizer(TimeSpan.FromMilliseconds(25), most: 64);

        // Act
        sizer.Ran(1, TimeSpan.FromSeconds(2));
        sizer.Ran(0, TimeSpan.FromSeconds(5));

        // Assert
        Assert.Equal(1, sizer.Next);
    }
}
