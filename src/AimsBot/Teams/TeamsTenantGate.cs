using System.Net;
using System.Text.Json;
using AimsBot.Settings;
using AimsBot.Teams.Activities;
using Microsoft.Extensions.Options;

namespace AimsBot.Teams;

/// <summary>
/// Lets in activities only from allowed Microsoft 365 tenants (<see cref="TeamsOptions.AllowedTenants"/>,
/// or the bot's own tenant when the list is empty). Every tenant id the activity names
/// (<c>conversation.tenantId</c>, <c>channelData.tenant.id</c>) must be allowed, and one must be present.
/// In the no-auth local mode an empty list admits only a client on this machine.
/// </summary>
public sealed class TeamsTenantGate(IOptions<BotOptions> bot, IOptions<TeamsOptions> teams)
{
    /// <summary>Null when the activity may come in, else why not (for the log, never for the caller).</summary>
    public string? Refusal(TeamsActivity activity, IPAddress? remote)
    {
        var allowed = Allowed();
        if (allowed.Count == 0)
        {
            // Only the no-auth local mode gets here (start-up validation requires a tenant otherwise).
            return remote is null || IPAddress.IsLoopback(remote)
                ? null
                : $"the no-auth local mode only serves this machine, and the request came from {remote}";
        }

        var named = TenantsOf(activity);
        if (named.Count == 0)
        {
            return "the activity names no tenant";
        }

        var stranger = named.FirstOrDefault(t => !allowed.Contains(t, StringComparer.OrdinalIgnoreCase));
        return stranger is null ? null : $"tenant '{stranger}' is not in Teams:AllowedTenants";
    }

    /// <summary>The configured tenants, or the bot's own tenant; empty only in the no-auth mode with no list.</summary>
    public IReadOnlyList<string> Allowed()
    {
        var configured = teams.Value.AllowedTenants.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).ToList();
        if (configured.Count > 0)
        {
            return configured;
        }

        var own = bot.Value.MicrosoftAppTenantId;
        return bot.Value.IsNoAuthMode || string.IsNullOrWhiteSpace(own) ? [] : [own.Trim()];
    }

    /// <summary>Every tenant id the activity carries.</summary>
    public static IReadOnlyList<string> TenantsOf(TeamsActivity activity)
    {
        var tenants = new List<string>(2);
        if (!string.IsNullOrWhiteSpace(activity.Conversation?.TenantId))
        {
            tenants.Add(activity.Conversation.TenantId);
        }

        if (activity.ChannelData is { ValueKind: JsonValueKind.Object } data
            && data.TryGetProperty("tenant", out var tenant) && tenant.ValueKind == JsonValueKind.Object
            && tenant.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            && !string.IsNullOrWhiteSpace(id.GetString()))
        {
            tenants.Add(id.GetString()!);
        }

        return tenants;
    }
}
