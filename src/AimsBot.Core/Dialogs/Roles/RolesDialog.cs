using AimsBot.Core.Conversations;
using AimsBot.Core.Dialogs.Controls;
using AimsBot.Core.Governance.Exports;
using AimsBot.Core.Governance.Roles;

namespace AimsBot.Core.Dialogs.Roles;

/// <summary>
/// <c>roles</c> lists the admins and committee members of the person's tenant or workspace; admins
/// change them with <c>roles add @person admin|committee</c> and <c>roles remove @person admin|committee</c>,
/// and the person is told.
/// </summary>
public sealed class RolesDialog(RoleService roles) : IDialog
{
    private const string Usage = "**roles add @person admin** or **roles remove @person committee**";

    public string Name => "roles";

    public IReadOnlyList<CommandInfo> Commands { get; } =
    [
        new("roles", "roles [add | remove @person admin | committee]", "Who the AIMS admins and committee members are; admins add and remove them (the person is told)."),
    ];

    public IReadOnlyList<Verb> Verbs { get; } = [];

    public ValueTask RunAsync(DialogContext context, CancellationToken cancellationToken)
    {
        var words = AssignDialog.TargetWords(context.Arguments).Concat(RoleWords(context.Arguments)).Select(w => w.ToLowerInvariant()).ToList();
        if (words.Count == 0)
        {
            List(context);
            return ValueTask.CompletedTask;
        }

        if (words[0] is not ("add" or "remove"))
        {
            context.Say($"Type **roles** to see who holds the roles, or {Usage}.");
            return ValueTask.CompletedTask;
        }

        if (!context.Actor.IsAdmin)
        {
            context.Say("Only an AIMS admin can change roles. Type **roles** to see who the admins are.");
            return ValueTask.CompletedTask;
        }

        var role = words.Skip(1).Select(Role).FirstOrDefault(r => r is not null);
        var mentions = context.Turn.Mentions ?? [];
        if (role is null || mentions.Count != 1)
        {
            context.Say(mentions.Count > 1 ? $"Mention exactly one person: {Usage}." : $"Say who and which role: {Usage}.");
            return ValueTask.CompletedTask;
        }

        var remove = words[0] == "remove";
        var change = remove ? roles.Remove(context.Actor, mentions[0], role.Value) : roles.Add(context.Actor, mentions[0], role.Value);
        if (!change.Succeeded)
        {
            context.Say(change.Message + " Nothing was changed.");
            return ValueTask.CompletedTask;
        }

        var person = change.Person!;
        var label = RoleService.Article(role.Value) + ExportFormat.Label(role.Value);
        var who = Markdown.Escape(person.DisplayName);
        var by = Markdown.Escape(context.Actor.User.DisplayName);
        context.Say(remove ? $"{who} is no longer {label}. I've told them." : $"{who} is now {label}. I've told them.");
        context.Add(Reply.Say(remove
            ? $"{by} removed you as {label}."
            : $"{by} made you {label}. Type **help** to see what you can do now.") with
        {
            RecipientUserKey = person.Key,
        });
        return ValueTask.CompletedTask;
    }

    private void List(DialogContext context)
    {
        var user = context.Actor.User;
        string Names(GovernanceRole role) => roles.Holders(role, user.Platform, user.TenantId) is { Count: > 0 } holders
            ? string.Join(", ", holders.Select(h => Markdown.Escape(h.Name) + (h.UserKey.Length == 0 ? " (configured, not seen yet)" : "")))
            : "nobody yet";
        var text = $"AIMS admins: {Names(GovernanceRole.Admin)}.\nCommittee members: {Names(GovernanceRole.Committee)}.";
        context.Say(context.Actor.IsAdmin ? $"{text}\nChange them with {Usage}." : text);
    }

    /// <summary>The words after the mention (<c>roles add @Megan admin</c>): the role usually follows the person.</summary>
    private static string[] RoleWords(string arguments)
    {
        var end = Math.Max(arguments.LastIndexOf("</at>", StringComparison.OrdinalIgnoreCase), arguments.LastIndexOf('>'));
        var rest = end >= 0 ? arguments[(end + 1)..] : "";
        return rest.Split([' ', ',', ';', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    private static GovernanceRole? Role(string word) => word switch
    {
        "admin" or "admins" or "administrator" => GovernanceRole.Admin,
        "committee" or "member" => GovernanceRole.Committee,
        _ => null,
    };
}
