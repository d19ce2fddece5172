using System.Diagnostics;

namespace AimsBot.Benchmarks;

/// <summary>
/// The scheduler benchmark's seed, then planner ticks and committee digests in turn for a while, with each
/// one's time, CPU time and allocations: something for a profiler to attach to, without the seeding in the trace.
/// </summary>
internal static class SchedulerLoop
{
    public static int Run(int seconds)
    {
        var benchmarks = new SchedulerBenchmarks();
        benchmarks.Setup();
        if (Environment.GetEnvironmentVariable("SCHEDULER_LOOP_DIAGNOSE") == "1")
        {
            Diagnose(benchmarks);
        }

        Memory("after seeding and a first tick");
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        Memory("after a full compacting collection");
        Console.WriteLine($"// Ready (pid {Environment.ProcessId}): looping for {seconds} s");
        var until = Stopwatch.StartNew();
        while (until.Elapsed < TimeSpan.FromSeconds(seconds))
        {
            Measure("tick", benchmarks.PlannerTick);
            Measure("digest", benchmarks.CommitteeDigest);
        }

        Memory("after the loop");
        benchmarks.Cleanup();
        return 0;
    }

    /// <summary>Writes the scheduler data set, dated from now, to the LiteDB file <paramref name="path"/> (see <see cref="SchedulerSeed"/>).</summary>
    public static int SeedFile(string path, string? serviceUrl)
    {
        var file = new FileInfo(path);
        file.Directory!.Create();
        var now = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        using (var services = CoreServices.Build(file.Directory, new Microsoft.Extensions.Time.Testing.FakeTimeProvider(now), new() { ["Storage:Path"] = file.FullName }))
        {
            SchedulerSeed.Fill(services, now.UtcDateTime, serviceUrl);
        }

        Console.WriteLine($"// Seeded {file.FullName} ({new FileInfo(file.FullName).Length / (1024 * 1024)} MiB) in {clock.Elapsed.TotalSeconds:F0} s" + (serviceUrl is null ? "" : $"; chats on {serviceUrl}"));
        return 0;
    }

    private static void Diagnose(SchedulerBenchmarks benchmarks)
    {
        var now = benchmarks.Now;
        foreach (var source in Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetServices<AimsBot.Core.Scheduling.IDueItemSource>(benchmarks.Services))
        {
            for (var i = 0; i < 3; i++)
            {
                Measure(source.GetType().Name, () => source.Open(now, now.AddDays(30)).Count());
            }
        }

        var items = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetServices<AimsBot.Core.Scheduling.IDueItemSource>(benchmarks.Services).SelectMany(s => s.Open(now, now.AddDays(30))).ToList();
        Console.WriteLine($"items {items.Count}: " + string.Join(", ", items.GroupBy(i => i.Kind).Select(g => g.Key + " " + g.Count())) + $"; recipients {items.Select(i => i.RecipientKey).Distinct().Count()}");
        for (var i = 0; i < 3; i++)
        {
            Measure("ids", () => items.Select(x => AimsBot.Core.Scheduling.DueItem.MakeId(x.Kind, x.Subject, x.DueAt, "30d", x.RecipientKey)).Count());
            Measure("distinct", () => items.Select(x => x.RecipientKey).Distinct(StringComparer.Ordinal).Count());
        }
    }

    /// <summary>The resident set beside what the GC holds: the heap after the last collection, its fragmentation, and what it has committed.</summary>
    private static void Memory(string when)
    {
        var info = GC.GetGCMemoryInfo();
        const double MiB = 1024 * 1024;
        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"// Memory {when}: resident {process.WorkingSet64 / MiB:F0} MiB; GC ({(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}) heap {info.HeapSizeBytes / MiB:F0} MiB " +
            $"(fragmented {info.FragmentedBytes / MiB:F0}), committed {info.TotalCommittedBytes / MiB:F0} MiB, managed in use now {GC.GetTotalMemory(false) / MiB:F0} MiB; " +
            $"generations {string.Join('/', info.GenerationInfo.ToArray().Select(g => (g.SizeAfterBytes / MiB).ToString("F0", System.Globalization.CultureInfo.InvariantCulture)))} MiB");
    }

    private static void Measure(string name, Func<int> run)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var wall = Stopwatch.StartNew();
        run();
        wall.Stop();
        var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Console.WriteLine($"{name}: {wall.Elapsed.TotalMilliseconds:F1} ms, CPU {used.TotalMilliseconds:F0} ms, {(GC.GetAllocatedBytesForCurrentThread() - allocated) / 1024.0 / 1024.0:F1} MB allocated, working set {Environment.WorkingSet / (1024 * 1024)} MiB");
    }
}
