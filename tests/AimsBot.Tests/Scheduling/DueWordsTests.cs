using AimsBot.Core.Scheduling;

namespace AimsBot.Tests.Scheduling;

public sealed class DueWordsTests
{
    [Theory]
    [InlineData(7, 0, "week")]
    [InlineData(14, 0, "2 weeks")]
    [InlineData(1, 0, "day")]
    [InlineData(0, 12, "12 hours")]
    public void A_Period_Reads_After_In_The_Last(int days, int hours, string expected)
    {
        // Arrange
        var period = TimeSpan.FromDays(days) + TimeSpan.FromHours(hours);

        // Act
        var words = DueWords.Period(period);

        // Assert
        Assert.Equal(expected, words);
    }

    [Theory]
    [InlineData(3, "due in 3 days")]
    [InlineData(-14, "2 weeks overdue")]
    [InlineData(0, "due today")]
    public void A_Due_Date_Reads_In_Words(int days, string expected)
    {
        // Arrange
        var now = new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

        // Act
        var words = DueWords.Of(now.AddDays(days), now);

        // Assert
        Assert.Equal(expected, words);
    }
}
