using System.Collections.Concurrent;

namespace AimsBot.Slack;

/// <summary>
/// The <c>response_url</c> of recent slash commands and button clicks, by the turn they started
/// (its delivery key), so the replies to exactly that turn, and no one else's, can go back through
/// it when the bot cannot post in the conversation. Slack lets a response URL be used 5 times within
/// 30 minutes; only https URLs on Slack's own hosts are kept. In memory: after a restart the replies
/// are posted normally, and dead-lettered where the bot cannot post.
/// </summary>
public sealed class SlackResponseUrls(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    public const int MaxUses = 5;

    /// <summary>How many are kept at most; the oldest go first.</summary>
    public const int Capacity = 10_000;

    /// <summary>The hosts Slack sends response URLs on (commercial and GovSlack).</summary>
    public static readonly IReadOnlyList<string> AllowedHosts = ["hooks.slack.com", "hooks.slack-gov.com"];

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public int Count => _entries.Count;

    /// <summary>Whether <paramref name="url"/> is an https URL on one of Slack's response hosts (no port, no user info).</summary>
    public static bool IsSlackHost(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && uri.Scheme == Uri.UriSchemeHttps
        && uri.IsDefaultPort
        && uri.UserInfo.Length == 0
        && AllowedHosts.Contains(uri.IdnHost, StringComparer.OrdinalIgnoreCase);

    /// <summary>Keeps the URL for the turn with this delivery key; anything not on Slack's hosts is ignored.</summary>
    public void Remember(string turnKey, string? url)
    {
        if (!IsSlackHost(url))
        {
            return;
        }

        var now = time.GetUtcNow();
        if (_entries.Count >= Capacity)
        {
            foreach (var old in _entries.Where(e => e.Value.Expires <= now).Select(e => e.Key).ToList())
            {
                _entries.TryRemove(old, out _);
            }

            while (_entries.Count >= Capacity && _entries.OrderBy(e => e.Value.Expires).Select(e => e.Key).FirstOrDefault() is { } oldest)
            {
                _entries.TryRemove(oldest, out _);
            }
        }

        _entries[turnKey] = new Entry(new Uri(url!), now + Lifetime);
    }

    /// <summary>
    /// The response URL for a reply, found by the turn its idempotency key starts with
    /// (<c>slack:command:&lt;trigger&gt;:0</c>), while it is fresh and has uses left; each call uses one.
    /// </summary>
    public Uri? Use(string idempotencyKey)
    {
        var key = TurnKey(idempotencyKey);
        if (key is null || !_entries.TryGetValue(key, out var entry))
        {
            return null;
        }

        if (entry.Expires <= time.GetUtcNow() || entry.Use() > MaxUses)
        {
            _entries.TryRemove(key, out _);
            return null;
        }

        return entry.Url;
    }

    /// <summary><c>slack:command:T</c> from <c>slack:command:T:0</c> (trigger ids hold no colon).</summary>
    private static string? TurnKey(string idempotencyKey)
    {
        var parts = idempotencyKey.Split(':');
        return parts.Length >= 3 && parts[0] == "slack" && parts[1] is "command" or "action"
            ? string.Join(':', parts[..3])
            : null;
    }

    private sealed class Entry(Uri url, DateTimeOffset expires)
    {
        private int _uses;

        public Uri Url { get; } = url;

        public DateTimeOffset Expires { get; } = expires;

        /// <summary>Counts one use; returns how many so far.</summary>
        public int Use() => Interlocked.Increment(ref _uses);
    }
}
