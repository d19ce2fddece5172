using AimsBot.Core.Dialogs.Digest;
using AimsBot.Core.Governance;
using AimsBot.Core.Scheduling;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AimsBot.Benchmarks;

/// <summary>
/// The scheduler on a store with 10,000 AI systems in production (attested at spread dates, so about a
/// third have an attestation inside the reminder horizon), 100,000 attestation records, 50,000 risks,
/// the 13-event audit programme and 500 findings. <c>OpenItems</c> and <c>ReadInventory</c> show where a tick's time goes. Targets: one planner tick under 100 ms, a committee
/// digest under 300 ms.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(InProcessShortRun))]
public class SchedulerBenchmarks
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
    private DirectoryInfo _folder = null!;
    private ServiceProvider _services = null!;
    private SchedulePlanner _planner = null!;
    private DigestContent _digest = null!;

    /// <summary>The seeded services (for <see cref="SchedulerLoop"/>).</summary>
    internal IServiceProvider Services => _services;

    internal DateTimeOffset Now => _time.GetUtcNow();

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("aimsbot-bench-");
        _services = CoreServices.Build(_folder, _time, new()
        {
            ["Cards:Directory"] = ControlsBenchmarks.FindCards(),
            ["Roles:Admins:0"] = "teams:admin-1",
            ["Attestation:Periods:Critical"] = "30.00:00:00",
        });
        SchedulerSeed.Fill(_services, _time.GetUtcNow().UtcDateTime);
        _planner = _services.GetRequiredService<SchedulePlanner>();
        _digest = _services.GetRequiredService<DigestContent>();
        Console.WriteLine($"// Items due now: {_planner.Due(_time.GetUtcNow()).Count}; jobs: {_planner.Plan(_time.GetUtcNow()).Count}");
        Console.WriteLine($"// Resident set after seeding and a first tick: {Environment.WorkingSet / (1024 * 1024)} MiB");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Console.WriteLine($"// Resident set at the end: {Environment.WorkingSet / (1024 * 1024)} MiB");
        _services.Dispose();
        _folder.Delete(recursive: true);
    }

    [Benchmark]
    public int PlannerTick() => _planner.Plan(_time.GetUtcNow()).Count;

    /// <summary>The part of a tick that reads the sources: every dated item in the reminder horizon.</summary>
    [Benchmark]
    public int OpenItems() => _planner.Open(_time.GetUtcNow(), _time.GetUtcNow().AddDays(30)).Count;

    /// <summary>Reading the whole inventory once (the attestation source does it each tick).</summary>
    [Benchmark]
    public int ReadInventory() => _services.GetRequiredService<IAiSystemStore>().All().Count();

    [Benchmark]
    public int CommitteeDigest() => _digest.Committee(_time.GetUtcNow()).Count;

    private sealed class InProcessShortRun : ManualConfig
    {
        public InProcessShortRun() => AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
    }
}
