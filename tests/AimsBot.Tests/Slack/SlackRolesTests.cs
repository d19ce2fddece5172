using System.Net;
using AimsBot.Core.Conversations;
using AimsBot.Core.Governance;
using Microsoft.Extensions.DependencyInjection;

namespace AimsBot.Tests.Slack;

/// <summary>The Slack host with a first admin configured in its workspace.</summary>
public sealed class SlackRolesFixture : SlackFixture
{
    public const string Admin = "UADMIN";

    protected override void Configure(SlackBotFactory factory) => factory.Settings["Roles:Admins:0"] = $"slack:{Team}:{Admin}";
}

/// <summary>Roles through the real Slack edge: signed slash commands with <c>&lt;@U…&gt;</c> mentions, answers and notices through the Web API.</summary>
public sealed class SlackRolesTests(SlackRolesFixture slack) : IClassFixture<SlackRolesFixture>
{
    [Fact]
    public async Task Admin_Adds_And_Removes_An_Admin_By_Slash_Command_And_The_Last_Admin_Is_Kept()
    {
        // Arrange
        using var hello = await slack.EventAsync(SlackFixture.DirectMessage("EvROLESHELLO", "UNEWADMIN", "help"));
        await slack.Api.WaitForAsync("chat.postMessage", c => c.Channel == "DUNEWADMIN");

        // Act
        using var add = await slack.CommandAsync(SlackRolesFixture.Admin, "CROLES", "roles add <@UNEWADMIN|newbie> admin");
        var added = await slack.Api.WaitForAsync("chat.postMessage", c => c.Channel == "CROLES" && c.Text.Contains("is now an AIMS admin", StringComparison.Ordinal));
        var told = await slack.Api.WaitForAsync("chat.postMessage", c => c.Channel == "DUNEWADMIN" && c.Text.Contains("made you an AIMS admin", StringComparison.Ordinal));
        using var remove = await slack.CommandAsync("UNEWADMIN", "CROLES2", $"roles remove <@{SlackRolesFixture.Admin}> admin");
        var removed = await slack.Api.WaitForAsync("chat.postMessage", c => c.Channel == "CROLES2");
        using var last = await slack.CommandAsync("UNEWADMIN", "CROLES3", "roles remove <@UNEWADMIN> admin");
        var kept = await slack.Api.WaitForAsync("chat.postMessage", c => c.Channel == "CROLES3");

        // Assert
        Assert.Equal(HttpStatusCode.OK, add.StatusCode);
        Assert.Contains("is now an AIMS admin. I've told them.", added.Text, StringComparison.Ordinal);
        Assert.Contains("made you an AIMS admin", told.Text, StringComparison.Ordinal);
        Assert.Contains("is no longer an AIMS admin", removed.Text, StringComparison.Ordinal);
        Assert.Contains("is the last AIMS admin here, so I kept them", kept.Text, StringComparison.Ordinal);
        var roles = slack.Factory.Services.GetRequiredService<RoleResolver>();
        Assert.True(roles.Resolve(new UserRef(Platform.Slack, SlackFixture.Team, "UNEWADMIN")).IsAdmin);
        Assert.False(roles.Resolve(new UserRef(Platform.Slack, SlackFixture.Team, SlackRolesFixture.Admin)).IsAdmin);
        Assert.False(roles.Resolve(new UserRef(Platform.Slack, "T0OTHER", "UNEWADMIN")).IsAdmin);
    }
}
