using AimsBot.Core.Conversations;
using AimsBot.Core.Dialogs.Roles;
using AimsBot.Core.Storage.LiteDb;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AimsBot.Core.Governance.Roles;

/// <summary>Composition of the roles area: configured first holders, chat changes in the store, <c>roles</c>.</summary>
public static class RolesServiceCollectionExtensions
{
    public static IServiceCollection AddRoles(this IServiceCollection services)
    {
        // Entries written without a tenant are in the bot's own Teams tenant unless Roles:TeamsTenantId says otherwise.
        services.AddOptions<RoleOptions>().BindConfiguration(RoleOptions.SectionName)
            .PostConfigure<IConfiguration>((roles, configuration) =>
            {
                if (string.IsNullOrWhiteSpace(roles.TeamsTenantId))
                {
                    roles.TeamsTenantId = configuration["MicrosoftAppTenantId"] ?? "";
                }
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<RoleOptions>, RoleOptionsValidator>();
        services.AddSingleton<IStoreSchema, RoleStoreSchema>();
        services.AddSingleton<IRoleStore, LiteDbRoleStore>();
        services.AddSingleton<RoleResolver>();
        services.AddSingleton<RoleService>();
        services.AddSingleton<IDialog, RolesDialog>();
        return services;
    }
}
