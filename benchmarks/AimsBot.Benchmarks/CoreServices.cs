using AimsBot.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AimsBot.Benchmarks;

/// <summary>The core's services on a LiteDB file in a temp folder, with the benchmark's own settings (<c>Storage:Path</c> among them, or <c>aimsbot.db</c> there).</summary>
internal static class CoreServices
{
    public static ServiceProvider Build(DirectoryInfo folder, TimeProvider time, Dictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>(settings ?? []);
        values.TryAdd("Storage:Path", Path.Combine(folder.FullName, "aimsbot.db"));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton(time);
        services.AddAimsCore(configuration, folder.FullName);
        return services.BuildServiceProvider();
    }
}
