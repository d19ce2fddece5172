using System.Text.Json.Nodes;

namespace AimsBot.Teams;

/// <summary>
/// The body answering an <c>adaptiveCard/action</c> invoke: exactly <c>statusCode</c>, <c>type</c>
/// and <c>value</c> (PROTOCOLS.md A1).
/// </summary>
public sealed record TeamsInvokeResponse(int StatusCode, string Type, JsonNode? Value)
{
    public const string CardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    public static TeamsInvokeResponse Card(JsonObject card) => new(200, CardType, card);

    public static TeamsInvokeResponse Message(string text) => new(200, MessageType, JsonValue.Create(text));

    public static TeamsInvokeResponse Error(int statusCode, string code, string message) =>
        new(statusCode, ErrorType, new JsonObject { ["code"] = code, ["message"] = message });
}
