using System.Collections.Concurrent;
using AimsBot.Core.Conversations;
using AimsBot.Core.Storage;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace AimsBot.Slack;

/// <summary>
/// People on Slack: display name and time zone from <c>users.info</c> (cached), looked up within a small
/// budget so acknowledgements stay fast; and a direct-message channel (<c>conversations.open</c>) for
/// anyone who acts, so notifications (approvals, outcomes) can reach them later. Both caches are
/// bounded (<see cref="SlackOptions.UserCacheSize"/> people each); a failed look-up is remembered for
/// <see cref="SlackOptions.UserLookupFailureCache"/> (or Slack's Retry-After, if longer), so a Web API
/// that refuses does not cost every acknowledgement a fresh call.
/// </summary>
public sealed partial class SlackPeople(
    SlackApiClient api,
    IConversationStore conversations,
    IOptions<SlackOptions> options,
    TimeProvider time,
    ILogger<SlackPeople> logger) : IDisposable
{
    private readonly MemoryCache _people = new(new MemoryCacheOptions { SizeLimit = options.Value.UserCacheSize, Clock = new TimeProviderClock(time) });
    private readonly MemoryCache _reachable = new(new MemoryCacheOptions { SizeLimit = options.Value.UserCacheSize, Clock = new TimeProviderClock(time) });
    private readonly ConcurrentDictionary<string, Lazy<Task<SlackUser?>>> _lookups = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<Task>> _opening = new(StringComparer.Ordinal);

    /// <summary>How many people (found or failed) the look-up cache holds now.</summary>
    public int CachedPeople => _people.Count;

    /// <summary>The person with their name (and time zone) when known now or within the lookup budget.</summary>
    public async Task<(UserRef User, string? TimeZone)> DescribeAsync(UserRef user, CancellationToken cancellationToken)
    {
        if (_people.TryGetValue(user.Key, out Lookup? cached) && cached is not null)
        {
            return cached.User is { } known ? (user with { Name = known.Name ?? user.Name }, known.TimeZone) : (user, null);
        }

        var lookup = Once(_lookups, user.Key, () => LookupAsync(user));
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
        if (_reachable.TryGetValue(user.Key, out _))
        {
            return;
        }

        Once(_opening, user.Key, () => Task.Run(async () =>
        {
            try
            {
                if (conversations.FindPersonal(user.Key) is null)
                {
                    var channel = await api.OpenConversationAsync(user.UserId, CancellationToken.None);
                    var reference = new ConversationRef(Platform.Slack, user.TenantId, channel) { ChannelId = "slack", ConversationType = "im", UserKey = user.Key };
                    conversations.Remember(new IncomingTurn("conversations.open:" + channel, TurnKind.Message, reference, user, time.GetUtcNow()));
                }

                _reachable.Set(user.Key, true, Entry(options.Value.UserCacheDuration));
            }
            catch (Exception ex) when (ex is SlackApiException or HttpRequestException or TaskCanceledException or ObjectDisposedException)
            {
                Log.OpenFailed(logger, ex, user.Key);
            }
        }));
    }

    /// <summary>
    /// Starts <paramref name="start"/> once per key while it runs; the entry is removed when the task
    /// ends, and only after it was added (a task that completes at once, as a call refused during a 429
    /// window does, would otherwise remove itself before it is added and stay for ever).
    /// </summary>
    private static T Once<T>(ConcurrentDictionary<string, Lazy<T>> running, string key, Func<T> start)
        where T : Task
    {
        var mine = new Lazy<T>(start);
        var entry = running.GetOrAdd(key, mine);
        if (ReferenceEquals(entry, mine))
        {
            entry.Value.ContinueWith(_ => running.TryRemove(KeyValuePair.Create(key, entry)), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }

        return entry.Value;
    }

    private async Task<SlackUser?> LookupAsync(UserRef user)
    {
        try
        {
            var found = await api.UserInfoAsync(user.UserId, CancellationToken.None);
            _people.Set(user.Key, new Lookup(found), Entry(options.Value.UserCacheDuration));
            return found;
        }
        catch (Exception ex) when (ex is SlackApiException or HttpRequestException or TaskCanceledException or ObjectDisposedException)
        {
            var retryAfter = (ex as SlackApiException)?.RetryAfter ?? TimeSpan.Zero;
            var failureFor = retryAfter > options.Value.UserLookupFailureCache ? retryAfter : options.Value.UserLookupFailureCache;
            _people.Set(user.Key, new Lookup(null), Entry(failureFor));
            Log.LookupFailed(logger, ex, user.Key);
            return null;
        }
    }

    public void Dispose()
    {
        _people.Dispose();
        _reachable.Dispose();
    }

    private MemoryCacheEntryOptions Entry(TimeSpan duration) => new() { Size = 1, AbsoluteExpirationRelativeToNow = duration };

    /// <summary>A cached look-up: the person, or null when it failed.</summary>
    private sealed record Lookup(SlackUser? User);

    private static partial class Log
    {
        [LoggerMessage(EventId = 620, Level = LogLevel.Warning, Message = "users.info for {UserKey} failed")]
        public static partial void LookupFailed(ILogger logger, Exception exception, string userKey);

        [LoggerMessage(EventId = 621, Level = LogLevel.Warning, Message = "conversations.open for {UserKey} failed")]
        public static partial void OpenFailed(ILogger logger, Exception exception, string userKey);
    }
}
