using AimsBot.Benchmarks;
using BenchmarkDotNet.Running;

// `--loop scheduler [seconds]`: seeds the scheduler benchmark's store, then runs ticks and digests in a loop
// for a profiler to attach to (dotnet-trace collect -p PID); anything else goes to BenchmarkDotNet.
if (args is ["--loop", "scheduler", ..])
{
    return SchedulerLoop.Run(args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 60);
}

BenchmarkSwitcher.FromAssembly(typeof(ControlsBenchmarks).Assembly).Run(args);
return 0;
