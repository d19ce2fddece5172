using AimsBot.Core.Governance.Soa;
using LiteDB;

namespace AimsBot.Core.Storage.LiteDb;

/// <summary>SoA drafts sent for approval, one document each.</summary>
public sealed class LiteDbSoaSubmissionStore(AimsDatabase database) : ISoaSubmissionStore
{
    public const string Collection = "soa_submissions";

    private ILiteCollection<SoaSubmission> Submissions => database.Collection<SoaSubmission>(Collection);

    public SoaSubmission? Get(string id) => Submissions.FindById(id);

    public void Save(SoaSubmission submission) => Submissions.Upsert(submission);
}
