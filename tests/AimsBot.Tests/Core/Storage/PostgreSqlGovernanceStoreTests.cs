using AimsBot.Core.Storage;

namespace AimsBot.Tests.Core.Storage;

/// <summary>The governance store contract on PostgreSQL (skipped without a server).</summary>
public sealed class PostgreSqlGovernanceStoreTests() : GovernanceStoreContract(StorageProvider.PostgreSql);
