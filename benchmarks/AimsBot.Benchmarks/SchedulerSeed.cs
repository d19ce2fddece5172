using System.Globalization;
using AimsBot.Core.Conversations;
using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Attestations;
using AimsBot.Core.Governance.Audits;
using AimsBot.Core.Storage;
using AimsBot.Core.Storage.LiteDb;
using Microsoft.Extensions.DependencyInjection;

namespace AimsBot.Benchmarks;

/// <summary>
/// The scheduler's data set (issue 12's benchmark): 10,000 AI systems in production owned by 2,000 people and
/// attested at spread dates (about a third inside the reminder horizon, a quarter overdue), 100,000 attestation
/// records, 50,000 risks, the 13-event audit programme and 500 findings. With a service URL, every owner and the
/// committee member (<c>teams:tenant-1:committee-1</c>) also gets a personal Teams chat there, so a bot running
/// on the file sends its bundles and digests to a fake Connector at that URL.
/// </summary>
internal static class SchedulerSeed
{
    public const int Owners = 2_000;

    public static void Fill(IServiceProvider services, DateTime now, string? serviceUrl = null)
    {
        Seed.Fill(services, now, systems: 10_000, evidence: 200);
        RiskSeed.Fill(services, now, risks: 50_000, systems: 10_000);
        var database = services.GetRequiredService<AimsDatabase>();
        var systems = database.Collection<AiSystem>(CollectionNames.AiSystems);
        database.InTransaction(() =>
        {
            foreach (var system in systems.FindAll().ToList())
            {
                system.RequesterKey = OwnerKey(system.Number % Owners);
                system.RequesterName = "Owner " + (system.Number % Owners).ToString(CultureInfo.InvariantCulture);
                system.DecidedAt = now.AddDays(-400);
                system.LastAttestedAt = now.AddDays(-(system.Number % 120));
                systems.Update(system);
            }

            return 0;
        });
        var records = Enumerable.Range(0, 100_000).Select(i => new AttestationRecord
        {
            SystemId = SystemNames.FormatId((i % 10_000) + 1),
            DueAt = now.AddDays(-91 * (i / 10_000)),
            AnsweredAt = now.AddDays(-91 * (i / 10_000)),
            AnsweredByKey = OwnerKey(i % Owners),
            AnsweredByName = "Owner",
            StillInUse = true,
            OversightWorking = true,
            TestingRepeated = true,
            CardId = "card-" + i.ToString(CultureInfo.InvariantCulture),
        });
        database.InTransaction(() => database.Collection<AttestationRecord>(SchedulingCollections.Attestations).InsertBulk(records));

        var store = services.GetRequiredService<IAuditProgrammeStore>();
        foreach (var audit in AuditProgramme.Plan(DateOnly.FromDateTime(now.AddDays(35)), services.GetRequiredService<AuditScope>()))
        {
            store.AddEvent(audit);
        }

        for (var i = 0; i < 500; i++)
        {
            store.AddFinding(new Finding
            {
                AuditId = "AU-01",
                Kind = (FindingKind)((i % 3) + 1),
                Reference = "A.6.2.8",
                Description = "Finding " + i.ToString(CultureInfo.InvariantCulture),
                OwnerKey = OwnerKey(i % 50),
                OwnerName = "Owner",
                CorrectiveAction = "Fix it",
                DueDate = now.AddDays(i % 60),
                RaisedAt = now,
            });
        }

        if (serviceUrl is not null)
        {
            AddChats(services, now, serviceUrl);
        }
    }

    private static string OwnerKey(int owner) => "teams:tenant-1:owner-" + owner.ToString(CultureInfo.InvariantCulture);

    /// <summary>A personal Teams chat on <paramref name="serviceUrl"/> for every owner and the committee member.</summary>
    private static void AddChats(IServiceProvider services, DateTime now, string serviceUrl)
    {
        var conversations = services.GetRequiredService<IConversationStore>();
        var people = Enumerable.Range(0, Owners).Select(i => "owner-" + i.ToString(CultureInfo.InvariantCulture)).Append("committee-1");
        services.GetRequiredService<AimsDatabase>().InTransaction(() =>
        {
            foreach (var id in people)
            {
                var person = new UserRef(Platform.Teams, "tenant-1", id) { Name = id };
                var chat = new ConversationRef(Platform.Teams, "tenant-1", "a:chat-" + id)
                {
                    ServiceUrl = serviceUrl,
                    ChannelId = "msteams",
                    BotId = "28:memory-bot",
                    ConversationType = "personal",
                };
                conversations.Remember(new IncomingTurn("seed:" + id, TurnKind.Message, chat, person, now) { TimeZone = "Etc/UTC" });
            }

            return 0;
        });
    }
}
