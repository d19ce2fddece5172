using System.Globalization;
using System.Text.Json.Nodes;
using AimsBot.Core.Cards;
using AimsBot.Core.Conversations;
using AimsBot.Core.Governance.Controls;
using AimsBot.Core.Governance.Exports;
using AimsBot.Core.Governance.Soa;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AimsBot.Benchmarks;

/// <summary>
/// <c>controls</c> and <c>soa export</c> on a store with the 38 controls fully answered, 2,000 evidence
/// items and 10,000 AI systems: the time from the typed command to the rendered card (and, for the
/// export, the XLSX and CSV written and stored behind their links). Target: under 300 ms each.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class ControlsBenchmarks
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
            ["Cards:Directory"] = FindCards(),
            ["Roles:Admins:0"] = "teams:tenant-1:admin-1",
        });
        Seed.Fill(_services, _time.GetUtcNow().UtcDateTime, systems: 10_000, evidence: 2_000);
        _engine = _services.GetRequiredService<ConversationEngine>();
        _cards = _services.GetRequiredService<ICardTemplates>();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        _folder.Delete(recursive: true);
    }

    [Benchmark]
    public async Task<JsonObject> ControlsCard()
    {
        var reply = (await _engine.RunAsync(Turn("controls"), CancellationToken.None))[0];
        return _cards.Render(reply.Card!.TemplateId, reply.Card.Data);
    }

    [Benchmark]
    public async Task<JsonObject> SoaExport()
    {
        // Links expire: move the clock on so stored files do not pile up across iterations.
        _time.Advance(TimeSpan.FromMinutes(20));
        var reply = (await _engine.RunAsync(Turn("soa export"), CancellationToken.None))[0];
        return _cards.Render(reply.Card!.TemplateId, reply.Card.Data);
    }

    [Benchmark]
    public byte[] SoaXlsxOnly() => XlsxExportWriter.Write(SoaExportBuilder.Build(
        _services.GetRequiredService<SoaVersions>().Draft(),
        new SoaDocumentControl("Contoso", "All AI systems", null, _time.GetUtcNow(), "Benchmark", []),
        _services.GetRequiredService<ControlCatalogue>()));

    private IncomingTurn Turn(string text)
    {
        var conversation = new ConversationRef(Platform.Teams, "tenant-1", "a:admin-1") { ConversationType = "personal", ServiceUrl = "https://smba.trafficmanager.net/teams/" };
        var id = "bench-" + Interlocked.Increment(ref _sequence).ToString(CultureInfo.InvariantCulture);
        return new IncomingTurn(id, TurnKind.Message, conversation, Admin, _time.GetUtcNow()) { Text = text };
    }

    internal static string FindCards()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "AimsBot.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? throw new DirectoryNotFoundException("AimsBot.sln"), "cards");
    }
}
