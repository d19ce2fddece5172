using System.Collections.Concurrent;
using AimsBot.Core.Conversations;
using AimsBot.Core.Storage;
using Microsoft.Extensions.Options;

namespace AimsBot.Slack;

/// <summary>
/// People on Slack: display name and time zone from <c>users.info</c> (cached), looked up within a small
/// budget so acknowledgements stay fast; and a direct-message channel (<c>conversations.open</c>) for
/// anyone who acts, so notifications (approvals, outcomes) can reach them later.
/// </summary>
public sealed partial class SlackPeople(
    SlackApiClient api,
    IConversationStore conversations,
    IOptions<SlackOptions> options,
    TimeProvider time,
    ILogger<SlackPeople> logger)
{
    private readonly ConcurrentDictionary<string, (SlackUser User, DateTimeOffset Until)> _cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Task<SlackUser?>> _lookups = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Task> _opening = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _reachable = new(StringComparer.Ordinal);

    /// <summary>The person with their name (and time zone) when known now or within the lookup budget.</summary>
    public async Task<(UserRef User, string? TimeZone)> DescribeAsync(UserRef user, CancellationToken cancellationToken)
    {
        if (_cache.TryGetValue(user.Key, out var cached) && cached.Until > time.GetUtcNow())
        {
            return (user with { Name = cached.User.Name ?? user.Name }, cached.User.TimeZone);
        }

        var lookup = _lookups.GetOrAdd(user.Key, _ => LookupAsync(user));
        var budget = options.Value.PeopleLookupBudget;
        if (!lookup.IsCompleted && budget > TimeSpan.Zero)
        {
            await Task.WhenAny(lookup, Task.Delay(budget, time, cancellationToken));
        }

        return lookup.IsCompletedSuccessfully && lookup.Result is { } found
            ? (user with { Name = found.Name ?? user.Name }, found.TimeZone)
            : (user, null);
    }

    /// <summary>
    /// Opens (once, in the background) the direct-message channel with someone the bot cannot reach
    /// yet. Called before the acknowledgement, so it never reads the store on the caller's thread: the
    /// check runs in the background too, and a person found reachable is remembered for a while.
    /// </summary>
    public void EnsureReachable(UserRef user)
    {
        if (_reachable.TryGetValue(user.Key, out var until) && until > time.GetUtcNow())
        {
            return;
        }

        _opening.GetOrAdd(user.Key, _ => Task.Run(async () =>
        {
            try
            {
                if (conversations.FindPersonal(user.Key) is null)
                {
                    var channel = await api.OpenConversationAsync(user.UserId, CancellationToken.None);
                    var reference = new ConversationRef(Platform.Slack, user.TenantId, channel) { ChannelId = "slack", ConversationType = "im", UserKey = user.Key };
                    conversations.Remember(new IncomingTurn("conversations.open:" + channel, TurnKind.Message, reference, user, time.GetUtcNow()));
                }

                _reachable[user.Key] = time.GetUtcNow() + options.Value.UserCacheDuration;
            }
            catch (Exception ex) when (ex is SlackApiException or HttpRequestException or TaskCanceledException or ObjectDisposedException)
            {
                Log.OpenFailed(logger, ex, user.Key);
            }
            finally
            {
                _opening.TryRemove(user.Key, out Task? _);
            }
        }));
    }

    private async Task<SlackUser?> LookupAsync(UserRef user)
    {
        try
        {
            var found = await api.UserInfoAsync(user.UserId, CancellationToken.None);
            _cache[user.Key] = (found, time.GetUtcNow() + options.Value.UserCacheDuration);
            return found;
        }
        catch (Exception ex) when (ex is SlackApiException or HttpRequestException or TaskCanceledException or ObjectDisposedException)
        {
            Log.LookupFailed(logger, ex, user.Key);
            return null;
        }
        finally
        {
            _lookups.TryRemove(user.Key, out _);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 620, Level = LogLevel.Warning, Message = "users.info for {UserKey} failed")]
        public static partial void LookupFailed(ILogger logger, Exception exception, string userKey);

        [LoggerMessage(EventId = 621, Level = LogLevel.Warning, Message = "conversations.open for {UserKey} failed")]
        public static partial void OpenFailed(ILogger logger, Exception exception, string userKey);
    }
}
