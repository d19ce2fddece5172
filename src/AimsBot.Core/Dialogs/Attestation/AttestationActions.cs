using System.Globalization;
using AimsBot.Core.Conversations;
using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Attestations;
using AimsBot.Core.Scheduling;

namespace AimsBot.Core.Dialogs.Attestation;

/// <summary>
/// Snoozing an attestation (one day or one week, at most <see cref="AttestationOptions.MaxSnoozes"/> times
/// per due date) and delegating it (the delegate is reminded and may attest; the owner stays accountable
/// and is still copied when it is overdue). Each returns the audit action, or null when nothing changed.
/// </summary>
public static class AttestationActions
{
    /// <summary>How soon before the due date a snooze is allowed.</summary>
    public static readonly TimeSpan SnoozeWindow = TimeSpan.FromDays(30);

    public static string? Snooze(DialogContext context, AiSystem system, AttestationSchedule schedule, string length)
    {
        var span = length.Trim().ToLowerInvariant() switch
        {
            "day" or "1d" or "a day" => TimeSpan.FromDays(1),
            "week" or "1w" or "7d" or "a week" => TimeSpan.FromDays(7),
            _ => (TimeSpan?)null,
        };
        if (span is null)
        {
            context.Say($"Snooze for a day or a week: **attest {system.Id} snooze day** or **attest {system.Id} snooze week**.");
            return null;
        }

        var next = schedule.NextDue(system);
        if (next is not { } due || due - context.Now > SnoozeWindow)
        {
            context.Say($"The attestation of {system.Id} is not due yet ({(next is { } at ? DueWords.Of(at, context.Now) : "none due")}): nothing to snooze.");
            return null;
        }

        if (system.AttestationSnoozes >= AttestationOptions.MaxSnoozes)
        {
            context.Say($"The attestation of {system.Id} was already snoozed {AttestationOptions.MaxSnoozes} times; please attest it now with **attest {system.Id}**.");
            return null;
        }

        var until = (due > context.Now ? due : context.Now) + span.Value;
        system.AttestationSnoozedUntil = until.UtcDateTime;
        system.AttestationSnoozes++;
        var left = AttestationOptions.MaxSnoozes - system.AttestationSnoozes;
        context.Say(string.Create(CultureInfo.InvariantCulture, $"Snoozed: the attestation of {system.Id} is now {DueWords.Of(until, context.Now)} ({until.UtcDateTime:d MMM yyyy}). {(left == 0 ? "That was the last snooze." : $"You can snooze it {left} more time.")}"));
        return "aisystem.attestation-snoozed";
    }

    public static string? Delegate(DialogContext context, AiSystem system, string argument)
    {
        if (!AttestDialog.IsOwner(context.Actor, system))
        {
            context.Say($"Only the owner of {system.Id} ({Markdown.Escape(system.RequesterName)}), its business owner or an AIMS admin can delegate its attestation.");
            return null;
        }

        if (argument.Trim().Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            if (system.AttestationDelegateKey.Length == 0)
            {
                context.Say($"Nobody attests {system.Id} on the owner's behalf.");
                return null;
            }

            system.AttestationDelegateKey = system.AttestationDelegateName = "";
            context.Say($"The attestation of {system.Id} is back with its owner, {Markdown.Escape(system.RequesterName)}.");
            return "aisystem.attestation-delegated";
        }

        var mentions = context.Turn.Mentions ?? [];
        if (mentions.Count != 1)
        {
            context.Say($"Mention exactly one person: **attest {system.Id} delegate @person**, or **attest {system.Id} delegate none** to take it back.");
            return null;
        }

        var person = mentions[0];
        system.AttestationDelegateKey = person.Key;
        system.AttestationDelegateName = person.DisplayName;
        context.Say($"{Markdown.Escape(person.DisplayName)} now attests {system.Id} and gets its reminders; {Markdown.Escape(system.RequesterName)} stays accountable and is copied if it is overdue. I've told them.");
        context.Add(Reply.Say($"{Markdown.Escape(context.Actor.User.DisplayName)} asked you to attest {system.Id} {Markdown.Escape(system.Name)} on their behalf. Type **attest {system.Id}** when it is due; **attestations mine** lists what you attest.") with
        {
            RecipientUserKey = person.Key,
        });
        return "aisystem.attestation-delegated";
    }
}
