using System.Collections.Frozen;

namespace AimsBot.Core.Governance;

/// <summary>
/// Who may use each command and card verb: one declared table. The dialogs enforce it (roles come from
/// configuration, ownership from the records, never from a card), and a table test runs every command
/// and card action as each kind of person against it, so a command or verb without a row fails the
/// build's tests. Keys are a command (<c>systems</c>), a command with its sub-command
/// (<c>soa export</c>), or a card verb (<c>approval/decide</c>). A refusal is a reply that starts
/// with <see cref="RefusalPrefix"/> and says who may.
/// </summary>
public static class AccessPolicy
{
    public const string RefusalPrefix = "Only ";

    public static readonly FrozenDictionary<string, Who> Rows = new Dictionary<string, Who>(StringComparer.Ordinal)
    {
        ["help"] = Who.Anyone,
        ["welcome"] = Who.Anyone,
        ["home"] = Who.Anyone,
        ["cancel"] = Who.Anyone,
        ["register"] = Who.Anyone,
        ["register/next"] = Who.Anyone,
        ["register/back"] = Who.Anyone,
        ["register/cancel"] = Who.Anyone,
        ["register/complete"] = Who.Admin | Who.SystemOwner,
        ["edit"] = Who.Admin | Who.SystemOwner,
        ["form/resume"] = Who.Anyone,
        ["form/discard"] = Who.Anyone,
        ["help/show"] = Who.Anyone,
        ["systems"] = Who.Anyone,
        ["systems/page"] = Who.Anyone,
        ["system"] = Who.Anyone,
        ["approvals"] = Who.Committee,
        ["approval/decide"] = Who.Committee,
        ["controls"] = Who.Anyone,
        ["control"] = Who.Anyone,
        ["gap"] = Who.Anyone,
        ["answer"] = Who.Admin | Who.ControlOwner,
        ["soa/open"] = Who.Admin | Who.ControlOwner,
        ["answer/next"] = Who.Admin | Who.ControlOwner,
        ["answer/cancel"] = Who.Admin | Who.ControlOwner,
        ["assign"] = Who.Admin,
        ["soa"] = Who.Anyone,
        ["soa start"] = Who.Admin,
        ["soa export"] = Who.Admin | Who.Committee,
        ["inventory"] = Who.Anyone,
        ["inventory export"] = Who.Admin | Who.Committee,
        ["mapping"] = Who.Anyone,
        ["mapping edit"] = Who.Admin,
        ["retire"] = Who.Admin | Who.SystemOwner,
        ["roles"] = Who.Anyone,
        ["roles add"] = Who.Admin,
        ["roles remove"] = Who.Admin,
        ["reminders"] = Who.Anyone,
        ["settings"] = Who.Anyone,
        ["digest"] = Who.Anyone,
        ["attestations"] = Who.Anyone,
        ["attest"] = Who.Admin | Who.SystemOwner,
        ["attest snooze"] = Who.Admin | Who.SystemOwner,
        ["attest delegate"] = Who.Admin | Who.SystemOwner,
        ["attest/open"] = Who.Admin | Who.SystemOwner,
        ["attest/next"] = Who.Admin | Who.SystemOwner,
        ["attest/cancel"] = Who.Admin | Who.SystemOwner,
        ["attest/snooze"] = Who.Admin | Who.SystemOwner,
        ["attest/delegate"] = Who.Admin | Who.SystemOwner,
        ["delegate"] = Who.Admin | Who.SystemOwner,
        ["delegate/next"] = Who.Admin | Who.SystemOwner,
        ["delegate/cancel"] = Who.Admin | Who.SystemOwner,
        ["risk"] = Who.Anyone,
        ["risk new"] = Who.Anyone,
        ["risk-new/next"] = Who.Anyone,
        ["risk-new/back"] = Who.Anyone,
        ["risk-new/cancel"] = Who.Anyone,

        // The risk's owner, the owner of its AI system, or an admin (RiskService.MayEdit); in the table's
        // world the system owner also owns the risk.
        ["risk edit"] = Who.Admin | Who.SystemOwner,
        ["risk treat"] = Who.Admin | Who.SystemOwner,
        ["risk close"] = Who.Admin | Who.SystemOwner,
        ["risk-treat/start"] = Who.Admin | Who.SystemOwner,
        ["risk-treat/next"] = Who.Anyone,
        ["risk-treat/back"] = Who.Anyone,
        ["risk-treat/cancel"] = Who.Anyone,
        ["risk progress"] = Who.TreatmentOwner,
        ["risk done"] = Who.TreatmentOwner,

        // Only the risk owner accepts (or, above their authority, asks the committee to).
        ["risk accept"] = Who.SystemOwner,
        ["risk/accept"] = Who.SystemOwner,
        ["risks"] = Who.Anyone,
        ["risks/page"] = Who.Anyone,
        ["risks export"] = Who.Admin | Who.Committee,
        ["heatmap"] = Who.Anyone,
        ["impact"] = Who.Admin | Who.SystemOwner,
        ["impact show"] = Who.Anyone,
        ["impact export"] = Who.Admin | Who.Committee,
        ["impacts"] = Who.Anyone,
        ["impact/risk"] = Who.Anyone,
        ["impact-assess/start"] = Who.Admin | Who.SystemOwner,
        ["impact-assess/next"] = Who.Anyone,
        ["impact-assess/back"] = Who.Anyone,
        ["impact-assess/cancel"] = Who.Anyone,
        ["outbox"] = Who.Admin,
        ["outbox retry"] = Who.Admin,
        ["backup"] = Who.Admin,
        ["audits"] = Who.Anyone,
        ["audit"] = Who.Anyone,
        ["audit plan"] = Who.Admin,

        // Admins edit audits; the checklist also goes to the audit's own lead auditor (checked by the dialog).
        ["audit edit"] = Who.Admin,
        ["audit checklist"] = Who.Admin | Who.Committee,
        ["roadmap"] = Who.Anyone,
        ["roadmap edit"] = Who.Admin,
        ["roadmap owner"] = Who.Admin,
        ["findings"] = Who.Anyone,
        ["findings export"] = Who.Admin | Who.Committee,
        ["finding"] = Who.Anyone,

        // The audit's lead auditor may also record its findings, and a finding's owner close it (checked by the dialogs).
        ["finding new"] = Who.Admin,
        ["finding close"] = Who.Admin,

        // Only the person who opened the finding form can use its card (the form engine's card identity).
        ["finding-new/next"] = Who.Anyone,
        ["finding-new/cancel"] = Who.Anyone,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Whether the policy has a row for a command name (alone or with a sub-command) or verb.</summary>
    public static bool Covers(string commandOrVerb) =>
        Rows.ContainsKey(commandOrVerb) || Rows.Keys.Any(k => k.StartsWith(commandOrVerb + " ", StringComparison.Ordinal));

    /// <summary>Who may use a command, sub-command or verb; <see cref="Who.Nobody"/> when it has no row.</summary>
    public static Who For(string key) => Rows.GetValueOrDefault(key, Who.Nobody);
}
