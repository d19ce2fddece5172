using AimsBot.Core.Storage;

namespace AimsBot.Tests.Core.Storage;

/// <summary>The governance store contract on LiteDB.</summary>
public sealed class LiteDbGovernanceStoreTests() : GovernanceStoreContract(StorageProvider.LiteDb);
