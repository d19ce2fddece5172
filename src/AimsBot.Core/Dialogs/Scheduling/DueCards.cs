using System.Text.Json.Nodes;
using AimsBot.Core.Conversations;
using AimsBot.Core.Scheduling;

namespace AimsBot.Core.Dialogs.Scheduling;

/// <summary>The <c>due</c> card: a person's dated items, each with the button that answers it.</summary>
public static class DueCards
{
    public const string TemplateId = "due";

    public static Reply Card(string title, string intro, IEnumerable<DueItem> items, DateTimeOffset now, string cardId)
    {
        var list = new JsonArray();
        foreach (var item in items)
        {
            list.Add(Item(item, now));
        }

        var data = new JsonObject
        {
            ["cardId"] = cardId,
            ["title"] = title,
            ["intro"] = intro,
            ["items"] = list,
        };
        return Reply.ShowCard(TemplateId, data, title + ": " + intro);
    }

    private static JsonObject Item(DueItem item, DateTimeOffset now) => new()
    {
        ["title"] = item.Title,
        ["when"] = DueWords.Of(item.DueAt, now),
        ["control"] = item.Action is { Field: "control" } control ? control.Value : "",
        ["system"] = item.Action is { Field: "system" } system ? system.Value : "",
        ["button"] = item.Action?.Title ?? "",
        ["dueDate"] = item.Action?.SnoozeDue ?? "",
        ["canSnooze"] = item.Action is { SnoozeDue.Length: > 0 },
        ["canDelegate"] = item.Action is { Delegate: true, Field: "system" },
    };
}
