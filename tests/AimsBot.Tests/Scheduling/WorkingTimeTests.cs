using AimsBot.Core.Scheduling;
using Microsoft.Extensions.Options;

namespace AimsBot.Tests.Scheduling;

public sealed class WorkingTimeTests
{
    private static WorkingTime Office() =>
        WorkingTime.TryParse("09:00-17:00", "Monday,Tuesday,Wednesday,Thursday,Friday", out var working, out _) ? working : throw new InvalidOperationException();

    private static TimeZoneInfo Zone(string id) => TimeZones.TryFind(id, out var zone) ? zone : throw new InvalidOperationException(id);

    [Theory]
    [InlineData("2026-11-06T16:59:00Z", "UTC", true)]
    [InlineData("2026-11-06T17:00:00Z", "UTC", false)]
    [InlineData("2026-11-07T10:00:00Z", "UTC", false)]
    [InlineData("2026-11-02T00:00:00Z", "Asia/Tokyo", true)]
    [InlineData("2026-11-02T13:59:00Z", "America/New_York", false)]
    [InlineData("2026-11-02T14:00:00Z", "America/New_York", true)]
    public void Contains_Reads_The_Local_Clock(string utc, string zone, bool expected)
    {
        // Act
        var inside = Office().Contains(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), Zone(zone));

        // Assert
        Assert.Equal(expected, inside);
    }

    [Fact]
    public void Friday_Evening_Waits_Until_Monday_Morning_Local()
    {
        // Arrange: Friday 18:00 in Berlin.
        var friday = new DateTimeOffset(2026, 11, 6, 17, 0, 0, TimeSpan.Zero);

        // Act
        var next = Office().NextStart(friday, Zone("Europe/Berlin"));

        // Assert: Monday 09:00 Berlin (UTC+1).
        Assert.Equal(new DateTimeOffset(2026, 11, 9, 8, 0, 0, TimeSpan.Zero), next);
    }

    [Fact]
    public void The_Day_Clocks_Change_Still_Starts_At_Nine_Local()
    {
        // Arrange: Saturday 28 March 2026, the US already on summer time; Europe changes on Sunday 29 March.
        var saturday = new DateTimeOffset(2026, 3, 28, 12, 0, 0, TimeSpan.Zero);

        // Act
        var next = Office().NextStart(saturday, Zone("Europe/London"));

        // Assert: Monday 30 March 09:00 BST is 08:00 UTC.
        Assert.Equal(new DateTimeOffset(2026, 3, 30, 8, 0, 0, TimeSpan.Zero), next);
    }

    [Theory]
    [InlineData("9-5", "Monday")]
    [InlineData("17:00-09:00", "Monday")]
    [InlineData("09:00-17:00", "Funday")]
    [InlineData("09:00-17:00", "")]
    [InlineData("09:00-17:00", "1,2")]
    public void Bad_Working_Time_Is_Refused(string hours, string days)
    {
        // Act
        var parsed = WorkingTime.TryParse(hours, days, out _, out var error);

        // Assert
        Assert.False(parsed);
        Assert.NotEmpty(error);
    }

    [Fact]
    public void Every_Hour_Of_Every_Day_Can_Be_Working_Time()
    {
        // Act
        var parsed = WorkingTime.TryParse("00:00-24:00", "Monday,Tuesday,Wednesday,Thursday,Friday,Saturday,Sunday", out var working, out _);

        // Assert
        Assert.True(parsed);
        Assert.True(working!.Contains(new DateTimeOffset(2026, 11, 8, 23, 59, 0, TimeSpan.Zero), TimeZoneInfo.Utc));
    }

    [Fact]
    public void Reminder_Steps_Catch_Up_To_The_Latest_Step_Only()
    {
        // Arrange
        Assert.True(ReminderSteps.TryParse("30d,7d,1d", out var steps));
        var due = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

        // Act / Assert
        Assert.Null(steps.Current(due, due.AddDays(-31)));
        Assert.Equal("30d", steps.Current(due, due.AddDays(-30)));
        Assert.Equal("7d", steps.Current(due, due.AddDays(-3)));
        Assert.Equal("1d", steps.Current(due, due.AddHours(-1)));
        Assert.Equal(ReminderSteps.Lapsed, steps.Current(due, due.AddDays(40)));
        Assert.False(ReminderSteps.TryParse("30,7d", out _));
        Assert.False(ReminderSteps.TryParse("0d", out _));
    }

    [Fact]
    public void Options_Name_The_Wrong_Setting()
    {
        // Arrange
        var schedule = new ScheduleOptions { DefaultTimeZone = "Mars/Olympus", WorkingHours = "late" };
        var digest = new DigestOptions { Schedule = "every monday" };

        // Act
        var scheduleResult = new ScheduleOptionsValidator().Validate(null, schedule);
        var digestResult = new DigestOptionsValidator().Validate(null, digest);
        var remindersResult = new RemindersOptionsValidator().Validate(null, new RemindersOptions { Offsets = "soon" });

        // Assert
        Assert.Contains(scheduleResult.Failures!, f => f.Contains("Schedule:DefaultTimeZone", StringComparison.Ordinal));
        Assert.Contains(scheduleResult.Failures!, f => f.Contains("Schedule:WorkingHours", StringComparison.Ordinal));
        Assert.Contains("Digest:Schedule", digestResult.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Reminders:Offsets", remindersResult.FailureMessage, StringComparison.Ordinal);
        Assert.Equal(ValidateOptionsResult.Success, new ScheduleOptionsValidator().Validate(null, new ScheduleOptions()));
        Assert.Equal(ValidateOptionsResult.Success, new DigestOptionsValidator().Validate(null, new DigestOptions()));
    }
}
