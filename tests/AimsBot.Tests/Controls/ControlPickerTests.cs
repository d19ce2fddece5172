using AimsBot.Core.Governance.Controls;
using AimsBot.Tests.Infrastructure;

namespace AimsBot.Tests.Controls;

public sealed class ControlPickerTests
{
    [Theory]
    [InlineData("A.6.2.4, 27001:A.8.29", new[] { "A.6.2.4", "27001:A.8.29" })]
    [InlineData("A.6.2.4 A.6.2.5; event logs", new[] { "A.6.2.4", "A.6.2.5", "event logs" })]
    [InlineData("  data   quality ,\nA.7.4", new[] { "data quality", "A.7.4" })]
    [InlineData("A.6.2.4 event logs", new[] { "A.6.2.4 event logs" })]
    [InlineData(" , ; ", new string[0])]
    public void Entries_Are_Ids_One_By_One_And_Keywords_Whole(string typed, string[] expected)
    {
        // Arrange

        // Act
        var entries = ControlPicker.Entries(typed);

        // Assert
        Assert.Equal(expected, entries);
    }

    [Theory]
    [InlineData("a.7.4", true, "A.7.4")]
    [InlineData("data quality", true, "A.7.4")]
    [InlineData("Event Logs", true, "A.6.2.8")]
    [InlineData("suppliers", true, "A.10.3")]
    [InlineData("privacy", false, "27001:A.5.34")]
    [InlineData("27001:A.8.15", false, "27001:A.8.15")]
    [InlineData("27001:A.8.15", true, null)]
    [InlineData("A.99.9", false, null)]
    [InlineData("quantum entanglement", false, null)]
    public void A_Keyword_Picks_The_One_Control_Whose_Title_Has_Every_Word(string entry, bool annexAOnly, string? expected)
    {
        // Arrange
        using var chat = new TranscriptHarness();
        var picker = chat.Get<ControlPicker>();

        // Act
        var pick = picker.Pick(entry, annexAOnly);

        // Assert
        Assert.Equal(expected, pick.Id);
    }

    [Fact]
    public void A_Keyword_That_Fits_Several_Controls_Picks_None_And_Names_Them()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        var picker = chat.Get<ControlPicker>();

        // Act
        var pick = picker.Pick("data", annexAOnly: true);

        // Assert
        Assert.Null(pick.Id);
        Assert.Equal(ControlPicker.MaxCandidates, pick.Candidates.Count);
        Assert.Contains("A.4.3", pick.Candidates);
    }
}
