using System.Globalization;
using AimsBot.Core;
using AimsBot.Core.Conversations;
using AimsBot.Core.Governance;
using AimsBot.Core.Storage;
using AimsBot.Core.Storage.LiteDb;

namespace AimsBot.LoadTest;

/// <summary>
/// The campaign benchmark's store: <c>--owners</c> people the bot has a personal Teams chat with (on the fake
/// Connector's service URL), each owning one AI system in production whose quarterly attestation lapsed a day ago,
/// so the first planner tick makes one bundle (one message) for every owner.
/// </summary>
internal static class CampaignSeed
{
    public static int Run(Arguments arguments)
    {
        var owners = arguments.Int("owners", 5000);
        var serviceUrl = arguments.Get("service-url", "http://127.0.0.1:5091/");
        var path = Path.GetFullPath(arguments.Get("db", "data/aimsbot.db"));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Path"] = path }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddAimsCore(configuration, Path.GetDirectoryName(path)!);
        using var provider = services.BuildServiceProvider();
        var database = provider.GetRequiredService<AimsDatabase>();
        var conversations = provider.GetRequiredService<IConversationStore>();
        var now = DateTime.UtcNow;
        var people = Enumerable.Range(1, owners).Select(i => new UserRef(Platform.Teams, "tenant-1", "29:owner-" + i.ToString(CultureInfo.InvariantCulture)) { Name = "Owner " + i.ToString(CultureInfo.InvariantCulture) }).ToList();
        database.InTransaction(() =>
        {
            foreach (var person in people)
            {
                var chat = new ConversationRef(Platform.Teams, "tenant-1", "a:chat-" + person.UserId[3..])
                {
                    ServiceUrl = serviceUrl,
                    ChannelId = "msteams",
                    BotId = "28:campaign-bot",
                    ConversationType = "personal",
                };
                conversations.Remember(new IncomingTurn("seed:" + person.UserId, TurnKind.Message, chat, person, now) { TimeZone = "Etc/UTC" });
            }

            return 0;
        });
        var systems = people.Select((person, i) => new AiSystem
        {
            Id = SystemNames.FormatId(i + 1),
            Number = i + 1,
            Name = "Campaign system " + (i + 1).ToString(CultureInfo.InvariantCulture),
            NormalizedName = "campaign system " + (i + 1).ToString(CultureInfo.InvariantCulture),
            Purpose = "Answers questions",
            Stage = LifecycleStage.InProduction,
            Approval = ApprovalStatus.Approved,
            RequesterKey = person.Key,
            RequesterName = person.DisplayName,
            RegisteredAt = now.AddDays(-400),
            DecidedAt = now.AddDays(-400),
            LastAttestedAt = now.AddDays(-92),
            UpdatedAt = now,
        });
        database.InTransaction(() => database.Collection<AiSystem>(CollectionNames.AiSystems).InsertBulk(systems));
        Console.WriteLine($"seeded {owners} owners with a personal chat on {serviceUrl} and an attestation due, in {path}");
        return 0;
    }
}
