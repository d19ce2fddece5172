using System.Text.Json.Nodes;
using AimsBot.Core.Conversations;

namespace AimsBot.Core.Dialogs.Registration;

/// <summary>What saving an edit did: the result card and its summary, the notices to send, or why it was refused.</summary>
public sealed record SystemSaveResult(JsonObject? Card, string Summary, IReadOnlyList<Reply> Notices, string? Refusal = null)
{
    public static SystemSaveResult Refused(string why) => new(null, "", [], why);
}
