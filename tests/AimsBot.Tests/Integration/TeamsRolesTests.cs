using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using AimsBot.Core.Conversations;
using AimsBot.Core.Governance;
using AimsBot.Tests.Teams;
using Microsoft.Extensions.DependencyInjection;

namespace AimsBot.Tests.Integration;

/// <summary>
/// Roles through the real Teams edge (Bot Framework tokens, mention entities, the Connector): the first
/// admin configured without a tenant is bound to the bot's tenant, adds a committee member who is told,
/// and the same user id arriving from another tenant holds no role.
/// </summary>
public sealed class TeamsRolesTests : IDisposable
{
    private const string Admin = "29:admin";
    private const string Megan = "29:megan";
    private readonly TeamsBotFactory _factory = new();

    public TeamsRolesTests()
    {
        _factory.WithAppId();
        _factory.Settings["Roles:Admins:0"] = "teams:" + Admin;
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _factory.Dispose();

    private static JsonObject Message(string id, string from, string name, string text, string tenant = TestBotKeys.TenantId)
    {
        var activity = TeamsBotFactory.Activity("message", id);
        activity["from"] = new JsonObject { ["id"] = from, ["name"] = name };
        activity["conversation"] = new JsonObject { ["id"] = "a:" + from, ["conversationType"] = "personal", ["tenantId"] = tenant };
        activity["text"] = text;
        return activity;
    }

    private async Task SendAsync(JsonObject activity)
    {
        using var response = await _factory.PostActivityAsync(activity.ToJsonString(), "Bearer " + _factory.Keys.ChannelToken());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>The first Connector request whose body contains <paramref name="text"/>, signalled by the fake (no sleeps).</summary>
    private async Task<RecordedRequest> SentAsync(string text)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        while (true)
        {
            var next = new TaskCompletionSource<RecordedRequest>(TaskCreationOptions.RunContinuationsAsynchronously);
            _factory.Connector.Received = next;
            if (_factory.Connector.Requests.FirstOrDefault(r => Decoded(r.Body).Contains(text, StringComparison.Ordinal)) is { } found)
            {
                return found;
            }

            await next.Task.WaitAsync(timeout.Token);
        }
    }

    /// <summary>The body with JSON escapes undone (the Connector client writes an apostrophe as \u0027).</summary>
    private static string Decoded(string body) =>
        JsonNode.Parse(body)?.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) ?? "";

    [Fact]
    public async Task Admin_Adds_A_Committee_Member_Through_Teams_And_Another_Tenant_Matches_Nobody()
    {
        // Arrange
        await SendAsync(Message("roles-hello", Megan, "Megan Bowen", "help"));
        await SentAsync("What I can do");
        var add = Message("roles-add", Admin, "Adele Vance", "roles add <at>Megan Bowen</at> committee");
        add["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>Megan Bowen</at>",
            ["mentioned"] = new JsonObject { ["id"] = Megan, ["name"] = "Megan Bowen" },
        });

        // Act
        await SendAsync(add);
        var confirmed = await SentAsync("Megan Bowen is now a committee member. I've told them.");
        var told = await SentAsync("Adele Vance made you a committee member.");
        // The same user id from another tenant is refused at the edge (Teams:AllowedTenants) before any role is looked at.
        using var foreign = await _factory.PostActivityAsync(Message("roles-foreign", Admin, "Adele Vance", "roles remove <at>Megan Bowen</at> committee", tenant: "another-tenant").ToJsonString(), "Bearer " + _factory.Keys.ChannelToken());

        // Assert
        Assert.Contains("/v3/conversations/a%3A29%3Aadmin/activities", confirmed.Url.AbsoluteUri, StringComparison.Ordinal);
        Assert.Contains("/v3/conversations/a%3A29%3Amegan/activities", told.Url.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        var roles = _factory.Services.GetRequiredService<RoleResolver>();
        Assert.True(roles.IsCommitteeMember(new UserRef(Platform.Teams, TestBotKeys.TenantId, Megan)));
        Assert.False(roles.IsCommitteeMember(new UserRef(Platform.Teams, "another-tenant", Megan)));
        Assert.True(roles.Resolve(new UserRef(Platform.Teams, TestBotKeys.TenantId, Admin)).IsAdmin);
        Assert.False(roles.Resolve(new UserRef(Platform.Teams, "another-tenant", Admin)).IsAdmin);
    }
}
