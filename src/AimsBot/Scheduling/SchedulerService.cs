using System.Globalization;
using AimsBot.Core.Conversations;
using AimsBot.Core.Delivery;
using AimsBot.Core.Scheduling;
using AimsBot.Core.Storage;
using Microsoft.Extensions.Options;

namespace AimsBot.Scheduling;

/// <summary>
/// Ticks the planner every <c>Schedule:TickInterval</c> and puts what is due into the inbox as
/// scheduled turns with deterministic ids, so dialogs handle them through the normal engine and a
/// job is done once however many ticks, restarts or hosts see it. A person with no chat yet gets
/// one opened first (Teams create-conversation, Slack conversations.open); one who cannot be reached
/// is recorded, reported to admins and shown in the digest, and tried again later.
/// </summary>
public sealed partial class SchedulerService(
    SchedulePlanner planner,
    IInboxWriter inbox,
    IConversationStore conversations,
    IReachStore reach,
    IEnumerable<IConversationOpener> openers,
    TimeProvider time,
    IOptions<ScheduleOptions> options,
    ILogger<SchedulerService> logger) : BackgroundService
{
    private readonly Dictionary<Platform, IConversationOpener> _openers = openers.ToDictionary(o => o.Platform);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.TickInterval, time);
        do
        {
            try
            {
                await TickAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                Log.TickFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One tick: plans at the current time and writes each job to the inbox. Returns how many were accepted.</summary>
    public async Task<int> TickAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var accepted = 0;
        foreach (var job in planner.Plan(now))
        {
            if (await ReachAsync(job.RecipientKey, now, cancellationToken) is not { } target)
            {
                continue;
            }

            var turn = new IncomingTurn(job.Id, TurnKind.Scheduled, target.Conversation, target.User, now)
            {
                Data = new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    [CardFields.Job] = job.JobName,
                    [CardFields.DueAt] = job.DueAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
                },
            };
            if (await inbox.AcceptAsync(turn, cancellationToken) == InboxAcceptance.Accepted)
            {
                accepted++;
            }
        }

        if (accepted > 0)
        {
            Log.Queued(logger, accepted);
        }

        return accepted;
    }

    private async Task<(ConversationRef Conversation, UserRef User)?> ReachAsync(string userKey, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var user = conversations.GetUser(userKey)?.ToRef() ?? ParseKey(userKey);
        if (user is null)
        {
            reach.MarkUnreachable(userKey, userKey, "not a Teams or Slack person I can message", now);
            return null;
        }

        if (conversations.FindPersonal(userKey) is { } existing)
        {
            if (reach.Get(userKey) is not null)
            {
                reach.MarkReachable(userKey);
            }

            return (existing, user);
        }

        if (reach.Get(userKey) is { } known && now - new DateTimeOffset(known.LastTriedAt, TimeSpan.Zero) < options.Value.RetryUnreachableAfter)
        {
            return null;
        }

        var result = _openers.TryGetValue(user.Platform, out var opener)
            ? await opener.OpenAsync(user, cancellationToken)
            : OpenResult.Failed("no way to open a chat on " + user.Platform);
        if (result.Conversation is not { } opened)
        {
            reach.MarkUnreachable(userKey, user.DisplayName, result.Failure ?? "no chat could be opened", now);
            Log.Unreachable(logger, userKey, result.Failure ?? "");
            return null;
        }

        // Remembered like any conversation, so replies and later reminders find it.
        conversations.Remember(new IncomingTurn("open:" + opened.Key, TurnKind.Message, opened, user, now) { TimeZone = result.TimeZone });
        reach.MarkReachable(userKey);
        return (opened, user);
    }

    /// <summary>A user key (<c>teams:tenant:29:…</c>, <c>slack:T…:U…</c>) read back into a person, or null.</summary>
    public static UserRef? ParseKey(string userKey)
    {
        var parts = userKey.Split(':', 3);
        return parts.Length == 3 && Enum.TryParse<Platform>(parts[0], ignoreCase: true, out var platform) && Enum.IsDefined(platform)
            && parts[1].Length > 0 && parts[2].Length > 0 && !int.TryParse(parts[0], out _)
            ? new UserRef(platform, parts[1], parts[2])
            : null;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 700, Level = LogLevel.Error, Message = "The scheduler tick failed; the next tick tries again")]
        public static partial void TickFailed(ILogger logger, Exception exception);

        [LoggerMessage(EventId = 701, Level = LogLevel.Information, Message = "The scheduler queued {Count} due jobs")]
        public static partial void Queued(ILogger logger, int count);

        [LoggerMessage(EventId = 702, Level = LogLevel.Warning, Message = "Could not reach {UserKey}: {Reason}")]
        public static partial void Unreachable(ILogger logger, string userKey, string reason);
    }
}
