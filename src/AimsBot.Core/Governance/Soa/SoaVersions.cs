using AimsBot.Core.Conversations;
using AimsBot.Core.Storage;

namespace AimsBot.Core.Governance.Soa;

/// <summary>
/// The SoA as a controlled document: the draft (live answers), the approved versions, and freezing
/// a captured draft as the next version in one call, audit-logged in the same transaction.
/// </summary>
public sealed class SoaVersions(SoaDrafts drafts, ISoaVersionStore versions, IAuditLog audit, IUnitOfWork database)
{
    public SoaDocument Draft() => drafts.Capture();

    public SoaVersion? Latest() => versions.Latest();

    public SoaVersion? Get(int number) => versions.Get(number);

    public IReadOnlyList<SoaVersion> All() => versions.All();

    /// <summary>What changed in <paramref name="document"/> since the last approved version.</summary>
    public IReadOnlyList<string> ChangesSinceApproved(SoaDocument document) => SoaChanges.Between(versions.Latest()?.Document, document);

    /// <summary>
    /// Approves <paramref name="document"/> (captured when approval was asked for) as the next version,
    /// by <paramref name="approvedBy"/> at <paramref name="approvedAt"/>. Later answers change the draft, never this version.
    /// </summary>
    public SoaVersion Freeze(SoaDocument document, IReadOnlyList<string> approvedBy, DateTimeOffset approvedAt, string requestedByName, Actor recordedBy) =>
        database.InTransaction(() =>
        {
            var previous = versions.Latest();
            var version = new SoaVersion
            {
                Id = (previous?.Id ?? 0) + 1,
                ApprovedAt = approvedAt.UtcDateTime,
                ApprovedBy = [.. approvedBy],
                RequestedByName = requestedByName,
                Changes = [.. SoaChanges.Between(previous?.Document, document)],
                Document = document,
            };
            versions.Add(version);
            audit.Record(recordedBy, "soa.approved", Entity(version.Id), null, new { version.Id, version.ApprovedAt, version.ApprovedBy, version.RequestedByName, version.Changes });
            return version;
        });

    public static string Entity(int number) => "soa:v" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
