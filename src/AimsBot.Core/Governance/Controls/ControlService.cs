using AimsBot.Core.Conversations;
using AimsBot.Core.Storage;

namespace AimsBot.Core.Governance.Controls;

/// <summary>
/// Changes to controls with their rules: only admins assign owners and edit links; only the owner or
/// an admin answers; every change is audit-logged with before and after.
/// </summary>
/// <remarks>Each change and its audit entries are written in one transaction: all or nothing.</remarks>
public sealed class ControlService(ControlCatalogue catalogue, IControlStore controls, IEvidenceStore evidence, ITreatmentLinks treatments, IAuditLog audit, IUnitOfWork database, TimeProvider time)
{
    public ControlCatalogue Catalogue => catalogue;

    /// <summary>The ISO 27001 links in force: the edited ones, or the catalogue's.</summary>
    public static IReadOnlyList<string> LinksOf(AnnexAControl control, ControlRecord record) => record.Iso27001Links ?? control.Iso27001;

    public static bool MayAnswer(Actor actor, ControlRecord record) =>
        actor.IsAdmin || (record.OwnerKey.Length > 0 && string.Equals(record.OwnerKey, actor.Key, StringComparison.Ordinal));

    /// <summary>The ISO 42001 controls whose links in force include this ISO 27001 control.</summary>
    public IReadOnlyList<AnnexAControl> BuildingOn(string iso27001Id)
    {
        var records = controls.All();
        return [.. catalogue.Controls.Where(c => LinksOf(c, records.GetValueOrDefault(c.Id) ?? new ControlRecord { Id = c.Id })
            .Contains(iso27001Id, StringComparer.Ordinal))];
    }

    public ControlOutcome Assign(Actor actor, IReadOnlyList<AnnexAControl> targets, UserRef owner)
    {
        if (!actor.IsAdmin)
        {
            return ControlOutcome.Refused("Only an AIMS admin can assign control owners.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        database.InTransaction(() =>
        {
            foreach (var control in targets)
            {
                var record = controls.Get(control.Id);
                var before = record.Copy();
                record.OwnerKey = owner.Key;
                record.OwnerName = owner.DisplayName;
                record.AssignedAt = now;
                Touch(record, actor, now, "Owner set to " + owner.DisplayName);
                controls.Save(record);
                audit.Record(actor, "control.assigned", ControlId.Entity(control.Id), before, record);
            }

            return targets.Count;
        });

        return ControlOutcome.Done("assigned");
    }

    public ControlOutcome SetLinks(Actor actor, AnnexAControl control, IReadOnlyList<string>? links)
    {
        if (!actor.IsAdmin)
        {
            return ControlOutcome.Refused("Only an AIMS admin can edit the ISO 27001 links.");
        }

        var unknown = (links ?? []).Where(l => catalogue.FindIso27001(l) is null).ToList();
        if (unknown.Count > 0)
        {
            return ControlOutcome.Refused("These are not ISO 27001:2022 Annex A controls: " + string.Join(", ", unknown.Select(Markdown.Escape)) + ".");
        }

        var record = controls.Get(control.Id);
        var before = record.Copy();
        record.Iso27001Links = links is null ? null : [.. links.Distinct(StringComparer.Ordinal)];
        var now = time.GetUtcNow().UtcDateTime;
        Touch(record, actor, now, links is null ? "ISO 27001 links reset to the shipped mapping" : "ISO 27001 links edited");
        database.InTransaction(() =>
        {
            controls.Save(record);
            return audit.Record(actor, "control.links-edited", ControlId.Entity(control.Id), before, record);
        });
        return ControlOutcome.Done("saved");
    }

    public ControlOutcome Answer(Actor actor, AnnexAControl control, SoaAnswer answer)
    {
        var record = controls.Get(control.Id);
        if (!MayAnswer(actor, record))
        {
            return ControlOutcome.Refused(record.OwnerKey.Length == 0
                ? $"{control.Id} has no owner yet; only an AIMS admin can answer it until one is assigned."
                : $"Only the owner of {control.Id} ({Markdown.Escape(record.OwnerName)}) or an AIMS admin can answer it.");
        }

        var errors = Check(control, record, answer);
        if (errors.Count > 0)
        {
            return ControlOutcome.Invalid(errors);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var before = new { Control = record.Copy(), Evidence = evidence.ForIso42001(control.Id).Select(e => e.Id).ToList() };
        record.Applicability = answer.Applicability;
        record.InclusionReasons = answer.Applicability == Applicability.Applicable ? [.. answer.InclusionReasons.Distinct()] : [];
        record.Justification = answer.Justification.Trim();
        record.Implementation = answer.Applicability == Applicability.Applicable ? answer.Implementation.Trim() : "";
        record.Status = answer.Applicability == Applicability.Applicable ? answer.Status : ImplementationStatus.NotStarted;
        record.TargetDate = record.Applicability == Applicability.Applicable && record.Status != ImplementationStatus.Implemented ? ToUtc(answer.TargetDate) : null;
        record.NextReview = ToUtc(answer.NextReview);
        record.AnsweredAt = now;
        Touch(record, actor, now, "Answered: " + record.Applicability.ToString().ToLowerInvariant());
        database.InTransaction(() =>
        {
            var linked = LinkEvidence(actor, control, answer, now);
            controls.Save(record);
            return audit.Record(actor, "control.answered", ControlId.Entity(control.Id), before, new { Control = record, Evidence = linked });
        });
        return ControlOutcome.Done("saved");
    }

    /// <summary>What is wrong with an answer given the record and the risks that rely on it, by card field; empty when it may be saved.</summary>
    public Dictionary<string, string> Check(AnnexAControl control, ControlRecord record, SoaAnswer answer)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (answer.Applicability == Applicability.Unanswered)
        {
            errors["applicability"] = "Say whether the control is applicable.";
        }
        else if (answer.Applicability == Applicability.Excluded && treatments.RisksTreatedBy(control.Id) is { Count: > 0 } risks)
        {
            errors["applicability"] = $"{control.Id} cannot be excluded: the treatment of {string.Join(", ", risks)} relies on it. Change those treatments first.";
        }
        else if (answer.Applicability == Applicability.Excluded && answer.Justification.Trim().Length == 0)
        {
            errors["justification"] = "An excluded control needs a written reason for the exclusion.";
        }
        else if (answer.Applicability == Applicability.Applicable)
        {
            if (answer.InclusionReasons.Count == 0)
            {
                errors["reasons"] = "Choose at least one reason for including it.";
            }

            if (answer.Justification.Trim().Length == 0)
            {
                errors["justification"] = "Say why the control is included: the SoA justifies inclusions as well as exclusions.";
            }

            if (answer.Status is ImplementationStatus.Implemented or ImplementationStatus.PartiallyImplemented && answer.Implementation.Trim().Length == 0)
            {
                errors["implementation"] = "Say how the control is implemented (the process, tool or document that does it).";
            }
        }

        if (answer.Applicability == Applicability.Applicable && answer.Status != ImplementationStatus.Implemented && answer.TargetDate is null)
        {
            errors["targetDate"] = "Give a target date while the control is not fully implemented.";
        }

        var links = LinksOf(control, record);
        if (answer.NewEvidence is { } draft && draft.Iso27001.FirstOrDefault(l => !links.Contains(l, StringComparer.Ordinal)) is { } bad)
        {
            errors["evidenceIso27001"] = $"{Markdown.Escape(bad)} is not linked to {control.Id}.";
        }

        return errors;
    }

    private List<long> LinkEvidence(Actor actor, AnnexAControl control, SoaAnswer answer, DateTime now)
    {
        var keep = answer.KeepEvidence.ToHashSet();
        foreach (var item in evidence.ForIso42001(control.Id).Where(i => !keep.Contains(i.Id)))
        {
            item.Iso42001.Remove(control.Id);
            evidence.Save(item);
        }

        foreach (var id in keep)
        {
            if (evidence.Get(id) is { } item && !item.Iso42001.Contains(control.Id, StringComparer.Ordinal))
            {
                item.Iso42001.Add(control.Id);
                evidence.Save(item);
            }
        }

        if (answer.NewEvidence is { } draft)
        {
            // Stored once: the same location already on file gains this control instead of a copy.
            var item = evidence.FindByLocation(draft.Location) ?? new EvidenceItem
            {
                Title = draft.Title.Trim(),
                Location = draft.Location.Trim(),
                AddedByKey = actor.Key,
                AddedByName = actor.User.DisplayName,
                AddedAt = now,
            };
            item.Iso42001 = [.. item.Iso42001.Append(control.Id).Distinct(StringComparer.Ordinal)];
            item.Iso27001 = [.. item.Iso27001.Concat(draft.Iso27001).Distinct(StringComparer.Ordinal)];
            evidence.Save(item);
            keep.Add(item.Id);
        }

        return [.. keep.Order()];
    }

    private static void Touch(ControlRecord record, Actor actor, DateTime now, string change)
    {
        record.UpdatedAt = now;
        record.UpdatedByName = actor.User.DisplayName;
        record.LastChange = change;
    }

    private static DateTime? ToUtc(DateOnly? date) => date?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
}
