using AimsBot.Core.Governance.Controls;

namespace AimsBot.Core.Governance.Soa;

/// <summary>Captures the current (draft) Statement of Applicability from the live control records and evidence.</summary>
public sealed class SoaDrafts(ControlQueries queries, IEvidenceStore evidence, ITreatmentLinks treatments)
{
    public SoaDocument Capture()
    {
        var rows = queries.Rows();
        var treated = treatments.All();
        return new SoaDocument
        {
            Controls = [.. rows.Select(r => new SoaEntry
            {
                Id = r.Control.Id,
                Title = r.Control.Title,
                Objective = r.Control.Objective.Label,
                SubObjective = r.Control.Part?.Label ?? "",
                Reuse = r.Control.Reuse,
                Applicability = r.Record.Applicability,
                InclusionReasons = [.. r.Record.InclusionReasons],
                Justification = r.Record.Justification,
                Implementation = r.Record.Implementation,
                Status = r.Record.Applicability == Applicability.Applicable ? r.Record.Status : ImplementationStatus.NotStarted,
                TargetDate = r.Record.TargetDate,
                OwnerName = r.Record.OwnerName,
                Links = [.. r.Links],
                LinksEdited = r.Record.Iso27001Links is not null,
                NextReview = r.Record.NextReview,
                LastChange = r.Record.LastChange,
                UpdatedAt = r.Record.UpdatedAt,
                UpdatedByName = r.Record.UpdatedByName,
                RisksTreated = [.. treated.GetValueOrDefault(r.Control.Id) ?? []],
            })],
            Evidence = [.. evidence.All().Select(e => new SoaEvidenceEntry
            {
                Id = e.Id,
                Title = e.Title,
                Location = e.Location,
                Iso42001 = [.. e.Iso42001],
                Iso27001 = [.. e.Iso27001],
                AddedByName = e.AddedByName,
                AddedAt = e.AddedAt,
            })],
        };
    }
}
