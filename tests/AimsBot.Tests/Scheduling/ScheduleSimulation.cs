using System.Globalization;
using AimsBot.Core.Conversations;
using AimsBot.Core.Scheduling;
using AimsBot.Tests.Infrastructure;

namespace AimsBot.Tests.Scheduling;

/// <summary>
/// Runs the planner as the host does, on a fake clock: at each step, plans, and runs every job as a
/// scheduled turn through the real turn handler (twice, as a race between two hosts would), keeping
/// what was sent and when; then plans again at the same time, as a repeated tick would.
/// </summary>
public sealed class ScheduleSimulation(TranscriptHarness chat)
{
    public List<Sent> Messages { get; } = [];

    public int Duplicates { get; private set; }

    /// <summary>Jobs planned again right after their turns ran (a tick repeated): should stay zero.</summary>
    public int Replanned { get; private set; }

    public async Task RunAsync(DateTimeOffset until, TimeSpan step)
    {
        while (chat.Time.GetUtcNow() < until)
        {
            await TickAsync();
            chat.Time.Advance(step);
        }
    }

    public async Task TickAsync()
    {
        var planner = chat.Get<SchedulePlanner>();
        var now = chat.Time.GetUtcNow();

        // The same plan twice: the second is what a repeated tick or a second host would queue.
        var plan = planner.Plan(now);

        // Each job twice: the second is what a repeated tick or a second host would queue.
        foreach (var job in plan.Concat(plan))
        {
            var user = Person(job.RecipientKey);
            var turn = new IncomingTurn(job.Id, TurnKind.Scheduled, TranscriptHarness.PersonalChat(user), user, now)
            {
                Data = new Dictionary<string, string>
                {
                    [CardFields.Job] = job.JobName,
                    [CardFields.DueAt] = job.DueAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
                },
            };
            var outcome = await chat.Get<AimsBot.Core.Delivery.TurnHandler>().HandleAsync(turn, static _ => true, TestContext.Current.CancellationToken);
            if (outcome.Duplicate)
            {
                Duplicates++;
            }

            Messages.AddRange(outcome.Replies.Select(r => new Sent(job, now, r)));
        }

        if (plan.Count > 0)
        {
            Replanned += planner.Plan(now).Count;
        }
    }

    private static UserRef Person(string key)
    {
        var parts = key.Split(':', 3);
        return new UserRef(Platform.Teams, parts[1], parts[2]);
    }

    public sealed record Sent(ScheduledJob Job, DateTimeOffset At, Reply Reply);
}
