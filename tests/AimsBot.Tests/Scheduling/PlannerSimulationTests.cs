using AimsBot.Core.Conversations;
using AimsBot.Core.Governance.Controls;
using AimsBot.Core.Scheduling;
using AimsBot.Core.Storage.LiteDb;
using AimsBot.Tests.Infrastructure;

namespace AimsBot.Tests.Scheduling;

public sealed class PlannerSimulationTests : IDisposable
{
    private static readonly (string Id, string Zone)[] Owners =
    [
        ("owner-tokyo", "Asia/Tokyo"),
        ("owner-newyork", "America/New_York"),
        ("owner-berlin", "Europe/Berlin"),
        ("owner-sydney", "Australia/Sydney"),
        ("owner-utc", ""),
    ];

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("aimsbot-planner-");

    private string DatabasePath => Path.Combine(_folder.FullName, "aimsbot.db");

    [Fact]
    public async Task Forty_Five_Days_In_Five_Zones_Reach_Everyone_In_Working_Hours_Once_Across_A_Restart()
    {
        // Arrange: five owners in five zones (one from settings, one with none), two dated controls each.
        var start = new DateTimeOffset(2026, 11, 3, 0, 0, 0, TimeSpan.Zero);
        var end = start.AddDays(45);
        var middle = start.AddDays(20);
        var sent = new List<ScheduleSimulation.Sent>();
        var duplicates = 0;
        var replanned = 0;
        var controlIds = new List<string>();
        using (var first = Harness(start))
        {
            await SeedAsync(first, start, controlIds);
            var simulation = new ScheduleSimulation(first);

            // Act: the first 20 days, then the host "restarts" on the same file.
            await simulation.RunAsync(middle, TimeSpan.FromHours(1));
            sent.AddRange(simulation.Messages);
            duplicates += simulation.Duplicates;
            replanned += simulation.Replanned;
        }

        using var second = Harness(middle);
        var resumed = new ScheduleSimulation(second);
        await resumed.RunAsync(end, TimeSpan.FromHours(1));
        sent.AddRange(resumed.Messages);
        duplicates += resumed.Duplicates;
        replanned += resumed.Replanned;

        // Assert: every bundle inside the owner's working time, on a weekday, at most one a local day.
        var clock = second.Get<PeopleClock>();
        var bundles = sent.Where(s => s.Job.Kind == JobKind.Bundle).ToList();
        Assert.NotEmpty(bundles);
        foreach (var bundle in bundles)
        {
            var time = clock.For(bundle.Job.RecipientKey);
            var local = TimeZoneInfo.ConvertTime(bundle.At, time.Zone);
            Assert.True(local.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday), $"{bundle.Job.Id} sent on a {local.DayOfWeek}");
            Assert.InRange(local.TimeOfDay, TimeSpan.FromHours(9), TimeSpan.FromHours(17));
            Assert.Null(bundle.Reply.NotBefore);
            Assert.Equal("due", bundle.Reply.Card!.TemplateId);
        }

        Assert.All(bundles.GroupBy(b => (b.Job.RecipientKey, b.Job.Period)), g => Assert.Single(g));
        Assert.True(duplicates >= bundles.Count, "every job was run twice and the second run was recognised");
        Assert.Equal(0, replanned);

        // Due dates fall at midnight UTC: each zone hears at its own 09:00 (the first tick in working time).
        var firstHeard = bundles.GroupBy(b => b.Job.RecipientKey).ToDictionary(g => g.Key, g => g.Min(b => b.At));
        Assert.Equal(9, TimeZoneInfo.ConvertTime(firstHeard[Key("owner-tokyo")], TimeZones.TryFind("Asia/Tokyo", out var tokyo) ? tokyo : null!).Hour);
        Assert.Equal(14, firstHeard[Key("owner-newyork")].UtcDateTime.Hour);
        Assert.Equal(8, firstHeard[Key("owner-berlin")].UtcDateTime.Hour);
        Assert.Equal(9, firstHeard[Key("owner-utc")].UtcDateTime.Hour);

        // Every item: each reminder step at most once, in order, and the lapse exactly once.
        var ledger = second.Database.Collection<LedgerEntry>(SchedulingCollections.Ledger).FindAll().Where(e => e.Kind.StartsWith("soa-", StringComparison.Ordinal)).ToList();
        foreach (var item in ledger.GroupBy(ItemOf))
        {
            var steps = item.OrderBy(e => e.DoneAt).Select(e => e.Id.Split(':')[3]).ToList();
            Assert.Equal(steps.Distinct().Count(), steps.Count);
            Assert.Equal(ReminderSteps.Lapsed, steps[^1]);
        }

        Assert.Equal(controlIds.Count, ledger.GroupBy(ItemOf).Count());

        // The committee digest: Monday 2 November's caught up once at the start, then every Monday at 09:00 London time.
        var digests = sent.Where(s => s.Job.Kind == JobKind.Digest).OrderBy(d => d.At).ToList();
        Assert.Equal(7, digests.Count);
        Assert.Equal(start, digests[0].At);
        Assert.NotNull(digests[0].Reply.NotBefore);
        Assert.All(digests.Skip(1), d =>
        {
            Assert.Equal(DayOfWeek.Monday, d.At.DayOfWeek);
            Assert.Equal(new TimeSpan(9, 0, 0), d.At.UtcDateTime.TimeOfDay);
            Assert.Equal("digest", d.Reply.Card!.TemplateId);
        });
    }

    private TranscriptHarness Harness(DateTimeOffset now)
    {
        var harness = new TranscriptHarness(new Dictionary<string, string?>
        {
            ["Storage:Path"] = DatabasePath,
            ["Roles:Committee:0"] = "teams:committee-1",
        });
        harness.Time.SetUtcNow(now);
        return harness;
    }

    /// <summary>kind:subject:date, without the step and the recipient.</summary>
    private static string ItemOf(LedgerEntry entry) => string.Join(':', entry.Id.Split(':').Take(3));

    private static string Key(string id) => TranscriptHarness.Person(id, id).Key;

    private static async Task SeedAsync(TranscriptHarness chat, DateTimeOffset start, List<string> controlIds)
    {
        var catalogue = chat.Get<ControlCatalogue>();
        var store = chat.Get<IControlStore>();
        var index = 0;
        foreach (var (id, zone) in Owners)
        {
            var person = TranscriptHarness.Person(id, id);
            await chat.RunAsync(chat.NewTurn(TurnKind.Message, person) with { Text = "help", TimeZone = zone == "Europe/Berlin" || zone.Length == 0 ? null : zone });
            if (zone == "Europe/Berlin")
            {
                await chat.SayAsync("settings timezone Europe/Berlin", person);
            }

            for (var n = 0; n < 2; n++)
            {
                var control = catalogue.Controls[index++];
                var record = store.Get(control.Id);
                record.OwnerKey = person.Key;
                record.OwnerName = id;
                record.NextReview = start.AddDays(n == 0 ? 10 + index : 35).UtcDateTime;
                store.Save(record);
                controlIds.Add(control.Id);
            }
        }

        await chat.RunAsync(chat.NewTurn(TurnKind.Message, TranscriptHarness.CommitteeMember) with { Text = "help", TimeZone = "Europe/London" });
    }

    public void Dispose()
    {
        try
        {
            _folder.Delete(recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
    }
}
