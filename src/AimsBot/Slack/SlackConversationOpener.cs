using AimsBot.Core.Conversations;
using AimsBot.Scheduling;
using Microsoft.Extensions.Options;

namespace AimsBot.Slack;

/// <summary>Slack first contact: <c>conversations.open</c> for the direct message, and <c>users.info</c> for the time zone.</summary>
public sealed class SlackConversationOpener(SlackApiClient api, IOptions<SlackOptions> options) : IConversationOpener
{
    public Platform Platform => Platform.Slack;

    public async Task<OpenResult> OpenAsync(UserRef user, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return OpenResult.Failed("Slack is not configured");
        }

        try
        {
            var channel = await api.OpenConversationAsync(user.UserId, cancellationToken);
            string? zone = null;
            try
            {
                zone = (await api.UserInfoAsync(user.UserId, cancellationToken)).TimeZone;
            }
            catch (SlackApiException)
            {
                // The zone is a nicety: the organisation default applies without it.
            }

            return OpenResult.Opened(new ConversationRef(Platform.Slack, user.TenantId, channel) { ChannelId = "slack", ConversationType = "im", UserKey = user.Key }, zone);
        }
        catch (SlackApiException ex)
        {
            return OpenResult.Failed("Slack refused to open a direct message (" + ex.Error + ")");
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return OpenResult.Failed("Slack could not be reached (" + ex.GetType().Name + ")");
        }
    }
}
