namespace AimsBot.Slack;

/// <summary>The Slack edge's settings (section <c>Slack</c>). Slack stays off until a signing secret is set.</summary>
public sealed class SlackOptions
{
    public const string SectionName = "Slack";

    /// <summary>The app's signing secret (Basic Information → App Credentials); empty keeps Slack off.</summary>
    public string SigningSecret { get; set; } = "";

    /// <summary>The bot user OAuth token, <c>xoxb-…</c>; required when Slack is on.</summary>
    public string BotToken { get; set; } = "";

    /// <summary>The Web API base, Slack's unless a test or proxy points elsewhere.</summary>
    public Uri ApiBaseUrl { get; set; } = new("https://slack.com/api/");

    /// <summary>Largest request body accepted (bytes); larger gets 413.</summary>
    public int MaxBodyBytes { get; set; } = 512 * 1024;

    /// <summary>How old (or how far in the future) a signed request may be.</summary>
    public TimeSpan SignatureWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Time the synchronous path may take inside Slack's 3 seconds (view submissions, opening a modal).</summary>
    public TimeSpan SyncBudget { get; set; } = TimeSpan.FromMilliseconds(2500);

    /// <summary>Time an inbound request may spend looking up the person (name, time zone) before it is acknowledged.</summary>
    public TimeSpan PeopleLookupBudget { get; set; } = TimeSpan.FromMilliseconds(800);

    /// <summary>How long <c>users.info</c> answers are cached.</summary>
    public TimeSpan UserCacheDuration { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a failed <c>users.info</c> (a missing scope, a 429) is remembered before it is tried again (Slack's Retry-After when longer).</summary>
    public TimeSpan UserLookupFailureCache { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Most people the look-up cache (and the reachable-people cache) holds; the least recently used go first when full.</summary>
    public int UserCacheSize { get; set; } = 10_000;

    /// <summary>
    /// Workspaces (<c>T…</c>) whose people may use the bot. Empty means the workspace of
    /// <see cref="BotToken"/> (asked once with <c>auth.test</c>). Requests from any other workspace,
    /// and Slack Connect guests from other organisations in shared channels, are refused with 403.
    /// </summary>
    public List<string> AllowedTeams { get; set; } = [];

    /// <summary>Enterprise Grid organisations (<c>E…</c>): every workspace of a listed organisation is allowed.</summary>
    public List<string> AllowedEnterprises { get; set; } = [];

    public bool Enabled => !string.IsNullOrWhiteSpace(SigningSecret);
}
