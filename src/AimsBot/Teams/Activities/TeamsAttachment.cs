using System.Text.Json.Nodes;

namespace AimsBot.Teams.Activities;

/// <summary>An activity attachment; AimsBot sends Adaptive Cards (<see cref="AdaptiveCardContentType"/>).</summary>
public sealed record TeamsAttachment(string ContentType, JsonNode? Content)
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";
}
