using System.Globalization;
using AimsBot.Core.Governance;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;

namespace AimsBot.Benchmarks;

/// <summary>
/// The near-duplicate check a registration runs on its first card, against an inventory of 10,000
/// AI systems: a name unlike any other, and a name a couple of edits from hundreds of others.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class InventoryBenchmarks
{
    private DirectoryInfo _folder = null!;
    private ServiceProvider _services = null!;
    private IAiSystemStore _store = null!;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("aimsbot-bench-");
        _services = CoreServices.Build(_folder, TimeProvider.System);
        _store = _services.GetRequiredService<IAiSystemStore>();
        var now = DateTime.UtcNow;
        for (var i = 1; i <= 10_000; i++)
        {
            // Half like the load test's (a shared prefix, then noise), half short and alike.
            var name = i % 2 == 0
                ? "Load system " + i.ToString("D5", CultureInfo.InvariantCulture) + " " + Guid.NewGuid().ToString("N")
                : "AI system " + i.ToString(CultureInfo.InvariantCulture);
            _store.Add(new AiSystem { Name = name, Purpose = "Benchmark", RegisteredAt = now, UpdatedAt = now });
        }

        _store.FindSimilar("warm the cache");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        _folder.Delete(recursive: true);
    }

    [Benchmark]
    public int UnlikeAnyName() => _store.FindSimilar("Customer support assistant for the service desk").Count;

    [Benchmark]
    public int LikeTheLoadTestNames() => _store.FindSimilar("Load system 10001 " + Guid.NewGuid().ToString("N")).Count;

    [Benchmark]
    public int NearHundredsOfNames() => _store.FindSimilar("AI system 5000").Count;
}
