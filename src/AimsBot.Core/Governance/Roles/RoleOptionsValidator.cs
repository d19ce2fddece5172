using Microsoft.Extensions.Options;

namespace AimsBot.Core.Governance.Roles;

/// <summary>Stops the host at start when a role entry cannot be read or names no tenant.</summary>
public sealed class RoleOptionsValidator : IValidateOptions<RoleOptions>
{
    public ValidateOptionsResult Validate(string? name, RoleOptions options)
    {
        var problems = new List<string>();
        foreach (var (list, entries) in (ReadOnlySpan<(string, List<string>)>)[("Admins", options.Admins), ("Committee", options.Committee)])
        {
            for (var i = 0; i < entries.Count; i++)
            {
                if (RoleEntry.Parse(entries[i] ?? "", options, out var problem) is null)
                {
                    problems.Add($"Roles:{list}:{i}: {problem}");
                }
            }
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
