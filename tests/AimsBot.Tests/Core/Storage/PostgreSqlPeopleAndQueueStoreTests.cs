using AimsBot.Core.Storage;

namespace AimsBot.Tests.Core.Storage;

/// <summary>The people and queue store contract on PostgreSQL (skipped without a server).</summary>
public sealed class PostgreSqlPeopleAndQueueStoreTests() : PeopleAndQueueStoreContract(StorageProvider.PostgreSql);
