using AimsBot.Core.Governance.Controls;

namespace AimsBot.Core.Scheduling;

/// <summary>SoA dates: each owned control's next review, and the implementation target while it is not implemented.</summary>
public sealed class ControlDueSource(ControlCatalogue catalogue, IControlStore controls) : IDueItemSource
{
    public const string ReviewKind = "soa-review";
    public const string TargetKind = "soa-target";

    public IEnumerable<DueItem> Open(DateTimeOffset now, DateTimeOffset until)
    {
        var records = controls.All();
        foreach (var control in catalogue.Controls)
        {
            if (!records.TryGetValue(control.Id, out var record) || record.OwnerKey.Length == 0)
            {
                continue;
            }

            var action = new DueAction("soa/open", "control", control.Id, "Answer " + control.Id);
            if (record.NextReview is { } review && Utc(review) <= until)
            {
                yield return new DueItem(ReviewKind, control.Id, $"Review the SoA answer for {control.Id} {control.Title}", Utc(review), record.OwnerKey)
                {
                    Action = action,
                    OwnerName = record.OwnerName,
                };
            }

            if (record.Applicability == Applicability.Applicable && record.Status != ImplementationStatus.Implemented
                && record.TargetDate is { } target && Utc(target) <= until)
            {
                yield return new DueItem(TargetKind, control.Id, $"Implement {control.Id} {control.Title} (target date)", Utc(target), record.OwnerKey)
                {
                    Action = action,
                    OwnerName = record.OwnerName,
                };
            }
        }
    }

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
