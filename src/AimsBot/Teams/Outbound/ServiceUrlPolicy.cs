using AimsBot.Settings;
using Microsoft.Extensions.Options;

namespace AimsBot.Teams.Outbound;

/// <summary>
/// Decides which Connector service URLs the bot may call with its token: HTTPS hosts matching
/// <see cref="TeamsOptions.AllowedServiceUrlHostSuffixes"/>; in the no-auth local mode (Development
/// only, no token is sent) also http(s) on localhost/127.0.0.1 for the Agents Playground and Emulator.
/// </summary>
public sealed class ServiceUrlPolicy(IOptions<BotOptions> bot, IOptions<TeamsOptions> teams)
{
    public bool IsAllowed(Uri serviceUrl)
    {
        if (!serviceUrl.IsAbsoluteUri)
        {
            return false;
        }

        var host = serviceUrl.IdnHost.TrimEnd('.');
        if (bot.Value.IsNoAuthMode && (host is "localhost" or "127.0.0.1" || serviceUrl.IsLoopback)
            && (serviceUrl.Scheme == Uri.UriSchemeHttp || serviceUrl.Scheme == Uri.UriSchemeHttps))
        {
            return true;
        }

        return serviceUrl.Scheme == Uri.UriSchemeHttps && teams.Value.ServiceUrlHostSuffixes.Any(suffix => Matches(host, suffix));
    }

    private static bool Matches(string host, string suffix)
    {
        suffix = suffix.Trim().TrimStart('.');
        return suffix.Length > 0
            && (string.Equals(host, suffix, StringComparison.OrdinalIgnoreCase)
                || host.EndsWith("." + suffix, StringComparison.OrdinalIgnoreCase));
    }
}
