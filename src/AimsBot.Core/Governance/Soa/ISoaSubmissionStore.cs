namespace AimsBot.Core.Governance.Soa;

/// <summary>SoA drafts sent for approval.</summary>
public interface ISoaSubmissionStore
{
    SoaSubmission? Get(string id);

    void Save(SoaSubmission submission);
}
