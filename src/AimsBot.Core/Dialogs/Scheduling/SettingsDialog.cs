using AimsBot.Core.Conversations;
using AimsBot.Core.Scheduling;

namespace AimsBot.Core.Dialogs.Scheduling;

/// <summary>
/// <c>settings</c>: a person's time zone, working hours and days, and whether they get the committee
/// digest and their own weekly summary. Reminders and digests reach them only inside their working time.
/// </summary>
public sealed class SettingsDialog(IUserSettingsStore settings, PeopleClock people) : IDialog
{
    private const string Usage =
        "Type **settings timezone Europe/Berlin**, **settings hours 08:00-16:00**, **settings days Monday,Tuesday,Wednesday,Thursday**, "
        + "**settings digest on|off**, **settings summary on|off**, or **settings reset**.";

    public string Name => "settings";

    public IReadOnlyList<Verb> Verbs { get; } = [];

    public IReadOnlyList<CommandInfo> Commands { get; } =
    [
        new("settings", "settings [timezone Europe/Berlin | hours 09:00-17:00 | days Monday,… | digest on/off | summary on/off | reset]", "Your time zone, working hours, and which summaries you get."),
    ];

    public ValueTask RunAsync(DialogContext context, CancellationToken cancellationToken)
    {
        var parts = context.Arguments.Split(' ', 2, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var key = context.Actor.Key;
        var mine = settings.Get(key) ?? new UserSettings { Id = key };
        var value = parts.Length > 1 ? parts[1] : "";
        string? error = null;
        switch (parts.Length == 0 ? "" : parts[0].ToLowerInvariant())
        {
            case "":
                Show(context, "");
                return ValueTask.CompletedTask;
            case "timezone" or "zone" or "tz":
                if (TimeZones.TryFind(value, out var zone))
                {
                    mine.TimeZone = zone.Id;
                }
                else
                {
                    error = $"I don't know the time zone “{Markdown.Escape(Trim(value))}”. Use an IANA name such as Europe/London, America/New_York or Asia/Tokyo.";
                }

                break;
            case "hours":
                if (WorkingTime.TryParseHours(value, out _, out _))
                {
                    mine.WorkingHours = value.Replace(" ", "", StringComparison.Ordinal);
                }
                else
                {
                    error = "Working hours look like **09:00-17:00** (start before end).";
                }

                break;
            case "days":
                if (WorkingTime.TryParseDays(value, out _))
                {
                    mine.WorkingDays = value.Replace(" ", "", StringComparison.Ordinal);
                }
                else
                {
                    error = "Working days are day names separated by commas, for example **Monday,Tuesday,Wednesday,Thursday,Friday**.";
                }

                break;
            case "digest" or "summary":
                if (OnOff(value) is { } on)
                {
                    if (parts[0].Equals("digest", StringComparison.OrdinalIgnoreCase))
                    {
                        mine.Digest = on;
                    }
                    else
                    {
                        mine.Summary = on;
                    }
                }
                else
                {
                    error = $"Type **settings {parts[0].ToLowerInvariant()} on** or **settings {parts[0].ToLowerInvariant()} off**.";
                }

                break;
            case "reset":
                mine = new UserSettings { Id = key };
                break;
            default:
                error = Usage;
                break;
        }

        if (error is not null)
        {
            context.Say(error);
            return ValueTask.CompletedTask;
        }

        mine.UpdatedAt = context.Now.UtcDateTime;
        settings.Save(mine);
        Show(context, "Saved. ");
        return ValueTask.CompletedTask;
    }

    private void Show(DialogContext context, string prefix)
    {
        var time = people.For(context.Actor.Key);
        var source = time.ZoneSource switch
        {
            "settings" => "you chose it",
            "platform" => "from your chat app",
            _ => "the organisation's default",
        };
        var digest = context.Actor.IsCommittee ? $" Committee digest: **{(time.Digest ? "on" : "off")}**." : "";
        context.Say(
            $"{prefix}Time zone: **{time.Zone.Id}** ({source}). Working time: **{time.Working}**. "
            + $"Weekly summary of your own items: **{(time.Summary ? "on" : "off")}**.{digest} Reminders reach you only in your working time. {Usage}");
    }

    private static bool? OnOff(string value) => value.ToLowerInvariant() switch
    {
        "on" or "yes" or "true" => true,
        "off" or "no" or "false" => false,
        _ => null,
    };

    private static string Trim(string value) => value.Length > 40 ? value[..40] + "…" : value;
}
