using AimsBot.Core.Conversations;

namespace AimsBot.Tests.Core;

public sealed class CommandTextTests
{
    [Theory]
    [InlineData("register", "register", "")]
    [InlineData("  System   AI-0001 ", "system", "AI-0001")]
    [InlineData("/aims help", "aims", "help")]
    [InlineData("", "", "")]
    public void Split_Separates_Command_And_Arguments(string text, string command, string arguments)
    {
        // Act
        var (actualCommand, actualArguments) = CommandText.Split(text);

        // Assert
        Assert.Equal(command, actualCommand);
        Assert.Equal(arguments, actualArguments);
    }

    [Theory]
    [InlineData("regster", "register", 1)]
    [InlineData("help", "help", 0)]
    [InlineData("", "abc", 3)]
    public void Distance_Counts_Edits(string a, string b, int expected) => Assert.Equal(expected, CommandText.Distance(a, b));
}
