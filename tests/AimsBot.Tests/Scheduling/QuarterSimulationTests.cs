using AimsBot.Core.Governance.Attestations;
using AimsBot.Core.Scheduling;
using AimsBot.Core.Storage.LiteDb;
using AimsBot.Tests.Infrastructure;

namespace AimsBot.Tests.Scheduling;

/// <summary>
/// A simulated quarter (90 days, a tick every 3 hours, every job run twice, a restart at day 45): 50 systems, 20 owners in
/// five zones, answered, snoozed, delegated and ignored attestations (see <see cref="QuarterWorld"/>).
/// </summary>
public sealed class QuarterSimulationTests : IDisposable
{
    private static readonly TimeSpan EscalateAfter = TimeSpan.FromDays(7);

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("aimsbot-quarter-");

    [Fact]
    public async Task A_Quarter_Of_Attestations_Reaches_Each_Person_Once_A_Day_In_Working_Hours_And_Escalates_As_Documented()
    {
        // Arrange
        var start = new DateTimeOffset(2026, 11, 3, 0, 0, 0, TimeSpan.Zero);
        var (middle, end) = (start.AddDays(45), start.AddDays(90));
        var world = new QuarterWorld();
        var sent = new List<ScheduleSimulation.Sent>();
        var duplicates = 0;
        using (var first = Harness(start, "first-"))
        {
            await QuarterWorld.SeedAsync(first, start);
            duplicates += await RunAsync(first, world, middle, sent);
        }

        // Act: the host restarts on the same file halfway through.
        using var second = Harness(middle, "second-");
        duplicates += await RunAsync(second, world, end, sent);

        // Assert: every bundle on a local weekday inside working hours, one a person a local day, each job's second run recognised.
        var clock = second.Get<PeopleClock>();
        var bundles = sent.Where(s => s.Job.Kind == JobKind.Bundle).ToList();
        foreach (var bundle in bundles)
        {
            var local = TimeZoneInfo.ConvertTime(bundle.At, clock.For(bundle.Job.RecipientKey).Zone);
            Assert.True(local.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday), $"{bundle.Job.Id} sent on a {local.DayOfWeek}");
            Assert.InRange(local.TimeOfDay, TimeSpan.FromHours(9), TimeSpan.FromHours(17));
        }

        Assert.All(bundles.GroupBy(b => b.Job.Id), g => Assert.Single(g));
        Assert.True(duplicates >= bundles.Count, "every job was run twice and the second run was recognised");

        // Nothing sent twice: the items on the cards are exactly the ledger's items, and no system twice on one card.
        var ledger = second.Database.Collection<LedgerEntry>(SchedulingCollections.Ledger).FindAll().ToList();
        var items = ledger.Where(e => e.Kind.StartsWith("attestation", StringComparison.Ordinal)).ToList();
        Assert.Equal(ledger.Count(e => e.Kind is not ("bundle" or "digest" or "summary")), bundles.Sum(b => b.Reply.Card!.Data["items"]!.AsArray().Count));
        Assert.All(bundles, b => Assert.Equal(b.Reply.Card!.Data["items"]!.AsArray().Count, b.Reply.Card.Data["items"]!.AsArray().Select(i => i!.ToJsonString()).Distinct().Count()));

        // Nobody is reminded of an attestation after answering it, or of a due date after snoozing it.
        var answered = second.Get<IAttestationStore>();
        for (var number = 1; number <= QuarterWorld.Systems; number++)
        {
            var id = QuarterWorld.Id(number);
            foreach (var record in answered.ForSystem(id))
            {
                Assert.DoesNotContain(items, e => Subject(e) == id && BaseDue(e) == record.DueAt.Date && e.DoneAt > record.AnsweredAt);
            }

            if (world.Snoozed.TryGetValue(id, out var snooze))
            {
                Assert.DoesNotContain(items, e => Subject(e) == id && BaseDue(e) == snooze.From.Date && e.DoneAt > snooze.At.UtcDateTime);
                Assert.NotEmpty(answered.ForSystem(id));
            }
        }

        // Each behaviour, as documented: delegates are reminded instead of owners; the ignored ones escalate.
        foreach (var number in Enumerable.Range(1, QuarterWorld.Systems))
        {
            var id = QuarterWorld.Id(number);
            var reminders = items.Where(e => Subject(e) == id && e.Kind == AttestationDueSource.Kind).ToList();
            Assert.NotEmpty(reminders);
            var expected = QuarterWorld.Behaviour(number) == 2 ? QuarterWorld.DelegateOf(number) : QuarterWorld.OwnerOf(number);
            Assert.All(reminders, e => Assert.Equal(expected.Key, e.RecipientKey));
            if (QuarterWorld.Behaviour(number) != 3)
            {
                Assert.DoesNotContain(items, e => Subject(e) == id && e.Kind == AttestationDueSource.EscalationKind);
                Assert.NotEmpty(answered.ForSystem(id));
                continue;
            }

            Assert.Empty(answered.ForSystem(id));
            var due = reminders.Max(e => e.DueAt);
            if (due + EscalateAfter + EscalateAfter < end.UtcDateTime.AddDays(-4))
            {
                var escalated = items.Where(e => Subject(e) == id && e.Id.Split(':')[3] == "escalated").ToList();
                string[] copied = [QuarterWorld.OwnerOf(number).Key, QuarterWorld.BusinessOwnerOf(number).Key];
                Assert.Equal(copied.Order(StringComparer.Ordinal), escalated.Select(e => e.RecipientKey).Order(StringComparer.Ordinal));
                Assert.All(escalated, e => Assert.InRange(e.DoneAt, due + EscalateAfter, due + EscalateAfter + TimeSpan.FromDays(4)));
                var committee = Assert.Single(items, e => Subject(e) == id && e.Id.Split(':')[3] == "committee");
                Assert.Equal(TranscriptHarness.CommitteeMember.Key, committee.RecipientKey);
                Assert.InRange(committee.DoneAt, due + EscalateAfter + EscalateAfter, due + EscalateAfter + EscalateAfter + TimeSpan.FromDays(4));
            }
        }

        // The committee digest: once per weekly occurrence, Mondays 09:00 London after the first catch-up.
        var digests = sent.Where(s => s.Job.Kind == JobKind.Digest).OrderBy(d => d.At).ToList();
        Assert.Equal(13, digests.Count);
        Assert.All(digests.Skip(1), d => Assert.Equal((DayOfWeek.Monday, 9), (d.At.DayOfWeek, d.At.UtcDateTime.Hour)));
    }

    private static async Task<int> RunAsync(TranscriptHarness chat, QuarterWorld world, DateTimeOffset until, List<ScheduleSimulation.Sent> sent)
    {
        var simulation = new ScheduleSimulation(chat);
        while (chat.Time.GetUtcNow() < until)
        {
            var seen = simulation.Messages.Count;
            await simulation.TickAsync();
            foreach (var bundle in simulation.Messages.Skip(seen).Where(s => s.Job.Kind == JobKind.Bundle && s.Reply.Card is not null).ToList())
            {
                await world.AnswerAsync(chat, bundle);
            }

            chat.Time.Advance(TimeSpan.FromHours(3));
        }

        sent.AddRange(simulation.Messages.Where(s => s.Reply.RecipientUserKey is null));
        return simulation.Duplicates;
    }

    private TranscriptHarness Harness(DateTimeOffset now, string turnPrefix)
    {
        var harness = new TranscriptHarness(new Dictionary<string, string?>
        {
            ["Storage:Path"] = Path.Combine(_folder.FullName, "aimsbot.db"),
        })
        {
            TurnPrefix = turnPrefix,
        };
        harness.Time.SetUtcNow(now);
        return harness;
    }

    private static string Subject(LedgerEntry entry) => entry.Id.Split(':')[1];

    /// <summary>The attestation's due date an item is about (an escalation is dated one or two escalation periods later).</summary>
    private static DateTime BaseDue(LedgerEntry entry) => (entry.Id.Split(':')[3] switch
    {
        "escalated" => entry.DueAt - EscalateAfter,
        "committee" => entry.DueAt - EscalateAfter - EscalateAfter,
        _ => entry.DueAt,
    }).Date;

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
