using System.Text;
using AimsBot.Slack;

namespace AimsBot.Tests.Slack;

public sealed class SlackSignatureTests
{
    private const string PublishedBody = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    private const string PublishedSignature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
    private static readonly DateTimeOffset PublishedTime = DateTimeOffset.FromUnixTimeSeconds(1531420618);

    [Fact]
    public void Compute_Matches_Slacks_Published_Example()
    {
        // Arrange
        var body = Encoding.UTF8.GetBytes(PublishedBody);

        // Act
        var signature = SlackSignature.Compute(SlackFixture.Secret, "1531420618", body);

        // Assert
        Assert.Equal(362, body.Length);
        Assert.Equal(PublishedSignature, signature);
    }

    [Fact]
    public void IsValid_Accepts_Derived_UrlVerification_Vector()
    {
        // Arrange
        var body = Encoding.UTF8.GetBytes("{\"token\":\"Jhj5dZrVaK7ZwHHjRyZWjbDl\",\"challenge\":\"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P\",\"type\":\"url_verification\"}");

        // Act
        var valid = SlackSignature.IsValid(SlackFixture.Secret, "1531420618", "v0=f9bd80929259f3f6d5fe3a3186c453c89cd1ad4862815a15837584f31c993652", body, PublishedTime, TimeSpan.FromMinutes(5));

        // Assert
        Assert.True(valid);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(-299, true)]
    [InlineData(299, true)]
    [InlineData(-301, false)]
    [InlineData(301, false)]
    [InlineData(86_400, false)]
    public void IsValid_Enforces_Five_Minute_Window_In_Both_Directions(int skewSeconds, bool expected)
    {
        // Arrange
        var now = PublishedTime.AddSeconds(-skewSeconds);

        // Act
        var valid = SlackSignature.IsValid(SlackFixture.Secret, "1531420618", PublishedSignature, Encoding.UTF8.GetBytes(PublishedBody), now, TimeSpan.FromMinutes(5));

        // Assert
        Assert.Equal(expected, valid);
    }

    [Theory]
    [InlineData("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b504")]
    [InlineData("v0=A2114D57B48EAC39B9AD189DD8316235A7B4A8D21A10BD27519666489C69B503")]
    [InlineData("a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData("")]
    [InlineData(null)]
    public void IsValid_Rejects_Wrong_Or_Missing_Signature(string? signature)
    {
        // Act
        var valid = SlackSignature.IsValid(SlackFixture.Secret, "1531420618", signature, Encoding.UTF8.GetBytes(PublishedBody), PublishedTime, TimeSpan.FromMinutes(5));

        // Assert
        Assert.False(valid);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-number")]
    [InlineData("-1531420618")]
    public void IsValid_Rejects_Bad_Timestamp(string timestamp)
    {
        // Act
        var valid = SlackSignature.IsValid(SlackFixture.Secret, timestamp, PublishedSignature, Encoding.UTF8.GetBytes(PublishedBody), PublishedTime, TimeSpan.FromMinutes(5));

        // Assert
        Assert.False(valid);
    }

    [Fact]
    public void IsValid_Rejects_Body_Changed_By_One_Byte()
    {
        // Arrange
        var body = Encoding.UTF8.GetBytes(PublishedBody.Replace("text=&", "text=x&", StringComparison.Ordinal));

        // Act
        var valid = SlackSignature.IsValid(SlackFixture.Secret, "1531420618", PublishedSignature, body, PublishedTime, TimeSpan.FromMinutes(5));

        // Assert
        Assert.False(valid);
    }
}
