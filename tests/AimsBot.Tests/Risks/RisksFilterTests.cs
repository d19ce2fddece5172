using AimsBot.Core.Dialogs.Risk;
using AimsBot.Tests.Infrastructure;

namespace AimsBot.Tests.Risks;

public sealed class RisksFilterTests
{
    [Fact]
    public async Task Risks_Refuses_A_Filter_Too_Long_To_Carry_In_Its_Paging_Buttons()
    {
        // Arrange
        using var chat = new TranscriptHarness();

        // Act
        var reply = Assert.Single(await chat.SayAsync("risks " + new string('x', RisksDialog.FilterMax + 1)));

        // Assert
        Assert.Contains("too long", reply.Text, StringComparison.Ordinal);
        Assert.Null(reply.Card);
    }
}
