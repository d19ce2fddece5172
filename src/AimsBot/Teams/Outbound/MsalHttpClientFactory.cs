using Microsoft.Identity.Client;

namespace AimsBot.Teams.Outbound;

/// <summary>Gives MSAL an <see cref="HttpClient"/> from the host's factory (named <see cref="ClientName"/>).</summary>
public sealed class MsalHttpClientFactory(IHttpClientFactory factory) : IMsalHttpClientFactory
{
    public const string ClientName = "msal";

    public HttpClient GetHttpClient() => factory.CreateClient(ClientName);
}
