using System.Globalization;
using AimsBot.Core;
using AimsBot.Core.Conversations;
using AimsBot.Core.Delivery;
using AimsBot.Core.Storage.LiteDb;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AimsBot.Tests.Infrastructure;

/// <summary>
/// Drives the core as a chat would, with no HTTP: the real engine, dialogs and stores on a LiteDB
/// file in a temp folder, a fake clock, and people who type text or submit cards.
/// </summary>
public sealed class TranscriptHarness : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("aimsbot-transcript-");
    private readonly PostgresTestDatabase? _postgres;
    private int _sequence;

    public TranscriptHarness(Dictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Storage:Path"] = Path.Combine(_folder.FullName, "aimsbot.db"),
            ["Cards:Directory"] = RepositoryPaths.Cards,
            ["Roles:TeamsTenantId"] = "tenant-1",
            ["Roles:Admins:0"] = "teams:admin-1",
            ["Roles:Committee:0"] = "teams:committee-1",
            ["Roles:Committee:1"] = "teams:committee-2",
        };
        foreach (var (key, value) in settings ?? [])
        {
            values[key] = value;
        }

        // AIMSBOT_TEST_TRANSCRIPTS_STORE=PostgreSql runs every transcript on a fresh PostgreSQL schema.
        if (!values.ContainsKey("Storage:Provider") && Environment.GetEnvironmentVariable("AIMSBOT_TEST_TRANSCRIPTS_STORE") == "PostgreSql")
        {
            _postgres = PostgresTestDatabase.CreateOrSkip();
            values["Storage:Provider"] = "PostgreSql";
            values["ConnectionStrings:AimsBot"] = _postgres.ConnectionString;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Time);
        services.AddAimsCore(configuration, _folder.FullName);
        configure?.Invoke(services);
        Services = services.BuildServiceProvider();
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));

    public ServiceProvider Services { get; }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public static UserRef Person(string id, string name) => new(Platform.Teams, "tenant-1", id) { Name = name };

    public static UserRef Requester { get; } = Person("user-1", "Megan Bowen");

    public static UserRef Admin { get; } = Person("admin-1", "Adele Vance");

    public static UserRef CommitteeMember { get; } = Person("committee-1", "Alex Wilber");

    public static UserRef OtherCommitteeMember { get; } = Person("committee-2", "Lee Gu");

    /// <summary>The personal chat between the bot and <paramref name="user"/>.</summary>
    public static ConversationRef PersonalChat(UserRef user) => new(Platform.Teams, user.TenantId, "a:" + user.UserId)
    {
        ServiceUrl = "https://smba.trafficmanager.net/teams/",
        ChannelId = "msteams",
        ConversationType = "personal",
        BotId = "28:bot",
    };

    /// <summary>A person types text in their personal chat.</summary>
    public Task<IReadOnlyList<Reply>> SayAsync(string text, UserRef? user = null)
    {
        var who = user ?? Requester;
        return RunAsync(NewTurn(TurnKind.Message, who) with { Text = text });
    }

    /// <summary>A person submits a card: its data (verb and cardId included) plus the inputs.</summary>
    public Task<IReadOnlyList<Reply>> SubmitAsync(Reply card, IDictionary<string, string> inputs, UserRef? user = null, string? cardMessageId = "card-message-1")
    {
        var data = new Dictionary<string, string>(inputs, StringComparer.Ordinal);
        data.TryAdd(CardFields.CardId, card.Card!.Data["cardId"]!.GetValue<string>());
        var who = user ?? Requester;
        return RunAsync(NewTurn(TurnKind.CardAction, who) with { Data = data, CardMessageId = cardMessageId });
    }

    /// <summary>The bot is added to the person's personal chat (as Teams does on install).</summary>
    public Task<IReadOnlyList<Reply>> InstallAsync(UserRef user) => RunAsync(NewTurn(TurnKind.ConversationStarted, user));

    /// <summary>Runs a turn as the processor does (one transaction; a failing dialog is rolled back and apologises).</summary>
    public async Task<IReadOnlyList<Reply>> RunAsync(IncomingTurn turn) =>
        (await Get<TurnHandler>().HandleAsync(turn, static _ => true, TestContext.Current.CancellationToken)).Replies;

    public IncomingTurn NewTurn(TurnKind kind, UserRef user) =>
        new(TurnPrefix + Interlocked.Increment(ref _sequence).ToString(CultureInfo.InvariantCulture), kind, PersonalChat(user), user, Time.GetUtcNow());

    /// <summary>How turn ids start: a harness reopening another's database file (a restart) needs its own, or its turns look processed.</summary>
    public string TurnPrefix { get; init; } = "activity-";

    public AimsDatabase Database => Get<AimsDatabase>();

    public IInboxWriter Inbox => Get<IInboxWriter>();

    public void Dispose()
    {
        Services.Dispose();
        _postgres?.Dispose();
        try
        {
            _folder.Delete(recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
    }
}
