using AimsBot.Core.Scheduling;
using LiteDB;

namespace AimsBot.Core.Storage.LiteDb;

public sealed class LiteDbUserSettingsStore(AimsDatabase database) : IUserSettingsStore
{
    private ILiteCollection<UserSettings> Items => database.Collection<UserSettings>(SchedulingCollections.UserSettings);

    public UserSettings? Get(string userKey) => Items.FindById(userKey);

    public IReadOnlyDictionary<string, UserSettings> All() => Items.FindAll().ToDictionary(s => s.Id, StringComparer.Ordinal);

    public void Save(UserSettings settings) => Items.Upsert(settings);
}
