using AimsBot.Core.Cards;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace AimsBot.Tests.Infrastructure;

/// <summary>
/// The host as it runs, on a LiteDB file in a throwaway folder, with a fake clock. Tests add the
/// settings they need through <see cref="Settings"/> before the first request.
/// </summary>
public class AimsBotFactory : WebApplicationFactory<Program>
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("aimsbot-tests-");

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));

    public string DatabasePath => Path.Combine(_folder.FullName, "aimsbot.db");

    /// <summary>Configuration the host sees, on top of appsettings.json.</summary>
    public Dictionary<string, string?> Settings { get; } = new(StringComparer.OrdinalIgnoreCase);

    public string EnvironmentName { get; set; } = "Development";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.ConfigureAppConfiguration(configuration =>
        {
            var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
            {
                ["Storage:Path"] = DatabasePath,
                ["Cards:Directory"] = RepositoryPaths.Cards,
                ["MicrosoftAppId"] = "",
                ["MicrosoftAppPassword"] = "",

                // Tests that advance the clock would otherwise get digests; scheduler tests turn it on.
                ["Schedule:Enabled"] = "false",

                // The clock is fake and mostly still: a paced reply would wait for ever (OutboxPacingTests cover pacing).
                ["Delivery:Pacing:Enabled"] = "false",
            };
            foreach (var (key, value) in Settings)
            {
                settings[key] = value;
            }

            configuration.AddInMemoryCollection(settings);
        });
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Time);
            ConfigureTestServices(services);
        });
    }

    /// <summary>Replaces services (outbound clients) for a test class.</summary>
    protected virtual void ConfigureTestServices(IServiceCollection services)
    {
        _ = services.Count;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            try
            {
                _folder.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A file still open on a slow shutdown: the OS temp cleaner takes it.
            }
        }
    }

    /// <summary>The card templates from the source tree.</summary>
    public static FileCardTemplates Cards() => new(RepositoryPaths.Cards);
}
