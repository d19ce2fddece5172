using AimsBot.Core.Scheduling;

namespace AimsBot.Core.Storage.PostgreSql;

public sealed class PgUserSettingsStore(PgDatabase database) : IUserSettingsStore
{
    private readonly PgDocuments<UserSettings> _items = new(database, PgCollections.UserSettings, x => x.Id);

    public UserSettings? Get(string userKey) => _items.Find(userKey);

    public IReadOnlyDictionary<string, UserSettings> All() => _items.All().ToDictionary(s => s.Id, StringComparer.Ordinal);

    public void Save(UserSettings settings) => _items.Upsert(settings);
}
