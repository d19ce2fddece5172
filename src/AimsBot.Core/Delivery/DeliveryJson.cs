using System.Text.Json;
using System.Text.Json.Serialization;
using AimsBot.Core.Conversations;

namespace AimsBot.Core.Delivery;

/// <summary>How turns, replies and references are written into the queues.</summary>
public static class DeliveryJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static IncomingTurn ReadTurn(string json) =>
        JsonSerializer.Deserialize<IncomingTurn>(json, Options) ?? throw new JsonException("Empty turn.");

    public static Reply ReadReply(string json) =>
        JsonSerializer.Deserialize<Reply>(json, Options) ?? throw new JsonException("Empty reply.");

    public static ConversationRef ReadConversation(string json) =>
        JsonSerializer.Deserialize<ConversationRef>(json, Options) ?? throw new JsonException("Empty conversation.");
}
