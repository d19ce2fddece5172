using AimsBot.Benchmarks;
using BenchmarkDotNet.Running;

// `--loop scheduler [seconds]`: seeds the scheduler benchmark's store, then runs ticks and digests in a loop
// for a profiler to attach to (dotnet-trace collect -p PID).
// `--seed scheduler PATH [SERVICE_URL]`: writes the same data set (dated from now) to the LiteDB file PATH, with a
// personal Teams chat on SERVICE_URL for every owner and the committee member, for the bot to run on
// (benchmarks/memory-bot.sh). Anything else goes to BenchmarkDotNet.
if (args is ["--loop", "scheduler", ..])
{
    return SchedulerLoop.Run(args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 60);
}

if (args is ["--seed", "scheduler", var path, ..])
{
    return SchedulerLoop.SeedFile(path, args.Length > 3 ? args[3] : null);
}

BenchmarkSwitcher.FromAssembly(typeof(ControlsBenchmarks).Assembly).Run(args);
return 0;
