using AimsBot.Core.Conversations;
using AimsBot.Core.Governance.Risks;

namespace AimsBot.Core.Scheduling;

/// <summary>Risk dates: each open risk's next review (its owner) and a planned treatment's due date (the treatment owner).</summary>
public sealed class RiskDueSource(IRiskStore risks) : IDueItemSource
{
    public const string ReviewKind = "risk-review";
    public const string TreatmentKind = "risk-treatment";

    public IEnumerable<DueItem> Open(DateTimeOffset now, DateTimeOffset until)
    {
        foreach (var risk in risks.Headers())
        {
            if (risk.Status == RiskStatus.Closed)
            {
                continue;
            }

            if (risk.OwnerKey.Length > 0 && Utc(risk.NextReview) is var review && review <= until && risk.NextReview != default)
            {
                yield return new DueItem(ReviewKind, risk.Id, () => $"Review risk {risk.Id} {Markdown.Escape(risk.Title)} (**risk {risk.Id}**)", review, risk.OwnerKey) { OwnerName = risk.OwnerName };
            }

            if (risk.Status == RiskStatus.TreatmentPlanned && !risk.TreatmentDone && risk.TreatmentDue is { } due && Utc(due) <= until)
            {
                var owner = risk.TreatmentOwnerKey.Length > 0 ? risk.TreatmentOwnerKey : risk.OwnerKey;
                if (owner.Length > 0)
                {
                    yield return new DueItem(TreatmentKind, risk.Id, () => $"Finish the treatment of {risk.Id} {Markdown.Escape(risk.Title)} (**risk done {risk.Id} what was done**)", Utc(due), owner)
                    {
                        OwnerName = risk.TreatmentOwnerKey.Length > 0 ? risk.TreatmentOwnerName : risk.OwnerName,
                    };
                }
            }
        }
    }

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
