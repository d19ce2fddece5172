using System.Text.Json.Nodes;
using AimsBot.Tests.Infrastructure;

namespace AimsBot.Tests.Slack;

/// <summary>The Slack app manifest asks for exactly the scopes and events the edge uses, at the edge's URLs.</summary>
public sealed class SlackManifestTests
{
    private static readonly JsonObject Manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Manifests, "slack", "manifest.json")))!.AsObject();

    [Fact]
    public void Manifest_Requests_Exactly_The_Scopes_Used()
    {
        // Act
        var scopes = Manifest["oauth_config"]!["scopes"]!["bot"]!.AsArray().Select(s => s!.GetValue<string>()).Order(StringComparer.Ordinal).ToList();

        // Assert
        Assert.Equal(["app_mentions:read", "chat:write", "chat:write.public", "commands", "im:history", "im:write", "users:read"], scopes);
    }

    [Fact]
    public void Manifest_Subscribes_To_The_Handled_Events_And_Points_At_The_Endpoints()
    {
        // Act
        var settings = Manifest["settings"]!;
        var events = settings["event_subscriptions"]!["bot_events"]!.AsArray().Select(e => e!.GetValue<string>()).Order(StringComparer.Ordinal).ToList();
        var command = Manifest["features"]!["slash_commands"]!.AsArray().Single()!;

        // Assert
        Assert.Equal(["app_home_opened", "app_mention", "message.im"], events);
        Assert.EndsWith("/api/slack/events", settings["event_subscriptions"]!["request_url"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.EndsWith("/api/slack/interactions", settings["interactivity"]!["request_url"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(settings["interactivity"]!["is_enabled"]!.GetValue<bool>());
        Assert.Equal("/aims", command["command"]!.GetValue<string>());
        Assert.EndsWith("/api/slack/commands", command["url"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(Manifest["features"]!["app_home"]!["home_tab_enabled"]!.GetValue<bool>());
    }

    [Fact]
    public void Manifest_Texts_Fit_Slacks_Limits()
    {
        // Act
        var display = Manifest["display_information"]!;

        // Assert
        Assert.InRange(display["name"]!.GetValue<string>().Length, 1, 35);
        Assert.InRange(display["description"]!.GetValue<string>().Length, 1, 140);
        Assert.InRange(display["long_description"]!.GetValue<string>().Length, 175, 4000);
        Assert.InRange(Manifest["features"]!["bot_user"]!["display_name"]!.GetValue<string>().Length, 1, 80);
        Assert.InRange(Manifest["features"]!["slash_commands"]![0]!["description"]!.GetValue<string>().Length, 1, 2000);
    }
}
