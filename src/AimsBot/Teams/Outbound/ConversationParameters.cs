using System.Text.Json.Nodes;
using AimsBot.Teams.Activities;

namespace AimsBot.Teams.Outbound;

/// <summary>The body of <c>POST v3/conversations</c> (create a 1:1 chat or a channel thread).</summary>
public sealed record ConversationParameters
{
    public bool IsGroup { get; init; }

    public TeamsChannelAccount? Bot { get; init; }

    public IReadOnlyList<TeamsChannelAccount>? Members { get; init; }

    public string? TenantId { get; init; }

    public JsonObject? ChannelData { get; init; }

    public TeamsOutboundActivity? Activity { get; init; }

    /// <summary>A personal chat with one user; the tenant goes in both <c>tenantId</c> and <c>channelData.tenant.id</c> (Teams needs it).</summary>
    public static ConversationParameters Personal(string botId, string userId, string tenantId) => new()
    {
        IsGroup = false,
        Bot = new TeamsChannelAccount { Id = botId },
        Members = [new TeamsChannelAccount { Id = userId }],
        TenantId = tenantId,
        ChannelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } },
    };
}
