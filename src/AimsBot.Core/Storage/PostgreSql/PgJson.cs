using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using AimsBot.Core.Delivery;
using AimsBot.Core.Governance.Exports;

namespace AimsBot.Core.Storage.PostgreSql;

/// <summary>
/// How records are written as <c>jsonb</c>: property names as in C# (the SQL filters name them),
/// enums as strings (readable, stable when members are reordered), times in UTC. An export's bytes
/// are not part of its document (they live in <c>export_contents</c>), nor is an outbox item's reply
/// (the outbox's <c>reply</c> column: settling an item rewrites its small document only).
/// </summary>
public static class PgJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.General)
    {
        Converters = { new JsonStringEnumConverter(), new UtcDateTimeConverter() },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { LeaveOutStoredApart } },
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException("Empty document.");

    private static void LeaveOutStoredApart(JsonTypeInfo info)
    {
        var apart = info.Type == typeof(ExportFile) ? nameof(ExportFile.Content) : info.Type == typeof(OutboxItem) ? nameof(OutboxItem.Reply) : null;
        if (apart is not null)
        {
            foreach (var property in info.Properties.Where(x => x.Name == apart).ToList())
            {
                info.Properties.Remove(property);
            }
        }
    }

    /// <summary>Times are stored as UTC and read back as UTC, to the millisecond as with LiteDB.</summary>
    private sealed class UtcDateTimeConverter : JsonConverter<DateTime>
    {
        public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.GetDateTime().ToUniversalTime();

        public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options)
        {
            var utc = PgDatabase.Utc(value);
            writer.WriteStringValue(new DateTime(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc));
        }
    }
}
