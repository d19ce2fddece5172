using System.Text.Json.Nodes;
using AimsBot.Core.Conversations;
using AimsBot.Core.Dialogs.Impact;
using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Approvals;
using AimsBot.Core.Governance.Inventory;
using Humanizer;

namespace AimsBot.Core.Dialogs.Approval;

/// <summary>An AI system's registration as an approval subject: the decision lands on the inventory record.</summary>
public sealed class SystemApprovalSubject(IAiSystemStore systems, IAuditLog audit) : IApprovalSubject
{
    public const string KindName = "aisystem";

    public string Kind => KindName;

    public string Noun => "registration";

    public JsonArray? Facts(ApprovalRequest request, DateTimeOffset now) =>
        systems.Get(request.SubjectId) is { } system ? SystemView.Facts(system, now, full: true) : null;

    public IReadOnlyList<Reply> Decided(ApprovalRequest request, DialogContext context)
    {
        var system = systems.Get(request.SubjectId);
        if (system is null)
        {
            return [];
        }

        var before = system.Copy();
        system.Approval = request.Status;
        system.DecisionNote = request.Note;
        system.DecidedByKey = context.Actor.Key;
        system.DecidedByName = string.Join(", ", request.Votes.Select(v => v.DeciderName));
        system.DecidedAt = context.Now.UtcDateTime;
        system.UpdatedAt = context.Now.UtcDateTime;
        systems.Update(system);
        audit.Record(context.Actor, "aisystem." + request.Status.ToString().Kebaberize(), "aisystem:" + system.Id, before, system);

        var outcome = SystemView.Status(system.Approval).ToLowerInvariant();
        var notices = new List<Reply>
        {
            Reply.ShowCard("approval-decided", ApprovalDialog.Decided(request, this, context.Now, already: false), $"Your registration {system.Id} was {outcome}.") with
            {
                RecipientUserKey = system.RequesterKey,
                IdempotencyKey = "decision:" + system.Id,
            },
        };
        if (system.Approval != ApprovalStatus.Rejected && PeopleDirectory.Accountable(system) is { Length: > 0 } accountable)
        {
            notices.Add(CompleteRecord(system) with { RecipientUserKey = accountable, IdempotencyKey = "complete:" + system.Id });
            if (ImpactRequests.OnApproval(system) is { } impact)
            {
                notices.Add(impact);
            }
        }

        return notices;
    }

    /// <summary>The owner's "complete the record" card: the inventory fields registration did not ask for.</summary>
    public static Reply CompleteRecord(AiSystem system) => Reply.ShowCard("system-complete", new JsonObject
    {
        ["cardId"] = CardIds.New(),
        ["id"] = system.Id,
        ["name"] = Markdown.Escape(system.Name),
        ["status"] = SystemView.Status(system.Approval).ToLowerInvariant(),
        ["asWho"] = system.BusinessOwnerKey.Length > 0
            ? "As its business owner"
            : system.BusinessOwnerName.Length > 0
                ? $"Its business owner {Markdown.Escape(system.BusinessOwnerName)} has not talked to AimsBot yet, so I can't reach them. As the person who registered it"
                : "It has no business owner yet. As the person who registered it",
        ["impactReasons"] = string.Join("; ", ImpactAssessmentRequirement.Reasons(system)),
    }, $"{system.Id} was approved: please complete its record.");
}
