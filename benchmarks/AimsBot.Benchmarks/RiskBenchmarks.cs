using System.Globalization;
using System.Text.Json.Nodes;
using AimsBot.Core.Cards;
using AimsBot.Core.Conversations;
using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Risks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AimsBot.Benchmarks;

/// <summary>
/// The risk views on a store with 10,000 AI systems, 5,000 impact assessments and 50,000 risks (with treatments and audit history):
/// from the typed command to the rendered card. Targets: <c>risks high</c>, <c>heatmap</c> and
/// <c>risk R-0042</c> under 100 ms; <c>risks export</c> (XLSX and CSV written and stored) under 2 s.
/// </summary>
/// <remarks>
/// Runs in process (a ShortRun job with the in-process toolchain): on the shared build machine the
/// generated benchmark project does not build within BenchmarkDotNet's two-minute limit.
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(InProcessShortRun))]
public class RiskBenchmarks
{
    private static readonly UserRef Admin = new(Platform.Teams, "tenant-1", "admin-1") { Name = "Adele Vance" };

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
    private DirectoryInfo _folder = null!;
    private ServiceProvider _services = null!;
    private ConversationEngine _engine = null!;
    private ICardTemplates _cards = null!;
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
        Seed.Fill(_services, now, systems: 10_000, evidence: 200);
        ImpactSeed.Fill(_services, now, assessments: 5_000);
        RiskSeed.Fill(_services, now, risks: 50_000, systems: 10_000, assessments: 5_000);
        var audit = _services.GetRequiredService<IAuditLog>();
        var actor = new Actor(Admin, IsAdmin: true, IsCommittee: false);
        for (var i = 1; i <= 50_000; i += 5)
        {
            audit.Record(actor, "risk.raised", RiskIds.Entity(RiskIds.Format(i)), null, new { Id = i });
        }

        _engine = _services.GetRequiredService<ConversationEngine>();
        _cards = _services.GetRequiredService<ICardTemplates>();

        // The first list loads the register's headers into memory, as the first request after a start would.
        RisksHigh().GetAwaiter().GetResult();
        Console.WriteLine($"// Resident set after seeding and the first list: {Environment.WorkingSet / (1024 * 1024)} MiB");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Console.WriteLine($"// Resident set at the end: {Environment.WorkingSet / (1024 * 1024)} MiB");
        _services.Dispose();
        _folder.Delete(recursive: true);
    }

    [Benchmark]
    public Task<JsonObject> RisksHigh() => Card("risks high");

    [Benchmark]
    public Task<JsonObject> Heatmap() => Card("heatmap");

    [Benchmark]
    public Task<JsonObject> HeatmapOfOneSystem() => Card("heatmap AI-0042");

    [Benchmark]
    public Task<JsonObject> RiskDetail() => Card("risk R-0042");

    [Benchmark]
    public Task<JsonObject> RisksExport()
    {
        // Links expire: move the clock on so stored files do not pile up across iterations.
        _time.Advance(TimeSpan.FromMinutes(20));
        return Card("risks export");
    }

    private async Task<JsonObject> Card(string text)
    {
        var reply = (await _engine.RunAsync(Turn(text), CancellationToken.None)).First(r => r.Card is not null);
        return _cards.Render(reply.Card!.TemplateId, reply.Card.Data);
    }

    private IncomingTurn Turn(string text)
    {
        var conversation = new ConversationRef(Platform.Teams, "tenant-1", "a:admin-1") { ConversationType = "personal", ServiceUrl = "https://smba.trafficmanager.net/teams/" };
        var id = "bench-" + Interlocked.Increment(ref _sequence).ToString(CultureInfo.InvariantCulture);
        return new IncomingTurn(id, TurnKind.Message, conversation, Admin, _time.GetUtcNow()) { Text = text };
    }

    private sealed class InProcessShortRun : ManualConfig
    {
        public InProcessShortRun() => AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
    }
}
