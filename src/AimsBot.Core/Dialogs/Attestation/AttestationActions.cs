using System.Globalization;
using AimsBot.Core.Conversations;
using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Attestations;
using AimsBot.Core.Governance.Inventory;
using AimsBot.Core.Scheduling;

namespace AimsBot.Core.Dialogs.Attestation;

/// <summary>
/// Snoozing an attestation (one day or one week, at most <see cref="AttestationOptions.MaxSnoozes"/> times
/// per due date) and delegating it (the delegate is reminded and may attest; the owner stays accountable
/// and is still copied when it is overdue). Typed commands and buttons share these; each changes the system
/// in memory only when it succeeds (the caller saves and audit-logs it) and says what happened.
/// </summary>
public static class AttestationActions
{
    public const string SnoozedAction = "aisystem.attestation-snoozed";
    public const string DelegatedAction = "aisystem.attestation-delegated";

    /// <summary>How soon before the due date a snooze is allowed.</summary>
    public static readonly TimeSpan SnoozeWindow = TimeSpan.FromDays(30);

    /// <summary>What a snooze or a delegation did: whether the system changed, and the words for the person.</summary>
    public sealed record Result(bool Changed, string Message);

    /// <summary>A day or a week, from what was typed or the button's value; null for anything else.</summary>
    public static TimeSpan? Length(string length) => length.Trim().ToLowerInvariant() switch
    {
        "day" or "1d" or "a day" => TimeSpan.FromDays(1),
        "week" or "1w" or "7d" or "a week" => TimeSpan.FromDays(7),
        _ => null,
    };

    public static Result Snooze(AiSystem system, AttestationSchedule schedule, string length, DateTimeOffset now)
    {
        if (Length(length) is not { } span)
        {
            return new(false, $"Snooze for a day or a week: **attest {system.Id} snooze day** or **attest {system.Id} snooze week**.");
        }

        var next = schedule.NextDue(system);
        if (next is not { } due || due - now > SnoozeWindow)
        {
            return new(false, $"The attestation of {system.Id} is not due yet ({(next is { } at ? DueWords.Of(at, now) : "none due")}): nothing to snooze.");
        }

        if (system.AttestationSnoozes >= AttestationOptions.MaxSnoozes)
        {
            return new(false, $"The attestation of {system.Id} was already snoozed {AttestationOptions.MaxSnoozes} times; please attest it now with **attest {system.Id}**.");
        }

        var until = (due > now ? due : now) + span;
        system.AttestationSnoozedUntil = until.UtcDateTime;
        system.AttestationSnoozes++;
        var left = AttestationOptions.MaxSnoozes - system.AttestationSnoozes;
        return new(true, string.Create(CultureInfo.InvariantCulture, $"Snoozed: the attestation of {system.Id} is now {DueWords.Of(until, now)} ({until.UtcDateTime:d MMM yyyy}). {(left == 0 ? "That was the last snooze." : $"You can snooze it {left} more time.")}"));
    }

    /// <summary>Why this person may not delegate the system's attestation (a refusal starting with "Only "), or null.</summary>
    public static string? DelegateRefusal(Actor actor, AiSystem system) => AttestDialog.IsOwner(actor, system)
        ? null
        : $"Only the owner of {system.Id} ({Markdown.Escape(system.RequesterName)}), its business owner or an AIMS admin can delegate its attestation.";

    /// <summary>
    /// Gives the attestation to <paramref name="person"/> (told with a message), or back to the owner when null.
    /// The caller has checked <see cref="DelegateRefusal"/>.
    /// </summary>
    public static Result Delegate(DialogContext context, AiSystem system, PersonChoice? person)
    {
        if (person is null)
        {
            if (system.AttestationDelegateKey.Length == 0)
            {
                return new(false, $"Nobody attests {system.Id} on the owner's behalf.");
            }

            system.AttestationDelegateKey = system.AttestationDelegateName = "";
            return new(true, $"The attestation of {system.Id} is back with its owner, {Markdown.Escape(system.RequesterName)}.");
        }

        if (string.Equals(person.Key, system.RequesterKey, StringComparison.Ordinal))
        {
            return new(false, $"{Markdown.Escape(person.Name)} owns {system.Id} already: to take the attestation back, type **attest {system.Id} delegate none**.");
        }

        if (string.Equals(person.Key, system.AttestationDelegateKey, StringComparison.Ordinal))
        {
            return new(false, $"{Markdown.Escape(person.Name)} already attests {system.Id} on the owner's behalf.");
        }

        system.AttestationDelegateKey = person.Key;
        system.AttestationDelegateName = person.Name;
        context.Add(Reply.Say($"{Markdown.Escape(context.Actor.User.DisplayName)} asked you to attest {system.Id} {Markdown.Escape(system.Name)} on their behalf. Type **attest {system.Id}** when it is due; **attestations mine** lists what you attest.") with
        {
            RecipientUserKey = person.Key,
        });
        return new(true, $"{Markdown.Escape(person.Name)} now attests {system.Id} and gets its reminders; {Markdown.Escape(system.RequesterName)} stays accountable and is copied if it is overdue. I've told them.");
    }

    /// <summary>The typed <c>delegate</c> argument: <c>none</c>, or exactly one person mentioned.</summary>
    public static Result DelegateTyped(DialogContext context, AiSystem system, string argument)
    {
        if (argument.Trim().Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            return Delegate(context, system, null);
        }

        var mentions = context.Turn.Mentions ?? [];
        return mentions.Count != 1
            ? new(false, $"Mention exactly one person: **attest {system.Id} delegate @person**, or **attest {system.Id} delegate none** to take it back. **delegate {system.Id}** opens a card to pick them.")
            : Delegate(context, system, new PersonChoice(mentions[0].Key, mentions[0].DisplayName));
    }
}
