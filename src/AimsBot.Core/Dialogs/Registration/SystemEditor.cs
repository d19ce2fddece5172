using System.Text.Json.Nodes;
using AimsBot.Core.Conversations;
using AimsBot.Core.Dialogs.Impact;
using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Inventory;
using Humanizer;

namespace AimsBot.Core.Dialogs.Registration;

/// <summary>
/// Changes to inventory records: registration, edits saved field by field with each field's before and
/// after in the audit log, significant changes marking the system for re-assessment, and both owners
/// told when ownership moves.
/// </summary>
public sealed class SystemEditor(IAiSystemStore systems, IAuditLog audit, PeopleDirectory people)
{
    public static bool MayEdit(Actor actor, AiSystem system) =>
        actor.IsAdmin || PeopleDirectory.IsPerson(system.BusinessOwnerKey, actor.User)
        || (system.BusinessOwnerKey.Length == 0 && PeopleDirectory.IsPerson(system.RequesterKey, actor.User));

    public AiSystem Register(DialogContext context, AiSystem draft)
    {
        var system = systems.Add(draft);
        audit.Record(context.Actor, "aisystem.registered", Entity(system), before: null, after: system);
        return system;
    }

    /// <summary>Retires a system (a reason required): it leaves the default list, stays in the inventory and exports.</summary>
    public string Retire(DialogContext context, AiSystem system, string reason)
    {
        if (!MayEdit(context.Actor, system))
        {
            return $"Only the business owner of {system.Id} ({Markdown.Escape(system.BusinessOwnerName)}) or an AIMS admin can retire it.";
        }

        if (system.Stage == LifecycleStage.Retired)
        {
            return $"{system.Id} was already retired {SystemView.When(system.RetiredAt ?? system.UpdatedAt, context.Now)}: {Markdown.Escape(system.RetiredReason)}";
        }

        var before = system.Copy();
        system.Stage = LifecycleStage.Retired;
        system.RetiredReason = reason;
        system.RetiredAt = context.Now.UtcDateTime;
        system.UpdatedAt = context.Now.UtcDateTime;
        systems.Update(system);
        audit.Record(context.Actor, "aisystem.retired", Entity(system),
            new Dictionary<string, string> { ["stage"] = SystemFields.Editable.First(f => f.Key == "stage").Read(before) },
            new Dictionary<string, string> { ["stage"] = "Retired", ["reason"] = reason });
        return $"Retired {system.Id} “{Markdown.Escape(system.Name)}”. It stays in the inventory and its exports; **systems all** lists it.";
    }

    public SystemSaveResult Save(DialogContext context, SystemDraft draft)
    {
        var stored = systems.Get(draft.SystemId);
        if (stored is null)
        {
            return SystemSaveResult.Refused($"{draft.SystemId} is no longer in the inventory, so nothing was saved.");
        }

        if (!MayEdit(context.Actor, stored))
        {
            return SystemSaveResult.Refused($"You are no longer the owner of {stored.Id}, so nothing was saved.");
        }

        var after = stored.Copy();
        SystemDraftMapping.Apply(draft, after);
        var changes = SystemFields.Changes(stored, after);
        if (changes.Count == 0)
        {
            return new SystemSaveResult(Card(stored, "Nothing changed", [], [], context.Now), $"Nothing changed in {stored.Id}.", []);
        }

        var reasons = SignificantChanges.Detect(stored, after);
        SignificantChanges.Mark(after, reasons, context.Now.UtcDateTime);

        after.UpdatedAt = context.Now.UtcDateTime;
        systems.Update(after);
        audit.Record(
            context.Actor,
            "aisystem.edited",
            Entity(after),
            changes.ToDictionary(c => c.Field.Key, c => c.Before),
            changes.ToDictionary(c => c.Field.Key, c => c.After));
        if (reasons.Count > 0)
        {
            audit.Record(context.Actor, "aisystem.reassessment-due", Entity(after), null, new { reasons });
        }

        var notices = OwnerNotices(context, stored, after).ToList();
        if (reasons.Count > 0 && ImpactRequests.OnReassessment(after, reasons, context.Turn.Id) is { } impact)
        {
            notices.Add(impact);
        }
        var lines = changes.Where(c => !c.Field.Key.EndsWith("Key", StringComparison.Ordinal))
            .Select(c => $"**{c.Field.Label}**: {Markdown.Escape(Or(c.Before))} → {Markdown.Escape(Or(c.After))}").ToList();
        var title = $"Saved {"change".ToQuantity(lines.Count)} to {after.Id}";
        return new SystemSaveResult(Card(after, title, lines, reasons, context.Now), $"{title}.", notices);
    }

    private IEnumerable<Reply> OwnerNotices(DialogContext context, AiSystem before, AiSystem after)
    {
        if (before.BusinessOwnerKey == after.BusinessOwnerKey && before.BusinessOwnerName == after.BusinessOwnerName)
        {
            yield break;
        }

        var text = $"{Markdown.Escape(context.Actor.User.DisplayName)} changed the business owner of {after.Id} “{Markdown.Escape(after.Name)}” from {Markdown.Escape(Or(before.BusinessOwnerName))} to {Markdown.Escape(Or(after.BusinessOwnerName))}.";
        foreach (var key in new[] { before.BusinessOwnerKey, after.BusinessOwnerKey }.Distinct(StringComparer.Ordinal))
        {
            if (key.Length > 0 && key != context.Actor.Key && people.IsReachable(key))
            {
                yield return Reply.Say(text) with { RecipientUserKey = key, IdempotencyKey = $"owner:{after.Id}:{key}:{context.Turn.Id}" };
            }
        }

        if (!people.IsReachable(after.BusinessOwnerKey) && after.BusinessOwnerKey != context.Actor.Key)
        {
            yield return Reply.Say($"{Markdown.Escape(Or(after.BusinessOwnerName))} is not reachable yet: they have not talked to AimsBot. I'll be able to reach them once they send me a message.");
        }
    }

    private static JsonObject Card(AiSystem system, string title, IReadOnlyList<string> lines, IReadOnlyList<string> reasons, DateTimeOffset now) => new()
    {
        ["id"] = system.Id,
        ["name"] = Markdown.Escape(system.Name),
        ["title"] = title,
        ["lines"] = new JsonArray([.. lines.Select(l => (JsonNode)l)]),
        ["reassessment"] = reasons.Count == 0 ? "" : "Significant change: re-assessment is now due (" + Markdown.Escape(string.Join("; ", reasons)) + ").",
        ["updated"] = SystemView.When(system.UpdatedAt, now),
    };

    private static string Entity(AiSystem system) => "aisystem:" + system.Id;

    private static string Or(string value) => value.Length == 0 ? "(empty)" : value;
}
