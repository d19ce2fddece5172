using System.Text.Json.Nodes;
using AimsBot.Core.Storage.LiteDb;
using AimsBot.Tests.Slack;
using CsCheck;
using Microsoft.Extensions.DependencyInjection;

namespace AimsBot.Tests.Security;

/// <summary>
/// Property: signed Slack requests of any shape (slash command forms, event envelopes, block actions and
/// view submissions with fields missing, of the wrong type, huge or hostile) are never answered with a
/// 5xx or internals, and a refused one leaves nothing in the inbox.
/// </summary>
public sealed class SlackEdgeProperties(SlackFixture slack) : IClassFixture<SlackFixture>
{
    private static readonly string[] FormFields = ["team_id", "user_id", "channel_id", "trigger_id", "text", "command", "response_url", "enterprise_id", "ssl_check", "payload"];

    private static readonly string[] Teams = [SlackFixture.Team, "T0OTHER", "", "E0ORG", "<@U1>"];

    private static readonly Gen<(string Field, bool Remove, string Value)> FormMutation =
        Gen.Select(Gen.OneOf(FormFields), Gen.Int[0, 3].Select(n => n == 0), Nasty.Text);

    private static readonly Gen<(string Path, bool Remove, JsonNode? Value)> JsonMutation = Gen.Select(
        Gen.OneOf(
            "type", "team_id", "event_id", "event", "event.type", "event.user", "event.channel", "event.text", "event.channel_type", "event.user_team",
            "is_ext_shared_channel", "authorizations", "team", "team.id", "user", "user.id", "user.team_id", "actions", "trigger_id",
            "view", "view.private_metadata", "view.state", "view.state.values", "view.id", "container", "channel", "channel.id"),
        Gen.Int[0, 3].Select(n => n == 0),
        Gen.Frequency((8, Nasty.Json(3)), (1, Nasty.Deep)));

    [Fact]
    public async Task Slash_Commands_Of_Any_Shape_Get_No_5xx_And_Refused_Ones_Are_Not_Queued()
    {
        await Gen.Select(Gen.OneOf(Teams), Nasty.Text, FormMutation.Array[0, 4]).SampleAsync(
            async (team, text, mutations) =>
            {
                var trigger = SlackFixture.NewTrigger();
                var form = new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    ["team_id"] = team,
                    ["user_id"] = "UPROP",
                    ["channel_id"] = "CPROP",
                    ["command"] = "/aims",
                    ["text"] = text,
                    ["response_url"] = "https://hooks.slack.com/commands/T0TEAM/1/p",
                    ["trigger_id"] = trigger,
                };
                foreach (var (field, remove, value) in mutations)
                {
                    if (remove)
                    {
                        form.Remove(field);
                    }
                    else if (field != "trigger_id")
                    {
                        form[field] = value;
                    }
                }

                using var response = await slack.PostAsync("/api/slack/commands", SlackFixture.Form(form), "application/x-www-form-urlencoded");
                await AssertAnsweredAsync(response, form.ContainsKey("trigger_id") ? "slack:command:" + trigger : null);
            },
            iter: 120,
            threads: 1);
    }

    [Fact]
    public async Task Events_Of_Any_Shape_Get_No_5xx_And_Refused_Ones_Are_Not_Queued()
    {
        var sequence = 0;
        await Gen.Select(Gen.OneOf(Teams), Nasty.Text, JsonMutation.Array[0, 4]).SampleAsync(
            async (team, text, mutations) =>
            {
                var eventId = "EvPROP" + Interlocked.Increment(ref sequence);
                var envelope = SlackFixture.DirectMessage(eventId, "UPROP", text);
                envelope["team_id"] = team;
                foreach (var (path, remove, value) in mutations.Where(m => m.Path != "event_id"))
                {
                    Apply(envelope, path, remove, value);
                }

                using var response = await slack.EventAsync(envelope);
                await AssertAnsweredAsync(response, "slack:" + eventId);
            },
            iter: 120,
            threads: 1);
    }

    [Fact]
    public async Task Interactions_Of_Any_Shape_Get_No_5xx_And_Refused_Ones_Are_Not_Queued()
    {
        var metadata = "{\"ch\":\"DUPROP\",\"ts\":null,\"ct\":\"im\",\"d\":{\"verb\":\"register/step1\",\"cardId\":\"c1\"},\"off\":{}}";
        await Gen.Select(Gen.Bool, Nasty.Text, JsonMutation.Array[0, 4]).SampleAsync(
            async (submission, text, mutations) =>
            {
                var payload = submission
                    ? SlackFlow.Submission("UPROP", metadata, new() { ["name"] = text, ["purpose"] = text })
                    : SlackFlow.Click("UPROP", "DUPROP", "1762074000.000100", new JsonObject
                    {
                        ["action_id"] = "submit:0",
                        ["value"] = new JsonObject { ["verb"] = "systems/page", ["page"] = text }.ToJsonString(),
                    });
                foreach (var (path, remove, value) in mutations)
                {
                    Apply(payload, path, remove, value);
                }

                var trigger = payload["trigger_id"] is JsonValue t && t.TryGetValue<string>(out var s) ? s : null;
                using var response = await slack.InteractionAsync(payload);
                await AssertAnsweredAsync(response, trigger is null || submission ? null : "slack:action:" + trigger);
            },
            iter: 120,
            threads: 1);
    }

    private async Task AssertAnsweredAsync(HttpResponseMessage response, string? deliveryKey)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode}: {body}");
        Assert.False(Nasty.ShowsInternals(body), body);
        if ((int)response.StatusCode >= 400 && deliveryKey is not null)
        {
            Assert.Null(slack.Factory.Services.GetRequiredService<InboxDatabase>().Find(deliveryKey));
        }
    }

    private static void Apply(JsonObject root, string path, bool remove, JsonNode? value)
    {
        var parts = path.Split('.');
        var current = root;
        foreach (var part in parts[..^1])
        {
            if (current[part] is not JsonObject next)
            {
                if (remove)
                {
                    return;
                }

                next = [];
                current[part] = next;
            }

            current = next;
        }

        if (remove)
        {
            current.Remove(parts[^1]);
        }
        else
        {
            current[parts[^1]] = value?.DeepClone();
        }
    }
}
