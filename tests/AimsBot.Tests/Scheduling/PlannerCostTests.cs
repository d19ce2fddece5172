using System.Globalization;
using AimsBot.Core.Dialogs.Digest;
using AimsBot.Core.Scheduling;

namespace AimsBot.Tests.Scheduling;

/// <summary>What keeps a planner tick and a digest cheap on a large register, checked for what it must still say.</summary>
public sealed class PlannerCostTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(10, 10)]
    [InlineData(25, 11)]
    public void Digest_Limit_Words_Only_The_Lines_It_Shows(int items, int lines)
    {
        // Arrange
        var worded = 0;

        // Act
        var shown = DigestContent.Limit(Enumerable.Range(1, items), i =>
        {
            worded++;
            return "line " + i.ToString(CultureInfo.InvariantCulture);
        });

        // Assert
        Assert.Equal(lines, shown.Count);
        Assert.Equal(Math.Min(items, DigestContent.MaxLines), worded);
        if (items > DigestContent.MaxLines)
        {
            Assert.Equal($"… and {items - DigestContent.MaxLines} more.", shown[^1]);
        }
    }

    [Theory]
    [InlineData("attestation", "AI-0001", "2026-11-02T23:30:00+00:00", "lapsed", "teams:tenant-1:29:owner-1")]
    [InlineData("unreachable", "teams:t:29:x", "0987-01-09T00:00:00-05:00", "report", "slack:T1:U1")]
    [InlineData("soa-review", "A.6.2.8", "2027-03-01T00:00:00+02:00", null, "teams:t:u")]
    public void Ledger_Ids_Are_The_Ones_Recorded_Before(string kind, string subject, string due, string? step, string recipient)
    {
        // Arrange: the format the ledger has always recorded (kind:subject:yyyyMMdd of the UTC date:step:recipient).
        var at = DateTimeOffset.Parse(due, CultureInfo.InvariantCulture);
        var expected = string.Create(CultureInfo.InvariantCulture, $"{kind}:{subject}:{at.UtcDateTime:yyyyMMdd}:{step}:{recipient}");

        // Act
        var id = DueItem.MakeId(kind, subject, at, step, recipient);

        // Assert
        Assert.Equal(expected, id);
    }
}
