using System.Globalization;
using System.Text.Json.Nodes;
using AimsBot.Core.Conversations;
using AimsBot.Core.Scheduling;

namespace AimsBot.Core.Dialogs.Digest;

/// <summary>
/// The committee digest (weekly by <c>Digest:Schedule</c>, or <c>digest</c> on demand) and an owner's
/// own weekly summary (<c>settings summary on</c>). A scheduled digest is recorded in the ledger with
/// the message and held until the recipient's working hours.
/// </summary>
public sealed class DigestDialog(DigestContent content, IScheduleLedger ledger, PeopleClock people) : IDialog
{
    public const string TemplateId = "digest";

    public string Name => "digest";

    public IReadOnlyList<Verb> Verbs { get; } = [];

    public IReadOnlyList<CommandInfo> Commands { get; } =
    [
        new("digest", "digest", "The committee digest now (committee, admin); for anyone else, your own summary of what is due."),
    ];

    public ValueTask RunAsync(DialogContext context, CancellationToken cancellationToken)
    {
        var person = context.Actor.Key;
        if (context.Kind == InvocationKind.Scheduled)
        {
            if (ledger.Contains(context.Turn.Id) || context.Verb?.Value is not (ScheduledJob.DigestJob or ScheduledJob.SummaryJob))
            {
                return ValueTask.CompletedTask;
            }

            var committee = context.Verb?.Value == ScheduledJob.DigestJob;
            var due = DateTimeOffset.TryParse(context.Turn.Value(CardFields.DueAt), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : context.Now;
            ledger.Record([new LedgerEntry { Id = context.Turn.Id, Kind = committee ? "digest" : "summary", RecipientKey = person, DueAt = due.UtcDateTime, DoneAt = context.Now.UtcDateTime }]);
            var reply = committee ? Committee(context) : Owner(context);
            context.Add(reply with { NotBefore = people.For(person).NotBefore(context.Now) });
            return ValueTask.CompletedTask;
        }

        context.Add(context.Actor.IsCommittee || context.Actor.IsAdmin ? Committee(context) : Owner(context));
        return ValueTask.CompletedTask;
    }

    private Reply Committee(DialogContext context) =>
        Card("Governance digest", "For the AI governance committee, " + DueWords.Day(context.Now, people.For(context.Actor.Key).Zone) + ".", content.Committee(context.Now));

    private Reply Owner(DialogContext context) =>
        Card("Your weekly summary", "What is due for you, " + DueWords.Day(context.Now, people.For(context.Actor.Key).Zone) + ".", content.Owner(context.Actor.Key, context.Now));

    private static Reply Card(string title, string intro, IReadOnlyList<DigestSection> sections)
    {
        var list = new JsonArray();
        foreach (var section in sections)
        {
            list.Add(new JsonObject { ["title"] = section.Title, ["lines"] = new JsonArray([.. section.Lines.Select(l => (JsonNode)l)]) });
        }

        var text = title + ": " + string.Join(" ", sections.Select(s => s.Title + ": " + string.Join(" ", s.Lines)));
        return Reply.ShowCard(TemplateId, new JsonObject { ["title"] = title, ["intro"] = intro, ["sections"] = list }, text.Length > 300 ? text[..300] + "…" : text);
    }
}
