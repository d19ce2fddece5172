using System.Globalization;
using AimsBot.Core.Conversations;
using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Audits;
using AimsBot.Core.Storage;

namespace AimsBot.Core.Scheduling;

/// <summary>
/// The audit programme's dates and findings' corrective actions: an internal audit reminds its lead
/// auditor (the admins while it has none), a management review or certification audit the committee;
/// an open finding reminds its owner of the corrective action's due date.
/// </summary>
public sealed class AuditDueSource(IAuditProgrammeStore store, IConversationStore conversations, RoleResolver roles) : IDueItemSource
{
    public const string EventKind = "audit";
    public const string FindingKind = "finding";

    public IEnumerable<DueItem> Open(DateTimeOffset now, DateTimeOffset until)
    {
        List<string>? committee = null;
        List<string>? admins = null;
        foreach (var audit in store.Events())
        {
            var starts = Utc(audit.StartsOn);
            if (audit.HeldAt is not null || starts > until)
            {
                continue;
            }

            IEnumerable<string> recipients;
            if (audit.Kind == AuditKind.InternalAudit && audit.LeadAuditorKey.Length > 0)
            {
                recipients = [audit.LeadAuditorKey];
            }
            else if (audit.Kind == AuditKind.InternalAudit)
            {
                recipients = admins ??= [.. conversations.Users().Where(u => roles.Resolve(u.ToRef()).IsAdmin).Select(u => u.Id)];
            }
            else
            {
                recipients = committee ??= [.. conversations.Users().Where(u => roles.IsCommitteeMember(u.ToRef())).Select(u => u.Id)];
            }

            var title = string.Create(CultureInfo.InvariantCulture, $"{audit.Id} {Markdown.Escape(audit.Title)} (**audit {audit.Id}**)");
            foreach (var person in recipients)
            {
                yield return new DueItem(EventKind, audit.Id, title, starts, person) { OwnerName = audit.LeadAuditorName };
            }
        }

        foreach (var finding in store.Findings())
        {
            if (finding.Closed || finding.DueDate is not { } due || Utc(due) > until || finding.OwnerKey.Length == 0)
            {
                continue;
            }

            yield return new DueItem(FindingKind, finding.Id, () => $"Corrective action for {finding.Id} ({Markdown.Escape(finding.Reference)}): {Markdown.Escape(Short(finding.CorrectiveAction))} (**finding {finding.Id}**)", Utc(due), finding.OwnerKey)
            {
                OwnerName = finding.OwnerName,
            };
        }
    }

    private static string Short(string text) => text.Length > 80 ? text[..80] + "…" : text;

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
