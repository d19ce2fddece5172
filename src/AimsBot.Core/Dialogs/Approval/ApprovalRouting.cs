using System.Text.Json.Nodes;
using AimsBot.Core.Conversations;
using AimsBot.Core.Governance;
using AimsBot.Core.Storage;

namespace AimsBot.Core.Dialogs.Approval;

/// <summary>Sends a registration to every committee member the bot can reach privately.</summary>
public sealed class ApprovalRouting(IConversationStore conversations, RoleResolver roles)
{
    /// <summary>One approval card per reachable committee member (each its own card instance).</summary>
    public IReadOnlyList<Reply> RequestDecision(AiSystem system, DateTimeOffset now) =>
        [.. CommitteeMembers().Select(member => Card(system, now, CardIds.New()) with
        {
            RecipientUserKey = member.Id,
            IdempotencyKey = "approval:" + system.Id + ":" + member.Id,
        })];

    /// <summary>Committee members who have a personal conversation with the bot.</summary>
    public IReadOnlyList<UserRecord> CommitteeMembers() =>
        [.. conversations.Users().Where(u => u.PersonalConversationKey is not null && roles.IsCommitteeMember(u.ToRef()))];

    public static Reply Card(AiSystem system, DateTimeOffset now, string cardId)
    {
        var data = new JsonObject
        {
            ["cardId"] = cardId,
            ["id"] = system.Id,
            ["name"] = Markdown.Escape(system.Name),
            ["requester"] = Markdown.Escape(system.RequesterName),
            ["facts"] = SystemView.Facts(system, now, full: true),
            ["values"] = new JsonObject { ["decision"] = "", ["note"] = "" },
            ["errors"] = new JsonObject(),
        };
        return Reply.ShowCard("approval-request", data, $"Approval needed: {system.Id} {system.Name}");
    }
}
