using System.Net;
using AimsBot.Settings;
using AimsBot.Teams.Outbound;
using Microsoft.Identity.Client;
using MsOptions = Microsoft.Extensions.Options.Options;

namespace AimsBot.Tests.Teams;

/// <summary>MSAL against a local fake token endpoint (MSAL takes our HttpClient; instance discovery is off).</summary>
public sealed class MsalBotTokenProviderTests : IDisposable
{
    private readonly RecordingHandler _handler = new();

    public MsalBotTokenProviderTests()
    {
        _handler.Respond = _ => RecordingHandler.Json(HttpStatusCode.OK,
            "{\"token_type\":\"Bearer\",\"expires_in\":3599,\"ext_expires_in\":3599,\"access_token\":\"connector-token\"}");
    }

    public void Dispose() => _handler.Dispose();

    [Fact]
    public async Task SingleTenant_Requests_Client_Credentials_From_The_App_Tenant_Once()
    {
        // Arrange
        var provider = Create(BotAppType.SingleTenant);

        // Act
        var first = await provider.GetTokenAsync(Ct);
        var second = await provider.GetTokenAsync(Ct);

        // Assert
        Assert.Equal("connector-token", first);
        Assert.Equal("connector-token", second);
        var request = Assert.Single(_handler.Requests);
        Assert.Equal($"https://login.microsoftonline.com/{TestBotKeys.TenantId}/oauth2/v2.0/token", request.Url.GetLeftPart(UriPartial.Path));
        var form = ParseForm(request.Body);
        Assert.Equal("client_credentials", form["grant_type"]);
        Assert.Equal(TestBotKeys.AppId, form["client_id"]);
        Assert.Equal("s3cret", form["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", form["scope"]);
    }

    [Fact]
    public async Task MultiTenant_Uses_The_BotFramework_Authority()
    {
        // Arrange
        var provider = Create(BotAppType.MultiTenant);

        // Act
        await provider.GetTokenAsync(Ct);

        // Assert
        Assert.Equal("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token", Assert.Single(_handler.Requests).Url.GetLeftPart(UriPartial.Path));
    }

    [Fact]
    public async Task Provider_Follows_The_Configured_Authority_Host()
    {
        // Arrange
        var provider = Create(BotAppType.SingleTenant, authorityHost: "https://login.sovereign.test");

        // Act
        await provider.GetTokenAsync(Ct);

        // Assert
        Assert.Equal($"https://login.sovereign.test/{TestBotKeys.TenantId}/oauth2/v2.0/token", Assert.Single(_handler.Requests).Url.GetLeftPart(UriPartial.Path));
    }

    [Fact]
    public async Task Provider_Gives_No_Token_In_No_Auth_Mode()
    {
        // Arrange
        var provider = new MsalBotTokenProvider(MsOptions.Create(new BotOptions()), MsOptions.Create(new TeamsOptions()), new HandlerFactory(_handler));

        // Act
        var token = await provider.GetTokenAsync(Ct);

        // Assert
        Assert.Null(token);
        Assert.Empty(_handler.Requests);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, string> ParseForm(string body) =>
        body.Split('&').Select(p => p.Split('=', 2)).ToDictionary(p => Uri.UnescapeDataString(p[0]), p => Uri.UnescapeDataString(p[1].Replace('+', ' ')));

    private MsalBotTokenProvider Create(BotAppType type, string authorityHost = "https://login.microsoftonline.com") => new(
        MsOptions.Create(new BotOptions { MicrosoftAppType = type, MicrosoftAppId = TestBotKeys.AppId, MicrosoftAppPassword = "s3cret", MicrosoftAppTenantId = TestBotKeys.TenantId }),
        MsOptions.Create(new TeamsOptions { TokenAuthorityHost = authorityHost }),
        new HandlerFactory(_handler));

    private sealed class HandlerFactory(HttpMessageHandler handler) : IMsalHttpClientFactory
    {
        public HttpClient GetHttpClient() => new(handler, disposeHandler: false);
    }
}
