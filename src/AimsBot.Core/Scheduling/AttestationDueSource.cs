using AimsBot.Core.Conversations;
using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Attestations;
using AimsBot.Core.Storage;

namespace AimsBot.Core.Scheduling;

/// <summary>
/// Attestations: the owner is reminded before and when one is due; after <c>Attestation:EscalateAfter</c>
/// overdue they are reminded again with the business owner copied; after twice that the committee is told.
/// The items are made once per due table (see <see cref="AttestationSchedule.DueTable"/>), earliest first, so a
/// tick goes only through those up to its horizon.
/// </summary>
public sealed class AttestationDueSource(IAiSystemStore systems, AttestationSchedule schedule, IConversationStore conversations, RoleResolver roles) : IDueItemSource
{
    public const string Kind = "attestation";
    public const string EscalationKind = "attestation-escalation";

    private Memo? _memo;

    public IEnumerable<DueItem> Open(DateTimeOffset now, DateTimeOffset until)
    {
        var escalate = schedule.Options.EscalateAfter;
        List<string>? committee = null;
        foreach (var entry in Entries(escalate))
        {
            if (entry.Due > until)
            {
                yield break;
            }

            yield return entry.Owner;
            if (now < entry.Due + escalate)
            {
                continue;
            }

            foreach (var copied in entry.Escalations)
            {
                yield return copied;
            }

            if (now < entry.Due + escalate + escalate)
            {
                continue;
            }

            var system = entry.System;
            committee ??= [.. conversations.Users().Where(u => roles.IsCommitteeMember(u.ToRef())).Select(u => u.Id)];
            foreach (var member in committee)
            {
                yield return new DueItem(EscalationKind, system.Id, () => $"The attestation of {system.Id} {Markdown.Escape(system.Name)} is long overdue ({Markdown.Escape(system.RequesterName)} attests)", entry.Due + escalate + escalate, member)
                {
                    Step = "committee",
                    FixedStep = true,
                    OwnerName = system.RequesterName,
                };
            }
        }
    }

    /// <summary>The owner's item and the escalation copies of every system owing an attestation, earliest first (made again when the due table changes).</summary>
    private Entry[] Entries(TimeSpan escalate)
    {
        var table = schedule.DueTable(systems.Headers());
        if (_memo is { } memo && ReferenceEquals(memo.Table, table) && memo.Escalate == escalate)
        {
            return memo.Entries;
        }

        var entries = new Entry[table.Count];
        for (var i = 0; i < table.Count; i++)
        {
            entries[i] = Make(table[i].System, table[i].Due, escalate);
        }

        _memo = new Memo(table, escalate, entries);
        return entries;
    }

    private static Entry Make(SystemHeader system, DateTimeOffset due, TimeSpan escalate)
    {
        // A delegate is reminded instead of the owner; the owner stays accountable and is copied when it is overdue.
        var owner = system.AttestationDelegateKey.Length > 0 ? system.AttestationDelegateKey : system.RequesterKey;
        var snooze = system.AttestationSnoozes < AttestationOptions.MaxSnoozes ? AttestationSchedule.Stamp(due) : "";
        DueAction Action(string person) => new("attest/open", "system", system.Id, "Attest " + system.Id)
        {
            SnoozeDue = snooze,
            Delegate = !string.Equals(person, system.AttestationDelegateKey, StringComparison.Ordinal),
        };

        var main = new DueItem(Kind, system.Id, () => $"Attest that {system.Id} {Markdown.Escape(system.Name)} is still as registered", due, owner) { Action = Action(owner), OwnerName = system.RequesterName };
        DueItem[] copies = [.. new[] { owner, system.RequesterKey, system.BusinessOwnerKey }.Where(k => k.Length > 0).Distinct(StringComparer.Ordinal)
            .Select(person => new DueItem(EscalationKind, system.Id, () => $"The attestation of {system.Id} {Markdown.Escape(system.Name)} is overdue ({Markdown.Escape(system.RequesterName)} attests)", due + escalate, person)
            {
                Step = "escalated",
                FixedStep = true,
                Action = Action(person),
                OwnerName = system.RequesterName,
            })];
        return new Entry(system, due, main, copies);
    }

    private sealed record Entry(SystemHeader System, DateTimeOffset Due, DueItem Owner, DueItem[] Escalations);

    private sealed record Memo(IReadOnlyList<(SystemHeader System, DateTimeOffset Due)> Table, TimeSpan Escalate, Entry[] Entries);
}
