using System.Text.Json;
using System.Text.Json.Serialization;

namespace AimsBot.Slack;

/// <summary>
/// A modal's <c>private_metadata</c>: where the form's message is and the submit data to send back,
/// so a submission becomes the same turn a Teams Action.Submit would be. Holds no secrets.
/// </summary>
public sealed record SlackFormMetadata(
    [property: JsonPropertyName("ch")] string Channel,
    [property: JsonPropertyName("ts")] string? MessageTs,
    [property: JsonPropertyName("ct")] string ConversationType,
    [property: JsonPropertyName("d")] Dictionary<string, string> Data,
    [property: JsonPropertyName("off")] Dictionary<string, string> ToggleOff)
{
    public string Write() => JsonSerializer.Serialize(this);

    /// <summary>Reads metadata written by <see cref="Write"/>, or null when it is missing or malformed.</summary>
    public static SlackFormMetadata? Read(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            var metadata = JsonSerializer.Deserialize<SlackFormMetadata>(json);
            return metadata is { Channel.Length: > 0, Data: not null, ToggleOff: not null } && metadata.Data.ContainsKey("verb") ? metadata : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
