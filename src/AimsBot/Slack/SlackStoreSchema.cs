using AimsBot.Core.Storage;
using LiteDB;

namespace AimsBot.Slack;

/// <summary>The Slack edge's own collection: posted forms by card instance id.</summary>
public sealed class SlackStoreSchema : IStoreSchema
{
    public const string Forms = "slack_forms";

    public void Ensure(LiteDatabase database) =>
        database.GetCollection<SlackFormRecord>(Forms).EnsureIndex(x => x.CreatedAt);
}
