using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(AimsBot.Benchmarks.ControlsBenchmarks).Assembly).Run(args);
