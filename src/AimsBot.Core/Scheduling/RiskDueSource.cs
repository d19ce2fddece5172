using AimsBot.Core.Conversations;
using AimsBot.Core.Governance.Risks;

namespace AimsBot.Core.Scheduling;

/// <summary>
/// Risk dates: each open risk's next review (its owner) and a planned treatment's due date (the treatment owner).
/// The items are made once per snapshot of the risk headers (the LiteDB store hands out the same one until a write),
/// earliest first, so a tick goes only through those up to its horizon.
/// </summary>
public sealed class RiskDueSource(IRiskStore risks) : IDueItemSource
{
    public const string ReviewKind = "risk-review";
    public const string TreatmentKind = "risk-treatment";

    private Memo? _memo;

    public IEnumerable<DueItem> Open(DateTimeOffset now, DateTimeOffset until)
    {
        foreach (var item in Items())
        {
            if (item.DueAt > until)
            {
                yield break;
            }

            yield return item;
        }
    }

    private DueItem[] Items()
    {
        var headers = risks.Headers();
        if (_memo is { } memo && ReferenceEquals(memo.Headers, headers))
        {
            return memo.Items;
        }

        DueItem[] items = [.. All(headers).OrderBy(i => i.DueAt)];
        _memo = new Memo(headers, items);
        return items;
    }

    private static IEnumerable<DueItem> All(IReadOnlyList<RiskHeader> headers)
    {
        foreach (var risk in headers)
        {
            if (risk.Status == RiskStatus.Closed)
            {
                continue;
            }

            if (risk.OwnerKey.Length > 0 && risk.NextReview != default)
            {
                yield return new DueItem(ReviewKind, risk.Id, () => $"Review risk {risk.Id} {Markdown.Escape(risk.Title)} (**risk {risk.Id}**)", Utc(risk.NextReview), risk.OwnerKey) { OwnerName = risk.OwnerName };
            }

            if (risk.Status == RiskStatus.TreatmentPlanned && !risk.TreatmentDone && risk.TreatmentDue is { } due)
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

    private sealed record Memo(IReadOnlyList<RiskHeader> Headers, DueItem[] Items);
}
