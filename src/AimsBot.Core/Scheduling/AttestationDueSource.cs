using AimsBot.Core.Conversations;
using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Attestations;
using AimsBot.Core.Storage;

namespace AimsBot.Core.Scheduling;

/// <summary>
/// Attestations: the owner is reminded before and when one is due; after <c>Attestation:EscalateAfter</c>
/// overdue they are reminded again with the business owner copied; after twice that the committee is told.
/// </summary>
public sealed class AttestationDueSource(IAiSystemStore systems, AttestationSchedule schedule, IConversationStore conversations, RoleResolver roles) : IDueItemSource
{
    public const string Kind = "attestation";
    public const string EscalationKind = "attestation-escalation";

    public IEnumerable<DueItem> Open(DateTimeOffset now, DateTimeOffset until)
    {
        var escalate = schedule.Options.EscalateAfter;
        List<string>? committee = null;
        var dueOf = schedule.Snapshot();
        foreach (var system in systems.Headers())
        {
            if (dueOf(system) is not { } due || due > until)
            {
                continue;
            }

            // A delegate is reminded instead of the owner; the owner stays accountable and is copied when it is overdue.
            var owner = system.AttestationDelegateKey.Length > 0 ? system.AttestationDelegateKey : system.RequesterKey;
            var snooze = system.AttestationSnoozes < AttestationOptions.MaxSnoozes ? AttestationSchedule.Stamp(due) : "";
            DueAction Action(string person) => new("attest/open", "system", system.Id, "Attest " + system.Id)
            {
                SnoozeDue = snooze,
                Delegate = !string.Equals(person, system.AttestationDelegateKey, StringComparison.Ordinal),
            };

            yield return new DueItem(Kind, system.Id, () => $"Attest that {system.Id} {Markdown.Escape(system.Name)} is still as registered", due, owner) { Action = Action(owner), OwnerName = system.RequesterName };
            if (now < due + escalate)
            {
                continue;
            }

            foreach (var person in new[] { owner, system.RequesterKey, system.BusinessOwnerKey }.Where(k => k.Length > 0).Distinct(StringComparer.Ordinal))
            {
                yield return new DueItem(EscalationKind, system.Id, () => $"The attestation of {system.Id} {Markdown.Escape(system.Name)} is overdue ({Markdown.Escape(system.RequesterName)} attests)", due + escalate, person)
                {
                    Step = "escalated",
                    FixedStep = true,
                    Action = Action(person),
                    OwnerName = system.RequesterName,
                };
            }

            if (now < due + escalate + escalate)
            {
                continue;
            }

            committee ??= [.. conversations.Users().Where(u => roles.IsCommitteeMember(u.ToRef())).Select(u => u.Id)];
            foreach (var member in committee)
            {
                yield return new DueItem(EscalationKind, system.Id, () => $"The attestation of {system.Id} {Markdown.Escape(system.Name)} is long overdue ({Markdown.Escape(system.RequesterName)} attests)", due + escalate + escalate, member)
                {
                    Step = "committee",
                    FixedStep = true,
                    OwnerName = system.RequesterName,
                };
            }
        }
    }
}
