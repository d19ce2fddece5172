using System.Globalization;
using System.Text;
using AimsBot.Core.Conversations;
using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Attestations;
using AimsBot.Core.Scheduling;

namespace AimsBot.Core.Dialogs.Attestation;

/// <summary><c>attestations [mine | overdue | AI-0001]</c> as text: due dates in words, last answers.</summary>
public static class AttestationList
{
    public const int Shown = 25;

    public static void Show(DialogContext context, IAiSystemStore systems, IAttestationStore attestations, AttestationSchedule schedule)
    {
        var argument = context.Arguments.Trim();
        if (argument.StartsWith("AI-", StringComparison.OrdinalIgnoreCase))
        {
            History(context, systems, attestations, schedule, argument.ToUpperInvariant());
            return;
        }

        var filter = argument.ToLowerInvariant();
        if (filter is not ("" or "mine" or "overdue"))
        {
            context.Say("Type **attestations**, **attestations mine**, **attestations overdue** or **attestations AI-0001**.");
            return;
        }

        var dueOf = schedule.Snapshot();
        var rows = systems.Headers()
            .Select(s => (System: s, Due: dueOf(s)))
            .Where(x => x.Due is not null)
            .Where(x => filter != "mine" || AttestDialog.MayAttest(context.Actor with { IsAdmin = false }, x.System))
            .Where(x => filter != "overdue" || x.Due < context.Now)
            .OrderBy(x => x.Due)
            .ToList();
        if (rows.Count == 0)
        {
            context.Say(filter == "overdue" ? "No attestation is overdue." : "No attestation is due: only approved systems in production are attested.");
            return;
        }

        var text = new StringBuilder($"**Attestations** ({DueWords.Count(rows.Count, "system")}):");
        foreach (var (system, due) in rows.Take(Shown))
        {
            var last = system.LastAttestedAt is { } at ? "last " + DueWords.Day(new DateTimeOffset(at, TimeSpan.Zero), TimeZoneInfo.Utc) : "never attested";
            var by = system.AttestationDelegateName.Length > 0 ? $"{Markdown.Escape(system.AttestationDelegateName)} for {Markdown.Escape(system.RequesterName)}" : Markdown.Escape(system.RequesterName);
            text.Append(CultureInfo.InvariantCulture, $"\n- **{system.Id}** {Markdown.Escape(system.Name)} ({by}): {DueWords.Of(due!.Value, context.Now)}, {last}");
        }

        context.Say(text.ToString());
    }

    private static void History(DialogContext context, IAiSystemStore systems, IAttestationStore attestations, AttestationSchedule schedule, string id)
    {
        if (id.Length > 20 || systems.Get(id) is not { } system)
        {
            context.Say("I don't know that AI system. Type **systems** for the list.");
            return;
        }

        var due = schedule.NextDue(system);
        var text = new StringBuilder($"**{system.Id}** {Markdown.Escape(system.Name)}: " + (due is { } at ? "next attestation " + DueWords.Of(at, context.Now) : "no attestation due (only approved systems in production)") + ".");
        foreach (var record in attestations.ForSystem(system.Id).Take(Shown))
        {
            text.Append(CultureInfo.InvariantCulture, $"\n- {DueWords.Day(new DateTimeOffset(record.AnsweredAt, TimeSpan.Zero), TimeZoneInfo.Utc)} by {Markdown.Escape(record.AnsweredByName)}: {(record.Changed ? "changed" : "unchanged")}, {(record.StillInUse ? "in use" : "no longer in use")}{(record.Incidents ? ", incidents reported" : "")}");
        }

        context.Say(text.ToString());
    }
}
