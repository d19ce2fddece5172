using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using AimsBot.Core.Delivery;
using AimsBot.Core.Storage.LiteDb;
using AimsBot.Teams.Outbound;
using AimsBot.Tests.Infrastructure;
using AimsBot.Tests.Teams;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.IdentityModel.Protocols;

namespace AimsBot.Tests.Integration;

/// <summary>
/// The host with the Teams edge's outside world replaced: signing keys served from memory, the
/// Connector and the Entra token endpoint as recording HTTP fakes. <see cref="WithAppId"/> turns
/// on token checks; without it the host runs in the no-auth Development mode.
/// </summary>
public sealed class TeamsBotFactory : AimsBotFactory
{
    public TeamsBotFactory()
    {
        Keys = new TestBotKeys(Time);
        Settings["Teams:ChannelOpenIdMetadataUrl"] = TestBotKeys.ChannelMetadataUrl;
        Settings["Teams:EmulatorOpenIdMetadataUrl"] = TestBotKeys.EmulatorMetadataUrl;
        TokenEndpoint.Respond = _ => RecordingHandler.Json(HttpStatusCode.OK,
            "{\"token_type\":\"Bearer\",\"expires_in\":3599,\"access_token\":\"connector-token\"}");
    }

    public TestBotKeys Keys { get; }

    public RecordingHandler Connector { get; } = new();

    public RecordingHandler TokenEndpoint { get; } = new();

    public TeamsBotFactory WithAppId()
    {
        Settings["MicrosoftAppType"] = "SingleTenant";
        Settings["MicrosoftAppId"] = TestBotKeys.AppId;
        Settings["MicrosoftAppPassword"] = "s3cret";
        Settings["MicrosoftAppTenantId"] = TestBotKeys.TenantId;
        return this;
    }

    /// <summary>Posts an activity (JSON text) with an optional Authorization header.</summary>
    public async Task<HttpResponseMessage> PostActivityAsync(string json, string? authorization = null)
    {
        using var client = CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    /// <summary>The stored inbox item for a Teams activity id, or null.</summary>
    public InboxItem? InboxItem(string activityId) =>
        Services.GetRequiredService<InboxDatabase>().Find("teams:" + activityId);

    /// <summary>A Teams activity in a personal chat.</summary>
    public static JsonObject Activity(string type, string id, string serviceUrl = TestBotKeys.ServiceUrl, string channelId = "msteams") => new()
    {
        ["type"] = type,
        ["id"] = id,
        ["channelId"] = channelId,
        ["serviceUrl"] = serviceUrl,
        ["from"] = new JsonObject { ["id"] = "29:user-" + id, ["name"] = "Dana", ["aadObjectId"] = "aad-" + id },
        ["recipient"] = new JsonObject { ["id"] = "28:" + TestBotKeys.AppId, ["name"] = "AimsBot" },
        ["conversation"] = new JsonObject { ["id"] = "a:conv-" + id, ["conversationType"] = "personal", ["tenantId"] = TestBotKeys.TenantId },
    };

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        services.RemoveAll<IDocumentRetriever>();
        services.AddSingleton<IDocumentRetriever>(Keys.Documents);
        services.AddHttpClient<TeamsConnectorClient>().ConfigurePrimaryHttpMessageHandler(() => Connector);
        services.AddHttpClient(MsalHttpClientFactory.ClientName).ConfigurePrimaryHttpMessageHandler(() => TokenEndpoint);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Connector.Dispose();
            TokenEndpoint.Dispose();
        }
    }
}
