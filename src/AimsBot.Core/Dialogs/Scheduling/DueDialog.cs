using System.Globalization;
using AimsBot.Core.Conversations;
using AimsBot.Core.Scheduling;

namespace AimsBot.Core.Dialogs.Scheduling;

/// <summary>
/// A person's one message of the day (the scheduler's <c>due/bundle</c> job): everything due for them,
/// recorded in the ledger with the message, held until their working hours. <c>reminders</c> shows
/// what is coming for the person asking.
/// </summary>
public sealed class DueDialog(SchedulePlanner planner, IScheduleLedger ledger, PeopleClock people) : IDialog
{
    public const string DialogName = "due";

    /// <summary>How far ahead <c>reminders</c> looks.</summary>
    public static readonly TimeSpan Ahead = TimeSpan.FromDays(60);

    public string Name => DialogName;

    /// <summary>None: its cards' buttons belong to the dialogs that answer them (<c>soa/open</c>, <c>attest/open</c>).</summary>
    public IReadOnlyList<Verb> Verbs { get; } = [];

    public IReadOnlyList<CommandInfo> Commands { get; } =
    [
        new("reminders", "reminders", "What is due for you in the next 60 days, and what is overdue.") { Menu = "What is due for you, and what is overdue" },
    ];

    public ValueTask RunAsync(DialogContext context, CancellationToken cancellationToken)
    {
        if (context.Kind == InvocationKind.Scheduled && context.Verb?.Value == ScheduledJob.BundleJob)
        {
            SendBundle(context);
        }
        else if (context.Kind == InvocationKind.Command)
        {
            ShowUpcoming(context);
        }
        else
        {
            context.Say("Type **reminders** to see what is due for you.");
        }

        return ValueTask.CompletedTask;
    }

    private void SendBundle(DialogContext context)
    {
        var person = context.Actor.Key;
        var items = planner.DueFor(person, context.Now);
        if (items.Count == 0 || ledger.Contains(context.Turn.Id))
        {
            return;
        }

        var time = people.For(person);
        ledger.Record([
            .. items.Select(i => new LedgerEntry { Id = i.Id, Kind = i.Kind, RecipientKey = person, DueAt = i.DueAt.UtcDateTime, DoneAt = context.Now.UtcDateTime }),
            new LedgerEntry { Id = context.Turn.Id, Kind = "bundle", RecipientKey = person, DueAt = context.Now.UtcDateTime, DoneAt = context.Now.UtcDateTime },
        ]);
        var intro = items.Count == 1 ? "One thing needs you." : string.Create(CultureInfo.InvariantCulture, $"{items.Count} things need you.");
        context.Add(DueCards.Card("Due for you", intro, items, context.Now, CardIds.New()) with { NotBefore = time.NotBefore(context.Now) });
    }

    private void ShowUpcoming(DialogContext context)
    {
        var items = planner.Upcoming(context.Actor.Key, context.Now, context.Now + Ahead);
        if (items.Count == 0)
        {
            context.Say("Nothing is due for you in the next 60 days.");
            return;
        }

        var overdue = items.Count(i => i.DueAt < context.Now);
        var intro = DueWords.Count(items.Count, "item") + (overdue > 0 ? ", " + overdue.ToString(CultureInfo.InvariantCulture) + " overdue." : ".");
        context.Add(DueCards.Card("Your reminders", intro, items, context.Now, CardIds.New()));
    }
}
