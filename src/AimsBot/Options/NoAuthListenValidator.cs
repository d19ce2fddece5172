using System.Net;
using Microsoft.Extensions.Options;

namespace AimsBot.Settings;

/// <summary>
/// The no-auth local mode (no <c>MicrosoftAppId</c>) answers unauthenticated activities, so it may
/// listen only on this machine: the host refuses to start when the addresses it would bind (Kestrel
/// endpoints, else <c>Urls</c>, else <c>HTTP_PORTS</c>/<c>HTTPS_PORTS</c>) include anything but
/// loopback, whatever the environment is called, and the message names the setting. It reads the
/// server's own settings, which no options class of the bot holds.
/// </summary>
public sealed class NoAuthListenValidator(IConfiguration configuration) : IValidateOptions<BotOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        if (!options.IsNoAuthMode)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = Listening()
            .Where(x => !IsLoopback(x.Address))
            .Select(x => $"{x.Setting} is '{x.Address}', which listens beyond this machine, and MicrosoftAppId is not set: the no-auth local mode answers unauthenticated requests, so it may only listen on localhost, 127.0.0.1 or [::1]. Set {x.Setting} to a loopback address (for example http://localhost:3978), or set MicrosoftAppId.")
            .ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Whether a Kestrel address (<c>http://host:port</c>, <c>*</c>/<c>+</c> wildcards) binds only loopback.</summary>
    public static bool IsLoopback(string address)
    {
        BindingAddress binding;
        try
        {
            binding = BindingAddress.Parse(address.Trim());
        }
        catch (FormatException)
        {
            return false;
        }

        if (binding.IsNamedPipe || binding.IsUnixPipe)
        {
            return true;
        }

        var host = binding.Host.Trim('[', ']');
        return string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
    }

    /// <summary>The addresses Kestrel would bind, in its own order of precedence, with the setting each came from.</summary>
    private List<(string Setting, string Address)> Listening()
    {
        var endpoints = configuration.GetSection("Kestrel:Endpoints").GetChildren()
            .Select(e => ($"Kestrel:Endpoints:{e.Key}:Url", e["Url"] ?? ""))
            .Where(e => e.Item2.Length > 0)
            .ToList();
        if (endpoints.Count > 0)
        {
            return endpoints;
        }

        var urls = configuration["urls"];
        if (!string.IsNullOrWhiteSpace(urls))
        {
            return [.. urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(u => ("Urls", u))];
        }

        // HTTP_PORTS / HTTPS_PORTS (ASPNETCORE_HTTP_PORTS in containers) bind every interface.
        return [.. new[] { ("http_ports", "HTTP_PORTS", "http"), ("https_ports", "HTTPS_PORTS", "https") }
            .Where(p => !string.IsNullOrWhiteSpace(configuration[p.Item1]))
            .SelectMany(p => configuration[p.Item1]!.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(port => (p.Item2, $"{p.Item3}://*:{port}")))];
    }
}
