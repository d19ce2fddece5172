using System.Globalization;
using AimsBot.Core.Cards;
using AimsBot.Core.Conversations;
using AimsBot.Core.Governance;
using AimsBot.Core.Storage.LiteDb;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AimsBot.Benchmarks;

/// <summary>
/// The living inventory at size: 10,000 AI systems and 100,000 audit entries (AI-0042 has 2,000 of them, field
/// edits with before and after). <c>systems</c>, <c>system AI-0042</c> with its history, and the submit of the
/// last edit card (which saves the changed fields and records them), each from the turn to the bound card.
/// Target: under 50 ms each.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class LivingInventoryBenchmarks
{
    private static readonly UserRef Admin = new(Platform.Teams, "tenant-1", "admin-1") { Name = "Adele Vance" };

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
    private DirectoryInfo _folder = null!;
    private ServiceProvider _services = null!;
    private ConversationEngine _engine = null!;
    private ICardTemplates _cards = null!;
    private Reply _lastEditCard = null!;
    private int _sequence;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("aimsbot-bench-");
        _services = CoreServices.Build(_folder, _time, new()
        {
            ["Cards:Directory"] = ControlsBenchmarks.FindCards(),
            ["Roles:Admins:0"] = "teams:tenant-1:admin-1",
        });
        var now = _time.GetUtcNow().UtcDateTime;
        Seed.Fill(_services, now, systems: 10_000, evidence: 0);
        var database = _services.GetRequiredService<AimsDatabase>();
        var entries = Enumerable.Range(1, 100_000).Select(i => new AuditEntry
        {
            At = now.AddMinutes(-i),
            ActorKey = "teams:tenant-1:owner-1",
            ActorName = "Owner 1",
            Action = "aisystem.edited",
            Entity = "aisystem:" + SystemNames.FormatId(i % 50 == 0 ? 42 : (i % 10_000) + 1),
            Before = "{\"purpose\":\"Helps team " + (i % 40).ToString(CultureInfo.InvariantCulture) + "\"}",
            After = "{\"purpose\":\"Helps team " + ((i + 1) % 40).ToString(CultureInfo.InvariantCulture) + "\"}",
        });
        database.InTransaction(() => database.Collection<AuditEntry>(CollectionNames.Audit).InsertBulk(entries));
        _engine = _services.GetRequiredService<ConversationEngine>();
        _cards = _services.GetRequiredService<ICardTemplates>();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        _folder.Delete(recursive: true);
    }

    [IterationSetup(Target = nameof(EditSubmit))]
    public void WalkToTheLastEditCard()
    {
        var card = Run(Turn("edit AI-0042", null)).GetAwaiter().GetResult();

        // Five cards; the first may warn once of similar names ("AI system 420"), which a second submit passes.
        for (var i = 0; i < 8 && card.Card?.Data["isLast"]?.GetValue<bool>() != true; i++)
        {
            card = Run(Turn(null, card)).GetAwaiter().GetResult();
        }

        if (card.Card?.Data["isLast"]?.GetValue<bool>() != true)
        {
            throw new InvalidOperationException("The edit did not reach its last card: " + card.Text);
        }

        _lastEditCard = card;
    }

    [Benchmark]
    public async Task<Reply> Systems() => Bind(await Run(Turn("systems", null)));

    [Benchmark]
    public async Task<Reply> SystemWithHistory() => Bind(await Run(Turn("system AI-0042", null)));

    [Benchmark]
    public async Task<Reply> EditSubmit()
    {
        var turn = Turn(null, _lastEditCard);
        var values = new Dictionary<string, string>(turn.Data!) { ["technicalOwner"] = "Owner " + _sequence.ToString(CultureInfo.InvariantCulture) };
        return Bind(await Run(turn with { Data = values }));
    }

    private Reply Bind(Reply reply)
    {
        if (reply.Card is { } card)
        {
            _cards.Render(card.TemplateId, card.Data);
        }

        return reply;
    }

    private async Task<Reply> Run(IncomingTurn turn) => (await _engine.RunAsync(turn, CancellationToken.None))[0];

    /// <summary>Typed text, or the submit of <paramref name="card"/> with the values it shows.</summary>
    private IncomingTurn Turn(string? text, Reply? card)
    {
        var conversation = new ConversationRef(Platform.Teams, "tenant-1", "a:admin-1") { ConversationType = "personal", ServiceUrl = "https://smba.trafficmanager.net/teams/", ChannelId = "msteams" };
        var id = "bench-" + Interlocked.Increment(ref _sequence).ToString(CultureInfo.InvariantCulture);
        if (card is null)
        {
            return new IncomingTurn(id, TurnKind.Message, conversation, Admin, _time.GetUtcNow()) { Text = text };
        }

        var data = card.Card!.Data["values"]!.AsObject().ToDictionary(kv => kv.Key, kv => kv.Value!.GetValue<string>(), StringComparer.Ordinal);
        data[CardFields.Verb] = "register/next";
        data[CardFields.CardId] = card.Card.Data["cardId"]!.GetValue<string>();
        return new IncomingTurn(id, TurnKind.CardAction, conversation, Admin, _time.GetUtcNow()) { Data = data, CardMessageId = "card-" + id };
    }
}
