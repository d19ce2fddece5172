using System.Globalization;
using System.Text;
using AimsBot.Core.Conversations;
using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Roadmap;

namespace AimsBot.Core.Dialogs.Audit;

/// <summary>
/// The integration roadmap (five phases over 24 weeks): <c>roadmap</c> shows each phase's progress, derived
/// from the records where it can be and ticked by an admin where it cannot; <c>roadmap start 2027-01-04</c>,
/// <c>roadmap done 2.1</c>, <c>roadmap undo 2.1</c> and <c>roadmap owner 2.1 @person|none</c> (admin; an owner is told,
/// and reminded before the task's phase ends while it is not done).
/// </summary>
public sealed class RoadmapDialog(RoadmapProgress progress, IAuditLog audit) : IDialog
{
    public string Name => "roadmap";

    public IReadOnlyList<Verb> Verbs { get; } = [];

    public IReadOnlyList<CommandInfo> Commands { get; } =
    [
        new("roadmap", "roadmap · roadmap start 2027-01-04 · roadmap done 2.1 · roadmap undo 2.1 · roadmap owner 2.1 @person", "The integration roadmap's five phases and their progress; admins set the start, tick tasks the records cannot show and give tasks owners."),
    ];

    public ValueTask RunAsync(DialogContext context, CancellationToken cancellationToken)
    {
        var words = context.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var verb = words.Length > 0 ? words[0].ToLowerInvariant() : "";
        if (verb is "start" or "done" or "undo" or "owner" && !context.Actor.IsAdmin)
        {
            context.Say("Only an AIMS admin can change the roadmap.");
        }
        else if (verb.Length == 0)
        {
            context.Say(Show(context.Now));
        }
        else if (verb == "start" && words.Length == 2 && DateOnly.TryParseExact(words[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
        {
            Change(context, r => r.StartsOn = start.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), $"The roadmap starts on {start:d MMM yyyy}; week 24 ends on {start.AddDays((24 * 7) - 1):d MMM yyyy}.");
        }
        else if (verb is "done" or "undo" && words.Length == 2 && RoadmapPlan.Find(words[1]) is { } task)
        {
            if (task.Derived is not null)
            {
                context.Say($"{task.Id} {task.Title} is worked out from the records, so it cannot be ticked by hand.");
                return ValueTask.CompletedTask;
            }

            Change(context, r => r.Ticked = verb == "done" ? [.. r.Ticked.Append(task.Id).Distinct(StringComparer.Ordinal)] : [.. r.Ticked.Where(t => t != task.Id)], $"{task.Id} {task.Title}: {(verb == "done" ? "done" : "not done")}.");
        }
        else if (verb == "owner" && words.Length == 3 && RoadmapPlan.Find(words[1]) is { } owned)
        {
            Own(context, owned, words[2]);
        }
        else
        {
            context.Say("Type **roadmap**, or as an admin **roadmap start 2027-01-04**, **roadmap done 2.1**, **roadmap undo 2.1** or **roadmap owner 2.1 @person** (or **none**).");
        }

        return ValueTask.CompletedTask;
    }

    /// <summary><c>roadmap owner 2.1 @person</c> (the one person mentioned; told) or <c>none</c>.</summary>
    private void Own(DialogContext context, RoadmapTask task, string argument)
    {
        var mentions = context.Turn.Mentions ?? [];
        if (argument.Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            Change(context, r => r.Owners = [.. r.Owners.Where(o => o.TaskId != task.Id)], $"{task.Id} {task.Title} has no owner now.");
            return;
        }

        if (mentions.Count != 1)
        {
            context.Say($"Mention exactly one person: **roadmap owner {task.Id} @person**, or **roadmap owner {task.Id} none**.");
            return;
        }

        var person = mentions[0];
        Change(context, r => r.Owners = [.. r.Owners.Where(o => o.TaskId != task.Id), new RoadmapOwner { TaskId = task.Id, Key = person.Key, Name = person.DisplayName }], $"{Markdown.Escape(person.DisplayName)} owns {task.Id} {task.Title} now; I've told them.");
        context.Add(Reply.Say($"{Markdown.Escape(context.Actor.User.DisplayName)} made you the owner of roadmap task {task.Id} {task.Title}. I'll remind you before its phase ends while it is not done; type **roadmap** to see the plan.") with
        {
            RecipientUserKey = person.Key,
        });
    }

    private void Change(DialogContext context, Action<RoadmapRecord> change, string text)
    {
        var record = progress.Record();
        var before = new RoadmapRecord { StartsOn = record.StartsOn, Ticked = [.. record.Ticked], Owners = [.. record.Owners] };
        change(record);
        record.CreatedAt = record.CreatedAt == default ? context.Now.UtcDateTime : record.CreatedAt;
        progress.Save(record);
        audit.Record(context.Actor, "roadmap.changed", "roadmap", before, record);
        context.Say(text);
    }

    private string Show(DateTimeOffset now)
    {
        var record = progress.Record();
        var text = new StringBuilder("**Integration roadmap** (ISO 27001 to ISO 27001 + ISO 42001, 24 weeks)");
        if (record.StartsOn is { } start)
        {
            var week = (int)Math.Floor((now.UtcDateTime - start).TotalDays / 7) + 1;
            text.Append(CultureInfo.InvariantCulture, $": started {start:d MMM yyyy}, {(week < 1 ? "not begun yet" : week > 24 ? "past week 24" : $"week {week} of 24")}");
        }
        else
        {
            text.Append(": no start date yet (an admin sets it with **roadmap start 2027-01-04**)");
        }

        var owners = record.Owners.ToDictionary(o => o.TaskId, o => o.Name, StringComparer.Ordinal);
        foreach (var (phase, tasks) in progress.Evaluate())
        {
            var dates = record.StartsOn is { } s ? $", {s.AddDays((phase.FirstWeek - 1) * 7):d MMM} to {s.AddDays((phase.LastWeek * 7) - 1):d MMM yyyy}" : "";
            text.Append(CultureInfo.InvariantCulture, $"\n\n**Phase {phase.Number}: {phase.Title}** (weeks {phase.FirstWeek}-{phase.LastWeek}{dates}): {tasks.Count(t => t.Done)} of {tasks.Count} done");
            foreach (var (task, done) in tasks)
            {
                var owner = owners.TryGetValue(task.Id, out var name) ? $", owner {Markdown.Escape(name)}" : "";
                text.Append(CultureInfo.InvariantCulture, $"\n- {(done ? "[x]" : "[ ]")} {task.Id} {task.Title}{(task.Derived is null ? "" : " (from the records)")}{owner}");
            }
        }

        return text.ToString();
    }
}
