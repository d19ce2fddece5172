namespace AimsBot.Core.Scheduling;

public interface IUserSettingsStore
{
    UserSettings? Get(string userKey);

    IReadOnlyDictionary<string, UserSettings> All();

    void Save(UserSettings settings);
}
