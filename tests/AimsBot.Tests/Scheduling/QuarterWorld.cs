using System.Globalization;
using AimsBot.Core.Conversations;
using AimsBot.Core.Governance;
using AimsBot.Core.Scheduling;
using AimsBot.Core.Storage.LiteDb;
using AimsBot.Tests.Infrastructure;

namespace AimsBot.Tests.Scheduling;

/// <summary>
/// A quarter's world: 20 owners in five zones and 50 approved systems in production whose attestations fall
/// due across the quarter, and how each owner answers the day's message, by system (number mod 5): attests
/// at once; snoozes a week with the bundle's button, then attests when the new date lapses; has delegated it
/// (the delegate attests a day before); never answers (escalated); attests when it lapses.
/// </summary>
public sealed class QuarterWorld
{
    public const int Systems = 50;
    public const int OwnerCount = 20;

    private static readonly string[] Zones = ["Asia/Tokyo", "America/New_York", "Europe/Berlin", "Australia/Sydney", ""];

    public static UserRef Owner(int n) => TranscriptHarness.Person("owner-" + n.ToString("00", CultureInfo.InvariantCulture), "Owner " + n.ToString("00", CultureInfo.InvariantCulture));

    public static UserRef OwnerOf(int number) => Owner(number % OwnerCount);

    public static UserRef BusinessOwnerOf(int number) => Owner((number + 7) % OwnerCount);

    public static UserRef DelegateOf(int number) => Owner((number + 3) % OwnerCount);

    public static string Id(int number) => SystemNames.FormatId(number);

    /// <summary>0 attests at once, 1 snoozes, 2 delegated, 3 never answers, 4 attests on the lapse.</summary>
    public static int Behaviour(int number) => number % 5;

    /// <summary>When each system was snoozed, and the due date it moved away from.</summary>
    public Dictionary<string, (DateTimeOffset At, DateTime From)> Snoozed { get; } = new(StringComparer.Ordinal);

    public static async Task SeedAsync(TranscriptHarness chat, DateTimeOffset start)
    {
        for (var n = 0; n < OwnerCount; n++)
        {
            var zone = Zones[n % Zones.Length];
            await chat.RunAsync(chat.NewTurn(TurnKind.Message, Owner(n)) with { Text = "help", TimeZone = zone.Length == 0 ? null : zone });
        }

        await chat.RunAsync(chat.NewTurn(TurnKind.Message, TranscriptHarness.CommitteeMember) with { Text = "help", TimeZone = "Europe/London" });
        var store = chat.Get<IAiSystemStore>();
        for (var number = 1; number <= Systems; number++)
        {
            // Due dates spread over the first 80 days of the quarter (the period is 91 days).
            var decided = start.AddDays(-91 + (number * 1.6)).UtcDateTime;
            var (owner, business) = (OwnerOf(number), BusinessOwnerOf(number));
            store.Add(new AiSystem
            {
                Name = "System " + number.ToString(CultureInfo.InvariantCulture),
                RequesterKey = owner.Key,
                RequesterName = owner.DisplayName,
                BusinessOwnerKey = business.Key,
                BusinessOwnerName = business.DisplayName,
                Stage = LifecycleStage.InProduction,
                Approval = ApprovalStatus.Approved,
                RegisteredAt = decided,
                DecidedAt = decided,
            });
            if (Behaviour(number) == 2)
            {
                var card = Assert.Single(await chat.SayAsync("delegate " + Id(number), owner));
                var saved = await chat.SubmitAsync(card, Inputs("delegate/next", number, ("person", DelegateOf(number).DisplayName)), owner);
                Assert.Contains(saved, r => r.RecipientUserKey == DelegateOf(number).Key);
            }
        }
    }

    /// <summary>What each person does with the day's message just sent to them.</summary>
    public async Task AnswerAsync(TranscriptHarness chat, ScheduleSimulation.Sent bundle)
    {
        var person = PersonOf(bundle.Job.RecipientKey);
        var now = bundle.At.UtcDateTime;
        var items = chat.Database.Collection<LedgerEntry>(SchedulingCollections.Ledger)
            .Find(e => e.RecipientKey == person.Key && e.DoneAt == now && e.Kind == AttestationDueSource.Kind).ToList();
        foreach (var item in items)
        {
            var parts = item.Id.Split(':', 5);
            var number = int.Parse(parts[1][3..], CultureInfo.InvariantCulture);
            var step = parts[3];
            switch (Behaviour(number))
            {
                case 0:
                case 1 when Snoozed.ContainsKey(Id(number)) && step == ReminderSteps.Lapsed:
                case 2 when step is "1d" or ReminderSteps.Lapsed:
                case 4 when step == ReminderSteps.Lapsed:
                    await AttestAsync(chat, number, person);
                    break;
                case 1 when !Snoozed.ContainsKey(Id(number)):
                    var data = Inputs("attest/snooze", number, ("length", "week"), ("dueDate", parts[2]));
                    var replies = await chat.SubmitAsync(bundle.Reply, data, person);
                    Assert.StartsWith("Snoozed:", Assert.Single(replies).Text, StringComparison.Ordinal);
                    Snoozed[Id(number)] = (bundle.At, item.DueAt);
                    break;
            }
        }
    }

    private static async Task AttestAsync(TranscriptHarness chat, int number, UserRef person)
    {
        var card = Assert.Single(await chat.SayAsync("attest " + Id(number), person));
        Assert.Equal("attestation", card.Card!.TemplateId);
        var answers = Inputs("attest/next", number, ("inUse", "Yes"), ("changed", "No"), ("oversight", "Yes"), ("testing", "Yes"), ("incidents", "No"));
        var saved = Assert.Single(await chat.SubmitAsync(card, answers, person));
        Assert.Equal("notice", saved.Card!.TemplateId);
    }

    private static Dictionary<string, string> Inputs(string verb, int number, params (string Key, string Value)[] values)
    {
        var data = new Dictionary<string, string>(StringComparer.Ordinal) { ["verb"] = verb, ["system"] = Id(number) };
        foreach (var (key, value) in values)
        {
            data[key] = value;
        }

        return data;
    }

    private static UserRef PersonOf(string key)
    {
        var id = key.Split(':', 3)[2];
        return id.StartsWith("owner-", StringComparison.Ordinal) ? Owner(int.Parse(id[6..], CultureInfo.InvariantCulture)) : TranscriptHarness.Person(id, id);
    }
}
