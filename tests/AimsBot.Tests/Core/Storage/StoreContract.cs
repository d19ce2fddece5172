using AimsBot.Core.Storage;
using AimsBot.Tests.Infrastructure;

namespace AimsBot.Tests.Core.Storage;

/// <summary>
/// The base of the store contract suites: the same tests against every adapter. The stores come from
/// the real composition (a <see cref="TranscriptHarness"/> with <c>Storage:Provider</c> set), on a
/// LiteDB file in a temp folder or a fresh PostgreSQL schema (skipped, saying why, without a server).
/// </summary>
public abstract class StoreContract(StorageProvider provider) : IDisposable
{
    private PostgresTestDatabase? _postgres;
    private TranscriptHarness? _chat;

    /// <summary>The stores under test, created on first use (so a missing server skips the test itself).</summary>
    protected TranscriptHarness Chat => _chat ??= Create();

    protected StorageProvider Provider => provider;

    protected static CancellationToken Token => TestContext.Current.CancellationToken;

    protected T Get<T>() where T : notnull => Chat.Get<T>();

    public void Dispose()
    {
        _chat?.Dispose();
        _postgres?.Dispose();
        GC.SuppressFinalize(this);
    }

    private TranscriptHarness Create()
    {
        var settings = new Dictionary<string, string?> { ["Storage:Provider"] = provider.ToString() };
        if (provider == StorageProvider.PostgreSql)
        {
            _postgres = PostgresTestDatabase.CreateOrSkip();
            settings["ConnectionStrings:AimsBot"] = _postgres.ConnectionString;
        }

        return new TranscriptHarness(settings, services => services.AddRecordStore<ContractRecord>("contract_records"));
    }
}
