using AimsBot.Core.Governance.Soa;

namespace AimsBot.Core.Storage.PostgreSql;

/// <summary>SoA drafts sent for approval, one document each.</summary>
public sealed class PgSoaSubmissionStore(PgDatabase database) : ISoaSubmissionStore
{
    private readonly PgDocuments<SoaSubmission> _submissions = new(database, PgCollections.SoaSubmissions, x => x.Id);

    public SoaSubmission? Get(string id) => _submissions.Find(id);

    public void Save(SoaSubmission submission) => _submissions.Upsert(submission);
}
