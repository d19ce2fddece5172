using System.Text.Json.Nodes;
using AimsBot.Core.Conversations;
using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Inventory;

namespace AimsBot.Core.Dialogs.Impact;

/// <summary>
/// The card that asks a system's owner for an impact assessment: when a system that needs one is approved,
/// and whenever it is marked "re-assessment due". Its button opens the form.
/// </summary>
public static class ImpactRequests
{
    public const string Template = "impact-request";

    /// <summary>After approval, when the inventory says an assessment is required; null otherwise.</summary>
    public static Reply? OnApproval(AiSystem system)
    {
        var reasons = ImpactAssessmentRequirement.Reasons(system);
        if (reasons.Count == 0 || PeopleDirectory.Accountable(system).Length == 0)
        {
            return null;
        }

        return Card(system, $"{system.Id} needs an impact assessment", "It was approved, and it needs an AI system impact assessment because of: " + string.Join("; ", reasons) + ".")
            with
        { RecipientUserKey = PeopleDirectory.Accountable(system), IdempotencyKey = "impact-request:approval:" + system.Id };
    }

    /// <summary>When the system was just marked "re-assessment due" (<paramref name="reasons"/>: the significant changes).</summary>
    public static Reply? OnReassessment(AiSystem system, IReadOnlyList<string> reasons, string occasion)
    {
        if (PeopleDirectory.Accountable(system).Length == 0)
        {
            return null;
        }

        return Card(system, $"{system.Id} is due for re-assessment", "A significant change marked it for re-assessment (" + string.Join("; ", reasons) + "): please bring its impact assessment up to date (or do it, if it has none yet) and review its risks.")
            with
        { RecipientUserKey = PeopleDirectory.Accountable(system), IdempotencyKey = $"impact-request:reassessment:{system.Id}:{occasion}" };
    }

    private static Reply Card(AiSystem system, string title, string why) => Reply.ShowCard(Template, new JsonObject
    {
        ["cardId"] = CardIds.New(),
        ["id"] = system.Id,
        ["name"] = Markdown.Escape(system.Name),
        ["title"] = title,
        ["why"] = Markdown.Escape(why),
    }, $"{title}: type impact {system.Id} to start it.");
}
