using System.Globalization;

namespace AimsBot.LoadTest;

/// <summary>Latency percentiles and throughput of one run.</summary>
internal sealed record Stats(string Name, int Sent, int Ok, int Failed, double Seconds, double P50, double P99, double Max)
{
    public double Throughput => Ok / Seconds;

    public static Stats From(string name, List<double> latenciesMs, int failed, double seconds)
    {
        latenciesMs.Sort();
        double At(double q) => latenciesMs.Count == 0 ? double.NaN : latenciesMs[Math.Min(latenciesMs.Count - 1, (int)Math.Ceiling(q * latenciesMs.Count) - 1)];
        return new Stats(name, latenciesMs.Count + failed, latenciesMs.Count, failed, seconds, At(0.50), At(0.99), latenciesMs.Count == 0 ? double.NaN : latenciesMs[^1]);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Name,-8} sent {Sent,7}  ok {Ok,7}  failed {Failed,5}  {Throughput,9:F0}/s  p50 {P50,7:F2} ms  p99 {P99,7:F2} ms  max {Max,8:F2} ms");
}
