using AimsBot.Core.Storage;
using Microsoft.Extensions.Options;

namespace AimsBot.Core.Scheduling;

/// <summary>
/// Works out each person's <see cref="PersonTime"/>: their own <c>settings</c> first, then the zone the
/// platform told us (Slack profile, Teams activity), then <c>Schedule:DefaultTimeZone</c> and the
/// organisation's working time.
/// </summary>
public sealed class PeopleClock(IConversationStore conversations, IUserSettingsStore settings, IOptionsMonitor<ScheduleOptions> options)
{
    public PersonTime For(string userKey) => Resolve(userKey, conversations.GetUser(userKey), settings.Get(userKey));

    /// <summary>One read of every person and setting, for a planner tick.</summary>
    public Func<string, PersonTime> Snapshot()
    {
        var users = conversations.Users().ToDictionary(u => u.Id, StringComparer.Ordinal);
        var chosen = settings.All();
        var cache = new Dictionary<string, PersonTime>(StringComparer.Ordinal);
        var defaults = Defaults();
        return key =>
        {
            if (!cache.TryGetValue(key, out var time))
            {
                time = Resolve(key, users.GetValueOrDefault(key), chosen.GetValueOrDefault(key), defaults);
                cache[key] = time;
            }

            return time;
        };
    }

    public PersonTime Resolve(string userKey, UserRecord? user, UserSettings? chosen) => Resolve(userKey, user, chosen, Defaults());

    /// <summary>The organisation's zone and working time, worked out once for many people.</summary>
    private (ScheduleOptions Options, TimeZoneInfo Zone, WorkingTime Working) Defaults()
    {
        var organisation = options.CurrentValue;
        var zone = TimeZones.TryFind(organisation.DefaultTimeZone, out var found) ? found : TimeZoneInfo.Utc;
        WorkingTime.TryParse(organisation.WorkingHours, organisation.WorkingDays, out var working, out _);
        return (organisation, zone, working!);
    }

    private static PersonTime Resolve(string userKey, UserRecord? user, UserSettings? chosen, (ScheduleOptions Options, TimeZoneInfo Zone, WorkingTime Working) defaults)
    {
        var organisation = defaults.Options;
        string source;
        if (TimeZones.TryFind(chosen?.TimeZone, out var zone))
        {
            source = "settings";
        }
        else if (TimeZones.TryFind(user?.TimeZone, out zone))
        {
            source = "platform";
        }
        else
        {
            zone = defaults.Zone;
            source = "organisation";
        }

        var working = defaults.Working;
        if (chosen is not null && (chosen.WorkingHours is not null || chosen.WorkingDays is not null)
            && WorkingTime.TryParse(chosen.WorkingHours ?? organisation.WorkingHours, chosen.WorkingDays ?? organisation.WorkingDays, out var own, out _))
        {
            working = own;
        }

        return new PersonTime(userKey, zone, working, chosen?.Digest ?? true, chosen?.Summary ?? false, source);
    }
}
