using System.Text.Json.Nodes;

namespace AimsBot.Core.Conversations;

/// <summary>A card to show: the template id (a file in <c>cards/</c>) and the data it binds.</summary>
public sealed record CardReply(string TemplateId, JsonObject Data);
