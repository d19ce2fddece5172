namespace AimsBot.Tests.Slack;

/// <summary>Sends what the bot posts to https://hooks.slack.com/... to the fake Slack on loopback instead.</summary>
public sealed class RedirectHooksHandler(Uri hooksBaseUrl) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is { Host: "hooks.slack.com" } original)
        {
            request.RequestUri = new Uri(hooksBaseUrl, original.AbsolutePath.TrimStart('/'));
        }

        return base.SendAsync(request, cancellationToken);
    }
}
