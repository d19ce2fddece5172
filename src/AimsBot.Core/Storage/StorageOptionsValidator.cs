using Microsoft.Extensions.Options;

namespace AimsBot.Core.Storage;

/// <summary>Validates <see cref="StorageOptions"/> at start: a provider without what it needs stops the host, naming the setting.</summary>
public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        if (!Enum.IsDefined(options.Provider))
        {
            return ValidateOptionsResult.Fail("Storage:Provider must be LiteDb or PostgreSql.");
        }

        if (options.Provider != StorageProvider.PostgreSql)
        {
            return ValidateOptionsResult.Success;
        }

        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return ValidateOptionsResult.Fail("ConnectionStrings:AimsBot is required when Storage:Provider is PostgreSql (for example Host=db.example.org;Database=aimsbot;Username=aimsbot;Password=...).");
        }

        return PostgreSql.PgDataSources.Problem(options.ConnectionString) is { } problem
            ? ValidateOptionsResult.Fail("ConnectionStrings:AimsBot " + problem)
            : ValidateOptionsResult.Success;
    }
}
