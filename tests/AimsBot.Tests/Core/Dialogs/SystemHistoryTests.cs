using AimsBot.Core.Dialogs;
using AimsBot.Core.Governance;

namespace AimsBot.Tests.Core.Dialogs;

/// <summary>The system card's history: newest first, an edit field by field, a note when older lines are left out.</summary>
public sealed class SystemHistoryTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    private static AuditEntry Entry(string action, int daysAgo, string before = "", string after = "") => new()
    {
        At = Now.UtcDateTime.AddDays(-daysAgo),
        ActorName = "Megan Bowen",
        Action = "aisystem." + action,
        Entity = "aisystem:AI-0001",
        Before = before,
        After = after,
    };

    private static List<(string When, string What)> Lines(IReadOnlyList<AuditEntry> entries) =>
        [.. SystemHistory.Facts(entries, Now).Select(f => (f!["title"]!.GetValue<string>(), f["value"]!.GetValue<string>()))];

    [Fact]
    public void The_Newest_Comes_First_In_Words()
    {
        // Arrange
        AuditEntry[] entries =
        [
            Entry("registered", 3),
            Entry("approved-with-conditions", 2),
            Entry("edited", 1, """{"stage":"In development","model":""}""", """{"stage":"In production","model":"GPT-4o"}"""),
            Entry("reassessment-due", 1, after: """{"reasons":["moved to production"]}"""),
            Entry("reassessment-cleared", 0),
        ];

        // Act
        var lines = Lines(entries);

        // Assert
        Assert.Equal(
            [
                ("just now", "Re-assessment done, mark cleared by Megan Bowen"),
                ("yesterday", "Marked for re-assessment (moved to production) by Megan Bowen"),
                ("yesterday", "Lifecycle stage: In development → In production (Megan Bowen)"),
                ("yesterday", "Underlying model or service: (empty) → GPT-4o (Megan Bowen)"),
                ("2 days ago", "Approved with conditions by Megan Bowen"),
                ("3 days ago", "Registered by Megan Bowen"),
            ],
            lines);
    }

    [Fact]
    public void Older_Lines_Beyond_The_Card_Are_Said_To_Be_In_The_Audit_Log()
    {
        // Arrange
        var entries = Enumerable.Range(0, 20).Select(i => Entry("edited", 20 - i, $$"""{"version":"{{i}}"}""", $$"""{"version":"{{i + 1}}"}""")).ToList();

        // Act
        var lines = Lines(entries);

        // Assert
        Assert.Equal(SystemHistory.Shown, lines.Count);
        Assert.Equal("Version: 19 → 20 (Megan Bowen)", lines[0].What);
        Assert.Equal("Earlier", lines[^1].When);
        Assert.StartsWith("Older changes are kept in the audit log", lines[^1].What, StringComparison.Ordinal);
    }
}
