using AimsBot.Core.Conversations;
using AimsBot.Core.Scheduling;
using AimsBot.Scheduling;
using Microsoft.Identity.Client;

namespace AimsBot.Teams.Outbound;

/// <summary>
/// Teams first contact: <c>POST v3/conversations</c> with the person and the tenant, on the service URL
/// and bot id of a conversation the bot already has in that tenant (the app must be installed in a team
/// or chat the person is in, or for them).
/// </summary>
public sealed class TeamsConversationOpener(TeamsConnectorClient connector, IReachStore reach) : IConversationOpener
{
    public Platform Platform => Platform.Teams;

    public async Task<OpenResult> OpenAsync(UserRef user, CancellationToken cancellationToken)
    {
        if (reach.Anchor(Platform.Teams, user.TenantId) is not { ServiceUrl: { } serviceUrl } anchor)
        {
            return OpenResult.Failed("the bot is not installed anywhere in their Teams tenant yet");
        }

        var botId = anchor.BotId ?? "";
        try
        {
            var parameters = ConversationParameters.Personal(botId, user.UserId, user.TenantId);
            var response = await connector.CreateConversationAsync(serviceUrl, parameters, cancellationToken);
            if (!response.IsSuccess || string.IsNullOrEmpty(response.Id))
            {
                return OpenResult.Failed($"Teams refused to start a chat ({(int)response.Status})");
            }

            return OpenResult.Opened(new ConversationRef(Platform.Teams, user.TenantId, response.Id)
            {
                ServiceUrl = serviceUrl,
                ChannelId = anchor.ChannelId ?? "msteams",
                BotId = anchor.BotId,
                ConversationType = "personal",
                UserKey = user.Key,
            });
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or UntrustedServiceUrlException or MsalException)
        {
            return OpenResult.Failed("Teams could not be reached to start a chat (" + ex.GetType().Name + ")");
        }
    }
}
